import Foundation
import Testing

@testable import ShinsaCore

/// The plan section of the project report and the counterfactuals of its assessment, in
/// Markdown, HTML and JSON, with the user's text escaped.
@Suite struct PlanReportTests {
  private let rulebook = Support.rulebook
  private let today = "2026-12-01"
  private let hostileReason = "<script>alert(1)</script> **bold** | [x](http://e.test)"
  private let hostileNote = "<img src=x onerror=alert(2)> & _note_"
  private let hostileAction = "Fix <b>it</b> `now` # [link](http://e.test)"

  /// A folder with one evidence file, removed when the test ends.
  private final class Folder {
    let path: String
    init() throws {
      path = NSTemporaryDirectory() + "shinsa-plan-report-" + UUID().uuidString
      try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }
    deinit { try? FileManager.default.removeItem(atPath: path) }
  }

  private func obligation(_ index: Int) -> Obligation {
    let assessment = Support.assess(Support.bank)
    return assessment.obligations.filter { $0.applies == .yes }[index].obligation
  }

  /// The bank scenario with a gap (hostile reason), evidence that is ok, one that is missing,
  /// an overdue action and a done one.
  private func project(folder: String) throws -> ProjectDocument {
    var document = ProjectDocument(
      rulebook: rulebook, client: "Acme Bank", system: "Credit scorer", assessor: "K. Sato",
      now: "2026-11-25T09:00:00Z")
    document.answers = Support.bank
    let gap = obligation(0)
    let met = obligation(1)
    document.plan.obligations[gap.id] = ObligationRecord(
      status: .gap, reason: hostileReason, updated: "2026-11-30T00:00:00Z",
      basis: ObligationBasis.of(gap))
    document.plan.obligations[met.id] = ObligationRecord(
      status: .met, reason: "", updated: "2026-11-30T00:00:00Z", basis: "stale-basis")
    let bytes = Array("policy v1\n".utf8)
    try Data(bytes).write(to: URL(fileURLWithPath: folder + "/policy.md"))
    document.plan.evidence = [
      EvidenceItem(
        id: "ev1", path: "policy.md", sha256: SHA256.hex(bytes), added: "2026-11-01",
        note: hostileNote, reviewBy: "2027-01-01", supports: [gap.id]),
      EvidenceItem(
        id: "ev2", path: "gone.md", sha256: SHA256.hex(bytes), added: "2026-11-01",
        supports: [gap.id, "disclosure:ai-use"]),
    ]
    document.plan.actions = [
      PlanAction(
        id: "a1", text: hostileAction, owner: "Sato", due: "2026-11-30", targets: [gap.id]),
      PlanAction(id: "a2", text: "Done already", due: "2026-11-01", done: true, targets: [gap.id]),
      PlanAction(id: "a3", text: "For the project"),
    ]
    return document
  }

  private func export(_ document: ProjectDocument, folder: String, language: Language = .en)
    -> ProjectExport
  {
    ProjectExport(
      document: document, rulebook: rulebook, language: language, today: today,
      projectFolder: folder)
  }

  /// The text of the plan section: from its heading to the next second-level heading.
  private func planPart(_ text: String, from start: String, to end: String) -> String {
    guard let lower = text.range(of: start)?.lowerBound else { return "" }
    let rest = text[lower...]
    let upper = rest.dropFirst(start.count).range(of: end)?.lowerBound ?? rest.endIndex
    return String(rest[..<upper])
  }

  @Test func markdownShowsStatusReasonEvidenceAndActions() throws {
    let folder = try Folder()
    let document = try project(folder: folder.path)
    let markdown = export(document, folder: folder.path).markdown()
    let plan = planPart(markdown, from: "\n## Plan\n", to: "\n## ")
    #expect(plan.contains("Where the project stands on 2026-12-01"))
    #expect(plan.contains("### \(obligation(0).title.en) (`\(obligation(0).id)`)"))
    #expect(plan.contains("- Status: Gap"))
    #expect(plan.contains("- Status: Unknown \\[reopened: the rulebook changed this obligation\\]"))
    let short = String(SHA256.hex(Array("policy v1\n".utf8)).prefix(12))
    #expect(plan.contains("`policy.md`: **ok** (sha256 \(short), review by 2027-01-01)"))
    #expect(plan.contains("`gone.md`: **missing**"))
    #expect(plan.contains("(Sato, due 2026-11-30) \\[overdue\\]"))
    #expect(plan.contains("Done already (due 2026-11-01) \\[done\\]"))
    #expect(plan.contains("### Other actions\n\n- For the project"))
    // The obligations with nothing recorded follow, one line each.
    let untouched = obligation(2)
    #expect(plan.contains("### Still unknown ("))
    #expect(plan.contains("- \(ReportMarkdown.escape(untouched.title.en)) (`\(untouched.id)`)"))
    #expect(!plan.contains("### \(ReportMarkdown.escape(untouched.title.en))"))
    // The user's text is escaped: no raw markup survives.
    #expect(plan.contains(ReportMarkdown.escape(hostileReason)))
    #expect(!plan.contains(hostileReason))
    #expect(plan.contains(ReportMarkdown.escape(hostileNote)))
    #expect(!plan.contains("<b>it</b>"))
    #expect(plan.contains(ReportMarkdown.escape(hostileAction)))
  }

