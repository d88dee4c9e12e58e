import ArgumentParser
import ShinsaCore

struct ObligationCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "obligation",
    abstract:
      "Record where a project stands on one obligation: met, partly, gap, not-applicable or unknown.",
    discussion: """
      "met" needs a reason or evidence added first (shinsa evidence add); "not-applicable" \
      needs a reason; "unknown" clears the record. The change is saved at once and logged.

      Exit status: 0 recorded; 64 bad usage or an unknown obligation id; 65 a rule refuses \
      the status (the message says which); 66 the project is missing; 73 it cannot be written.
      """
  )

  @Argument(help: "The project (a path, or a name in the projects folder).")
  var project: String

  @Argument(help: "The obligation's id in the rulebook.")
  var id: String

  @Option(name: .long, help: "met, partly, gap, not-applicable or unknown.")
  var status: ObligationStatus

  @Option(name: .long, help: "Why: how it is met, what is missing, why it does not apply.")
  var reason: String = ""

  @OptionGroup var projects: ProjectsOptions

  func run() throws {
    let rulebook = projects.loadRulebook()
    PlanSupport.checkTarget(id, rulebook: rulebook, prefixes: [])
    guard let obligation = rulebook.obligations.first(where: { $0.id == id }) else {
      Exit.fail(Exit.usage, "\"\(id)\" is not an obligation of rulebook \(rulebook.id).")
    }
    let open = PlanSupport.edit(project, projects: projects, rulebook: rulebook, kind: "status") {
      plan throws(PlanError) in
      let before = plan.status(of: obligation).status
      try plan.setStatus(status, reason: reason, for: obligation, now: Timestamp.now())
      return .init(subject: id, from: before.rawValue, to: status.rawValue)
    }
    let shown = open.document.plan.status(of: obligation)
    let why = shown.reason.isEmpty ? "" : " — \(shown.reason)"
    Exit.writeOut(TextSafety.inertLines("\(id): \(shown.status.rawValue)\(why)\n"))
  }
}
