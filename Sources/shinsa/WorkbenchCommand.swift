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

  @Option(
    name: .long,
    help:
      "Language of the interface: en or ja (default: the config file's language, else ja for a Japanese locale, else en)."
  )
  var lang: Language?

  @Flag(
    name: .long,
    help: "Reviewer mode: take no lock, write nothing, refuse every edit with a notice.")
  var readOnly = false

  @Flag(
    name: .long,
    help:
      "Screen-reader mode: a line-by-line interview on standard input and output (also SHINSA_PLAIN=1)."
  )
  var plain = false

  @OptionGroup var projects: ProjectsOptions

  func run() throws {
    // A SHINSA_TODAY that is not a date is refused at start, as the plan commands refuse it,
    // before the terminal is taken or a project opened (exit 64, one sentence).
    _ = PlanSupport.today()
    let rulebook = projects.loadRulebook()
    let language = ThemeFiles.interfaceLanguage(
      requested: lang, environment: ProcessInfo.processInfo.environment)
    if plain || PlainDriver.requested(ProcessInfo.processInfo.environment) {
      let status = PlainDriver.run(
        project: project, store: projects.store, rulebook: rulebook, language: language,
        readOnly: readOnly)
      if status != 0 { throw ExitCode(status) }
      return
    }
    let environment = ProcessInfo.processInfo.environment
    let chosenTheme: Theme
    let mouse: Bool
    do {
      let configDirectory = ThemeFiles.defaultConfigDirectory(environment: environment)
      chosenTheme = try ThemeFiles.resolve(
        requested: theme, environment: environment, configDirectory: configDirectory)
      mouse = try ThemeFiles.configuredMouse(configDirectory: configDirectory)
    } catch {
      Exit.fail(Exit.dataError, error.description)
    }
    let store = projects.store
    var initial: (path: String, project: OpenProject)?
    if let project {
      // Open (and so read) the project once, before taking the terminal, so errors print
      // plainly; the workbench starts on it.
      do {
        let path = store.resolve(project)
        initial = (path, try OpenProject(path: path, rulebook: rulebook, readOnly: readOnly))
      } catch {
        error.exit()
      }
    }
    if let problem = TerminalSupport.checkInteractive() {
      initial?.project.close()
      Exit.fail(Exit.usage, problem)
    }
    let opened = initial
    let status = MainActor.assumeIsolated {
      WorkbenchRunner.run(
        rulebook: rulebook, store: store, theme: chosenTheme, language: language, initial: opened,
        review: readOnly, mouse: mouse)
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
  /// Reviewer mode (`--read-only`): every project opens without a lock, nothing is written.
  private var review = false
  /// Whether the last save failed (the exit status then says so).
  private var lastSaveFailed = false
  /// What the input journal on disk holds, and where (nil: no journal).
  private var journalledInput: PendingInput?
  private var journalledPath: String?
  /// When the input journal was last written.
  private var lastInputWrite = ContinuousClock.now - .seconds(1)
  /// Typing to keep journalled though no editor shows it: the external editor's file while
  /// `$EDITOR` runs, or typing found on opening while the recovery of the project waits.
  private var heldInput: PendingInput?
  /// Whether the new-project form's journal was looked for this run.
  private var lookedForNewProjectInput = false
  /// Why the input journal could not be written, once said.
  private var inputJournalProblem: String?
  /// The most time typing waits before it is journalled.
  static let inputJournalInterval = Duration.milliseconds(100)

  private init(state: AppState, store: ProjectStore, rulebook: Rulebook, screen: TerminalScreen) {
    self.state = state
    self.store = store
    self.rulebook = rulebook
    self.screen = screen
  }

  /// Takes the terminal, runs until quit or a signal, gives the terminal back; returns an exit status.
  static func run(
    rulebook: Rulebook, store: ProjectStore, theme: Theme, language: Language,
    initial: (path: String, project: OpenProject)?, review: Bool = false, mouse: Bool = false
  ) -> Int32 {
    let screen: TerminalScreen
    do {
      screen = try TerminalScreen.start(theme: theme)
    } catch {
      initial?.project.close()
      FileHandle.standardError.write(Data("shinsa: \(TextSafety.inertLines(error.message))\n".utf8))
      return Exit.usage
    }
    // A terminal without colours gets the monochrome theme, which keeps focus visible.
    if screen.colors == 0, !theme.monochrome, let monochrome = ThemeCatalog.builtin("monochrome") {
      screen.setTheme(monochrome)
    }
    var state = AppState(
      rulebook: rulebook, folder: store.directory, language: language, width: screen.width,
      height: screen.height, now: Timestamp.now())
    state.zone = DisplayZone.resolve(environment: ProcessInfo.processInfo.environment)
    state.mouse = mouse
    let runner = WorkbenchRunner(state: state, store: store, rulebook: rulebook, screen: screen)
    runner.review = review
    if let initial {
      runner.show(initial.project, path: initial.path)
    } else {
      runner.perform(.listProjects)
    }
    runner.loop()
    // The last save is done: journal what is still being typed (or remove the journal).
    runner.flushInput(force: true, sync: true)
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
      // F2 (or the config file) switches the mouse; the terminal follows the state.
      screen.setMouse(state.mouse)
      screen.draw(render(state))
      // Typing not yet journalled is written within the interval: wait no longer than that.
      let wait = flushInput() ?? 1000
      guard let event = screen.nextEvent(timeoutMilliseconds: wait) else { continue }
      switch event {
      case .key(let key): dispatch(.key(key))
      case .resize(let width, let height): dispatch(.resize(width: width, height: height))
      case .signal:
        // Journal the typing first: the save that follows may fail, the journal stays.
        flushInput(force: true, sync: true)
        dispatch(.terminate)
      }
    }
  }

  /// The input journal for `input`: the new-project form's in the projects folder, other
  /// typing's beside the open project.
  private func inputPath(for input: PendingInput) -> String? {
    if review { return nil }
    if input.kind == .newProject { return InputJournal.newProjectPath(in: store.directory) }
    guard let project, !project.readOnly else { return nil }
    return InputJournal.path(for: project.path)
  }

  /// Makes the input journal hold what is being typed: written at once when `force` or when
  /// the last write is at least ``inputJournalInterval`` old; removed when nothing is typed.
  /// Only a `sync` write (on a signal, at the end) waits for the disk (`fsync`): a kill keeps
  /// what was written without it, and typing must not wait for a busy disk.
  /// Returns the milliseconds until a write is due, or nil when the journal is up to date.
  @discardableResult
  func flushInput(force: Bool = false, sync: Bool = false) -> Int? {
    let desired = pendingInput(state, savedIn: project?.document) ?? heldInput
    let path = desired.flatMap { inputPath(for: $0) }
    if desired == journalledInput, path == journalledPath { return nil }
    let elapsed = ContinuousClock.now - lastInputWrite
    if !force, desired != nil, elapsed < Self.inputJournalInterval {
      let left = (Self.inputJournalInterval - elapsed).components
      return max(1, Int(left.attoseconds / 1_000_000_000_000_000))
    }
    lastInputWrite = ContinuousClock.now
    let previous = journalledInput
    if let old = journalledPath, old != path || desired == nil {
      unlink(old)
      journalledPath = nil
      journalledInput = nil
    }
    if let desired, let path {
      do {
        try InputJournal.write(desired, to: path, sync: sync)
        journalledInput = desired
        journalledPath = path
        inputJournalProblem = nil
      } catch {
        // Said once; the typing stays in the editor and the write is tried again.
        if inputJournalProblem == nil {
          inputJournalProblem = error.description
          _ = update(&state, .failed(FileFailure(task: .keepTyping, error).text(state.language)))
        }
        return 100
      }
    }
    // The external editor's file goes once no journal names it (its text is saved).
    if let file = previous?.externalFile, journalledInput?.externalFile != file {
      ExternalEditFile.remove(file)
    }
    return nil
  }

  /// Offers typing found in the input journal at `path`, unless `document` (the open
  /// project's) already holds it (then the journal goes).
  private func offerInput(at path: String, document: ProjectDocument?) {
    guard let found = InputJournal.read(at: path)?.withExternalText() else {
      if FilePaths.exists(path) { unlink(path) }
      return
    }
    if found.isEmpty || document.map({ found.isSaved(in: $0) }) == true {
      if let file = found.externalFile { ExternalEditFile.remove(file) }
      unlink(path)
      return
    }
    journalledInput = found
    journalledPath = path
    dispatch(.inputFound(found))
  }

  private func dispatch(_ action: Action) {
    _ = update(&state, .tick(now: Timestamp.now()))
    let effects = update(&state, action)
    // A save can stall on a busy disk: journal the latest typing before it starts.
    if effects.contains(where: { if case .save = $0 { true } else { false } }) {
      flushInput(force: true)
    }
    for effect in effects { perform(effect) }
  }

  /// Shows a project just opened from `path`, and offers the typing its input journal kept.
  private func show(_ opened: OpenProject, path: String) {
    project = opened
    dispatch(
      .opened(
        path: path, document: opened.document,
        notice: opened.readOnlyNotice,
        recovery: opened.pendingRecovery, readOnly: opened.readOnlyReason))
    guard !opened.readOnly else { return }
    let inputPath = InputJournal.path(for: opened.path)
    if opened.pendingRecovery != nil {
      // Offered once the recovered changes are taken or discarded.
      heldInput = InputJournal.read(at: inputPath)?.withExternalText()
      journalledInput = heldInput
      journalledPath = heldInput == nil ? nil : inputPath
    } else {
      offerInput(at: inputPath, document: opened.document)
    }
  }

  private func perform(_ effect: Effect) {
    if review {
      // Reviewer mode writes nothing in the projects folder either.
      switch effect {
      case .create, .openDemo, .duplicate, .archive:
        dispatch(.failed(ReadOnlyReason.review.refusal(state.language)))
        return
      default: break
      }
    }
    switch effect {
    case .editExternally(let target, let language, let text):
      editExternally(target: target, language: language, text: text)
    case .quit:
      // A failed save on a key quit cancels the quit (update clears `quitting`); a signal
      // ends the program regardless.
      if state.quitting || state.terminating { running = false }
    case .listProjects:
      if !review { try? FilePaths.makeFolder(store.directory) }
      dispatch(.projectsListed(store.list(rulebook: rulebook)))
      if !lookedForNewProjectInput, !review {
        lookedForNewProjectInput = true
        offerInput(at: InputJournal.newProjectPath(in: store.directory), document: nil)
      }
    case .open(let path):
      project?.close()
      project = nil
      do {
        show(try OpenProject(path: path, rulebook: rulebook, readOnly: review), path: path)
      } catch {
        dispatch(.failed(FileFailure(task: .open, error).text(state.language)))
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
        dispatch(.saveFinished(error: FileFailure(task: .save, error).text(state.language)))
      }
    case .acceptRecovery(let accept):
      guard let project else { return }
      if accept {
        do {
          try project.recover()
          dispatch(
            .opened(path: project.path, document: project.document, notice: nil, recovery: nil))
        } catch {
          dispatch(.saveFinished(error: FileFailure(task: .recover, error).text(state.language)))
        }
      } else {
        project.discardRecovery()
        dispatch(
          .opened(path: project.path, document: project.document, notice: nil, recovery: nil))
      }
      if heldInput != nil {
        heldInput = nil
        journalledInput = nil
        journalledPath = nil
        offerInput(at: InputJournal.path(for: project.path), document: project.document)
      }
    case .closeProject:
      project?.close()
      project = nil
    case .create(let name, let client, let system, let assessor):
      let document = ProjectDocument(
        rulebook: rulebook, client: client, system: system, assessor: assessor,
        now: Timestamp.now())
      do {
        let path = try store.create(name: name, document: document)
        perform(.open(path: path))
      } catch {
        dispatch(.failed(FileFailure(task: .create, error).text(state.language)))
      }
    case .openDemo:
      let path = store.path(forName: DemoProject.name)
      if !FilePaths.exists(path) {
        do {
          try store.create(
            name: DemoProject.name,
            document: DemoProject.document(rulebook: rulebook, now: Timestamp.now()))
        } catch {
          dispatch(.failed(FileFailure(task: .create, error).text(state.language)))
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
    case .checkEvidence, .readEvidence, .listPath:
      if let action = PlanPaneEffects.perform(effect, language: state.language) {
        dispatch(action)
      }
    case .exportHomework(let language):
      if let project {
        dispatch(
          WorkbenchHomework.export(
            project, rulebook: rulebook, language, interface: state.language))
      }
    case .readHomework(let path):
      dispatch(WorkbenchHomework.read(path, interface: state.language))
    }
  }

  /// Hands a draft to `$EDITOR`. The editor's file is named in the input journal before
  /// the editor starts and removed only once its text is saved, so a kill of shinsa while
  /// the editor runs, or right after, loses nothing: reopening offers the file's text.
  private func editExternally(target: DraftTarget, language: Language, text: String) {
    let name = "\(target.id)-\(language.rawValue)".filter {
      $0.isLetter || $0.isNumber || $0 == "-"
    }
    let file: String
    switch ExternalEditor.prepare(text, name: name, interface: state.language) {
    case .failure(let failure):
      dispatch(
        .externalEditFinished(target: target, language: language, result: .failed(failure.message)))
      return
    case .success(let made):
      file = made
    }
    let kind: PendingInput.Kind
    switch target {
    case .disclosure: kind = .disclosure
    case .plan: kind = .plan
    }
    heldInput = PendingInput(
      kind: kind, subject: target.id, language: language, text: text, externalFile: file)
    flushInput(force: true, sync: true)
    let interface = state.language
    let result = screen.suspended { ExternalEditor.edit(file: file, interface: interface) }
    if case .failed = result, screen.hasPendingSignal {
      // A hang-up or kill ended the editor with shinsa: keep its file for the next open.
      return
    }
    dispatch(.externalEditFinished(target: target, language: language, result: result))
    if case .text = result, lastSaveFailed { return }  // kept until a save succeeds
    heldInput = nil
    flushInput(force: true)
    if FilePaths.exists(file) { ExternalEditFile.remove(file) }
  }

  private func duplicate(_ path: String) {
    do {
      let name = try store.duplicate(path, rulebook: rulebook, now: Timestamp.now())
      dispatch(.notice(state.t("Duplicated as \(name)", "\(name) として複製しました")))
    } catch {
      dispatch(.failed(FileFailure(task: .duplicate, error).text(state.language)))
    }
    perform(.listProjects)
  }

  private func archive(_ path: String) {
    do {
      let target = try store.archive(path)
      dispatch(.notice(state.t("Archived to \(target)", "\(target) にアーカイブしました")))
    } catch {
      if case .store(let failure) = error {
        dispatch(.failed(FileFailure(task: .archive, failure).text(state.language)))
      } else {
        dispatch(.failed(error.message(state.language)))
      }
    }
    perform(.listProjects)
  }

  private func export(format: ReportFormat, language: Language) {
    guard let project else { return }
    let text = ReportExport.render(
      project.document, rulebook: rulebook, format: format, languages: [language],
      today: PlanSupport.today(),
      projectFolder: FilePaths.folder(of: FilePaths.resolved(project.path)))
    let suffix = format.fileExtension
    do {
      let target = try ProjectStore.writeExport(
        text, forProject: project.path, language: language, suffix: suffix)
      dispatch(.exported(path: target))
    } catch {
      dispatch(.failed(FileFailure(task: .export, error).text(state.language)))
    }
  }
}
