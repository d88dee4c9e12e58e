/// An obligation a reassessment puts at "unknown": one whose recorded status the rulebook has
/// since changed (reopened), or one that newly applies with nothing recorded ("new: unknown").
public struct PlanReopening: Sendable, Equatable {
  public var id: String
  /// The status recorded before the rulebook changed the obligation; nil for a new one.
  public var was: ObligationStatus?

  /// One line for `shinsa reassess`.
  public var line: String {
    guard let was else { return "plan: \(id) new: unknown" }
    return
      "plan: \(id) \(was.rawValue) → unknown (the rulebook changed this obligation; set its status again)"
  }

  /// The entry for `shinsa reassess --format json`.
  public var json: JSONOut {
    .object([("id", .string(id)), ("was", .string(was?.rawValue)), ("now", .string("unknown"))])
  }
}

extension Plan {
  /// The obligations that apply or may apply in `assessment` and stand at unknown: recorded
  /// statuses the rulebook has reopened, and obligations that apply now but did not in
  /// `previous` (the last recorded assessment) and have no status. Nothing is carried over
  /// silently.
  public func reopenings(in assessment: Assessment, previous: AssessmentSnapshot?)
    -> [PlanReopening]
  {
    assessment.obligations.filter { $0.applies != .no }.compactMap { finding in
      let id = finding.obligation.id
      let status = status(of: finding.obligation)
      if status.reopened, let record = obligations[id] {
        return PlanReopening(id: id, was: record.status)
      }
      // The snapshot keeps the obligations that applied; "may apply" ones are not new.
      if let previous, finding.applies == .yes, obligations[id] == nil,
        !previous.obligations.contains(id)
      {
        return PlanReopening(id: id, was: nil)
      }
      return nil
    }
  }
}
