import Testing

@testable import ShinsaCore

/// The status rules, evidence states and plan bookkeeping.
@Suite struct PlanRuleTests {
  static let obligation = Support.rulebook.obligations[0]
  static let now = "2026-12-02T00:00:00Z"

  @Test func unknownIsTheDefault() {
    let plan = Plan()
    #expect(
      plan.status(of: Self.obligation)
        == EffectiveStatus(status: .unknown, reason: "", reopened: false))
  }

  @Test func metNeedsAReasonOrEvidence() throws {
    var plan = Plan()
    #expect(throws: PlanError.self) {
      try plan.setStatus(.met, reason: "  ", for: Self.obligation, now: Self.now)
    }
    #expect(plan.obligations.isEmpty)
    try plan.setStatus(
      .met, reason: "Policy adopted by the board", for: Self.obligation, now: Self.now)
    #expect(plan.status(of: Self.obligation).status == .met)

    var withEvidence = Plan()
    withEvidence.evidence = [
      EvidenceItem(
        id: "ev1", path: "policy.pdf", sha256: SHA256.hex([1]), added: "2026-12-01",
        supports: [Self.obligation.id])
    ]
    try withEvidence.setStatus(.met, reason: "", for: Self.obligation, now: Self.now)
    #expect(withEvidence.status(of: Self.obligation).status == .met)
  }

  @Test func notApplicableNeedsAReason() throws {
    var plan = Plan()
    plan.evidence = [
      EvidenceItem(
        id: "ev1", path: "a", sha256: "", added: "2026-12-01", supports: [Self.obligation.id])
    ]
    #expect(throws: PlanError.self) {
      try plan.setStatus(.notApplicable, reason: "", for: Self.obligation, now: Self.now)
    }
    try plan.setStatus(
      .notApplicable, reason: "No personal data", for: Self.obligation, now: Self.now)
    #expect(plan.status(of: Self.obligation).status == .notApplicable)
  }

  @Test func partlyAndGapNeedNothingAndUnknownClears() throws {
    var plan = Plan()
    try plan.setStatus(.gap, reason: "", for: Self.obligation, now: Self.now)
    #expect(plan.status(of: Self.obligation).status == .gap)
    try plan.setStatus(.partly, reason: "", for: Self.obligation, now: Self.now)
    #expect(plan.status(of: Self.obligation).status == .partly)
    try plan.setStatus(.unknown, reason: "", for: Self.obligation, now: Self.now)
    #expect(plan.obligations.isEmpty)
  }

  @Test func aRulebookChangeToTheObligationReopensItsStatus() throws {
    var plan = Plan()
    try plan.setStatus(.gap, reason: "not started", for: Self.obligation, now: Self.now)
    var changed = Self.obligation
    changed.whenSource += " and role == provider"
    let status = plan.status(of: changed)
    #expect(status.status == .unknown)
    #expect(status.reopened)
    var reworded = Self.obligation
    reworded.summary.en += " More."
    #expect(plan.status(of: reworded).reopened)
    // Sources and dates alone do not reopen it.
    var resourced = Self.obligation
    resourced.sources.append("extra")
    resourced.asOf = "2027-01-01"
    #expect(plan.status(of: resourced).status == .gap)
  }

  @Test func evidenceStates() {
    let bytes = Array("signed policy".utf8)
    var item = EvidenceItem(
      id: "ev1", path: "p", sha256: SHA256.hex(bytes), added: "2026-12-01",
      reviewBy: "2027-06-30")
    #expect(EvidenceCheck.state(of: item, bytes: bytes, today: "2026-12-02") == .ok)
    #expect(EvidenceCheck.state(of: item, bytes: bytes, today: "2027-06-30") == .ok)
    #expect(EvidenceCheck.state(of: item, bytes: bytes, today: "2027-07-01") == .stale)
    // The file edited after it was added.
    #expect(
      EvidenceCheck.state(of: item, bytes: bytes + [0x21], today: "2026-12-02") == .changed)
    #expect(EvidenceCheck.state(of: item, bytes: nil, today: "2026-12-02") == .missing)
    // Changed wins over stale (and missing over both, above).
    #expect(EvidenceCheck.state(of: item, bytes: [], today: "2028-01-01") == .changed)
    item.reviewBy = nil
    #expect(EvidenceCheck.state(of: item, bytes: bytes, today: "2099-01-01") == .ok)
  }

  @Test func oneEvidenceItemSupportsSeveralTargets() {
    var plan = Plan()
    plan.evidence = [
      EvidenceItem(
        id: "ev1", path: "p", sha256: "", added: "2026-12-01",
        supports: ["a", "disclosure:ai-use"])
    ]
    #expect(plan.evidence(supporting: "a").map(\.id) == ["ev1"])
    #expect(plan.evidence(supporting: "disclosure:ai-use").map(\.id) == ["ev1"])
    #expect(plan.evidence(supporting: "b").isEmpty)
  }

  @Test func overdueActions() {
    var action = PlanAction(id: "a1", text: "Write the policy", due: "2026-12-01")
    #expect(action.isOverdue(today: "2026-12-02"))
    #expect(!action.isOverdue(today: "2026-12-01"))
    action.done = true
    #expect(!action.isOverdue(today: "2026-12-02"))
    #expect(!PlanAction(id: "a2", text: "x").isOverdue(today: "2099-01-01"))
  }

  @Test func idsAreNotReused() {
    var plan = Plan()
    #expect(plan.nextID("ev") == "ev1")
    plan.evidence = [EvidenceItem(id: "ev1", path: "", sha256: "", added: "")]
    plan.actions = [PlanAction(id: "a2", text: "")]
    #expect(plan.nextID("ev") == "ev2")
    #expect(plan.nextID("a") == "a1")
  }
}
