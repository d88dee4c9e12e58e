import Foundation
import Testing

@testable import ShinsaCore

/// Evidence files on disk (stored paths, states from the file's content) and the status report
/// built from a plan and an assessment.
@Suite struct PlanStatusTests {
  private func folder() throws -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent(
      "shinsa-plan-\(UUID().uuidString)"
    ).path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }

  private func write(_ text: String, _ path: String) throws {
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
  }

  private func obligation(_ id: String) throws -> Obligation {
    try #require(Support.rulebook.obligations.first { $0.id == id })
  }

  @Test func pathsInsideTheProjectFolderAreStoredRelative() {
    #expect(EvidenceFiles.storedPath(for: "/p/docs/a.pdf", projectFolder: "/p") == "docs/a.pdf")
    #expect(EvidenceFiles.storedPath(for: "/p/docs/a.pdf", projectFolder: "/p/") == "docs/a.pdf")
    #expect(EvidenceFiles.storedPath(for: "/px/a.pdf", projectFolder: "/p") == "/px/a.pdf")
    #expect(EvidenceFiles.storedPath(for: "/other/a.pdf", projectFolder: "/p") == "/other/a.pdf")
    #expect(EvidenceFiles.location(of: "docs/a.pdf", projectFolder: "/p") == "/p/docs/a.pdf")
    #expect(EvidenceFiles.location(of: "/other/a.pdf", projectFolder: "/p") == "/other/a.pdf")
  }

  @Test func evidenceIsOkChangedMissingOrStaleFromTheFileItself() throws {
    let root = try folder()
    defer { try? FileManager.default.removeItem(atPath: root) }
    try write("policy v1\n", root + "/policy.txt")
    let digest = try EvidenceFiles.digest(path: root + "/policy.txt")
    #expect(digest == SHA256.hex(Array("policy v1\n".utf8)))
    let item = EvidenceItem(
      id: "ev1", path: "policy.txt", sha256: digest, added: "2026-12-01", reviewBy: "2026-12-31")
    func state(_ today: String) -> EvidenceState {
      EvidenceFiles.state(of: item, projectFolder: root, today: today)
    }
    #expect(state("2026-12-02") == .ok)
    #expect(state("2026-12-31") == .ok)
    #expect(state("2027-01-01") == .stale)
    // Edited after it was added: changed, whatever the date.
    try write("policy v2\n", root + "/policy.txt")
    #expect(state("2026-12-02") == .changed)
    #expect(state("2027-01-01") == .changed)
    // Put back as it was: ok again.
    try write("policy v1\n", root + "/policy.txt")
    #expect(state("2026-12-02") == .ok)
    try FileManager.default.removeItem(atPath: root + "/policy.txt")
    #expect(state("2026-12-02") == .missing)
    // A folder in the file's place cannot be evidence.
    try FileManager.default.createDirectory(
      atPath: root + "/policy.txt", withIntermediateDirectories: false)
    #expect(state("2026-12-02") == .missing)
  }

  @Test func addingTheSameFileAgainExtendsOrRefreshesTheItem() {
    var plan = Plan()
    let hash1 = String(repeating: "1", count: 64)
    let hash2 = String(repeating: "2", count: 64)
    #expect(
      plan.addEvidence(path: "a.pdf", sha256: hash1, for: "appi.security", today: "2026-12-01")
        == .added(id: "ev1"))
    #expect(
      plan.addEvidence(path: "a.pdf", sha256: hash1, for: "disclosure:ai-use", today: "2026-12-02")
        == .extended(id: "ev1"))
    #expect(plan.evidence.count == 1)
    #expect(plan.evidence[0].supports == ["appi.security", "disclosure:ai-use"])
    #expect(plan.evidence[0].added == "2026-12-01")
    #expect(
      plan.addEvidence(
        path: "a.pdf", sha256: hash2, for: "appi.security", today: "2026-12-03", note: "v2")
        == .refreshed(id: "ev1", previous: hash1))
    #expect(plan.evidence[0].supports == ["appi.security", "disclosure:ai-use"])
    #expect(plan.evidence[0].sha256 == hash2)
    #expect(plan.evidence[0].added == "2026-12-03")
    #expect(plan.evidence[0].note == "v2")
    #expect(
      plan.addEvidence(path: "b.pdf", sha256: hash1, for: "appi.security", today: "2026-12-03")
        == .added(id: "ev2"))
    #expect(plan.addAction("Do it", for: []).id == "a1")
  }

  @Test func targetsAreCheckedAgainstTheRulebookWithTheClosestID() throws {
    let rulebook = Support.rulebook
    try PlanTarget.check("appi.security", in: rulebook, prefixes: [])
    try PlanTarget.check("disclosure:ai-use", in: rulebook, prefixes: ["disclosure"])
    try PlanTarget.check("question:role", in: rulebook, prefixes: PlanTarget.actionPrefixes)
    try PlanTarget.check("criterion:novel", in: rulebook, prefixes: PlanTarget.actionPrefixes)
    func message(_ target: String, _ prefixes: [String]) -> String {
      do {
        try PlanTarget.check(target, in: rulebook, prefixes: prefixes)
        return ""
      } catch {
        return error.message
      }
    }
    #expect(message("appi.securty", []).contains("(did you mean 'appi.security'?)"))
    #expect(
      message("disclosure:ai-us", ["disclosure"]).contains("did you mean 'disclosure:ai-use'"))
    #expect(message("disclosure:ai-use", []).contains("names no kind shinsa knows"))
    #expect(message("question:rol", PlanTarget.actionPrefixes).contains("'question:role'"))
    #expect(message("criterion:nvel", PlanTarget.actionPrefixes).contains("'criterion:novel'"))
  }

  @Test func theReportHasTheObligationsThatApplyOrMayApplyWithTheirEvidenceAndActions() throws {
    let assessment = Support.assess(Support.bank)
    var plan = Plan()
    _ = plan.addEvidence(
      path: "a.pdf", sha256: String(repeating: "1", count: 64), for: "appi.security",
      today: "2026-12-01")
    _ = plan.addEvidence(
      path: "n.html", sha256: String(repeating: "2", count: 64), for: "disclosure:ai-use",
      today: "2026-12-01")
    try plan.setStatus(.met, reason: "", for: try obligation("appi.security"), now: "t")
    try plan.setStatus(
      .gap, reason: "none yet", for: try obligation("fsa.model-risk-principles"), now: "t")
    plan.addAction(
      "Inventory", for: ["fsa.model-risk-principles"], owner: "K. Ito", due: "2026-12-01")
    plan.obligations["retired.duty"] = ObligationRecord(
      status: .met, reason: "old", updated: "t", basis: "0000000000000000")
    let states: [String: EvidenceState] = ["ev1": .ok, "ev2": .missing]
    let report = PlanStatusReport(
      plan: plan, assessment: assessment, rulebook: Support.rulebook, today: "2026-12-02"
    ) { states[$0.id] ?? .ok }
    let expectedIDs = assessment.obligations.filter { $0.applies != .no }.map(\.obligation.id)
    #expect(report.rows.map(\.obligation.id) == expectedIDs)
    #expect(!expectedIDs.isEmpty)
    let security = try #require(report.rows.first { $0.obligation.id == "appi.security" })
    #expect(security.status.status == .met)
    #expect(security.evidence.map(\.item.id) == ["ev1"])
    let fsa = try #require(report.rows.first { $0.obligation.id == "fsa.model-risk-principles" })
    #expect(fsa.actions.map(\.overdue) == [true])
    #expect(report.count(.met) == 1 && report.count(.gap) == 1)
    #expect(report.count(.unknown) == expectedIDs.count - 2)
    #expect(report.notInRulebook == ["retired.duty"])
    #expect(report.tripped(.gap) == ["fsa.model-risk-principles"])
    #expect(report.tripped(.stale) == ["disclosure:ai-use"])
    #expect(report.tripped(.unknown).count == expectedIDs.count - 2)
    let json = report.json(project: "p", language: .en).rendered()
    #expect(json.contains("\"notInRulebook\": [\n    \"retired.duty\"\n  ]"))
  }

  @Test func aStatusSetBeforeTheRulebookChangedTheObligationShowsReopened() throws {
    var rulebook = Support.rulebook
    let index = try #require(rulebook.obligations.firstIndex { $0.id == "appi.security" })
    var plan = Plan()
    try plan.setStatus(.met, reason: "policy", for: rulebook.obligations[index], now: "t")
    rulebook.obligations[index].summary.en += " Also: logs."
    let assessment = Assessor(rulebook: rulebook).assess(Support.bank)
    let report = PlanStatusReport(
      plan: plan, assessment: assessment, rulebook: rulebook, today: "2026-12-02"
    ) { _ in .ok }
    let row = try #require(report.rows.first { $0.obligation.id == "appi.security" })
    #expect(row.status == EffectiveStatus(status: .unknown, reason: "policy", reopened: true))
    #expect(report.tripped(.unknown).contains("appi.security"))
    let text = report.text(heading: "h", language: .en)
    #expect(text.contains("unknown (reopened: the rulebook changed this obligation) — policy"))
  }
}

