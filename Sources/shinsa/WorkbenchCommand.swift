import ArgumentParser
import Foundation
import ShinsaCore
import ShinsaTerminal
import ShinsaUI

struct WorkbenchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "open",
    abstract: "Open the interactive workbench: the project browser, or PROJECT directly.",
    discussion: """
      This is what `shinsa` runs with no command. Keys: ? for help, q to quit (everything is \
      saved as you go). Needs an interactive terminal of at least 80×24.
      """
  )

  @Argument(help: "A project to open (a path, or a name in the projects folder).")
  var project: String?

  @Option(name: .long, help: "Theme: default, light, high-contrast, monochrome, or a .theme file.")
  var theme: String?

  @Option(name: .long, help: "Language of the interface: en or ja.")
  var lang: Language = .en

  @OptionGroup var storeOptions: StoreOptions
  @OptionGroup var rulebookOptions: RulebookOptions

  func run() throws {
    let rulebook = rulebookOptions.load()
    let environment = ProcessInfo.processInfo.environment
    let chosenTheme: Theme
    do {
      chosenTheme = try ThemeCatalog.resolve(
        requested: theme, environment: environment,
        configDirectory: ThemeCatalog.defaultConfigDirectory(environment: environment))
    } catch {
      Exit.fail(Exit.dataError, error.description)
    }
    let store = storeOptions.store
    var initialPath: String?
    if let project {
      let path = store.resolve(project)
      // Check the project before taking the terminal, so errors print plainly.
      do {
        _ = try ProjectFile.read(path: path, rulebook: rulebook)
      } catch {
        error.exit()
      }
      initialPath = path
    }
    if let problem = TerminalSupport.checkInteractive() { Exit.fail(Exit.usage, problem) }
    let status = MainActor.assumeIsolated {
      WorkbenchRunner.run(
        rulebook: rulebook, store: store, theme: chosenTheme, language: lang,
        initialPath: initialPath)
    }
    if status != 0 { throw ExitCode(status) }
  }
}

/// Runs the workbench loop: draw, wait for an event, update, perform effects.
@MainActor
final class WorkbenchRunner {
  private var state: AppState
  private let store: ProjectStore
  private let rulebook: Rulebook
  private let screen: TerminalScreen
  private var project: OpenProject?
  private var running = true
  /// Whether the last save failed (the exit status then says so).
  private var lastSaveFailed = false

  private init(state: AppState, store: ProjectStore, rulebook: Rulebook, screen: TerminalScreen) {
    self.state = state
    self.store = store
    self.rulebook = rulebook
    self.screen = screen
  }

  /// Takes the terminal, runs until quit or a signal, gives the terminal back; returns an exit status.
  static func run(
    rulebook: Rulebook, store: ProjectStore, theme: Theme, language: Language, initialPath: String?
  ) -> Int32 {
    let screen: TerminalScreen
    do {
      screen = try TerminalScreen.start(theme: theme)
    } catch {
      FileHandle.standardError.write(Data("shinsa: \(Terminal.inertLines(error.message))\n".utf8))
      return Exit.usage
    }
    // A terminal without colours gets the monochrome theme, which keeps focus visible.
    if screen.colors == 0, !theme.monochrome, let monochrome = ThemeCatalog.builtin("monochrome") {
      screen.setTheme(monochrome)
    }
    let state = AppState(
      rulebook: rulebook, folder: store.directory, language: language, width: screen.width,
      height: screen.height, now: Timestamp.now())
    let runner = WorkbenchRunner(state: state, store: store, rulebook: rulebook, screen: screen)
    if let initialPath {
      runner.perform(.open(path: initialPath))
    } else {
      runner.perform(.listProjects)
    }
    runner.loop()
    runner.project?.close()
    screen.stop()
    if runner.lastSaveFailed {
      FileHandle.standardError.write(
        Data(
          "shinsa: the last change could not be saved; it is kept in the recovery journal (shinsa recover).\n"
            .utf8))
      return Exit.ioError
    }
    return 0
  }

  private func loop() {
    while running {
      screen.draw(render(state))
      guard let event = screen.nextEvent(timeoutMilliseconds: 1000) else { continue }
      switch event {
      case .key(let key): dispatch(.key(key))
      case .resize(let width, let height): dispatch(.resize(width: width, height: height))
      case .signal: dispatch(.terminate)
      }
    }
  }

  private func dispatch(_ action: Action) {
    _ = update(&state, .tick(now: Timestamp.now()))
    for effect in update(&state, action) { perform(effect) }
  }

