import Testing

@testable import ShinsaCore

/// The sandbox section of project exports, alone and in the full report.
@Suite struct SandboxExportTests {
  let rulebook = Support.rulebook

  /// A project-sandbox case with a checklist entry, a plan draft and a dated step.
  func project() -> ProjectDocument {
    var document = ProjectDocument(
      rulebook: rulebook, client: "Kumo Robotics", system: "Delivery robot",
      assessor: "K. Sato", now: "2026-11-25T09:00:00Z")
    document.answers = Support.with(
      Support.factory,
      [
        "regulatory_barrier": .choice("blocked"), "barrier_goal": .choice("demonstrate"),
        "sandbox_novel": .bool(true), "sandbox_consent": .bool(false),
      ])
    document.sandbox.checklist["statute-named"] = ChecklistItem(
      state: .yes, evidence: "Road Traffic Act Art. 17")
    document.sandbox.plan["objective"] = DisclosureDraft(
      state: .draft, en: "Show sidewalk robots are safe", ja: "歩道ロボットの安全性を示す")
    document.sandbox.steps["pre-consultation"] = ProcessStep(
      date: "2026-11-20", note: "Desk asked for the article")
    return document
  }

  func export(_ language: Language, _ sections: ExportSections = .sandbox) -> ProjectExport {
    ProjectExport(document: project(), rulebook: rulebook, language: language, sections: sections)
  }

  @Test func markdownAloneHasTheAdviceAndNothingElse() {
    let markdown = export(.en).markdown()
    #expect(markdown.contains("## Regulatory sandbox checklist"))
    #expect(!markdown.contains("## Assessment"))
    #expect(!markdown.contains("## Answers"))
    #expect(!markdown.contains("## Disclosure fields"))
    #expect(markdown.contains("- Route: Project-based regulatory sandbox"))
    #expect(markdown.contains("regulatory\\_barrier = blocked"))
    #expect(markdown.contains("in principle the ministers send the plan"))
    #expect(markdown.contains("- What is published: Your company's name"))
    #expect(markdown.contains("**Gaps to close before applying**"))
    #expect(markdown.contains("not an official determination"))
    #expect(markdown.contains("- **Yes** (from the checklist): You can name the statute"))
    #expect(markdown.contains("- **No** (from the answers): There is a way"))
    #expect(markdown.contains("- Checklist: Yes; evidence: Road Traffic Act Art. 17"))
    #expect(markdown.contains("**More information needed**"))
    #expect(markdown.contains("- Text: Show sidewalk robots are safe"))
    #expect(markdown.contains("(`pre-consultation`): done 2026-11-20"))
    #expect(markdown.contains("- Note: Desk asked for the article"))
    #expect(markdown.contains("- Evidence to keep: The consent records of every participant"))
    #expect(markdown.contains("Suggested from the answers (not saved)"))
    #expect(markdown.contains("https://laws.e-gov.go.jp/law/425AC0000000098"))
  }

  @Test func alternativesAreExplainedNotJustNamed() {
    var document = project()
    document.answers = Support.with(
      document.answers,
      [
        "sector": .choices(["mobility"]), "use_case": .choices(["drone-operations"]),
        "sandbox_special_zone": .bool(false),
      ])
    let markdown = ProjectExport(
      document: document, rulebook: rulebook, language: .en, sections: .sandbox
    ).markdown()
    #expect(markdown.contains("- Route: Project-based regulatory sandbox"))
    #expect(markdown.contains("- Also consider:\n  - Ordinary permits"))
    #expect(markdown.contains("(`ordinary-permits`): No sandbox: apply for the permits"))
    #expect(!markdown.contains("`regional-sandbox`"))
    let html = ProjectExport(
      document: document, rulebook: rulebook, language: .ja, sections: .sandbox
    ).html()
    #expect(html.contains("<code>ordinary-permits</code>: サンドボックスを使わず"))
  }

  @Test func markdownInJapaneseSaysYoukakunin() {
    let markdown = export(.ja).markdown()
    #expect(markdown.contains("## 規制のサンドボックス等：チェックリスト"))
    #expect(markdown.contains("**要確認**"))
    #expect(markdown.contains("原則として、計画の受理から1か月以内"))
    #expect(markdown.contains("公式の判断ではありません"))
    #expect(markdown.contains("保存すべき記録"))
    #expect(markdown.contains("歩道ロボットの安全性を示す"))
    #expect(!markdown.contains("More information needed"))
  }

