/// What adding a file as evidence did.
public enum EvidenceAddition: Sendable, Equatable {
  /// A new item was recorded.
  case added(id: String)
  /// The file was already recorded: the target joined its supports (the fingerprint is kept
  /// when the content is unchanged).
  case extended(id: String)
  /// The file was already recorded but its content had changed: adding it again records the
  /// new fingerprint and date (the user has looked at it again).
  case refreshed(id: String, previous: String)

  /// The evidence item's id.
  public var id: String {
    switch self {
    case .added(let id), .extended(let id), .refreshed(let id, _): return id
    }
  }
}

extension Plan {
  /// Records the file at `path` (as stored: relative to the project's folder where possible)
  /// with fingerprint `sha256` as evidence for `target` (an obligation id or
  /// `disclosure:FIELD`). The same path again adds `target` to the existing item's supports;
  /// a note or review date given replaces the old one.
  public mutating func addEvidence(
    path: String, sha256: String, for target: String, today: String, note: String? = nil,
    reviewBy: String? = nil
  ) -> EvidenceAddition {
    if let index = evidence.firstIndex(where: { $0.path == path }) {
      var item = evidence[index]
      if !item.supports.contains(target) { item.supports.append(target) }
      if let note { item.note = note }
      if let reviewBy { item.reviewBy = reviewBy }
      let previous = item.sha256
      item.sha256 = sha256
      if previous != sha256 { item.added = today }
      evidence[index] = item
      return previous == sha256
        ? .extended(id: item.id) : .refreshed(id: item.id, previous: previous)
    }
    let id = nextID("ev")
    evidence.append(
      EvidenceItem(
        id: id, path: path, sha256: sha256, added: today, note: note ?? "", reviewBy: reviewBy,
        supports: [target]))
    return .added(id: id)
  }

  /// Adds an open action and returns it.
  @discardableResult
  public mutating func addAction(
    _ text: String, for targets: [String], owner: String = "", due: String? = nil
  ) -> PlanAction {
    let action = PlanAction(
      id: nextID("a"), text: text, owner: owner, due: due, done: false, targets: targets)
    actions.append(action)
    return action
  }
}

/// The things evidence and actions may be attached to, checked against the rulebook.
public enum PlanTarget {
  /// The prefixes an action's target may have besides a bare obligation id.
  public static let actionPrefixes = ["disclosure", "question", "criterion"]

  /// Checks `target` against `rulebook`: a bare obligation id, or `PREFIX:ID` for one of
  /// `prefixes` (disclosure field, question, sandbox criterion). The error says what is
  /// unknown, with the closest known id.
  public static func check(_ target: String, in rulebook: Rulebook, prefixes: [String])
    throws(PlanError)
  {
    guard let colon = target.firstIndex(of: ":") else {
      let ids = rulebook.obligations.map(\.id)
      guard !ids.contains(target) else { return }
      let also =
        prefixes.isEmpty
        ? "" : "; other targets are written " + prefixes.map { "\($0):ID" }.joined(separator: ", ")
      throw PlanError(
        message:
          "\"\(target)\" is not an obligation of rulebook \(rulebook.id)\(Suggest.didYouMean(target, among: ids))\(also)."
      )
    }
    let kind = String(target[..<colon])
    let id = String(target[target.index(after: colon)...])
    guard prefixes.contains(kind) else {
      throw PlanError(
        message:
          "\"\(target)\" names no kind shinsa knows: use an obligation id or \(prefixes.map { "\($0):ID" }.joined(separator: ", "))."
      )
    }
    let (ids, noun): ([String], String)
    switch kind {
    case "disclosure": (ids, noun) = (rulebook.disclosureFields.map(\.id), "disclosure field")
    case "question": (ids, noun) = (rulebook.questions.map(\.id), "question")
    default: (ids, noun) = (rulebook.sandbox.criteria.map(\.id), "sandbox criterion")
    }
    guard !ids.contains(id) else { return }
    let guess = Suggest.closest(to: id, among: ids).map { " (did you mean '\(kind):\($0)'?)" }
    throw PlanError(
      message: "\"\(id)\" is not a \(noun) of rulebook \(rulebook.id)\(guess ?? "").")
  }
}
