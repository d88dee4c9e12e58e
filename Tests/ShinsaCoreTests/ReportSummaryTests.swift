import Foundation
import Testing

@testable import ShinsaCore

/// The report's first section: tier, primary regulator, counts by status, overdue actions,
/// open questions and what would change the tier, the same in every format.
@Suite struct ReportSummaryTests {
  private let rulebook = Support.rulebook
  private let today = "2026-12-01"

  /// The bank scenario with two open questions and a plan: one met, one gap, one not
  /// applicable; actions overdue, done, due later and without a date.
  private func project() -> ProjectDocument {
    var document = ProjectDocument(
      rulebook: rulebook, client: "Acme Bank", system: "Credit scorer", assessor: "K. Sato",
      now: "2026-11-25T09:00:00Z")
    document.answers = Support.bank
    document.answers["model_name"] = .unknown
    document.answers["offered_in_eu"] = nil
    let assessment = Support.assess(document.answers)
    let applying = assessment.obligations.filter { $0.applies == .yes }.map(\.obligation)
    for (obligation, status) in zip(applying, [ObligationStatus.met, .gap, .notApplicable]) {
      document.plan.obligations[obligation.id] = ObligationRecord(
        status: status, reason: "reason", updated: "2026-11-30T00:00:00Z",
        basis: ObligationBasis.of(obligation))
    }
    document.plan.actions = [
      PlanAction(id: "a1", text: "Late", owner: "Sato", due: "2026-11-30"),
      PlanAction(id: "a2", text: "Done late", due: "2026-11-01", done: true),
      PlanAction(id: "a3", text: "Later", due: "2026-12-01"),
      PlanAction(id: "a4", text: "Whenever"),
    ]
    return document
  }

  private func summary(_ document: ProjectDocument, language: Language = .en) -> ReportSummary {
    ProjectExport(document: document, rulebook: rulebook, language: language, today: today)
      .summary
  }

  @Test func countsEveryObligationThatAppliesOrMayApplyByStatus() {
    let document = project()
    let summary = summary(document)
    let assessment = Support.assess(document.answers)
    let total = assessment.obligations.filter { $0.applies != .no }.count
    #expect(summary.obligations == total)
    #expect(summary.count(.met) == 1)
    #expect(summary.count(.gap) == 1)
    #expect(summary.count(.notApplicable) == 1)
    #expect(summary.count(.partly) == 0)
    #expect(summary.count(.unknown) == total - 3)
    #expect(summary.countsText.hasPrefix("\(total) apply or may apply"))
  }

  @Test func overdueActionsAreOpenAndPastTheirDueDate() {
    #expect(summary(project()).overdueActions.map(\.id) == ["a1"])
    let undated = ProjectExport(document: project(), rulebook: rulebook).summary
    #expect(undated.overdueActions.isEmpty)
  }

  @Test func openQuestionsAreTheVisibleOnesUnansweredOrUnknown() throws {
    let document = project()
    let summary = summary(document)
    let interview = document.interview(rulebook: rulebook)
    let expected = interview.visibleQuestions.filter {
      interview.activeAnswer($0.id) == nil || interview.activeAnswer($0.id) == .unknown
    }.map(\.id)
    #expect(summary.openQuestions.map(\.id) == expected)
    let model = try #require(summary.openQuestions.first { $0.id == "model_name" })
    #expect(model.unknown)
    let eu = try #require(summary.openQuestions.first { $0.id == "offered_in_eu" })
    #expect(!eu.unknown)
    #expect(summary.questionText(eu).hasSuffix("(not answered)"))
    #expect(eu.text == rulebook.question("offered_in_eu")?.text.en)
  }

  @Test func tierChangesAreTheCounterfactualsThatMoveTheTierWordedWithoutIDs() throws {
    let document = project()
    let changes = CounterfactualFinder(rulebook: rulebook).find(document.answers)
    for language in [Language.en, .ja] {
      let summary = summary(document, language: language)
      #expect(summary.tierChanges.map(\.change) == changes.filter { $0.effect.tier != nil })
      #expect(!summary.tierChanges.isEmpty)
      for change in summary.tierChanges {
        let question = try #require(rulebook.question(change.change.question))
        let tier = try #require(change.change.effect.tier)
        let tierLabel = try #require(rulebook.tierInfo(tier)?.label.text(language))
        #expect(change.sentence.hasPrefix(question.text.text(language)))
        #expect(change.sentence.contains(tierLabel))
        #expect(
          change.sentence.contains(ProjectExport.display(change.change.to, for: question, language))
        )
        #expect(!change.sentence.contains(change.change.question))
      }
    }
    let ja = summary(document, language: .ja)
    let label = try #require(rulebook.tierInfo(.important)?.label.ja)
    #expect(ja.tierChanges.contains { $0.sentence.contains("区分「\(label)」") })
  }

  @Test func tierAndRegulatorCarryTheirLabels() {
    let summary = summary(project())
    #expect(summary.tier == Support.assess(project().answers).tier)
    #expect(summary.notStatutory == Tier.notStatutoryLabel(.en))
    #expect(summary.primaryRegulator?.id == "fsa")
    #expect(summary.regulatorText.contains("(FSA)"))
    #expect(summary.heading == "Summary")
    #expect(self.summary(project(), language: .ja).heading == "概要")
  }

  @Test func theSummaryIsTheFirstSectionOfEveryFormat() throws {
    let export = ProjectExport(document: project(), rulebook: rulebook, today: today)
    let markdown = export.markdown()
    let summaryAt = try #require(markdown.range(of: "\n## Summary\n")?.lowerBound)
    let assessmentAt = try #require(markdown.range(of: "\n## Assessment\n")?.lowerBound)
    #expect(summaryAt < assessmentAt)
    #expect(markdown.contains("- Overdue actions (1):\n  - Late (Sato, due 2026-11-30)"))
    let html = export.html()
    let htmlSummary = try #require(html.range(of: "<section id=\"summary\">")?.lowerBound)
    let htmlAssessment = try #require(html.range(of: "<section id=\"assessment\">")?.lowerBound)
    #expect(htmlSummary < htmlAssessment)
    let root = try JSONParser.parse(Array(export.json().utf8))
    guard case .object(let members) = root.value else {
      Issue.record("the export is not an object")
      return
    }
    let keys = members.map(\.key)
    let summaryIndex = try #require(keys.firstIndex(of: "summary"))
    let assessmentIndex = try #require(keys.firstIndex(of: "assessment"))
    #expect(summaryIndex < assessmentIndex)
    guard case .array(let overdue)? = root["summary"]?["overdueActions"]?.value else {
      Issue.record("summary.overdueActions is not an array")
      return
    }
    #expect(overdue.map(\.value) == [.string("a1")])
  }

  @Test func aPartialReportHasNoSummary() {
    let export = ProjectExport(
      document: project(), rulebook: rulebook, sections: .sandbox, today: today)
    #expect(!export.markdown().contains("## Summary"))
    #expect(!export.json().contains("\"summary\""))
    #expect(export.counterfactuals.isEmpty)
  }
}
