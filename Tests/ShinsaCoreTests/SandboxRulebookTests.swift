import Foundation
import Testing

@testable import ShinsaCore

/// The sandbox plan items, steps and publication notes of the rulebook, and their checks.
@Suite struct SandboxRulebookTests {
  let sandbox = Support.rulebook.sandbox

  @Test func bundledRulebookHasThePlanAndTheSteps() {
    #expect(sandbox.planItems.count == 10)
    #expect(sandbox.steps.count == 18)
    #expect(sandbox.planItems.filter(\.required).count == 8)
    for item in sandbox.planItems {
      #expect(item.article.en.contains("Art. 8-2(3)"), "\(item.id)")
      #expect(item.article.ja.contains("第8条の2第3項"), "\(item.id)")
      #expect(!item.prompt.en.isEmpty && !item.prompt.ja.isEmpty)
    }
    for route in SandboxRouteID.allCases where route != .none {
      #expect(sandbox.steps.contains { $0.routes.contains(route) }, "\(route)")
    }
    for step in sandbox.steps where step.timing != nil {
      #expect(step.timingConfirmed != nil, "\(step.id)")
    }
    let confirmed = sandbox.steps.filter { $0.timingConfirmed == true }.map(\.id)
    #expect(confirmed == ["grayzone-answer"])
    let regional = sandbox.routes.first { $0.id == .regionalSandbox }
    #expect(regional?.publication.confirmed == false)
  }

  @Test func duplicateStepIDIsRefused() throws {
    let text = Support.rulebookReplacing(
      "\"id\": \"grayzone-inquiry\"", with: "\"id\": \"grayzone-consult\"")
    guard case .failure(let error) = Support.load(text) else {
      Issue.record("a duplicate step id loaded")
      return
    }
    #expect(error.message.contains("\"grayzone-consult\" is used twice in sandbox.steps"))
  }

  @Test func unknownRouteInAPlanItemIsRefused() throws {
    let text = Support.rulebookReplacing(
      "\"project-sandbox\"", with: "\"project-sandbx\"", after: "\"planItems\"")
    guard case .failure(let error) = Support.load(text) else {
      Issue.record("an unknown route loaded")
      return
    }
    #expect(error.message.contains("project-sandbx"))
  }

  @Test func unknownSourceOfAStepIsRefused() throws {
    let text = Support.rulebookReplacing(
      "\"icea-ordinance-2021\"", with: "\"icea-ordinance\"", after: "\"id\": \"consent-report\"")
    guard case .failure(let error) = Support.load(text) else {
      Issue.record("an unknown source loaded")
      return
    }
    #expect(error.message.contains("unknown source \"icea-ordinance\""))
  }

  @Test func misspeltStepMemberIsReportedByTheCheck() throws {
    let text = Support.rulebookReplacing(
      "\"evidence\":", with: "\"evidense\":", after: "\"id\": \"final-report\"")
    let rulebook = try Support.load(text).get()
    let report = RulebookChecker(
      rulebook: rulebook, sampleBudget: 200, fileBytes: Array(text.utf8)
    ).run()
    #expect(report.problems.contains { $0.contains("unknown member \"evidense\"") })
  }

  @Test func projectFileKeepsEveryRulebookKeyAndRefusesOthers() throws {
    var document = ProjectDocument(
      rulebook: Support.rulebook, client: "C", system: "S", assessor: "",
      now: "2026-11-25T09:00:00Z")
    for criterion in sandbox.criteria {
      document.sandbox.checklist[criterion.id] = ChecklistItem(state: .yes)
    }
    for item in sandbox.planItems {
      document.sandbox.plan[item.id] = DisclosureDraft(state: .draft)
    }
    for step in sandbox.steps { document.sandbox.steps[step.id] = ProcessStep(date: "2026-11-01") }
    let text = ProjectCodec.encode(document)
    let decoded = try ProjectCodec.decode(Array(text.utf8), file: "p", rulebook: Support.rulebook)
    #expect(decoded.document.sandbox == document.sandbox)

    let bad = text.replacingOccurrences(of: "\"zone-plan\"", with: "\"zone-plans\"")
    do {
      _ = try ProjectCodec.decode(Array(bad.utf8), file: "p", rulebook: Support.rulebook)
      Issue.record("an unknown step decoded")
    } catch {
      #expect(error.message.contains("unknown sandbox step \"zone-plans\""))
      #expect(error.path == "sandbox.steps.zone-plans")
    }
  }
}
