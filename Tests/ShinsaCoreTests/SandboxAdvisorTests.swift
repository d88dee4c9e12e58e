import Foundation
import Testing

@testable import ShinsaCore

/// The sandbox advisor: route choice, the checklist rows, the verdict, plan and step rows.
@Suite struct SandboxAdvisorTests {
  let advisor = SandboxAdvisor(rulebook: Support.rulebook)

  func advise(_ answers: [String: Answer], _ work: SandboxWork = SandboxWork()) -> SandboxAdvice {
    advisor.advise(assessment: Support.assess(answers), work: work, answers: answers)
  }

  /// A robotaxi service blocked by current rules.
  static let robotaxi = Support.with(
    Support.factory,
    [
      "sector": .choices(["mobility"]), "use_case": .choices(["autonomous-driving"]),
      "role": .choice("provider"), "people_affected": .number(5000),
      "regulatory_barrier": .choice("blocked"),
    ])
  /// A tutoring app unsure whether a rule applies.
  static let grayZone = Support.with(
    Support.factory,
    [
      "sector": .choices(["education"]), "use_case": .choices(["personalised-learning"]),
      "regulatory_barrier": .choice("unclear"),
    ])
  /// A blocked business that wants a company-specific exception.
  static let exception = Support.with(
    Support.factory,
    ["regulatory_barrier": .choice("blocked"), "barrier_goal": .choice("exception")])
  /// A blocked business that wants to demonstrate.
  static let demonstrate = Support.with(
    Support.factory,
    ["regulatory_barrier": .choice("blocked"), "barrier_goal": .choice("demonstrate")])
  /// The project-sandbox case with every criterion met in the interview.
  static let ready: [String: Answer] = {
    var answers = demonstrate
    for criterion in Support.rulebook.sandbox.criteria
    where criterion.routes.contains(.projectSandbox) {
      for id in criterion.met.questionIDs { answers[id] = .bool(true) }
    }
    return answers
  }()

  // MARK: Route choice

