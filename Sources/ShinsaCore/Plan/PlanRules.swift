import Foundation

/// Why a plan change was refused, in one plain sentence.
public struct PlanError: Error, Sendable, Equatable, CustomStringConvertible {
  public var message: String
  /// Which status rule refused, when one did: the workbench words it in its own language.
  public var refusal: StatusRefusal?
  public var description: String { message }

  public init(message: String, refusal: StatusRefusal? = nil) {
    self.message = message
    self.refusal = refusal
  }
}

/// The status rules that refuse a status without what supports it.
public enum StatusRefusal: Sendable, Equatable {
  /// "Not applicable" needs a reason.
  case notApplicableNeedsReason
  /// "Met" needs a reason or evidence.
  case metNeedsReasonOrEvidence
}

/// The status an obligation has on the current rulebook, and whether it was reopened.
public struct EffectiveStatus: Sendable, Equatable {
  public var status: ObligationStatus
  public var reason: String
  /// True when a status was recorded but the rulebook has changed the obligation since: the
  /// status shows as unknown ("new: unknown") until it is set again.
  public var reopened: Bool
}

extension Plan {
  /// Sets `obligation`'s status. "met" needs a reason or evidence supporting it, "not
  /// applicable" needs a reason; "unknown" clears the record.
  public mutating func setStatus(
    _ status: ObligationStatus, reason: String, for obligation: Obligation, now: String
  ) throws(PlanError) {
    let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
    switch status {
    case .unknown:
      obligations[obligation.id] = nil
      return
    case .notApplicable where reason.isEmpty:
      throw PlanError(
        message: "Say why \(obligation.id) does not apply: \"not applicable\" needs a reason.",
        refusal: .notApplicableNeedsReason)
    case .met where reason.isEmpty && evidence(supporting: obligation.id).isEmpty:
      throw PlanError(
        message:
          "Say how \(obligation.id) is met, or add evidence for it first: \"met\" needs a reason or evidence.",
        refusal: .metNeedsReasonOrEvidence)
    default:
      break
    }
    obligations[obligation.id] = ObligationRecord(
      status: status, reason: reason, updated: now, basis: ObligationBasis.of(obligation))
  }

  /// The status of `obligation` on the current rulebook: unknown when nothing is recorded, and
  /// unknown (reopened) when the rulebook changed the obligation after the status was set.
  public func status(of obligation: Obligation) -> EffectiveStatus {
    guard let record = obligations[obligation.id] else {
      return EffectiveStatus(status: .unknown, reason: "", reopened: false)
    }
    guard record.basis == ObligationBasis.of(obligation) else {
      return EffectiveStatus(status: .unknown, reason: record.reason, reopened: true)
    }
    return EffectiveStatus(status: record.status, reason: record.reason, reopened: false)
  }

  /// The evidence items supporting `target` (an obligation id or `disclosure:FIELD`).
  public func evidence(supporting target: String) -> [EvidenceItem] {
    evidence.filter { $0.supports.contains(target) }
  }

  /// The actions attached to `target`.
  public func actions(for target: String) -> [PlanAction] {
    actions.filter { $0.targets.contains(target) }
  }

  /// The next free id with `prefix` ("ev1", "ev2", … or "a1", …).
  public func nextID(_ prefix: String) -> String {
    let used = Set(evidence.map(\.id) + actions.map(\.id))
    var number = 1
    while used.contains("\(prefix)\(number)") { number += 1 }
    return "\(prefix)\(number)"
  }
}

/// Decides an evidence item's state from the file's current bytes and today's date.
public enum EvidenceCheck {
  /// The state of `item`, given the file's bytes now (nil when it cannot be read) and `today`
  /// (YYYY-MM-DD). Missing comes first, then changed, then stale.
  public static func state(of item: EvidenceItem, bytes: [UInt8]?, today: String) -> EvidenceState {
    guard let bytes else { return .missing }
    if SHA256.hex(bytes) != item.sha256 { return .changed }
    if let reviewBy = item.reviewBy, reviewBy < today { return .stale }
    return .ok
  }
}
