import Testing

@testable import ShinsaCore

@Suite struct AssessmentTests {
  private func tierRules(_ assessment: Assessment) -> [String] { assessment.tierTrace.map(\.rule) }
  private func regulators(_ assessment: Assessment) -> [String] { assessment.regulators.map(\.id) }
  private func obligations(_ assessment: Assessment) -> Set<String> {
    Set(assessment.obligations.map(\.obligation.id))
  }

  // MARK: Tier

  @Test func factoryIsStandardWithADefaultTraceNamingTheAnswers() {
    let assessment = Support.assess(Support.factory)
    #expect(assessment.tier == .standard)
    #expect(tierRules(assessment) == ["tier.standard"])
    let because = assessment.tierTrace[0].because.map(\.question)
    #expect(because.contains("people_affected"))
    #expect(because.contains("personal_data"))
    #expect(!assessment.tierTrace[0].sources.isEmpty)
    #expect(!assessment.requiresReview)
  }

  @Test func creditAtScaleIsSpeciallyDesignatedAndNamesItsAnswersAndAssumption() throws {
    let assessment = Support.assess(Support.bank)
    #expect(assessment.tier == .speciallyDesignated)
    let entry = try #require(assessment.tierTrace.first)
    #expect(entry.rule == "tier.sd.credit-at-scale")
    #expect(entry.status == .heuristic)
    #expect(entry.because.map(\.question) == ["use_case", "people_affected"])
    #expect(entry.assumptions == ["many-individuals"])
  }

  @Test func creditBelowTheThresholdIsNotSpeciallyDesignated() throws {
    let many = try #require(Support.rulebook.assumption("many-individuals")?.value)
    let below = Support.assess(Support.with(Support.bank, ["people_affected": .number(many - 1)]))
    #expect(!tierRules(below).contains("tier.sd.credit-at-scale"))
    #expect(below.tier == .important)
    let at = Support.assess(Support.with(Support.bank, ["people_affected": .number(many)]))
    #expect(at.tier == .speciallyDesignated)
  }

  @Test func diagnosisAndInfrastructureAreSpeciallyDesignated() {
    let diagnosis = Support.assess(
      Support.with(
        Support.factory, ["sector": .choices(["healthcare"]), "use_case": .choices(["diagnosis"])]))
    #expect(diagnosis.tier == .speciallyDesignated)
    #expect(tierRules(diagnosis).contains("tier.sd.healthcare-diagnostic"))
    let infrastructure = Support.assess(
      Support.with(Support.factory, ["infrastructure_operator": .bool(true)]))
    #expect(infrastructure.tier == .speciallyDesignated)
    #expect(tierRules(infrastructure) == ["tier.sd.infrastructure"])
  }

  @Test func importantAnchorsEachRaiseTheTier() {
    let cases: [(String, [String: Answer?])] = [
      ("tier.imp.special-care-data", ["personal_data": .choice("special-care")]),
      (
        "tier.imp.personal-data-at-scale",
        ["personal_data": .choice("personal"), "people_affected": .number(50_000)]
      ),
      (
        "tier.imp.automated-decisions",
        ["decision_role": .choice("decides"), "people_affected": .number(10)]
      ),
      (
        "tier.imp.cross-border",
        ["personal_data": .choice("personal"), "cross_border_transfer": .bool(true)]
      ),
      (
        "tier.imp.eu-high-risk-area",
        ["offered_in_eu": .bool(true), "use_case": .choices(["hiring"])]
      ),
      (
        "tier.imp.public-sector-genai",
        ["sector": .choices(["public-sector"]), "uses_foundation_model": .bool(true)]
      ),
      (
        "tier.imp.physical-ai",
        ["sector": .choices(["mobility"]), "use_case": .choices(["drone-operations"])]
      ),
    ]
    for (rule, changes) in cases {
      let assessment = Support.assess(Support.with(Support.factory, changes))
      #expect(assessment.tier == .important, "\(rule)")
      #expect(tierRules(assessment).contains(rule), "\(rule) not in \(tierRules(assessment))")
    }
  }

  @Test func everyTierRuleIsHeuristic() {
    #expect(Support.rulebook.tierRules.allSatisfy { $0.status == .heuristic })
  }

  @Test func highestTierWinsAndTraceListsItFirst() {
    let assessment = Support.assess(
      Support.with(Support.bank, ["personal_data": .choice("special-care")]))
    #expect(assessment.tier == .speciallyDesignated)
    #expect(assessment.tierTrace.first?.conclusion == "specially-designated")
    #expect(assessment.tierTrace.contains { $0.rule == "tier.imp.special-care-data" })
  }

  // MARK: requiresReview

