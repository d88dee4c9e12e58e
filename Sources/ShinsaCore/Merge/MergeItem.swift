/// Which drafts a draft item belongs to: the disclosure sheet or the sandbox plan.
public enum DraftPlace: String, Sendable, Hashable {
  case disclosure
  case sandboxPlan
}

/// One unit a three-way merge compares on its own: an answer, one piece of a question's
/// metadata, one language of a draft, a checklist entry, a plan record, a metadata field.
///
/// Its key in the project file ("answer:QUESTION", "disclosure:FIELD:en") names the kind, the
/// id and, for drafts, the part.
public enum MergeItem: Sendable, Hashable {
  case answer(String)
  case note(String)
  case notePrivate(String)
  case followUp(String)
  case confidence(String)
  /// A draft's state and reason.
  case draftState(DraftPlace, String)
  /// A draft's text in one language, with its edit stamp and revision.
  case draftText(DraftPlace, String, Language)
  /// A draft's sync bookkeeping: never a conflict of its own (ours wins).
  case draftSync(DraftPlace, String)
  case checklist(String)
  case step(String)
  case obligation(String)
  case evidence(String)
  case action(String)
  /// "client", "system" or "assessor".
  case metadata(String)

  /// The key written in conflict records.
  public var key: String {
    switch self {
    case .answer(let id): return "answer:\(id)"
    case .note(let id): return "note:\(id)"
    case .notePrivate(let id): return "private:\(id)"
    case .followUp(let id): return "followUp:\(id)"
    case .confidence(let id): return "confidence:\(id)"
    case .draftState(let place, let id): return "\(place.rawValue):\(id):state"
    case .draftText(let place, let id, let language):
      return "\(place.rawValue):\(id):\(language.rawValue)"
    case .draftSync(let place, let id): return "\(place.rawValue):\(id):sync"
    case .checklist(let id): return "checklist:\(id)"
    case .step(let id): return "step:\(id)"
    case .obligation(let id): return "obligation:\(id)"
    case .evidence(let id): return "evidence:\(id)"
    case .action(let id): return "action:\(id)"
    case .metadata(let field): return "metadata:\(field)"
    }
  }

  /// The question, field or record id the item is about (the change log's subject).
  public var subject: String {
    switch self {
    case .answer(let id), .note(let id), .notePrivate(let id), .followUp(let id),
      .confidence(let id), .checklist(let id), .step(let id), .obligation(let id),
      .evidence(let id), .action(let id), .metadata(let id):
      return id
    case .draftState(_, let id), .draftText(_, let id, _), .draftSync(_, let id): return id
    }
  }

  /// The question the item belongs to, if it is about one.
  public var question: String? {
    switch self {
    case .answer(let id), .note(let id), .notePrivate(let id), .followUp(let id),
      .confidence(let id):
      return id
    default: return nil
    }
  }

  /// The metadata fields merged one by one.
  static let metadataFields = ["client", "system", "assessor"]

  /// Reads a key written by ``key``; nil when it is not one.
  public init?(key: String) {
    let parts = key.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
    guard parts.count >= 2, parts.allSatisfy({ !$0.isEmpty }) else { return nil }
    if let place = DraftPlace(rawValue: parts[0]) {
      guard parts.count == 3 else { return nil }
      switch parts[2] {
      case "state": self = .draftState(place, parts[1])
      case "sync": self = .draftSync(place, parts[1])
      default:
        guard let language = Language(rawValue: parts[2]) else { return nil }
        self = .draftText(place, parts[1], language)
      }
      return
    }
    guard parts.count == 2 else { return nil }
    let id = parts[1]
    switch parts[0] {
    case "answer": self = .answer(id)
    case "note": self = .note(id)
    case "private": self = .notePrivate(id)
    case "followUp": self = .followUp(id)
    case "confidence": self = .confidence(id)
    case "checklist": self = .checklist(id)
    case "step": self = .step(id)
    case "obligation": self = .obligation(id)
    case "evidence": self = .evidence(id)
    case "action": self = .action(id)
    case "metadata":
      guard Self.metadataFields.contains(id) else { return nil }
      self = .metadata(id)
    default: return nil
    }
  }

  /// Every item any of `documents` holds, in key order.
  static func all(in documents: [ProjectDocument]) -> [MergeItem] {
    var items: Set<MergeItem> = Set(metadataFields.map { MergeItem.metadata($0) })
    for document in documents {
      for id in document.answers.keys { items.insert(.answer(id)) }
      for id in document.meta.keys {
        items.formUnion([.note(id), .notePrivate(id), .followUp(id), .confidence(id)])
      }
      for (place, drafts) in [
        (DraftPlace.disclosure, document.disclosure), (.sandboxPlan, document.sandbox.plan),
      ] {
        for id in drafts.keys {
          items.formUnion([
            .draftState(place, id), .draftText(place, id, .en), .draftText(place, id, .ja),
            .draftSync(place, id),
          ])
        }
      }
      for id in document.sandbox.checklist.keys { items.insert(.checklist(id)) }
      for id in document.sandbox.steps.keys { items.insert(.step(id)) }
      for id in document.plan.obligations.keys { items.insert(.obligation(id)) }
      for item in document.plan.evidence { items.insert(.evidence(item.id)) }
      for action in document.plan.actions { items.insert(.action(action.id)) }
    }
    return items.sorted { $0.key < $1.key }
  }
}
