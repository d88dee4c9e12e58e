import ArgumentParser
import ShinsaCore

extension ReportFormat: ExpressibleByArgument {}

/// Languages of `shinsa export`: one, or both side by side.
enum ExportLanguage: String, ExpressibleByArgument, CaseIterable {
  case en
  case ja
  case both

  var languages: [Language] {
    switch self {
    case .en: return [.en]
    case .ja: return [.ja]
    case .both: return [.en, .ja]
    }
  }
}

struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract:
      "Write a report a consultant can hand over: Markdown, one printable HTML file, or JSON.",
    discussion: """
      The report holds the assessment with its reasons and sources, every answer with its \
      note, the follow-ups and open answers, the disclosure drafts and the sandbox checklist. \
      Notes marked private stay out unless --include-private is given. With --disclosure, \
      only the transparency disclosure is written: every field with its need, state, \
      frameworks and text, and "More information needed" (要確認) where a required field is \
      empty. With --sandbox, only the sandbox route, eligibility checklist, demonstration \
      plan and process steps. --lang both writes English and Japanese together.

      To share the project itself (for a reviewer), --format json --without-private writes \
      a copy of the project file with private notes removed: a valid project that opens in \
      the workbench (-o FOLDER names it NAME-shared.shinsa.json). Markdown and HTML reports \
      leave private notes out already, so --without-private only confirms that there; it \
      cannot be combined with --include-private, --disclosure or --sandbox.

      Examples:
        shinsa export hikari-credit --format html -o hikari-report.html --lang ja
        shinsa export hikari-credit --disclosure --lang both
        shinsa export hikari-credit --format json --without-private -o shared/
      """
  )

  @Argument(help: "The project (a path, or a name in the projects folder).")
  var project: String

  @Option(name: .long, help: "markdown, html or json.")
  var format: ReportFormat = .markdown

  @Option(
    name: [.short, .long],
    help: ArgumentHelp(
      "Write to FILE instead of standard output; a folder gets NAME-report-LANG.EXT in it.",
      valueName: "FILE"))
  var output: String?

  @Option(name: .long, help: "Language: en, ja, or both.")
  var lang: ExportLanguage = .en

  @Flag(name: .long, help: "Write only the transparency disclosure.")
  var disclosure = false

  @Flag(name: .long, help: "Write only the regulatory-sandbox advice, checklist, plan and steps.")
  var sandbox = false

  @Flag(name: .long, help: "Include notes marked private.")
  var includePrivate = false

  @Flag(
    name: .long,
    help:
      "Leave out everything private; with --format json, write a shareable project file instead of the report."
  )
  var withoutPrivate = false

  func validate() throws {
    if withoutPrivate, includePrivate {
      throw ValidationError("--without-private and --include-private contradict each other.")
    }
    if withoutPrivate, format == .json, disclosure || sandbox {
      throw ValidationError(
        "--without-private with --format json writes the whole project file; drop --disclosure and --sandbox."
      )
    }
  }

  @OptionGroup var projects: ProjectsOptions

  func run() throws {
    let rulebook = projects.loadRulebook()
    let (path, document) = readProject(project, store: projects.store, rulebook: rulebook)
    if withoutPrivate, format == .json {
      write(ProjectCodec.encode(document.withoutPrivate), projectPath: path)
      return
    }
    var sections = ExportSections.all
    if disclosure { sections = sandbox ? [.disclosure, .sandbox] : .disclosure }
    if sandbox, !disclosure { sections = .sandbox }
    var text = ReportExport.render(
      document, rulebook: rulebook, format: format, languages: lang.languages,
      includePrivateNotes: includePrivate, sections: sections, today: PlanSupport.today(),
      projectFolder: FilePaths.folder(of: FilePaths.resolved(path)))
    if format == .markdown { text = TextSafety.inertLines(text) }
    write(text, projectPath: path)
  }

  /// Writes `text` to standard output or to `-o`.
  private func write(_ text: String, projectPath path: String) {
    OutputFile.write(text, to: output, defaultName: { defaultFileName(for: path) })
  }

  /// The file name `-o FOLDER` writes: "NAME-report-en.md", "NAME-disclosure-ja.html", ….
  func defaultFileName(for projectPath: String) -> String {
    if withoutPrivate, format == .json {
      let name = FilePaths.name(of: projectPath)
      let base = name.hasSuffix(".shinsa.json") ? String(name.dropLast(12)) : name
      return base + "-shared.shinsa.json"
    }
    let part: String
    switch (disclosure, sandbox) {
    case (true, true): part = "disclosure-sandbox"
    case (true, false): part = "disclosure"
    case (false, true): part = "sandbox"
    case (false, false): part = "report"
    }
    return ProjectStore.exportFileName(
      forProject: projectPath, part: part, language: lang.rawValue, suffix: format.fileExtension)
  }
}
