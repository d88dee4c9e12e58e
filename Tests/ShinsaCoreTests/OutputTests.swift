import Testing

@testable import ShinsaCore

@Suite struct OutputTests {
  private let rulebook = Support.rulebook

  @Test func jsonHasTheContractKeys() throws {
    let text = AssessmentJSON(assessment: Support.assess(Support.bank), rulebook: rulebook).render()
    let root = try JSONParser.parse(Array(text.utf8))
    for key in [
      "rulebook", "tier", "requiresReview", "trace", "regulators", "obligations", "disclosure",
      "sandbox",
    ] {
      #expect(root[key] != nil, "\(key)")
    }
    #expect(root["tier"]?.value == .string("specially-designated"))
    #expect(root.node(at: [.key("rulebook"), .key("version")])?.value == .string("2026.12"))
    #expect(
      root.node(at: [.key("trace"), .index(0), .key("status")])?.value == .string("heuristic"))
    #expect(
      root.node(at: [.key("trace"), .index(0), .key("because"), .index(1), .key("answer")])?.value
        == .number(JSONNumber(literal: "2000000")))
    #expect(root.node(at: [.key("sandbox"), .key("route")])?.value == .string("none"))
    #expect(
      root.node(at: [.key("disclosure"), .key("total")])?.value
        == .number(JSONNumber(literal: "13")))
    guard case .array(let regulators)? = root["regulators"]?.value else {
      Issue.record("regulators is not an array")
      return
    }
    #expect(regulators.filter { $0["role"]?.value == .string("primary") }.count == 1)
  }

  @Test func jsonIsDeterministic() {
    let first = AssessmentJSON(assessment: Support.assess(Support.bank), rulebook: rulebook)
      .render()
    let second = AssessmentJSON(assessment: Support.assess(Support.bank), rulebook: rulebook)
      .render()
    #expect(first == second)
  }

  @Test func textShowsTheTierLabelReasonsAndGroupsByStatus() {
    let text = AssessmentReport(
      assessment: Support.assess(Support.bank), rulebook: rulebook, style: .text
    ).render()
    #expect(text.contains("triage tier, not a statutory category"))
    #expect(text.contains("Binding law"))
    #expect(text.contains("Soft law (non-binding guidance)"))
    #expect(text.contains("Primary: FSA"))
    #expect(text.contains("use_case = credit-decision; people_affected = 2000000"))
    #expect(text.contains("Assumption (shinsa's choice)"))
    let binding = text.range(of: "Binding law")
    let soft = text.range(of: "Soft law (non-binding guidance)")
    #expect(binding != nil && soft != nil && binding!.lowerBound < soft!.lowerBound)
  }

  /// The terminal text and the Markdown are two renderings of the same blocks: the same
  /// lines in the same order, Markdown escaping what the text shows as is.
  @Test func textAndMarkdownRenderTheSameAssessment() {
    let assessment = Support.assess(Support.bank)
    let text = AssessmentReport(assessment: assessment, rulebook: rulebook, style: .text)
      .render()
    let markdown = AssessmentReport(assessment: assessment, rulebook: rulebook, style: .markdown)
      .render()
    #expect(text.contains("      Because: use_case = credit-decision; people_affected = 2000000"))
    #expect(
      markdown.contains("  - Because: use\\_case = credit-decision; people\\_affected = 2000000"))
    #expect(text.contains("\nWHY THIS TIER\n  • "))
    #expect(markdown.contains("\n## Why this tier\n- "))
    // An obligation's summary and reason sit under it in both, as details.
    #expect(text.contains("\n        Applies because: "))
    #expect(markdown.contains("\n  - Applies because: "))
    #expect(text.contains("\n  [1] ") && markdown.contains("\n[1] "))
  }

  @Test func textRendererLaysOutBulletsDetailsAndSources() {
    let blocks: [ReportBlock] = [
      .heading(level: 1, [.text("Title")]),
      .paragraph([.text("First")]),
      .paragraph([.text("Second "), .strong([.text("*bold*")])]),
      .notice([.text("Notice")]),
      .paragraph([.text("Third")]),
      .heading(level: 2, [.text("Section")]),
      .list([
        ReportListItem(
          [.text("Item"), .reference("id"), .flag("flag")],
          children: [
            .definitions([ReportDefinition("Label", [.text("value "), .citation(1)])]),
            .list([ReportListItem([.text("Nested")])]),
            .definitions([ReportDefinition("", [.text("Plain")])]),
          ])
      ]),
      .heading(level: 3, [.text("Group")]),
      .list([ReportListItem([.text("Under")], children: [.definitions([.init("", [.text("d")])])])]
      ),
      .heading(level: 2, [.text("Sources")]),
      .sources([[.text("A. "), .link("https://a.example")], [], [.text("C")]]),
      .paragraph([.text("Footer")]),
    ]
    #expect(
      ReportText.lines(blocks) == [
        "Title", "First", "", "Second *bold*", "Notice", "Third",
        "", "SECTION",
        "  • Item (id) [flag]", "      Label: value [1]", "    • Nested", "      Plain",
        "  Group", "    • Under", "        d",
        "", "SOURCES", "  [1] A. https://a.example", "  [3] C",
        "", "Footer",
      ])
  }

  @Test func textRendererShowsTableRecordsAsBulletsWithTheirValues() {
    let table = ReportTable(
      role: "t", columns: [.init("Name"), .init("Items"), .init("Note"), .init("Empty")],
      groups: [
        .init(
          title: [.text("Group")],
          rows: [
            [
              .inline([.text("A"), .reference("a")]),
              .list([ReportListItem([.text("one")]), ReportListItem([.text("two")])]),
              .qualified([.text("n")], qualifier: "(private)", role: "private"), .empty,
            ]
          ])
      ])
    #expect(
      ReportText.lines([.table(table)]) == [
        "", "Group", "  • A (a)", "      Items: one; two", "      Note: (private) n",
      ])
  }

  @Test func japaneseTextUsesJapaneseLabels() {
    let text = AssessmentReport(
      assessment: Support.assess(Support.bank), rulebook: rulebook, language: .ja, style: .text
    ).render()
    #expect(text.contains("トリアージ区分（法令上の区分ではありません）"))
    #expect(text.contains("金融庁"))
  }

  @Test func markdownHasHeadingsAndSources() {
    let text = AssessmentReport(
      assessment: Support.assess(Support.factory), rulebook: rulebook, style: .markdown
    ).render()
    #expect(text.hasPrefix("# shinsa assessment"))
    #expect(text.contains("## Sources"))
    #expect(text.contains("https://"))
  }

  @Test func reviewItemsAppearInText() {
    var answers = Support.bank
    answers["people_affected"] = .unknown
    let text = AssessmentReport(
      assessment: Support.assess(answers), rulebook: rulebook, style: .text
    ).render()
    #expect(text.contains("TO REVIEW"))
    #expect(text.contains("people_affected"))
  }
}