  private func perform(_ effect: Effect) {
    switch effect {
    case .editExternally(let target, let language, let text):
      let name = "\(target.id)-\(language.rawValue)".filter {
        $0.isLetter || $0.isNumber || $0 == "-"
      }
      let result = screen.suspended { ExternalEditor.edit(text, name: name) }
      dispatch(.externalEditFinished(target: target, language: language, result: result))
    case .quit:
      // A failed save on a key quit cancels the quit (update clears `quitting`); a signal
      // ends the program regardless.
      if state.quitting || state.terminating { running = false }
    case .listProjects:
      try? FilePaths.makeFolder(store.directory)
      dispatch(.projectsListed(store.list(rulebook: rulebook)))
    case .open(let path):
      project?.close()
      project = nil
      do {
        let opened = try OpenProject(path: path, rulebook: rulebook)
        project = opened
        dispatch(
          .opened(
            path: path, document: opened.document,
            notice: opened.readOnlyNotice,
            recovery: opened.pendingRecovery))
      } catch {
        dispatch(.failed(error.description))
      }
    case .save(let document):
      guard let project, !project.readOnly else { return }
      do {
        try project.update(document, journal: false)
        try project.save()
        lastSaveFailed = false
        dispatch(.saveFinished(error: nil))
      } catch {
        lastSaveFailed = true
        // Keep the change in the recovery journal if the save itself failed.
        try? project.journalUnsaved()
        dispatch(.saveFinished(error: error.description))
      }
    case .acceptRecovery(let accept):
      guard let project else { return }
      if accept {
        do {
          try project.recover()
          dispatch(
            .opened(path: project.path, document: project.document, notice: nil, recovery: nil))
        } catch {
          dispatch(.saveFinished(error: error.description))
        }
      } else {
        project.discardRecovery()
        dispatch(
          .opened(path: project.path, document: project.document, notice: nil, recovery: nil))
      }
    case .closeProject:
      project?.close()
      project = nil
    case .create(let name, let client, let system):
      let document = ProjectDocument(
        rulebook: rulebook, client: client, system: system, assessor: "", now: Timestamp.now())
      do {
        let path = try store.create(name: name, document: document)
        perform(.open(path: path))
      } catch {
        dispatch(.failed(error.description))
      }
    case .openDemo:
      let path = store.path(forName: DemoProject.name)
      if !FilePaths.exists(path) {
        do {
          try store.create(
            name: DemoProject.name,
            document: DemoProject.document(rulebook: rulebook, now: Timestamp.now()))
        } catch {
          dispatch(.failed(error.description))
          return
        }
      }
      perform(.open(path: path))
    case .duplicate(let path):
      duplicate(path)
    case .archive(let path):
      archive(path)
    case .export(let format, let language):
      export(format: format, language: language)
    }
  }

  private func duplicate(_ path: String) {
    do {
      let document = try ProjectFile.read(path: path, rulebook: rulebook).document
      let base = ProjectStore.projectName(ofFile: path)
      var index = 2
      var name = base + "-copy"
      while FilePaths.exists(store.path(forName: name)) {
        name = base + "-copy-\(index)"
        index += 1
      }
      var copy = document
      copy.changeLog.append(
        ChangeLogEntry(at: Timestamp.now(), kind: "duplicated", subject: base, to: name))
      try store.create(name: name, document: copy)
      dispatch(.failed(state.t("Duplicated as \(name)", "\(name) として複製しました")))
    } catch {
      dispatch(.failed(error.description))
    }
    perform(.listProjects)
  }

  private func archive(_ path: String) {
    let folder = store.directory + "/archive"
    defer { perform(.listProjects) }
    // Archive only what no other shinsa has open: its saves would recreate the file.
    let lock: ProjectLock
    do {
      let acquired = try ProjectLock.acquire(for: path)
      guard let taken = acquired.lock else {
        let holder = acquired.holder.map { " (process \($0))" } ?? ""
        dispatch(
          .failed(
            state.t(
              "The project is open in another shinsa\(holder); close it there first.",
              "このプロジェクトは別の shinsa\(holder) で開かれています。先に閉じてください。")))
        return
      }
      lock = taken
    } catch {
      dispatch(.failed(error.description))
      return
    }
    defer {
      lock.release()
      unlink(lock.path)
    }
    do {
      try FilePaths.makeFolder(folder)
      let target = folder + "/" + FilePaths.name(of: path)
      if FilePaths.exists(target) {
        dispatch(
          .failed(
            state.t(
              "An archived project with this name already exists.", "同名のプロジェクトが既にアーカイブにあります。")))
        return
      }
      if rename(path, target) != 0 {
        dispatch(.failed("\(path): cannot archive: \(FilePaths.explain(errno))"))
        return
      }
      // The backup and any recovery journal go with it.
      for (from, to) in [
        (AtomicFile.backupPath(for: path), AtomicFile.backupPath(for: target)),
        (RecoveryJournal.path(for: path), RecoveryJournal.path(for: target)),
      ] where FilePaths.exists(from) {
        rename(from, to)
      }
      dispatch(.failed(state.t("Archived to \(target)", "\(target) にアーカイブしました")))
    } catch {
      dispatch(.failed(error.description))
    }
  }

  private func export(format: String, language: Language) {
    guard let project else { return }
    let export = ProjectExport(document: project.document, rulebook: rulebook, language: language)
    let text: String
    let suffix: String
    switch format {
    case "html":
      text = export.html()
      suffix = "html"
    case "json":
      text = export.json()
      suffix = "json"
    default:
      text = export.markdown()
      suffix = "md"
    }
    let folder = FilePaths.folder(of: project.path) + "/exports"
    let name = ProjectStore.projectName(ofFile: project.path)
    let target = folder + "/\(name)-report-\(language.rawValue).\(suffix)"
    do {
      try FilePaths.makeFolder(folder)
      try AtomicFile.write(Array(text.utf8), to: target, keepBackup: false)
      dispatch(.exported(path: target))
    } catch {
      dispatch(.failed(error.description))
    }
  }
}
