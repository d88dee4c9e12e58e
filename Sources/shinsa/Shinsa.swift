import ArgumentParser
import ShinsaCore

@main
struct Shinsa: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "shinsa",
    abstract:
      "審査 shinsa: assess an AI system deployed in Japan against a rulebook of regulators, guidance and law.",
    discussion: """
      shinsa asks about a system's sector, scale and impact, and says which regulators, \
      obligations and disclosures apply, each with its legal status and sources. Its tier \
      (standard / important / specially designated) is shinsa's own triage tier, not a \
      statutory category: Japan's AI Promotion Act defines no risk tiers.

      Examples:
        shinsa demo                      write a demo project
        shinsa list                      your projects
        shinsa assess --answers answers.json
        shinsa assess --answers answers.json --format json --fail-on specially-designated
        shinsa rulebook check
      """,
    version: "0.1.0 (rulebook format 1)",
    subcommands: [
      WorkbenchCommand.self, AssessCommand.self, NewCommand.self, ListCommand.self,
      ExportCommand.self, DiffCommand.self,
      ReassessCommand.self, StatusCommand.self, ObligationCommand.self, EvidenceCommand.self,
      ActionCommand.self, RecoverCommand.self, DemoCommand.self, SnapshotCommand.self,
      HomeworkCommand.self,
      KeysCommand.self,
      RulebookCommand.self, MergeCommand.self,
    ],
    defaultSubcommand: WorkbenchCommand.self
  )

  /// Catches a mistyped command before it is taken as a project name, then runs the command.
  static func main() {
    if let typo = CommandTypo.suggestion(for: Array(CommandLine.arguments.dropFirst())) {
      Exit.fail(
        Exit.usage, "unknown command '\(typo.word)' (did you mean '\(typo.command)'?)")
    }
    main(nil)
  }
}
