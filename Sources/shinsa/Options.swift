import ArgumentParser
import ShinsaCore

extension Language: ExpressibleByArgument {}

extension Tier: ExpressibleByArgument {}

/// Output formats of `assess` and `rulebook check`.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
  case text
  case json
  case markdown
}

/// Options shared by commands that read a rulebook.
struct RulebookOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "Use the rulebook file at PATH instead of the bundled jp-ai rulebook.", valueName: "PATH"))
  var rulebook: String?

  /// Loads the rulebook, exiting with a clear message when it is unusable.
  func load() -> Rulebook { loadRulebook(path: rulebook) }
}

/// Loads the rulebook at `path` (the bundled one when nil), exiting with a clear message when unusable.
func loadRulebook(path: String?) -> Rulebook {
  do {
    return try RulebookLoader.load(overridePath: path)
  } catch {
    if error.unreadable {
      Exit.fail(Exit.noInput, "cannot read the rulebook \(error.file): \(error.message).")
    }
    Exit.fail(Exit.dataError, "the rulebook \(error.description)")
  }
}
