import ShinsaCore

/// One selectable row of the plan pane: an obligation, or one of its evidence items or
/// actions (by id, so a selection survives a change to the plan).
public enum PlanEntry: Sendable, Equatable {
  case obligation(String)
  case evidence(obligation: String, item: String)
  case action(obligation: String, item: String)

  /// The obligation the row belongs to.
  public var obligation: String {
    switch self {
    case .obligation(let id), .evidence(let id, _), .action(let id, _): return id
    }
  }
}

/// The states of a plan's evidence items on one day, as the runner found them on disk.
public struct EvidenceCheckResult: Sendable, Equatable {
  /// The day the states are for (YYYY-MM-DD; `SHINSA_TODAY` when set).
  public var today: String
  /// The items checked, as they were in the project.
  public var items: [EvidenceItem]
  /// Each item's state, by id.
  public var states: [String: EvidenceState]

  /// Creates a result.
  public init(today: String, items: [EvidenceItem], states: [String: EvidenceState]) {
    self.today = today
    self.items = items
    self.states = states
  }
}

/// A file read for evidence: where it is stored in the project and its fingerprint.
public struct EvidenceReadResult: Sendable, Equatable {
  /// The obligation it is evidence for.
  public var target: String
  /// The path as stored (relative to the project's folder where possible).
  public var path: String
  public var sha256: String
  /// The day it is added (YYYY-MM-DD).
  public var today: String

  /// Creates a result.
  public init(target: String, path: String, sha256: String, today: String) {
    self.target = target
    self.path = path
    self.sha256 = sha256
    self.today = today
  }
}

/// One entry of a folder, for path completion.
public struct PathEntry: Sendable, Equatable {
  public var name: String
  public var isFolder: Bool

  /// Creates an entry.
  public init(name: String, isFolder: Bool) {
    self.name = name
    self.isFolder = isFolder
  }
}

/// What a plan pane prompt asks for.
public enum PlanPrompt: Sendable, Equatable {
  /// The reason for `obligation`'s status; applying it sets `status` with the reason.
  case reason(obligation: String, status: ObligationStatus)
  /// A file to add as evidence for `obligation`.
  case evidence(obligation: String)
  /// A new action's text, then its owner, then its due date.
  case actionText(obligation: String)
  case actionOwner(obligation: String, text: String)
  case actionDue(obligation: String, text: String, owner: String)

  /// Whether it is one of a new action's prompts (its target: an obligation id, "" for the
  /// whole project, `question:ID` or `criterion:ID`).
  public var isAction: Bool {
    switch self {
    case .actionText, .actionOwner, .actionDue: return true
    case .reason, .evidence: return false
    }
  }
}

/// The plan pane's own state.
public struct PlanPaneState: Sendable, Equatable {
  /// The selected row.
  public var selected: PlanEntry?
  /// The evidence states last found, for the items they were found for: made again when the
  /// pane is entered and whenever the project's evidence changes, never on other keys.
  public var check: EvidenceCheckResult?
  /// The evidence items a check was asked for and has not come back yet.
  public var checkPending: [EvidenceItem]?
  /// The row Backspace was pressed on once; a second press removes it.
  public var pendingRemoval: PlanEntry?

  /// An empty state.
  public init() {}
}
