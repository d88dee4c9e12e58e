import ArgumentParser
import ShinsaCore

struct ActionCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "action",
    abstract: "Keep a project's action plan: who does what by when.",
    subcommands: [AddActionCommand.self]
  )
}

struct AddActionCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "add",
    abstract: "Add an action, for an obligation, a question, a sandbox criterion or the project.",
    discussion: """
      --for takes an obligation id, question:ID, criterion:ID or disclosure:FIELD, and may be \
      repeated. An open action past its due date shows as overdue in shinsa status.

      Exit status: 0 added; 64 bad usage, an unknown id or a bad date; 65 the project is \
      malformed; 66 it is missing; 73 it cannot be written.
      """
  )

  @Argument(help: "The project (a path, or a name in the projects folder).")
  var project: String

  @Argument(help: "What is to be done.")
  var text: String

  @Option(name: .customLong("for"), help: ArgumentHelp("What it is for.", valueName: "ID"))
  var targets: [String] = []

  @Option(name: .long, help: "Who does it.")
  var owner: String = ""

  @Option(name: .long, help: ArgumentHelp("When it is due.", valueName: "YYYY-MM-DD"))
  var due: String?

  @OptionGroup var projects: ProjectsOptions

  func validate() throws {
    if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
      throw ValidationError("Say what is to be done: the action's text is empty.")
    }
    try PlanSupport.checkDate(due, option: "--due")
  }

  func run() throws {
    let rulebook = projects.loadRulebook()
    for target in targets {
      PlanSupport.checkTarget(target, rulebook: rulebook, prefixes: PlanTarget.actionPrefixes)
    }
    var added: PlanAction?
    _ = PlanSupport.edit(project, projects: projects, rulebook: rulebook, kind: "action") {
      plan throws(PlanError) in
      let action = plan.addAction(text, for: targets, owner: owner, due: due)
      added = action
      return .init(subject: action.id, to: text)
    }
    guard let added else { return }
    let target = targets.isEmpty ? "" : " for \(targets.joined(separator: ", "))"
    Exit.writeOut(TextSafety.inertLines("Added \(added.id)\(target): \(added.text)\n"))
  }
}
