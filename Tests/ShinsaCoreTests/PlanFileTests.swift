import Foundation
import Testing

@testable import ShinsaCore

/// The plan in the project file: written deterministically, left out when empty (old files
/// keep their bytes), read strictly with the line, column and path of every fault.
@Suite struct PlanFileTests {
  private func obligation(_ id: String) throws -> Obligation {
    try #require(Support.rulebook.obligations.first { $0.id == id })
  }

  /// A document with statuses, evidence for an obligation and a disclosure field, and actions.
  private func planned() throws -> ProjectDocument {
    var document = ProjectDocument(
      rulebook: Support.rulebook, client: "北都銀行", system: "Credit scoring", assessor: "A. Sato",
      now: "2026-11-25T10:00:00Z")
    document.answers = Support.bank
    var plan = Plan()
    _ = plan.addEvidence(
      path: "evidence/security-policy.pdf", sha256: String(repeating: "ab", count: 32),
      for: "appi.security", today: "2026-11-26", note: "規程 v3", reviewBy: "2027-03-31")
    _ = plan.addEvidence(
      path: "/srv/shared/notice.html", sha256: String(repeating: "0f", count: 32),
      for: "disclosure:ai-use", today: "2026-11-26")
    try plan.setStatus(
      .met, reason: "", for: try obligation("appi.security"), now: "2026-11-26T09:00:00Z")
    try plan.setStatus(
      .gap, reason: "no model inventory", for: try obligation("fsa.model-risk-principles"),
      now: "2026-11-26T09:01:00Z")
    plan.addAction(
      "Build a model inventory", for: ["fsa.model-risk-principles"], owner: "K. Ito",
      due: "2026-12-15")
    plan.addAction("Ask legal about the role", for: ["question:role"])
    document.plan = plan
    return document
  }

  private func decode(_ text: String) throws(DataFileError) -> ProjectDocument {
    try ProjectCodec.decode(Array(text.utf8), file: "p.json", rulebook: Support.rulebook).document
  }

  /// The error `text` gets when decoded (nil when it decodes).
  private func error(_ text: String) -> DataFileError? {
    do {
      _ = try decode(text)
      return nil
    } catch {
      return error
    }
  }

  @Test func aPlanRoundTripsAndEncodesIdentically() throws {
    let document = try planned()
    let text = ProjectCodec.encode(document)
    let decoded = try decode(text)
    #expect(decoded == document)
    #expect(decoded.plan.evidence.map(\.supports) == [["appi.security"], ["disclosure:ai-use"]])
    #expect(ProjectCodec.encode(decoded) == text)
    // Statuses sorted by id, lists in the order added, the plan before lastAssessment.
    let plan = try #require(text.range(of: "\"plan\": {"))
    let appi = try #require(text.range(of: "\"appi.security\": {"))
    let fsa = try #require(text.range(of: "\"fsa.model-risk-principles\": {"))
    let last = try #require(text.range(of: "\"lastAssessment\""))
    #expect(plan.lowerBound < appi.lowerBound && appi.lowerBound < fsa.lowerBound)
    #expect(fsa.lowerBound < last.lowerBound)
  }

  @Test func anEmptyPlanIsLeftOutOfTheFile() throws {
    var document = try planned()
    document.plan = Plan()
    #expect(!ProjectCodec.encode(document).contains("\n  \"plan\": "))
  }