  @Test func htmlAloneHasOnlyTheSandboxSection() {
    let html = export(.en).html()
    #expect(html.contains("<section id=\"sandbox\">"))
    #expect(!html.contains("<section id=\"assessment\">"))
    #expect(!html.contains("<section id=\"disclosure\">"))
    #expect(html.contains("verdict-gaps-to-close"))
    #expect(html.contains("<strong class=\"needed\">More information needed</strong>"))
    #expect(html.contains("Road Traffic Act Art. 17"))
    let japanese = export(.ja).html()
    #expect(japanese.contains("<strong class=\"needed\">要確認</strong>"))
    #expect(japanese.contains("<html lang=\"ja\">"))
  }

  @Test func jsonAloneHasTheSandboxMembers() throws {
    let root = try JSONParser.parse(Array(export(.en).json().utf8))
    #expect(root["assessment"] == nil && root["answers"] == nil && root["disclosure"] == nil)
    #expect(root["project"] != nil)
    #expect(root.node(at: [.key("sections"), .index(0)])?.value == .string("sandbox"))
    let sandbox = try #require(root["sandbox"])
    #expect(sandbox["route"]?.value == .string("project-sandbox"))
    #expect(sandbox["timingConfirmed"]?.value == .bool(true))
    #expect(sandbox["desk"]?.value == .string("cabinet-secretariat-sandbox"))
    #expect(
      sandbox.node(at: [.key("verdict"), .key("verdict")])?.value == .string("gaps-to-close"))
    #expect(sandbox.node(at: [.key("publication"), .key("confirmed")])?.value == .bool(true))
    guard case .array(let criteria)? = sandbox["criteria"]?.value,
      case .array(let plan)? = sandbox["plan"]?.value,
      case .array(let steps)? = sandbox["steps"]?.value
    else {
      Issue.record("criteria, plan or steps is not an array")
      return
    }
    let statute = criteria.first { $0["id"]?.value == .string("statute-named") }
    #expect(statute?["origin"]?.value == .string("checklist"))
    #expect(statute?["state"]?.value == .string("yes"))
    #expect(statute?["suggested"]?.value == .string("unknown"))
    let demonstration = plan.first { $0["id"]?.value == .string("demonstration") }
    #expect(demonstration?["moreInformationNeeded"]?.value == .bool(true))
    let step = steps.first { $0["id"]?.value == .string("pre-consultation") }
    #expect(step?["date"]?.value == .string("2026-11-20"))
    #expect(step?["done"]?.value == .bool(true))
    let japanese = try JSONParser.parse(Array(export(.ja).json().utf8))
    #expect(
      japanese.node(at: [.key("sandbox"), .key("name")])?.value
        == .string("プロジェクト型「規制のサンドボックス」（新技術等実証制度）"))
  }

  @Test func sandboxAloneShowsNoRouteNeeded() {
    var document = project()
    document.answers["regulatory_barrier"] = .choice("none")
    let alone = ProjectExport(document: document, rulebook: rulebook, sections: .sandbox)
    let markdown = alone.markdown()
    #expect(markdown.contains("No sandbox needed"))
    #expect(markdown.contains("No existing rule stands in the way"))
    #expect(markdown.contains("Not a sandbox case"))
    let full = ProjectExport(document: document, rulebook: rulebook)
    #expect(!full.markdown().contains("## Regulatory sandbox checklist"))
  }

  @Test func otherSectionsCanBeLeftOut() {
    let noSandbox = export(.en, [.assessment, .disclosure])
    #expect(noSandbox.markdown().contains("## Assessment"))
    #expect(noSandbox.markdown().contains("## Disclosure fields"))
    #expect(!noSandbox.markdown().contains("## Regulatory sandbox checklist"))
    #expect(!noSandbox.html().contains("<section id=\"sandbox\">"))
    let disclosure = export(.en, .disclosure)
    #expect(disclosure.markdown().contains("## Disclosure fields"))
    #expect(!disclosure.markdown().contains("## Answers"))
    #expect(!disclosure.html().contains("<section id=\"answers\">"))
    #expect(export(.en, .all).markdown().contains("## Regulatory sandbox checklist"))
    #expect(ExportSections.all.names == ["assessment", "disclosure", "sandbox"])
  }
}
