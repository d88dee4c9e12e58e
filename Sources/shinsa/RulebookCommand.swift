import ArgumentParser
import ShinsaCore

struct RulebookCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "rulebook",
    abstract: "Work with rulebooks.",
    subcommands: [RulebookCheckCommand.self, RulebookChangelogCommand.self]
  )
}

struct RulebookCheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract:
      "Validate a rulebook and walk its answer space for dead rules and broken conclusions.",
    discussion: """
      Loads the rulebook (the bundled jp-ai when PATH is left out), then reports questions that \
      can never be shown, rules that can never fire, conclusions without sources, cases with no \
      or two primary regulators, and breaches of the contract's settled outcomes.

      Exit status: 0 passed; 65 the rulebook has problems; 66 the file is missing or unreadable.
      """
  )

  @Argument(help: ArgumentHelp("The rulebook file to check.", valueName: "PATH"))
  var path: String?

  @Option(
    name: .long,
    help: "How many full answer combinations to sample when the space is too large to walk.")
  var samples: Int = 20_000

  @Option(name: .long, help: "Output format: text or json.")
  var format: OutputFormat = .text

  func validate() throws {
    guard samples > 0, samples <= 10_000_000 else {
      throw ValidationError("--samples must be from 1 to 10000000.")
    }
  }

  func run() throws {
    let rulebook = loadRulebook(path: path)
    let bytes =
      path.flatMap { try? FileLimits.read(path: $0, maximumBytes: RulebookLoader.maximumBytes) }
      ?? RulebookLoader.bundledBytes()
    let report = RulebookChecker(rulebook: rulebook, sampleBudget: samples, fileBytes: bytes).run()
    switch format {
    case .json: Exit.writeOut(report.json().rendered())
    case .text, .markdown: Exit.writeOut(report.text())
    }
    if !report.passed { throw ExitCode(Exit.dataError) }
  }
}
