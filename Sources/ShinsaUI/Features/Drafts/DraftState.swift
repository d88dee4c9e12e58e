import ShinsaCore

/// A draft the multi-line editor can work on.
public enum DraftTarget: Sendable, Equatable, Hashable {
  /// A disclosure field, by id.
  case disclosure(String)
  /// A section of the sandbox demonstration plan, by id.
  case plan(String)

  /// The field or section id.
  public var id: String {
    switch self {
    case .disclosure(let id), .plan(let id): return id
    }
  }
}

/// The multi-line editor open on one language of one draft.
public struct DraftEditor: Sendable, Equatable {
  public var target: DraftTarget
  public var language: Language
  public var area: TextArea
  /// The text when the editor opened (Ctrl-G puts it back).
  public var original: String
}

/// The longest draft text, in characters.
let draftLimit = 20_000

extension WorkbenchState {
  /// The draft of `target`, or an empty one.
  func draft(_ target: DraftTarget) -> DisclosureDraft {
    switch target {
    case .disclosure(let id): return document.disclosure[id] ?? DisclosureDraft()
    case .plan(let id): return document.sandbox.plan[id] ?? DisclosureDraft()
    }
  }

  /// The disclosure sheet over the current assessment and drafts (the kept one when there
  /// is one).
  func disclosureSheet(_ rulebook: Rulebook) -> DisclosureSheet {
    derived?.sheet ?? makeDisclosureSheet(rulebook)
  }

  /// The disclosure sheet made now.
  func makeDisclosureSheet(_ rulebook: Rulebook) -> DisclosureSheet {
    DisclosureSheet(rulebook: rulebook, assessment: assessment, document: document)
  }
}

extension DraftTarget {
  /// The change-log kind of edits to this target.
  var logKind: String {
    switch self {
    case .disclosure: return "disclosure"
    case .plan: return "sandbox"
    }
  }
}