  @Test func unknownPeopleAffectedRequiresReviewOfTheTier() {
    var answers = Support.bank
    answers["people_affected"] = .unknown
    let assessment = Support.assess(answers)
    #expect(assessment.requiresReview)
    #expect(
      assessment.review.contains {
        $0.conclusion == "tier" && $0.questions.contains("people_affected")
      })
  }

  @Test func missingAnswerThatCannotChangeTheTierDoesNotFlagIt() {
    var answers = Support.bank
    answers["offered_in_eu"] = nil
    let assessment = Support.assess(answers)
    #expect(assessment.tier == .speciallyDesignated)
    #expect(!assessment.review.contains { $0.conclusion == "tier" })
  }

  @Test func noAnswersAtAllRequireReviewEverywhere() {
    let assessment = Support.assess([:])
    #expect(assessment.requiresReview)
    #expect(assessment.tier == .standard)
    #expect(assessment.review.contains { $0.conclusion == "tier" })
    #expect(assessment.review.contains { $0.conclusion == "regulator:primary" })
    #expect(assessment.primaryRegulator?.isDefault == true)
    #expect(assessment.regulators.filter { $0.role == .primary }.count == 1)
  }

  @Test func unknownObligationsAreListedAsMayApply() {
    var answers = Support.factory
    answers["personal_data"] = .unknown
    let assessment = Support.assess(answers)
    let appi = assessment.obligations.first { $0.obligation.id == "appi.security" }
    #expect(appi?.applies == .unknown)
    #expect(assessment.review.contains { $0.conclusion == "obligation:appi.security" })
    #expect(assessment.review.contains { $0.conclusion == "regulator:ppc" })
  }

  // MARK: Regulators

  @Test func primaryFollowsTheSector() {
    let expected = [
      "finance": "fsa", "healthcare": "mhlw", "education": "mext",
      "public-sector": "digital-agency",
      "mobility": "mlit", "industrial": "meti", "other": "meti",
    ]
    for (sector, regulator) in expected {
      let assessment = Support.assess(Support.with(Support.factory, ["sector": .choices([sector])]))
      #expect(assessment.primaryRegulator?.id == regulator, "\(sector)")
      #expect(assessment.regulators.filter { $0.role == .primary }.count == 1)
    }
  }

  @Test func severalSectorsStillHaveExactlyOnePrimary() {
    let assessment = Support.assess(
      Support.with(Support.factory, ["sector": .choices(["finance", "healthcare", "mobility"])]))
    #expect(assessment.primaryRegulator?.id == "mhlw")
    #expect(assessment.regulators.filter { $0.role == .primary }.count == 1)
    #expect(regulators(assessment).contains("fsa"))
    #expect(regulators(assessment).contains("mlit"))
  }

  @Test func personalDataBringsInPPCAndNoneKeepsItOut() {
    #expect(!regulators(Support.assess(Support.factory)).contains("ppc"))
    #expect(
      regulators(
        Support.assess(Support.with(Support.factory, ["personal_data": .choice("personal")]))
      ).contains("ppc"))
  }

  @Test func diagnosticDeviceBringsInPMDA() {
    let assessment = Support.assess(
      Support.with(
        Support.factory, ["sector": .choices(["healthcare"]), "use_case": .choices(["diagnosis"])]))
    #expect(regulators(assessment).contains("pmda"))
    #expect(assessment.primaryRegulator?.id == "mhlw")
  }

  @Test func everyRegulatorFindingHasWhyAndSources() {
    for finding in Support.assess(Support.bank).regulators {
      #expect(!finding.why.isEmpty)
      #expect(finding.trace.allSatisfy { !$0.sources.isEmpty })
    }
  }

  // MARK: Obligations

  @Test func foundationModelDeveloperCarriesMoreThanProvider() {
    for base in [Support.bank, Support.factory] {
      let provider = obligations(Support.assess(Support.with(base, ["role": .choice("provider")])))
      let developer = obligations(
        Support.assess(Support.with(base, ["role": .choice("foundation-model-developer")])))
      #expect(developer.isStrictSuperset(of: provider))
    }
  }

  @Test func everyObligationCarriesStatusSourcesAndDate() {
    for finding in Support.assess(Support.bank).obligations {
      #expect(!finding.obligation.sources.isEmpty)
      #expect(!finding.obligation.asOf.isEmpty)
      #expect(finding.trace.status == finding.obligation.status)
    }
  }

  @Test func crossBorderTransferBringsArticle28() {
    #expect(obligations(Support.assess(Support.bank)).contains("appi.cross-border"))
    let domestic = Support.assess(
      Support.with(Support.bank, ["cross_border_transfer": .bool(false)]))
    #expect(!obligations(domestic).contains("appi.cross-border"))
  }

  @Test func everyoneGetsTheAIActCooperationDuty() {
    #expect(obligations(Support.assess(Support.factory)).contains("ai-act.art7-cooperation"))
  }

  // MARK: Sandbox

  @Test func barrierPointsToTheRightRoute() {
    let none = Support.assess(Support.factory)
    #expect(none.sandbox.route == .none)
    let unclear = Support.assess(
      Support.with(Support.factory, ["regulatory_barrier": .choice("unclear")]))
    #expect(unclear.sandbox.route == .grayZone)
    let blocked = Support.assess(
      Support.with(Support.factory, ["regulatory_barrier": .choice("blocked")]))
    #expect(blocked.sandbox.route == .projectSandbox)
    let exception = Support.assess(
      Support.with(
        Support.factory,
        ["regulatory_barrier": .choice("blocked"), "barrier_goal": .choice("exception")]))
    #expect(exception.sandbox.route == .newBusinessException)
    let drone = Support.assess(
      Support.with(
        Support.factory,
        ["regulatory_barrier": .choice("blocked"), "use_case": .choices(["drone-operations"])]))
    #expect(drone.sandbox.route == .regionalSandbox)
    #expect(drone.sandbox.alternatives == [.projectSandbox, .ordinaryPermits])
    #expect(drone.sandbox.desk == "cabinet-office-regional")
  }

  @Test func theRegionalSandboxDependsOnTheSpecialZoneAnswer() {
    func route(_ zone: Answer?) -> SandboxFinding {
      var answers = Support.with(
        Support.factory,
        ["regulatory_barrier": .choice("blocked"), "use_case": .choices(["autonomous-driving"])])
      answers["sandbox_special_zone"] = zone
      return Support.assess(answers).sandbox
    }
    // Inside a zone, or not yet known: the regional sandbox, with the zone as a criterion.
    #expect(route(.bool(true)).route == .regionalSandbox)
    #expect(route(.unknown).route == .regionalSandbox)
    #expect(route(nil).route == .regionalSandbox)
    #expect(route(.unknown).eligible == .unknown)
    #expect(route(.unknown).gaps.map(\.criterion.id).contains("in-zone"))
    // Outside any zone: never the regional sandbox; the ordinary permits stay beside it.
    let outside = route(.bool(false))
    #expect(outside.route == .projectSandbox)
    #expect(outside.alternatives == [.ordinaryPermits])
    #expect(outside.desk == "cabinet-secretariat-sandbox")
  }

  @Test func sandboxEligibilityFollowsTheCriteria() {
    var answers = Support.with(
      Support.factory,
      ["regulatory_barrier": .choice("blocked"), "barrier_goal": .choice("demonstrate")])
    let open = Support.assess(answers)
    #expect(open.sandbox.eligible == .unknown)
    #expect(!open.sandbox.gaps.isEmpty)
    #expect(open.requiresReview)
    for criterion in Support.rulebook.sandbox.criteria
    where criterion.routes.contains(.projectSandbox) {
      for id in criterion.met.questionIDs { answers[id] = .bool(true) }
    }
    let ready = Support.assess(answers)
    #expect(ready.sandbox.eligible == .yes, "gaps: \(ready.sandbox.gaps.map(\.criterion.id))")
    #expect(ready.sandbox.gaps.isEmpty)
    answers["sandbox_novel"] = .bool(false)
    #expect(Support.assess(answers).sandbox.eligible == .no)
  }

  @Test func foreignHeadquartersNeverChangesEligibility() {
    var answers = Support.with(Support.factory, ["regulatory_barrier": .choice("blocked")])
    for criterion in Support.rulebook.sandbox.criteria {
      for id in criterion.met.questionIDs { answers[id] = .bool(true) }
    }
    let japan = Support.assess(Support.with(answers, ["headquarters": .choice("japan")]))
    let foreign = Support.assess(Support.with(answers, ["headquarters": .choice("foreign")]))
    #expect(japan.sandbox == foreign.sandbox)
  }

  // MARK: Disclosure

  @Test func disclosureRequirementsDependOnAnswers() {
    let factory = Support.assess(Support.factory)
    let bank = Support.assess(Support.bank)
    let required = { (a: Assessment) in
      Set(a.disclosure.filter { $0.need == .required }.map(\.fieldID))
    }
    #expect(required(bank).contains("personal-data"))
    #expect(required(bank).contains("redress"))
    #expect(!required(factory).contains("personal-data"))
    #expect(required(bank).count > required(factory).count)
    #expect(bank.disclosure.count == Support.rulebook.disclosureFields.count)
  }

  // MARK: Every rule can fire and is reported

  @Test func everyRuleFiresForSomeAnswersAndAppearsInTheTrace() {
    let checker = RulebookChecker(rulebook: Support.rulebook)
    for rule in Support.rulebook.tierRules {
      guard let answers = checker.witness(rule.when) else {
        Issue.record("tier rule \(rule.id) never fires")
        continue
      }
      #expect(
        Support.assess(answers).tierTrace.contains { $0.rule == rule.id }
          || Support.assess(answers).tier > rule.tier)
    }
    for rule in Support.rulebook.regulatorRules {
      guard let answers = checker.witness(rule.when) else {
        Issue.record("regulator rule \(rule.id) never fires")
        continue
      }
      #expect(
        Support.assess(answers).regulators.contains { $0.trace.contains { $0.rule == rule.id } },
        "\(rule.id)")
    }
    for obligation in Support.rulebook.obligations {
      guard let answers = checker.witness(obligation.when) else {
        Issue.record("obligation \(obligation.id) never applies")
        continue
      }
      #expect(
        Support.assess(answers).obligations.contains {
          $0.obligation.id == obligation.id && $0.applies == .yes
        },
        "\(obligation.id)")
    }
  }
}