/// What `shinsa reassess` says about the plan: reopened statuses and new obligations.
@Suite struct PlanReopeningTests {
  @Test func reassessingListsReopenedStatusesAndNewObligationsAsUnknown() throws {
    var rulebook = Support.rulebook
    let security = try #require(rulebook.obligations.firstIndex { $0.id == "appi.security" })
    let assessment = Assessor(rulebook: rulebook).assess(Support.bank)
    var previous = AssessmentSnapshot(assessment, at: "2026-11-25T10:00:00Z")
    var plan = Plan()
    try plan.setStatus(.met, reason: "policy", for: rulebook.obligations[security], now: "t")
    // Same rulebook, same answers: nothing to say.
    #expect(plan.reopenings(in: assessment, previous: previous) == [])

    // The rulebook changes the obligation: its status is reopened.
    rulebook.obligations[security].title.en += " (amended)"
    let changed = Assessor(rulebook: rulebook).assess(Support.bank)
    #expect(
      plan.reopenings(in: changed, previous: previous) == [
        PlanReopening(id: "appi.security", was: .met)
      ])

    // An obligation that applies now but not last time, with no status: new, unknown.
    previous.obligations.removeAll { $0 == "fsa.model-risk-principles" }
    let found = plan.reopenings(in: changed, previous: previous)
    #expect(found.map(\.id) == ["appi.security", "fsa.model-risk-principles"])
    #expect(found[1].line == "plan: fsa.model-risk-principles new: unknown")
    #expect(found[0].line.hasPrefix("plan: appi.security met → unknown"))
    // With a status recorded for it, it is not reported as new.
    try plan.setStatus(
      .gap, reason: "",
      for: try #require(
        rulebook.obligations.first {
          $0.id == "fsa.model-risk-principles"
        }), now: "t")
    #expect(plan.reopenings(in: changed, previous: previous).map(\.id) == ["appi.security"])
    // "May apply" obligations are never in the snapshot and are not called new.
    let mayApply = changed.obligations.filter { $0.applies == .unknown }.map(\.obligation.id)
    #expect(Set(found.map(\.id)).isDisjoint(with: mayApply))
  }
}
