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

  /// The projects folder; exits with 64 when `--dir` names something that is not a folder.
  var store: ProjectStore {
    let directory = dir ?? ProjectStore.defaultDirectory()
    if FilePaths.exists(directory), !FilePaths.isFolder(directory) {
      Exit.fail(
        Exit.usage,
        "--dir \(directory) is a file, not a folder of projects; give the projects folder.")
    }
    return ProjectStore(directory: directory)
  }
}

/// The projects folder and the rulebook (`--dir`, `--rulebook`), which the commands that
/// read or write projects take together.
struct ProjectsOptions: ParsableArguments {
  @OptionGroup var storeOptions: StoreOptions
  @OptionGroup var rulebookOptions: RulebookOptions

  /// The projects folder; exits with 64 when `--dir` names something that is not a folder.
  var store: ProjectStore { storeOptions.store }

  /// The `--rulebook` path, or nil for the bundled rulebook.
  var rulebookPath: String? { rulebookOptions.rulebook }

  /// Loads the rulebook, exiting with a clear message when it is unusable.
  func loadRulebook() -> Rulebook { rulebookOptions.load() }
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

/// Reads a project, or an answers file as a project with only answers, for commands that
/// compare answers; `isProject` is false for an answers file. Exits with a clear message when
/// it cannot.
func readProjectOrAnswers(_ argument: String, store: ProjectStore, rulebook: Rulebook) -> (
  path: String, document: ProjectDocument, isProject: Bool
) {
  let path = store.resolve(argument)
  guard let bytes = try? FileLimits.read(path: path, maximumBytes: AnswersFile.maximumBytes),
    !ProjectCodec.looksLikeProject(bytes)
  else {
    let (path, document) = readProject(argument, store: store, rulebook: rulebook)
    return (path, document, true)
  }
  var document = ProjectDocument(rulebook: rulebook, client: "", system: "", assessor: "", now: "")
  do {
    document.answers = try AnswersFile.parse(bytes, fileName: path, rulebook: rulebook)
  } catch {
    Exit.fail(Exit.dataError, error.description)
  }
  return (path, document, false)
}
