import ArgumentParser
import ShinsaCore

extension HomeworkForm.Languages: ExpressibleByArgument {}

struct HomeworkCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "homework",
    abstract: "Send a client the questions only they can answer, and read their answers back.",
    discussion: """
      shinsa homework export writes a Markdown form of every open, unknown, flagged and \
      low-confidence question; the client writes each answer after "Answer:" (回答:) in any \
      editor; shinsa homework import reads it back. See docs/homework.md.

      Examples:
        shinsa homework export hikari-credit -o hikari-homework.md
        shinsa homework import hikari-credit hikari-homework.md --dry-run
      """,
    subcommands: [HomeworkExportCommand.self, HomeworkImportCommand.self]
  )
}

struct HomeworkExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Write the homework form for a project's open questions.",
    discussion: """
      The form holds every visible question that is unanswered, unknown, flagged for \
      follow-up or answered with low confidence: the question, why it is asked, its options, \
      the current answer, the consultant's shared note (private notes stay out) and one \
      "Answer:" line. With --disclosure it also asks for the disclosure texts the assessment \
      requires or recommends that are still blank, and the reason of a field withheld \
      without one.

      Exit status: 0 written; 64 bad usage; 65 the project is damaged; 66 it is missing; \
      73 the output cannot be written.
      """
  )

  @Argument(help: "The project (a path, or a name in the projects folder).")
  var project: String

  @Option(name: .long, help: "Language: en, ja, or both.")
  var lang: HomeworkForm.Languages = .en

  @Flag(name: .long, help: "Also ask for the disclosure texts the client must supply.")
  var disclosure = false

  @Option(
    name: [.short, .long],
    help: ArgumentHelp(
      "Write to FILE instead of standard output; a folder gets NAME-homework-LANG.md in it.",
      valueName: "FILE"))
  var output: String?

  @OptionGroup var projects: ProjectsOptions

  func run() throws {
    let rulebook = projects.loadRulebook()
    let (path, document) = readProject(project, store: projects.store, rulebook: rulebook)
    let text = HomeworkWriter.render(
      document, rulebook: rulebook,
      options: HomeworkExportOptions(
        languages: lang, disclosure: disclosure,
        projectName: ProjectStore.projectName(ofFile: path), exportedAt: Timestamp.now()))
    OutputFile.write(
      text, to: output,
      defaultName: {
        ProjectStore.exportFileName(
          forProject: path, part: "homework", language: lang.rawValue, suffix: "md")
      }, terminalText: TextSafety.inertLines(text))
  }
}

struct HomeworkImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Read a filled homework form back into the project.",
    discussion: """
      Answers written in the form are checked like an answers file (option ids or labels in \
      English or Japanese, "unknown" or 不明). Lines left empty or unchanged change nothing, \
      so an unedited form leaves the project file byte for byte as it was. A value that was \
      changed in the project since the export is a conflict: it is reported and left alone \
      unless --force is given. Any invalid entry is reported with its line and nothing is \
      applied. Each applied change is logged as a "homework" entry naming the form.

      Exit status: 0 applied (or nothing to do); 1 applied what it could, but conflicts \
      were left alone; 64 bad usage; 65 the form (or the project) is invalid, nothing \
      applied; 66 the form or the project is missing; 73 the project cannot be written.
      """
  )

  @Argument(help: "The project (a path, or a name in the projects folder).")
  var project: String

  @Argument(help: "The filled form.")
  var form: String

  @Flag(name: .long, help: "Show what would change; write nothing.")
  var dryRun = false

  @Flag(name: .long, help: "Apply answers changed in the project since the export too.")
  var force = false

  @OptionGroup var projects: ProjectsOptions

  func run() throws {
    let rulebook = projects.loadRulebook()
    let text = readForm()
    let formName = FilePaths.name(of: form)
    if dryRun {
      let (_, document) = readProject(project, store: projects.store, rulebook: rulebook)
      let plan = makePlan(text, document: document, rulebook: rulebook)
      Exit.writeOut(
        TextSafety.inertLines(HomeworkImport.summary(plan, formName: formName, dryRun: true)))
      if !plan.conflicts.isEmpty { throw ExitCode(1) }
      return
    }
    let open = ProjectWriting.open(project, projects: projects, rulebook: rulebook)
    defer { open.close() }
    let plan = makePlan(text, document: open.document, rulebook: rulebook)
    if !plan.changes.isEmpty {
      let updated = HomeworkImport.apply(
        plan, to: open.document, formName: formName, now: Timestamp.now())
      do {
        try open.update(updated, journal: false)
        try open.save()
      } catch {
        error.exit()
      }
    }
    Exit.writeOut(
      TextSafety.inertLines(HomeworkImport.summary(plan, formName: formName, dryRun: false)))
    if !plan.conflicts.isEmpty { throw ExitCode(1) }
  }

  /// The form's text; exits 66 when it is missing, 65 when it is not UTF-8 text.
  private func readForm() -> String {
    let bytes: [UInt8]
    do {
      bytes = try FileLimits.read(path: form, maximumBytes: HomeworkForm.maximumBytes)
    } catch {
      Exit.fail(
        error.isMissingOrUnreadable ? Exit.noInput : Exit.dataError, "\(form): \(error.message).")
    }
    guard let text = String(validating: bytes, as: UTF8.self) else {
      Exit.fail(Exit.dataError, "\(form) is not UTF-8 text; nothing was applied.")
    }
    return text
  }

  private func makePlan(_ text: String, document: ProjectDocument, rulebook: Rulebook)
    -> HomeworkImportPlan
  {
    do {
      return try HomeworkImport.plan(
        text, fileName: form, document: document, rulebook: rulebook, force: force)
    } catch {
      Exit.fail(Exit.dataError, error.description + "; nothing was applied.")
    }
  }
}
