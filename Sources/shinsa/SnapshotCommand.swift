import ArgumentParser
import ShinsaCore
import ShinsaUI

struct SnapshotCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "snapshot",
    abstract:
      "Print the workbench screen for a project as text, without a terminal (for docs and tests).",
    discussion: """
      Opens the project in memory (nothing is written), applies the scripted keys and prints \
      the screen. Keys are space-separated: Up Down Left Right Enter Esc Tab BTab BSpace Space \
      PgUp PgDn C-x M-x; other tokens are typed.

      Example: shinsa snapshot demo-hikari-credit --pane 1 --size 120x40 --keys "Down Space"
      """
  )

  @Argument(
    help:
      "The project (a path, or a name in the projects folder). Leave out for the project browser.")
  var project: String?

  @Option(
    name: .long,
    help: "The pane to show: 1 Interview, 2 Guidance, 3 Disclosure, 4 Sandbox, 5 Report, 6 Plan.")
  var pane: Int = 1

  @Option(name: .long, help: ArgumentHelp("The screen size, WIDTHxHEIGHT.", valueName: "WxH"))
  var size: String = "80x24"

  @Option(name: .long, help: "Keys to press before printing.")
  var keys: String = ""

  @Option(name: .long, help: "Language: en or ja.")
  var lang: Language = .en

  @Option(name: .long, help: "Theme name or file (checked; the text output has no colours).")
  var theme: String?

  @OptionGroup var projects: ProjectsOptions

  func validate() throws {
    guard Pane(rawValue: pane) != nil else {
      throw ValidationError("--pane must be from 1 to \(Pane.allCases.count).")
    }
    guard parsedSize != nil else {
      throw ValidationError("--size must look like 120x40 (each from 1 to 1000).")
    }
  }

  var parsedSize: (Int, Int)? {
    let parts = size.lowercased().split(separator: "x")
    guard parts.count == 2, let width = Int(parts[0]), let height = Int(parts[1]),
      (1...1000).contains(width), (1...1000).contains(height)
    else { return nil }
    return (width, height)
  }

  func run() throws {
    let rulebook = projects.loadRulebook()
    if let theme {
      do {
        _ = try ThemeFiles.resolve(requested: theme, environment: [:], configDirectory: nil)
      } catch {
        Exit.fail(Exit.dataError, error.description)
      }
    }
    let (width, height) = parsedSize ?? (80, 24)
    let store = projects.store
    var state = AppState(
      rulebook: rulebook, folder: store.directory, language: lang, width: width, height: height,
      now: Timestamp.now())
    if let project {
      let (path, document) = readProject(project, store: store, rulebook: rulebook)
      _ = update(&state, .opened(path: path, document: document, notice: nil, recovery: nil))
      state.workbench?.pane = Pane(rawValue: pane) ?? .interview
      snapshotEffects(&state, update(&state, .tick(now: state.now)))
    } else {
      let summaries = FilePaths.isFolder(store.directory) ? store.list(rulebook: rulebook) : []
      _ = update(&state, .projectsListed(summaries))
    }
    for key in KeyScript.parse(keys) {
      snapshotEffects(&state, update(&state, .key(key)))
    }
    Exit.writeOut(render(state).text + "\n")
  }

  /// Answers the effects a snapshot needs: saves succeed (nothing is written), the plan
  /// pane's file reads are done.
  private func snapshotEffects(_ state: inout AppState, _ effects: [Effect]) {
    for effect in effects {
      if case .save = effect { _ = update(&state, .saveFinished(error: nil)) }
      if let action = PlanPaneEffects.perform(effect, language: state.language) {
        snapshotEffects(&state, update(&state, action))
      }
    }
  }
}
