import Foundation

/// Who and what a project is about. Client and system are metadata, not interview questions.
public struct ProjectMetadata: Sendable, Equatable {
  public var client: String
  public var system: String
  public var assessor: String
  /// ISO 8601 UTC timestamps ("2026-11-25T17:00:00Z").
  public var created: String
  public var modified: String

  /// Creates metadata.
  public init(client: String, system: String, assessor: String, created: String, modified: String) {
    self.client = client
    self.system = system
    self.assessor = assessor
    self.created = created
    self.modified = modified
  }
}

/// The state of one drafted disclosure field.
public enum DisclosureFieldState: String, Sendable, Equatable, CaseIterable {
  case empty
  case draft
  case done
  /// Withheld as a trade secret, with a reason.
  case withheld
  case notApplicable = "not-applicable"
}

/// A drafted disclosure field (or sandbox plan section) in both languages.
///
/// Each language keeps a revision number that goes up with every change of its text, and the
/// draft remembers the revisions at which the two languages were last in sync. A language
/// lags behind when only the other one changed since then. Editing the lagging language is a
/// translation: it brings the pair back in sync (and further edits of that translation keep
/// it so until the other language changes again). ``markInSync()`` clears a lag by hand.
public struct DisclosureDraft: Sendable, Equatable {
  public var state: DisclosureFieldState
  public var en: String
  public var ja: String
  /// Why the field is withheld or not applicable.
  public var reason: String
  /// When the English and the Japanese text were last edited (ISO 8601 UTC; empty: unknown).
  public var enEdited: String
  public var jaEdited: String
  /// How many times each language's text has changed (0 in files older than 2026.12).
  public var enRevision: Int
  public var jaRevision: Int
  /// The revisions at which the two languages were last in sync.
  public var enSynced: Int
  public var jaSynced: Int
  /// The language last written as a translation of the other, while that holds.
  public var translation: Language?

  /// Creates a draft.
  public init(
    state: DisclosureFieldState = .empty, en: String = "", ja: String = "", reason: String = "",
    enEdited: String = "", jaEdited: String = ""
  ) {
    self.state = state
    self.en = en
    self.ja = ja
    self.reason = reason
    self.enEdited = enEdited
    self.jaEdited = jaEdited
    enRevision = 0
    jaRevision = 0
    enSynced = 0
    jaSynced = 0
    translation = nil
  }

  /// The text in `language`.
  public func text(_ language: Language) -> String { language == .en ? en : ja }

  /// The revision of `language`'s text.
  public func revision(_ language: Language) -> Int {
    language == .en ? enRevision : jaRevision
  }

  /// Whether `language` changed since the two languages were last in sync.
  public func changedSinceSync(_ language: Language) -> Bool {
    language == .en ? enRevision > enSynced : jaRevision > jaSynced
  }

  /// Sets the text in `language`, stamping the edit time and counting a revision when it
  /// changes. Editing the language that lags (or the translation just made) keeps the pair
  /// in sync.
  public mutating func setText(_ text: String, _ language: Language, at now: String) {
    guard self.text(language) != text else { return }
    let other: Language = language == .en ? .ja : .en
    let translating =
      lagging == language || (translation == language && !changedSinceSync(other))
    switch language {
    case .en:
      en = text
      enEdited = now
      enRevision += 1
    case .ja:
      ja = text
      jaEdited = now
      jaRevision += 1
    }
    if translating {
      markInSync()
      translation = language
    } else if translation == other {
      translation = nil
    }
  }

  /// Records that the English and the Japanese text say the same thing as they stand.
  public mutating func markInSync() {
    enSynced = enRevision
    jaSynced = jaRevision
    translation = nil
  }

  /// Takes a suggestion's texts in both languages as a draft to check (in sync).
  public mutating func adopt(_ suggestion: DisclosureDraft, at now: String) {
    setText(suggestion.en, .en, at: now)
    setText(suggestion.ja, .ja, at: now)
    markInSync()
    state = .draft
  }

