import Testing

@testable import ShinsaCore

@Suite struct RulebookCheckerTests {
  @Test func bundledRulebookPasses() {
    let report = RulebookChecker(rulebook: Support.rulebook, sampleBudget: 3000).run()
    #expect(report.passed, "\(report.problems)")
    #expect(report.combinationsWalked == 3000 || report.exhaustive)
    #expect(report.conditionsChecked > 20)
  }

  private func check(_ text: String) throws -> RulebookCheckReport {
    let rulebook = try Support.load(text).get()
    return RulebookChecker(rulebook: rulebook, sampleBudget: 2000).run()
  }

  @Test func ruleThatNeverFiresIsReported() throws {
    let text = Support.rulebookReplacing(
      "\"infrastructure_operator == true\"",
      with: "\"infrastructure_operator == true and infrastructure_operator == false\"",
      after: "\"id\": \"tier.sd.infrastructure\"")
    let report = try check(text)
    #expect(!report.passed)
    #expect(
      report.problems.contains("tier rule tier.sd.infrastructure never fires"), "\(report.problems)"
    )
  }

  @Test func brokenSettledOutcomeIsReportedWithAnExample() throws {
    let text = Support.rulebookReplacing(
      "\"sector has finance\"", with: "\"sector has other\"",
      after: "\"id\": \"reg.primary.finance\"")
    let report = try check(text)
    #expect(!report.passed)
    #expect(
      report.problems.contains {
        $0.hasPrefix("sector finance does not make fsa the primary regulator")
      })
    #expect(report.problems.contains { $0.hasPrefix("no primary regulator when sector=finance") })
  }

  @Test func aRegionalRouteThatIgnoresTheZoneIsReported() throws {
    let text = Support.rulebookReplacing(
      " and (sandbox_special_zone == true or not (sandbox_special_zone answered))\"", with: "\"",
      after: "Regional sandbox (National Strategic Special Zones)")
    let report = try check(text)
    #expect(
      report.problems.contains {
        $0.hasPrefix("a blocked autonomous-driving or drone case points to regional-sandbox")
      }, "\(report.problems)")
  }

  @Test func aUseCaseForAnUnknownSectorIsReported() throws {
    let misspelt = Support.rulebookReplacing(
      "\"healthcare\"\n          ]", with: "\"health-care\"\n          ]",
      after: "\"value\": \"diagnosis\"")
    #expect(
      try check(misspelt).problems.contains(
        "option use_case=diagnosis names sector health-care, which is not an option of sector"
      ))
    let empty = Support.rulebookReplacing(
      "\"sectors\": [\n            \"healthcare\"\n          ]", with: "\"sectors\": []",
      after: "\"value\": \"diagnosis\"")
    #expect(
      try check(empty).problems.contains(
        "option use_case=diagnosis lists no sectors, so it is never shown"))
  }

  @Test func unreachableQuestionIsReported() throws {
    let text = Support.rulebookReplacing(
      "\"visibleIf\": \"uses_foundation_model == true\"",
      with: "\"visibleIf\": \"uses_foundation_model == true and uses_foundation_model == false\"",
      after: "\"id\": \"fine_tuned\"")
    let report = try check(text)
    #expect(report.problems.contains { $0.hasPrefix("question fine_tuned is unreachable") })
  }

  @Test func walkIsRepeatable() {
    let first = RulebookChecker(rulebook: Support.rulebook, sampleBudget: 500).run()
    let second = RulebookChecker(rulebook: Support.rulebook, sampleBudget: 500).run()
    #expect(first.findings == second.findings)
    #expect(first.text() == second.text())
  }

  @Test func answerSpaceWalksEveryCombinationWhenSmall() {
    let space = AnswerSpace(dimensions: [
      ("a", [.bool(true), .bool(false)]), ("b", [nil, .number(1), .number(2)]),
    ])
    var seen: [[String: Answer]] = []
    let exhaustive = space.walk(budget: 10) { seen.append($0) }
    #expect(exhaustive)
    #expect(seen.count == 6)
    #expect(Set(seen.map { "\($0["a"]?.display ?? "-")\($0["b"]?.display ?? "-")" }).count == 6)
  }
}
