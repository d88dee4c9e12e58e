import ArgumentParser
import ShinsaCore

struct StatusCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "status",
    abstract:
      "Show where a project stands on each obligation that applies or may apply: status, evidence (ok, changed, missing, stale) and actions.",
    discussion: """
      A status set before the rulebook changed the obligation shows as unknown, reopened. \
      Evidence is checked against its file each time: changed when the content differs from \
      when it was added, missing when the file is gone, stale when its review date has passed.

      Exit status: 0 shown; 3 something trips --fail-on (named on stderr); 64 bad usage; \
      65 a malformed project or rulebook; 66 the project is missing or unreadable.
      """
  )

  @Argument(help: "The project (a path, or a name in the projects folder).")
  var project: String

  @Option(name: .long, help: "Output format: text (for people), json or markdown.")
  var format: OutputFormat = .text

  @Option(name: .long, help: "Language of the obligation titles: en or ja.")
  var lang: Language = .en

  @Option(
    name: .customLong("fail-on"),
    help: ArgumentHelp(
      "Exit 3 when an obligation is a gap, is unknown, or has evidence that is not ok (stale, changed or missing). Repeatable.",
      valueName: "gap|unknown|stale"))
  var failOn: [PlanFailOn] = []

  @OptionGroup var projects: ProjectsOptions

  func run() throws {
    let rulebook = projects.loadRulebook()
    let (path, document) = readProject(project, store: projects.store, rulebook: rulebook)
    let folder = FilePaths.folder(of: FilePaths.resolved(path))
    let today = PlanSupport.today()
    let assessment = Assessor(rulebook: rulebook).assess(
      document.answers, completeDisclosureFields: document.completeDisclosureFields)
    let report = PlanStatusReport(
      plan: document.plan, assessment: assessment, rulebook: rulebook, today: today
    ) { EvidenceFiles.state(of: $0, projectFolder: folder, today: today) }
    let heading =
      "\(document.metadata.client) · \(document.metadata.system): where it stands on \(today)"
    switch format {
    case .json: Exit.writeOut(report.json(project: path, language: lang).rendered())
    case .text: Exit.writeOut(TextSafety.inertLines(report.text(heading: heading, language: lang)))
    case .markdown:
      Exit.writeOut(TextSafety.inertLines(report.markdown(heading: heading, language: lang)))
    }
    var tripped: [String] = []
    for kind in failOn {
      let ids = report.tripped(kind)
      if !ids.isEmpty { tripped.append("\(kind.rawValue): \(ids.joined(separator: ", "))") }
    }
    if !tripped.isEmpty {
      let kinds = failOn.map(\.rawValue).joined(separator: ", ")
      Exit.fail(Exit.failOn, "\(path) fails --fail-on \(kinds):", details: tripped)
    }
  }
}