  /// True when `language`'s text is blank.
  public func isBlank(_ language: Language) -> Bool {
    text(language).trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
  }

  /// The language whose text lags behind the other: empty while the other has text, or not
  /// changed since the other one was. Nil when both keep pace (or both are empty).
  public var lagging: Language? {
    if isBlank(.en) && isBlank(.ja) { return nil }
    if isBlank(.en) { return .en }
    if isBlank(.ja) { return .ja }
    switch (changedSinceSync(.en), changedSinceSync(.ja)) {
    case (true, false): return .ja
    case (false, true): return .en
    default: return nil
    }
  }
}

/// The answer to one sandbox checklist item.
public enum ChecklistState: String, Sendable, Equatable, CaseIterable {
  case yes
  case no
  case unknown
  case notApplicable = "not-applicable"
}

/// One sandbox checklist item with its evidence note. The state and the evidence are
/// independent: an item may hold evidence while its state still comes from the answers.
public struct ChecklistItem: Sendable, Equatable {
  /// The state the user set, or nil when the interview answers decide it.
  public var state: ChecklistState?
  public var evidence: String

  /// Creates an item (by default: state from the answers, no evidence).
  public init(state: ChecklistState? = nil, evidence: String = "") {
    self.state = state
    self.evidence = evidence
  }

  /// True when the item holds nothing: no state of its own and no evidence.
  public var isEmpty: Bool {
    state == nil && evidence.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
  }

  /// The word the project file uses for a state that comes from the answers.
  public static let fromAnswers = "from-answers"
}

/// One step of the sandbox process with its date and note.
public struct ProcessStep: Sendable, Equatable {
  /// "YYYY-MM-DD", or empty when not done.
  public var date: String
  public var note: String

  /// Creates a step.
  public init(date: String = "", note: String = "") {
    self.date = date
    self.note = note
  }
}

/// The sandbox work of a project: checklist, plan drafts and process steps.
public struct SandboxWork: Sendable, Equatable {
  public var checklist: [String: ChecklistItem] = [:]
  public var plan: [String: DisclosureDraft] = [:]
  public var steps: [String: ProcessStep] = [:]

  /// Creates empty sandbox work.
  public init(
    checklist: [String: ChecklistItem] = [:], plan: [String: DisclosureDraft] = [:],
    steps: [String: ProcessStep] = [:]
  ) {
    self.checklist = checklist
    self.plan = plan
    self.steps = steps
  }

  var isEmpty: Bool { checklist.isEmpty && plan.isEmpty && steps.isEmpty }
}

/// One entry of the append-only change log: what changed, from what, to what, when.
public struct ChangeLogEntry: Sendable, Equatable {
  public var at: String
  /// "answer", "note", "follow-up", "confidence", "metadata", "disclosure", "sandbox", "status",
  /// "evidence", "action", "assessed", "created", "migrated".
  public var kind: String
  /// The question, field or item id, where there is one.
  public var subject: String
  public var from: String?
  public var to: String?

  /// Creates an entry.
  public init(
    at: String, kind: String, subject: String = "", from: String? = nil, to: String? = nil
  ) {
    self.at = at
    self.kind = kind
    self.subject = subject
    self.from = from
    self.to = to
  }
}

/// What the project looked like when it was last assessed (for `shinsa reassess`).
public struct AssessmentSnapshot: Sendable, Equatable {
  public var rulebookID: String
  public var rulebookVersion: String
  public var at: String
  public var tier: Tier
  public var requiresReview: Bool
  public var primaryRegulator: String
  public var regulators: [String]
  public var obligations: [String]
  public var sandboxRoute: String
}