  @Test func htmlEscapesTheUsersTextInThePlan() throws {
    let folder = try Folder()
    let html = export(try project(folder: folder.path), folder: folder.path).html()
    let plan = planPart(html, from: "<section id=\"plan\">", to: "</section>")
    #expect(plan.contains("<h2>Plan</h2>"))
    #expect(plan.contains("<table class=\"plan\">"))
    #expect(!html.contains("<script>alert(1)"))
    #expect(!html.contains("<img src=x"))
    #expect(!html.contains("<b>it</b>"))
    #expect(plan.contains(ReportHTML.escape(hostileReason)))
    #expect(plan.contains(ReportHTML.escape(hostileNote)))
    #expect(plan.contains("<span class=\"flag\">[overdue]</span>"))
  }

  @Test func theJSONPlanIsTheStatusReportOfShinsaStatus() throws {
    let folder = try Folder()
    let document = try project(folder: folder.path)
    let export = export(document, folder: folder.path)
    let status = PlanStatusReport(
      plan: document.plan, assessment: export.assessment, rulebook: rulebook, today: today
    ) { EvidenceFiles.state(of: $0, projectFolder: folder.path, today: today) }
    guard case .object(let members) = export.jsonValue() else {
      Issue.record("the export is not an object")
      return
    }
    #expect(members.first { $0.0 == "plan" }?.1 == status.json(language: .en))
    let root = try JSONParser.parse(Array(export.json().utf8))
    let plan = try #require(root["plan"])
    guard case .array(let rows)? = plan["obligations"]?.value else {
      Issue.record("plan.obligations is not an array")
      return
    }
    let gap = try #require(rows.first { $0["id"]?.value == .string(obligation(0).id) })
    #expect(gap["status"]?.value == .string("gap"))
    guard case .array(let evidence)? = gap["evidence"]?.value else {
      Issue.record("no evidence")
      return
    }
    #expect(evidence.map { $0["state"]?.value } == [.string("ok"), .string("missing")])
  }

  @Test func japaneseLabelsThePlan() throws {
    let folder = try Folder()
    let markdown = export(try project(folder: folder.path), folder: folder.path, language: .ja)
      .markdown()
    let plan = planPart(markdown, from: "\n## 対応計画\n", to: "\n## ")
    #expect(plan.contains("2026-12-01 時点の状況"))
    #expect(plan.contains("- 状況: 未対応"))
    #expect(plan.contains("**有効**"))
    #expect(plan.contains("**所在不明**"))
    #expect(plan.contains("\\[期限切れ\\]"))
  }

  @Test func anEmptyPlanListsEveryObligationAsUnknownCompactly() {
    var document = ProjectDocument(
      rulebook: rulebook, client: "Acme", system: "Scorer", assessor: "",
      now: "2026-11-25T09:00:00Z")
    document.answers = Support.bank
    let export = ProjectExport(document: document, rulebook: rulebook)
    let plan = planPart(export.markdown(), from: "\n## Plan\n", to: "\n## ")
    let rows = export.planStatus.rows
    #expect(plan.contains("all \(rows.count) obligations that apply or may apply are unknown"))
    for row in rows {
      #expect(plan.contains("- \(ReportMarkdown.escape(row.obligation.title.en)) (`"))
    }
    #expect(!plan.contains("###"))
    #expect(!plan.contains("Where the project stands on"))
  }

  @Test func theAssessmentSaysWhatWouldChangeItInEveryFormat() throws {
    let document = try project(folder: NSTemporaryDirectory())
    let changes = CounterfactualFinder(rulebook: rulebook).find(document.answers)
    #expect(!changes.isEmpty)
    for language in [Language.en, .ja] {
      let export = ProjectExport(document: document, rulebook: rulebook, language: language)
      let heading = CounterfactualWording.heading(language)
      let sentences = changes.map {
        CounterfactualWording.sentence($0, rulebook: rulebook, language: language)
      }
      let markdown = export.markdown()
      let part = planPart(markdown, from: "### \(heading)\n", to: "\n### ")
      for sentence in sentences { #expect(part.contains(ReportMarkdown.escape(sentence))) }
      let html = export.html()
      #expect(html.contains("<h3>\(heading)</h3>"))
      for sentence in sentences { #expect(html.contains(ReportHTML.escape(sentence))) }
      let root = try JSONParser.parse(Array(export.json().utf8))
      guard case .array(let listed)? = root["assessment"]?["counterfactuals"]?.value else {
        Issue.record("assessment.counterfactuals is not an array")
        return
      }
      #expect(listed.count == changes.count)
    }
  }
}
