import ShinsaCore

/// The workbench's panes, reachable with 1–6 and Tab.
public enum Pane: Int, CaseIterable, Sendable {
  case interview = 1
  case guidance
  case disclosure
  case sandbox
  case report
  case plan

  /// The tab title, in both languages.
  public var title: Localized {
    switch self {
    case .interview: Localized(en: "Interview", ja: "ヒアリング")
    case .guidance: Localized(en: "Guidance", ja: "指針")
    case .disclosure: Localized(en: "Disclosure", ja: "開示")
    case .sandbox: Localized(en: "Sandbox", ja: "サンドボックス")
    case .report: Localized(en: "Report", ja: "レポート")
    case .plan: Localized(en: "Plan", ja: "対応計画")
    }
  }
}

/// Where the user is.
public enum Screen: Sendable, Equatable {
  case browser
  case workbench
}

/// The project browser.
public struct BrowserState: Sendable, Equatable {
  public var folder: String
  public var projects: [ProjectSummary] = []
  public var filter = TextField("", limit: 100)
  public var filtering = false
  public var selected = 0
  public var loaded = false
  /// The project `a` was pressed on once; a second `a` archives it.
  public var pendingArchive: String?
  /// The new-project form as Esc left it: `n` reopens it with the typing kept.
  public var newProjectDraft: NewProjectForm?

  /// Creates a browser over `folder`.
  public init(folder: String) { self.folder = folder }

  /// The projects matching the filter.
  public var visible: [ProjectSummary] {
    let needle = filter.text.lowercased()
    guard !needle.isEmpty else { return projects }
    return projects.filter {
      [$0.name, $0.client, $0.system].contains { $0.lowercased().contains(needle) }
    }
  }
}

/// Whether the open project is saved.
public enum SaveState: Sendable, Equatable {
  case saved
  case unsaved
  case failed(String)
  case readOnly(String)
}

/// The open project and the interview over it. The interview is the one owner of the
/// answers, notes and position; ``document`` builds the project from it and the rest.
public struct WorkbenchState: Sendable {
  public var path: String
  /// The answers, notes, flags and position, with undo and redo.
  public var interview: Interview { didSet { derived = nil } }
  /// The rest of the project (metadata, drafts, sandbox work, the change log, the last
  /// assessment), held with its answers, notes and position left empty.
  private var rest: ProjectDocument { didSet { derived = nil } }
  public var assessment: Assessment { didSet { derived = nil } }
  /// The disclosure sheet and sandbox advice over the project and its assessment, kept
  /// between keys; dropped whenever the interview, the rest of the project or the assessment
  /// changes (see ``DerivedViews``).
  var derived: DerivedViews?
  public var pane: Pane = .interview
  public var saveState: SaveState = .saved
  /// Why the project is read-only (with ``SaveState/readOnly(_:)``), when known.
  public var readOnlyReason: ReadOnlyReason?
  /// The highlighted item of the current question (an option, the field, or Unknown).
  public var itemCursor = 0
  /// The number or text being typed, when editing.
  public var editing: TextField?
  /// Why the last typed value was refused.
  public var validation: String?
  /// Scroll offsets of the other panes.
  public var scroll: [Pane: Int] = [:]
  /// The highlighted disclosure field (rulebook order).
  public var disclosureCursor = 0
  /// The highlighted row of the sandbox pane.
  public var sandboxCursor = 0
  /// Which language's draft the disclosure and plan editors work on.
  public var draftLanguage: Language = .en
  /// The multi-line editor, while a draft is being edited.
  public var draftEditor: DraftEditor?
  /// When the open editor's text was last written to disk (ISO 8601).
  public var draftSavedAt = ""
  /// The plan pane's selection, evidence states and pending removal (Features/Plan).
  public var planPane = PlanPaneState()
  /// Every option of the current question, not only the use cases of the chosen sectors.
  public var showAllOptions = false
  /// Unknown was pressed once on a multi-choice question with choices: a second press
  /// clears them (the notice says so first).
  public var pendingUnknown: String?
  /// Past the last question: the pane shows the end of the interview and what to do next.
  public var atEnd = false
  /// A path typed in a path prompt left with Esc (evidence file, homework form): the prompt
  /// opens on it next time. Ctrl-G forgets it.
  public var pathDrafts: [PathPrompt: String] = [:]

