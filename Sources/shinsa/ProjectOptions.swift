import ArgumentParser
import ShinsaCore

/// `--dir`: the folder of projects.
struct StoreOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "The projects folder (default: $XDG_DATA_HOME/shinsa/projects or ~/.local/share/shinsa/projects).",
      valueName: "DIR"))
  var dir: String?

  var store: ProjectStore { ProjectStore(directory: dir ?? ProjectStore.defaultDirectory()) }
}

extension StoreError {
  /// Prints the error and exits with its sysexits status.
  func exit() -> Never {
    Exit.fail(exitStatus, description)
  }
}

/// Reads a project for a read-only command, exiting with a clear message when it cannot.
func readProject(_ argument: String, store: ProjectStore, rulebook: Rulebook) -> (
  path: String, document: ProjectDocument
) {
  let path = store.resolve(argument)
  do {
    return (path, try ProjectFile.read(path: path, rulebook: rulebook).document)
  } catch {
    error.exit()
  }
}
