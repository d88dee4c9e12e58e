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