  /// Opens `document` over `interview`, which must have been made from it.
  init(path: String, document: ProjectDocument, interview: Interview, assessment: Assessment) {
    self.path = path
    self.interview = interview
    self.assessment = assessment
    rest = document
    keep(document)
  }

  /// The project as it is saved: the rest of it with the interview's answers, notes and
  /// position.
  public var document: ProjectDocument {
    rest.with(interview)
  }

  /// Keeps `document`'s metadata, drafts, sandbox work, change log and last assessment. Its
  /// answers, notes and position are not kept: the interview owns them.
  mutating func keep(_ document: ProjectDocument) {
    rest = document
    rest.answers = [:]
    rest.meta = [:]
    rest.current = nil
    rest.path = []
  }

  /// Whether saving is refused.
  public var readOnly: Bool {
    if case .readOnly = saveState { return true }
    return false
  }
}

/// The new-project form of the browser.
public struct NewProjectForm: Sendable, Equatable {
  public var fields = [
    TextField("", limit: 100), TextField("", limit: 200), TextField("", limit: 200),
    TextField("", limit: 200),
  ]
  public var focus = 0
  public var problem: String?
}

/// The jump list: sections and questions, filtered as you type.
public struct JumpState: Sendable, Equatable {
  public var filter = TextField("", limit: 100)
  public var cursor = 0
}

/// A dialog over the screen. Esc backs out of every one.
public enum Overlay: Sendable, Equatable {
  case help(scroll: Int)
  case why(scroll: Int)
  /// The current question in full: why it is asked, its help and every option's meaning.
  case about(scroll: Int)
  case jump(JumpState)
  /// The current question's note in the multi-line editor, and whether it is private.
  case note(TextArea, isPrivate: Bool)
  /// A text question's answer in the multi-line editor (long answers, Ctrl-O in the field).
  case longAnswer(TextArea)
  case newProject(NewProjectForm)
  case export(cursor: Int)
  case recovery
  /// Typing a session left unsaved (found in the input journal): restore it or discard it.
  case inputRecovery(PendingInput)
  /// A one-line question whose answer changes a draft or a sandbox item.
  case prompt(PromptPurpose, TextField, problem: String?)
  /// The merge conflicts of the project, with the chosen one.
  case conflicts(cursor: Int)
  /// The command palette (`:` or Ctrl-P): every command by name, filtered as you type.
  case palette(PaletteState)
}

/// Everything the UI shows; changed only by ``update(_:_:)``.
public struct AppState: Sendable {
  public let rulebook: Rulebook
  public let assessor: Assessor
  public var language: Language
  public var width: Int
  public var height: Int
  public var screen: Screen = .browser
  public var browser: BrowserState
  public var workbench: WorkbenchState?
  public var overlay: Overlay?
  /// The open help, why or about dialog's wrapped lines (see ``DialogText``); nil otherwise.
  public var dialogText: DialogText?
  /// The open help's filter and the why dialog's search (see ``DialogSearch``).
  public var dialogSearch = DialogSearch()
  /// The status bar's hints made so far (see ``StatusHints``).
  public var statusHints = StatusHints()
  /// A one-line message shown in the status bar until the next key.
  public var flash: String?
  /// The current time, stamped by the runner (keeps `update` pure).
  public var now: String
  /// The time zone times are shown in (they are stored in UTC).
  public var zone = DisplayZone.utc
  public var quitting = false
  /// Set by a signal: the program ends whatever happens to the last save.
  public var terminating = false
  /// Whether clicks and the wheel act (F2, or `mouse = on` in the config file). Off, the
  /// terminal keeps its own text selection.
  public var mouse = false
  /// A dialog choice clicked once, which a second click runs (see ``clickInDialog(_:_:_:)``).
  public var armedChoice: ArmedChoice?

  /// The smallest terminal the workbench draws in.
  public static let minimumSize = (width: 80, height: 24)

  /// A fresh state on the project browser.
  public init(
    rulebook: Rulebook, folder: String, language: Language, width: Int, height: Int, now: String
  ) {
    self.rulebook = rulebook
    assessor = Assessor(rulebook: rulebook)
    self.language = language
    self.width = width
    self.height = height
    browser = BrowserState(folder: folder)
    self.now = now
  }

  /// English or Japanese, by the current language.
  public func t(_ en: String, _ ja: String) -> String { language == .en ? en : ja }
}

/// The prompts that take a file path, whose typing Esc keeps for the next time.
public enum PathPrompt: Sendable, Hashable {
  case evidence
  case homeworkForm
}
