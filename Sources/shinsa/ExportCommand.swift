import ArgumentParser
import ShinsaCore

/// Export formats of `shinsa export`.
enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
  case markdown
  case html
  case json
}

struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract:
      "Write a report a consultant can hand over: Markdown, one printable HTML file, or JSON.",
    discussion: """
      The report holds the assessment with its reasons and sources, every answer with its \
      note, the follow-ups and open answers, the disclosure drafts and the sandbox checklist. \
      Notes marked private stay out unless --include-private is given.

      Example: shinsa export hikari-credit --format html -o hikari-report.html --lang ja
      """
  )

  @Argument(help: "The project (a path, or a name in the projects folder).")
  var project: String

  @Option(name: .long, help: "markdown, html or json.")
  var format: ExportFormat = .markdown

  @Option(
    name: [.short, .long],
    help: ArgumentHelp("Write to FILE instead of standard output.", valueName: "FILE"))
  var output: String?

  @Option(name: .long, help: "Language of the report: en or ja.")
  var lang: Language = .en

  @Flag(name: .long, help: "Include notes marked private.")
  var includePrivate = false

  @OptionGroup var storeOptions: StoreOptions
  @OptionGroup var rulebookOptions: RulebookOptions

  func run() throws {
    let rulebook = rulebookOptions.load()
    let (_, document) = readProject(project, store: storeOptions.store, rulebook: rulebook)
    let export = ProjectExport(
      document: document, rulebook: rulebook, language: lang, includePrivateNotes: includePrivate)
    let text: String
    switch format {
    case .markdown: text = Terminal.inertLines(export.markdown())
    case .html: text = export.html()
    case .json: text = export.json()
    }
    guard let output else {
      Exit.writeOut(text)
      return
    }
    do {
      try AtomicFile.write(Array(text.utf8), to: output, keepBackup: false)
    } catch {
      error.exit()
    }
    Exit.writeOut("Wrote \(output)\n")
  }
}
