import Foundation
import Testing

@testable import ShinsaCore

/// The sandbox plan items, steps and publication notes of the rulebook, and their checks.
@Suite struct SandboxRulebookTests {
  let sandbox = Support.rulebook.sandbox

  @Test func bundledRulebookHasThePlanAndTheSteps() {
    #expect(sandbox.planItems.count == 17)
    #expect(sandbox.steps.count == 32)
    #expect(sandbox.planItems.filter(\.required).count == 14)
    // Each route's plan items cite the article that lists them.
    let articles: [SandboxRouteID: (en: String, ja: String)] = [
      .projectSandbox: ("ICEA Art. 8-2(3)", "第8条の2第3項"),
      .newBusinessException: ("ICEA Art. 9(3)", "第9条第3項"),
      .regionalSandbox: ("NSSZ Act Art. 8(2)", "国家戦略特別区域法第8条第2項"),
    ]
    for item in sandbox.planItems {
      #expect(item.routes.count == 1, "\(item.id)")
      let article = articles[item.routes[0]]
      #expect(article != nil, "\(item.id)")
      #expect(item.article.en.contains(article?.en ?? "?"), "\(item.id)")
      #expect(item.article.ja.contains(article?.ja ?? "?"), "\(item.id)")
      #expect(!item.prompt.en.isEmpty && !item.prompt.ja.isEmpty)
    }
    for route in SandboxRouteID.allCases where route != .none {
      #expect(sandbox.steps.contains { $0.routes.contains(route) }, "\(route)")
    }
    for step in sandbox.steps where step.timing != nil {
      #expect(step.timingConfirmed != nil, "\(step.id)")
    }
    // The gray-zone month and the ICEA order's target periods are confirmed; nothing else.
    let confirmed = sandbox.steps.filter { $0.timingConfirmed == true }.map(\.id)
    #expect(confirmed == ["grayzone-answer", "special-measure-request", "certification"])
    for id in confirmed {
      let step = sandbox.steps.first { $0.id == id }
      #expect(step?.sources.contains("icea-ordinance-2021") == true, "\(id)")
    }
    let regional = sandbox.routes.first { $0.id == .regionalSandbox }
    #expect(regional?.publication.confirmed == true)
    #expect(regional?.publication.text.en.contains("Art. 8(3)") == true)
    #expect(regional?.timingConfirmed == false)
  }

  @Test func everyRouteCitesTheOfficialTextOfItsStatute() {
    let official: [SandboxRouteID: String] = [
      .grayZone: "icea", .projectSandbox: "icea", .newBusinessException: "icea",
      .regionalSandbox: "nssz-act", .ordinaryPermits: "civil-aeronautics-act",
    ]
    for (route, source) in official {
      let entry = sandbox.routes.first { $0.id == route }
      #expect(entry?.sources.contains(source) == true, "\(route)")
      #expect(Support.rulebook.source(source)?.kind == .official, "\(source)")
    }
    #expect(Support.rulebook.source("icea")?.url == "https://laws.e-gov.go.jp/law/425AC0000000098")
    #expect(
      Support.rulebook.source("nssz-act")?.url == "https://laws.e-gov.go.jp/law/425AC0000000107")
    let ordinance = Support.rulebook.source("icea-ordinance-2021")
    #expect(ordinance?.title.ja.hasPrefix("産業競争力強化法に基づく新技術等実証及び新事業活動に関する") == true)
  }

  @Test func newBusinessPublicationWarnsThatNothingStaysConfidential() {
    let route = sandbox.routes.first { $0.id == .newBusinessException }
    let text = route?.publication.text.en ?? ""
    #expect(text.hasPrefix("Warning"))
    for article in ["Art. 6(2)", "Art. 9(5)", "Art. 11-3"] {
      #expect(text.contains(article), "\(article)")
    }
    #expect(route?.publication.text.ja.hasPrefix("注意") == true)
    #expect(route?.summary.en.contains("published") == true)
  }

  @Test func auditedArticlesAreTheStatutesOwn() {
    func step(_ id: String) -> SandboxStep? { sandbox.steps.first { $0.id == id } }
    #expect(step("consent-report")?.article?.en.hasPrefix("ICEA Art. 8-3(4)") == true)
    #expect(step("consent-report")?.article?.ja.hasPrefix("産業競争力強化法第8条の3第4項") == true)
    #expect(step("change-approval")?.article?.en.hasPrefix("ICEA Art. 8-4(1)") == true)
    #expect(step("final-report")?.article?.en.contains("Art. 16") == true)
    #expect(step("final-report")?.article?.ja.contains("共同実施規則") == false)
    let statute = sandbox.criteria.first { $0.id == "statute-named" }
    for article in ["Art. 8-2(3)(vi)", "Art. 9(3)(iv)", "NSSZ Act Art. 8(2)(iii)"] {
      #expect(statute?.title.en.contains(article) == true, "\(article)")
    }
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