  @Test func everyScenarioGetsTheAssessedRouteWithItsRulebookEntry() throws {
    for (name, bytes) in Support.scenarios() {
      let root = try JSONParser.parse(bytes)
      let answersNode = try #require(root["answers"], "\(name)")
      let answers = try AnswersFile.decodeAnswers(
        answersNode, path: [.key("answers")], fileName: name, rulebook: Support.rulebook)
      let assessment = Support.assess(answers)
      let advice = advisor.advise(assessment: assessment, work: SandboxWork(), answers: answers)
      #expect(advice.route.id == assessment.sandbox.route, "\(name)")
      if name == "drone-pilot-outside-special-zone.json" {
        #expect(advice.route.id == .projectSandbox)
        #expect(advice.alternatives.map(\.id) == [.ordinaryPermits])
        #expect(!advice.alternatives.contains { $0.id == .regionalSandbox })
      }
      #expect(!advice.route.publication.text.en.isEmpty, "\(name)")
      if case .string(let expected)? = root.node(at: [.key("expect"), .key("sandboxRoute")])?
        .value
      {
        #expect(advice.route.id.rawValue == expected, "\(name)")
      }
      if name == "drone-delivery-pilot.json" {
        #expect(advice.route.id == .regionalSandbox)
        #expect(
          advice.steps.map(\.step.id) == [
            "regional-consult", "zone-publication", "zone-plan", "deemed-permits",
            "ex-post-check", "zone-plan-change",
          ])
      }
    }
  }

  @Test func robotaxiGoesToTheRegionalSandbox() {
    let advice = advise(Self.robotaxi)
    #expect(advice.route.id == .regionalSandbox)
    #expect(advice.because.map(\.question).contains("use_case"))
    #expect(advice.desk?.id == "cabinet-office-regional")
    #expect(!advice.timingConfirmed)
    #expect(advice.publication.confirmed)
    #expect(advice.publication.text.en.contains("Art. 8(3)"))
    #expect(advice.alternatives.map(\.id) == [.projectSandbox, .ordinaryPermits])
    #expect(advice.items.map(\.criterion.id) == ["statute-named", "in-zone", "zone-partner"])
    // Without a zone answer the route stays open but depends on the zone: an open question.
    #expect(advice.verdict == .gapsToClose(advice.items))
    #expect(advice.openQuestions.contains("sandbox_special_zone"))
    var answers = Self.robotaxi
    answers["sandbox_statute_named"] = .bool(true)
    answers["sandbox_special_zone"] = .bool(true)
    answers["sandbox_zone_partner"] = .bool(true)
    #expect(advise(answers).verdict == .likelyEligible)
  }

  @Test func outsideAnySpecialZoneTheRegionalSandboxIsNotOffered() {
    var answers = Self.robotaxi
    answers["sandbox_special_zone"] = .bool(false)
    let advice = advise(answers)
    #expect(advice.route.id == .projectSandbox)
    #expect(advice.alternatives.map(\.id) == [.ordinaryPermits])
    #expect(!advice.items.contains { $0.criterion.id == "in-zone" })
    // Outside a zone the company chooses between a demonstration and an exception.
    let active = ActiveAnswers(rulebook: Support.rulebook, answers: answers)
    #expect(Support.rulebook.questionIndex["barrier_goal"].map { active.visible[$0] } == true)
    answers["barrier_goal"] = .choice("exception")
    #expect(advise(answers).route.id == .newBusinessException)
  }

  @Test func anUnknownZoneKeepsTheRegionalSandboxButShowsTheOtherRoutes() {
    var answers = Self.robotaxi
    answers["sandbox_special_zone"] = .unknown
    let advice = advise(answers)
    #expect(advice.route.id == .regionalSandbox)
    #expect(advice.finding.eligible == .unknown)
    #expect(advice.alternatives.map(\.id) == [.projectSandbox, .ordinaryPermits])
    let zone = advice.items.first { $0.criterion.id == "in-zone" }
    #expect(zone?.state == .unknown)
    #expect(advice.gaps.contains { $0.criterion.id == "in-zone" })
  }

  @Test func aChecklistSayingOutsideTheZoneClosesTheRegionalRoute() {
    var work = SandboxWork()
    work.checklist["in-zone"] = ChecklistItem(state: .no, evidence: "Pilot site is outside")
    let advice = advise(Self.robotaxi, work)
    guard case .notASandboxCase(let rows) = advice.verdict else {
      Issue.record("expected not a sandbox case, got \(advice.verdict.word)")
      return
    }
    #expect(rows.map(\.criterion.id) == ["in-zone"])
  }

  @Test func theGrayZoneDeskIsTheMinistryForTheRule() {
    #expect(advise(Self.grayZone).desk?.id == "meti")
    var clinic = Self.grayZone
    clinic["sector"] = .choices(["healthcare"])
    clinic["use_case"] = .choices(["clinical-documentation"])
    #expect(advise(clinic).desk?.id == "mhlw")
    clinic["medical_device"] = .unknown
    #expect(advise(clinic).desk?.id == "mhlw")
    clinic["medical_device"] = .bool(true)
    #expect(advise(clinic).desk?.id == "mhlw")
    clinic["medical_device"] = .bool(false)
    #expect(advise(clinic).desk?.id == "meti")
    var bank = Self.grayZone
    bank["sector"] = .choices(["finance"])
    bank["use_case"] = .choices(["credit-decision"])
    #expect(advise(bank).desk?.id == "fsa")
    #expect(Support.assess(bank).sandbox.desk == "fsa")
  }

  @Test func unclearRuleGoesToTheGrayZoneWithAConfirmedMonth() {
    let advice = advise(Self.grayZone)
    #expect(advice.route.id == .grayZone)
    #expect(advice.timingConfirmed)
    #expect(advice.timing.en.contains("one month"))
    #expect(advice.timing.en.contains("Art. 4(3)"))
    #expect(advice.publication.text.en.contains("Art. 7(2)"))
    #expect(
      advice.steps.map(\.step.id) == ["grayzone-consult", "grayzone-inquiry", "grayzone-answer"])
    #expect(advice.steps.last?.step.timingConfirmed == true)
    #expect(advice.plan.isEmpty)
    #expect(advice.items.map(\.criterion.id) == ["rule-named"])
    #expect(advice.openQuestions == ["grayzone_rule_named"])
  }

  @Test func exceptionGoalGoesToTheNewBusinessException() {
    let advice = advise(Self.exception)
    #expect(advice.route.id == .newBusinessException)
    #expect(advice.alternatives.map(\.id) == [.projectSandbox])
    #expect(advice.steps.map(\.step.id).contains("special-measure-request"))
    #expect(advice.steps.map(\.step.id).contains("nb-publication"))
    #expect(advice.publication.text.en.contains("Art. 6(2)"))
    #expect(advice.publication.text.en.contains("Art. 9(5)"))
    #expect(
      advice.items.map(\.criterion.id) == [
        "statute-named", "new-business-activity", "measure-exists", "basic-policy",
        "can-deliver", "lawful",
      ])
    #expect(
      advice.plan.map(\.item.id) == [
        "nb-objective", "nb-content-timing", "nb-funding", "nb-special-measure", "nb-other",
      ])
    #expect(advice.timingConfirmed)
  }

  @Test func newBusinessCriteriaBlockOnlyWhenTheActivityIsNotNew() {
    var answers = Self.exception
    for id in [
      "sandbox_statute_named", "sandbox_new_business", "sandbox_measure_exists",
      "sandbox_basic_policy", "sandbox_can_deliver", "sandbox_lawful",
    ] {
      answers[id] = .bool(true)
    }
    #expect(advise(answers).verdict == .likelyEligible)
    // No special measure yet: a step to take (ask under Art. 6), not a bar.
    var noMeasure = answers
    noMeasure["sandbox_measure_exists"] = .bool(false)
    #expect(advise(noMeasure).verdict.rows.map(\.criterion.id) == ["measure-exists"])
    #expect(advise(noMeasure).verdict.word == "gaps-to-close")
    var notNew = answers
    notNew["sandbox_new_business"] = .bool(false)
    #expect(advise(notNew).verdict.word == "not-a-sandbox-case")
    #expect(advise(notNew).finding.eligible == .no)
    for test in ["sandbox_basic_policy", "sandbox_can_deliver", "sandbox_lawful"] {
      var failing = answers
      failing[test] = .bool(false)
      #expect(advise(failing).verdict.word == "gaps-to-close", "\(test)")
    }
  }

  @Test func noBarrierNeedsNoRoute() {
    let advice = advise(Support.factory)
    #expect(advice.route.id == .none)
    #expect(advice.noRouteNeeded)
    #expect(advice.because.map(\.question) == ["regulatory_barrier"])
    #expect(advice.verdict == .notASandboxCase([]))
    #expect(advice.items.isEmpty && advice.plan.isEmpty && advice.steps.isEmpty)
  }

  @Test func unansweredBarrierIsNotTheSameAsNoRouteNeeded() {
    let advice = advise(Support.with(Support.factory, ["regulatory_barrier": nil]))
    #expect(advice.route.id == .none)
    #expect(!advice.noRouteNeeded)
    #expect(advice.openQuestions.contains("regulatory_barrier"))
    #expect(advice.verdict == .notASandboxCase([]))
  }

  @Test func foreignHeadquartersNeverDisqualifies() {
    var cases = [
      Self.robotaxi, Self.grayZone, Self.exception, Self.demonstrate, Self.ready, Support.factory,
    ]
    cases.append(Support.with(Self.ready, ["sandbox_novel": .bool(false)]))
    for answers in cases {
      let japan = advise(Support.with(answers, ["headquarters": .choice("japan")]))
      let foreign = advise(Support.with(answers, ["headquarters": .choice("foreign")]))
      #expect(japan == foreign)
      #expect(!foreign.because.contains { $0.question == "headquarters" })
    }
    #expect(
      advise(Support.with(Self.ready, ["headquarters": .choice("foreign")])).verdict
        == .likelyEligible)
  }

  // MARK: Checklist rows

  @Test func rowsSuggestFromTheAnswersAndTheChecklistOverrides() throws {
    var answers = Self.demonstrate
    answers["sandbox_novel"] = .bool(true)
    answers["sandbox_consent"] = .bool(false)
    var work = SandboxWork()
    work.checklist["consent"] = ChecklistItem(state: .yes, evidence: "Consent form v2")
    work.checklist["period-fixed"] = ChecklistItem(state: .notApplicable)
    let advice = advise(answers, work)
    let row = { (id: String) in advice.items.first { $0.criterion.id == id } }

    let novel = try #require(row("novel"))
    #expect(novel.suggested == .yes && novel.state == .yes && novel.origin == .answers)
    #expect(novel.because == [TraceAnswer(question: "sandbox_novel", answer: .bool(true))])
    #expect(novel.sources == ["icea"])

    let consent = try #require(row("consent"))
    #expect(consent.suggested == .no)
    #expect(consent.state == .yes)
    #expect(consent.origin == .checklist)
    #expect(consent.evidence == "Consent form v2")

    let period = try #require(row("period-fixed"))
    #expect(period.suggested == .unknown && period.state == .notApplicable && !period.isGap)

    let statute = try #require(row("statute-named"))
    #expect(statute.state == .unknown && statute.isGap && statute.evidence.isEmpty)
  }

  // MARK: Verdict

  @Test func verdictLikelyEligibleWhenAllYesOrNotApplicable() {
    #expect(advise(Self.ready).verdict == .likelyEligible)
    var work = SandboxWork()
    work.checklist["analysis-plan"] = ChecklistItem(state: .notApplicable)
    let answers = Support.with(Self.ready, ["sandbox_analysis_plan": .unknown])
    #expect(advise(answers).verdict != .likelyEligible)
    #expect(advise(answers, work).verdict == .likelyEligible)
  }

  @Test func verdictListsUnknownAndNonBlockingNoAsGaps() {
    let answers = Support.with(
      Self.ready, ["sandbox_consent": .bool(false), "sandbox_period_fixed": .unknown])
    let advice = advise(answers)
    #expect(advice.verdict.word == "gaps-to-close")
    #expect(Set(advice.gaps.map(\.criterion.id)) == ["consent", "period-fixed"])
    #expect(advice.gaps.allSatisfy { $0.isGap })
  }

  @Test func verdictNotASandboxCaseWhenABlockingCriterionIsNo() {
    let fromAnswers = advise(Support.with(Self.ready, ["sandbox_novel": .bool(false)]))
    #expect(fromAnswers.verdict.word == "not-a-sandbox-case")
    #expect(fromAnswers.gaps.map(\.criterion.id) == ["novel"])

    var work = SandboxWork()
    work.checklist["novel"] = ChecklistItem(state: .no, evidence: "Common practice")
    let fromChecklist = advise(Self.ready, work)
    #expect(fromChecklist.verdict.word == "not-a-sandbox-case")
    #expect(fromChecklist.gaps.first?.origin == .checklist)

    work.checklist["novel"] = ChecklistItem(state: .yes)
    let overridden = advise(Support.with(Self.ready, ["sandbox_novel": .bool(false)]), work)
    #expect(overridden.verdict == .likelyEligible)
  }

  @Test func verdictLabelsAreBilingualAndSayItIsAdvice() {
    for verdict in [SandboxVerdict.likelyEligible, .gapsToClose([]), .notASandboxCase([])] {
      #expect(!verdict.label(.en).isEmpty && !verdict.label(.ja).isEmpty)
      #expect(verdict.label(.en) != verdict.label(.ja))
    }
    #expect(SandboxVerdict.likelyEligible.label(.en).contains("not an official"))
  }

  // MARK: Plan and steps

  @Test func planRowsFollowTheRouteAndFlagEmptyRequiredItems() throws {
    var work = SandboxWork()
    work.plan["objective"] = DisclosureDraft(state: .draft, en: "Prove safety", ja: "")
    work.plan["funding"] = DisclosureDraft(state: .withheld, reason: "Investor terms")
    let advice = advise(Self.ready, work)
    #expect(advice.plan.count == 10)
    let row = { (id: String) in advice.plan.first { $0.item.id == id } }
    let objective = try #require(row("objective"))
    #expect(!objective.moreInformationNeeded(.en))
    #expect(objective.moreInformationNeeded(.ja))
    #expect(try #require(row("demonstration")).moreInformationNeeded(.en))
    #expect(!(try #require(row("funding")).moreInformationNeeded(.en)))
    #expect(!(try #require(row("special-measures")).moreInformationNeeded(.en)))
    #expect(try #require(row("technology-business")).prefill?.state == .draft)
  }

  @Test func stepRowsCarryTheProjectsDatesAndTheEvidenceToKeep() throws {
    var work = SandboxWork()
    work.steps["pre-consultation"] = ProcessStep(date: "2026-11-20", note: "Met the desk")
    work.steps["draft-plan"] = ProcessStep(date: "", note: "In progress")
    let advice = advise(Self.ready, work)
    let ids = advice.steps.map(\.step.id)
    #expect(ids.first == "pre-consultation")
    #expect(ids.last == "regulation-review")
    for id in [
      "joint-application", "special-measure-request", "special-measure-order", "advice-during",
      "committee-reports", "change-order-revocation",
    ] {
      #expect(ids.contains(id), "\(id)")
    }
    #expect(!ids.contains("nb-publication") && !ids.contains("zone-plan"))
    #expect(advice.steps.first?.isDone == true)
    #expect(advice.steps.first { $0.step.id == "draft-plan" }?.isDone == false)
    let evidence = advice.steps.compactMap(\.step.evidence).map(\.en)
    #expect(evidence.count == 11)
    #expect(evidence.contains { $0.contains("consent records") })
    #expect(evidence.contains { $0.contains("final report") })
  }
}