extension AssessmentSnapshot {
  /// A snapshot of `assessment` taken at `at`.
  public init(_ assessment: Assessment, at: String) {
    rulebookID = assessment.rulebookID
    rulebookVersion = assessment.rulebookVersion
    self.at = at
    tier = assessment.tier
    requiresReview = assessment.requiresReview
    primaryRegulator = assessment.primaryRegulator?.id ?? ""
    regulators = assessment.regulators.map(\.id)
    obligations = assessment.obligations.filter { $0.applies == .yes }.map(\.obligation.id)
    sandboxRoute = assessment.sandbox.route.rawValue
  }
}

/// A shinsa project: one client's system, its interview and its drafts (schema version 1).
///
/// A project file is also a valid answers file: its `answers` member has the public format.
public struct ProjectDocument: Sendable, Equatable {
  /// The schema version this shinsa writes.
  public static let schemaVersion = 1
  /// The format marker at the top of every project file.
  public static let formatMarker = "shinsa-project"

  public var rulebookID: String
  public var rulebookVersion: String
  public var metadata: ProjectMetadata
  public var answers: [String: Answer]
  public var meta: [String: QuestionMeta]
  /// The interview position: the current question and the path taken.
  public var current: String?
  public var path: [String]
  public var disclosure: [String: DisclosureDraft]
  public var sandbox: SandboxWork
  /// Where the project stands: obligation statuses, evidence and actions (empty in files
  /// that record none; the member is then left out of the file).
  public var plan: Plan
  public var lastAssessment: AssessmentSnapshot?
  public var changeLog: [ChangeLogEntry]
  /// Items a merge found changed differently on two sides, open until resolved (empty in
  /// most files; the member is then left out of the file).
  public var conflicts: [ConflictRecord] = []

  /// A new, empty project.
  public init(rulebook: Rulebook, client: String, system: String, assessor: String, now: String) {
    rulebookID = rulebook.id
    rulebookVersion = rulebook.version
    metadata = ProjectMetadata(
      client: client, system: system, assessor: assessor, created: now, modified: now)
    answers = [:]
    meta = [:]
    // The interview starts at the first question: saved as such, so that opening a new
    // project and quitting leaves its file as it was.
    let start = Interview(rulebook: rulebook)
    current = start.current
    path = start.path
    disclosure = [:]
    sandbox = SandboxWork()
    plan = Plan()
    lastAssessment = nil
    changeLog = [
      ChangeLogEntry(at: now, kind: "created", subject: "", from: nil, to: "\(client) · \(system)")
    ]
  }

  init(
    rulebookID: String, rulebookVersion: String, metadata: ProjectMetadata,
    answers: [String: Answer],
    meta: [String: QuestionMeta], current: String?, path: [String],
    disclosure: [String: DisclosureDraft],
    sandbox: SandboxWork, plan: Plan = Plan(), lastAssessment: AssessmentSnapshot?,
    changeLog: [ChangeLogEntry]
  ) {
    self.rulebookID = rulebookID
    self.rulebookVersion = rulebookVersion
    self.metadata = metadata
    self.answers = answers
    self.meta = meta
    self.current = current
    self.path = path
    self.disclosure = disclosure
    self.sandbox = sandbox
    self.plan = plan
    self.lastAssessment = lastAssessment
    self.changeLog = changeLog
  }

  /// The interview over this project's answers and position.
  public func interview(rulebook: Rulebook) -> Interview {
    Interview(rulebook: rulebook, answers: answers, meta: meta, current: current, path: path)
  }

  /// This project with `interview`'s answers, notes and position (the rest unchanged).
  public func with(_ interview: Interview) -> ProjectDocument {
    var document = self
    document.answers = interview.answers
    document.meta = interview.meta
    document.current = interview.current
    document.path = interview.path
    return document
  }

  /// Disclosure fields marked done with both languages finished.
  public var completeDisclosureFields: Set<String> {
    Set(disclosure.filter { $0.value.isFinishedDone }.map(\.key))
  }

  /// Questions flagged for follow-up.
  public var followUps: [String] { meta.filter { $0.value.followUp }.map(\.key).sorted() }
}