  /// Every schema-1 fixture decodes to an empty plan and is written back without a plan
  /// member; the ones the current codec wrote come back byte for byte. (clinic-2026-11 was
  /// written before drafts kept revisions, so its drafts gain them when it is next saved.)
  @Test func filesWithoutAPlanKeepTheirBytes() throws {
    let folder = Support.fixtures.appendingPathComponent("projects")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".shinsa.json") && $0 != "version0.shinsa.json" }.sorted()
    #expect(names.count == 3)
    let canonical: Set = ["clinic-scribe.shinsa.json", "motor-insurer-2026.11.shinsa.json"]
    for name in names {
      let bytes = Array(try Data(contentsOf: folder.appendingPathComponent(name)))
      let decoded = try ProjectCodec.decode(bytes, file: name, rulebook: Support.rulebook)
      #expect(decoded.document.plan.isEmpty, "\(name)")
      #expect(decoded.migratedFrom == nil, "\(name)")
      let written = ProjectCodec.encode(decoded.document)
      #expect(!written.contains("\n  \"plan\": "), "\(name)")
      if canonical.contains(name) {
        let same = Array(written.utf8) == bytes
        #expect(same, "\(name) is not written back byte for byte")
      }
    }
  }

  @Test func statusesForObligationsTheRulebookNoLongerHasAreKept() throws {
    let text = ProjectCodec.encode(try planned()).replacingOccurrences(
      of: "\"fsa.model-risk-principles\": {", with: "\"fsa.retired-guideline\": {")
    let document = try decode(text)
    #expect(document.plan.obligations["fsa.retired-guideline"]?.status == .gap)
    #expect(ProjectCodec.encode(document) == text)
  }

  /// One fault per case: what the message says, and the path it names.
  @Test(arguments: [
    (
      "\"status\": \"met\"", "\"status\": \"done\"",
      "status must be one of met, partly, gap, not-applicable, unknown, not \"done\"",
      "plan.obligations[\"appi.security\"].status"
    ),
    (
      "\"reviewBy\": \"2027-03-31\"", "\"reviewBy\": \"2027-02-30\"",
      "\"2027-02-30\" is not a date like 2026-11-25", "plan.evidence[0].reviewBy"
    ),
    (
      "\"due\": \"2026-12-15\"", "\"due\": \"15/12/2026\"",
      "\"15/12/2026\" is not a date like 2026-11-25", "plan.actions[0].due"
    ),
    (
      "\"added\": \"2026-11-26\",\n        \"note\"", "\"added\": \"yesterday\",\n        \"note\"",
      "\"yesterday\" is not a date like 2026-11-25", "plan.evidence[0].added"
    ),
    (
      "\"sha256\": \"abab", "\"sha256\": \"ABAB",
      "is not a SHA-256 (64 lowercase hex digits)", "plan.evidence[0].sha256"
    ),
    (
      "\"id\": \"a1\"", "\"id\": \"ev1\"",
      "the id \"ev1\" is used twice; each evidence item and action needs its own",
      "plan.actions[0].id"
    ),
    (
      "\"updated\": \"2026-11-26T09:00:00Z\"", "\"updated\": \"2026-11-26\"",
      "\"2026-11-26\" is not a timestamp like 2026-11-25T17:00:00Z",
      "plan.obligations[\"appi.security\"].updated"
    ),
    (
      "\"text\": \"Ask legal about the role\"", "\"text\": \"\"",
      "an action's text cannot be empty", "plan.actions[1].text"
    ),
    (
      "\"owner\": \"K. Ito\"", "\"owner\": \"K. Ito\", \"assignee\": \"x\"",
      "unknown member \"assignee\"", "plan.actions[0].assignee"
    ),
    (
      "\"done\": false", "\"done\": \"no\"", "expected true or false but found a string",
      "plan.actions[0].done"
    ),
  ])
  func aFaultyPlanIsRefusedWithWhereAndWhat(
    original: String, faulty: String, message: String, path: String
  ) throws {
    let text = ProjectCodec.encode(try planned())
    let range = try #require(text.range(of: original), "fixture text not found: \(original)")
    let broken = text.replacingCharacters(in: range, with: faulty)
    let found = try #require(error(broken))
    #expect(found.message.contains(message), "\(found.message)")
    #expect(found.path == path)
    // The position is the faulty value's (or member's) line in the broken text.
    let line = broken[..<range.lowerBound].filter { $0 == "\n" }.count + 1
    #expect(found.position?.line == line, "\(found.description)")
  }

  @Test func aBasisThatIsNotAFingerprintIsRefused() throws {
    let text = ProjectCodec.encode(try planned())
    let basis = try #require(
      try planned().plan.obligations["appi.security"]?.basis)
    let found = try #require(
      error(text.replacingOccurrences(of: basis, with: "not-a-fingerprint")))
    #expect(found.message.contains("is not an obligation fingerprint"))
  }
}
