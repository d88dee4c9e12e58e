/// Where a project stands on one obligation. Nothing is ever marked met by shinsa itself:
/// every status but `unknown` is the user's.
public enum ObligationStatus: String, Sendable, Equatable, CaseIterable {
  case met
  case partly
  case gap
  case notApplicable = "not-applicable"
  case unknown
}

/// The user's record for one obligation: its status, why, and the rulebook's wording of the
/// obligation when the status was set (so a later rulebook change reopens it).
public struct ObligationRecord: Sendable, Equatable {
  public var status: ObligationStatus
  public var reason: String
  /// When the status was last set (ISO 8601 UTC).
  public var updated: String
  /// `ObligationBasis.of` the obligation when the status was set.
  public var basis: String

  /// Creates a record.
  public init(status: ObligationStatus, reason: String, updated: String, basis: String) {
    self.status = status
    self.reason = reason
    self.updated = updated
    self.basis = basis
  }
}

/// A fingerprint of what an obligation asks and when, so that a status set against one
/// rulebook version is not carried over silently when the rulebook changes the obligation.
public enum ObligationBasis {
  /// The fingerprint of `obligation`: its condition, legal status, title and summary.
  public static func of(_ obligation: Obligation) -> String {
    var hash = SHA256()
    for part in [
      obligation.whenSource, obligation.status.rawValue, obligation.title.en, obligation.title.ja,
      obligation.summary.en, obligation.summary.ja,
    ] {
      hash.update(Array(part.utf8) + [0])
    }
    return String(hash.hexDigest().prefix(16))
  }
}

/// One file that shows something is done, with its fingerprint when it was added.
public struct EvidenceItem: Sendable, Equatable {
  /// A short id, unique in the project ("ev1").
  public var id: String
  /// The file, relative to the project's folder where possible.
  public var path: String
  /// The file's SHA-256 when added (64 lowercase hex digits).
  public var sha256: String
  /// The date it was added (YYYY-MM-DD).
  public var added: String
  public var note: String
  /// When it should be looked at again (YYYY-MM-DD), if ever.
  public var reviewBy: String?
  /// What it supports: obligation ids and disclosure fields as `disclosure:FIELD`.
  public var supports: [String]

  /// Creates an evidence item.
  public init(
    id: String, path: String, sha256: String, added: String, note: String = "",
    reviewBy: String? = nil, supports: [String] = []
  ) {
    self.id = id
    self.path = path
    self.sha256 = sha256
    self.added = added
    self.note = note
    self.reviewBy = reviewBy
    self.supports = supports
  }
}

/// How an evidence item stands today.
public enum EvidenceState: String, Sendable, Equatable, CaseIterable {
  /// The file is there, unchanged, and not due for review.
  case ok
  /// The file's content differs from when it was added.
  case changed
  /// The file cannot be found or read.
  case missing
  /// The review-by date has passed.
  case stale
}

/// Something to do: who, by when, and what it is for.
public struct PlanAction: Sendable, Equatable {
  /// A short id, unique in the project ("a1").
  public var id: String
  public var text: String
  public var owner: String
  /// The due date (YYYY-MM-DD), if any.
  public var due: String?
  public var done: Bool
  /// What it is for: obligation ids, `question:ID`, `criterion:ID`; empty for the project.
  public var targets: [String]

  /// Creates an action.
  public init(
    id: String, text: String, owner: String = "", due: String? = nil, done: Bool = false,
    targets: [String] = []
  ) {
    self.id = id
    self.text = text
    self.owner = owner
    self.due = due
    self.done = done
    self.targets = targets
  }

  /// Whether the action is open and its due date is before `today` (YYYY-MM-DD).
  public func isOverdue(today: String) -> Bool {
    guard !done, let due else { return false }
    return due < today
  }
}

/// Where the project stands: statuses, evidence and actions.
public struct Plan: Sendable, Equatable {
  public var obligations: [String: ObligationRecord]
  public var evidence: [EvidenceItem]
  public var actions: [PlanAction]

  /// Creates a plan (empty by default).
  public init(
    obligations: [String: ObligationRecord] = [:], evidence: [EvidenceItem] = [],
    actions: [PlanAction] = []
  ) {
    self.obligations = obligations
    self.evidence = evidence
    self.actions = actions
  }

  /// Whether nothing has been recorded.
  public var isEmpty: Bool { obligations.isEmpty && evidence.isEmpty && actions.isEmpty }
}
