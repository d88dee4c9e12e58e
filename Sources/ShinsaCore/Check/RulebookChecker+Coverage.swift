/// The checks that walk answer combinations: primary-regulator coverage and the contract
/// outcomes (one primary regulator, settled tiers, invariants).
extension RulebookChecker {
  // MARK: Primary regulator

  func checkPrimaryCoverage(_ report: inout RulebookCheckReport) {
    let primaries = rulebook.regulatorRules.filter { $0.role == .primary }
    guard !primaries.isEmpty else {
      problem(
        &report, "no primary regulator rule: every assessment needs exactly one primary regulator")
      return
    }
    var mentions = Mentions()
    var ids: [String] = []
    for rule in primaries {
      mentions.add(rule.when)
      for id in rule.when.questionIDs where !ids.contains(id) { ids.append(id) }
    }
    let dimensions: [(id: String, values: [Answer?])] = ids.compactMap { id in
      guard let question = rulebook.question(id) else { return nil }
      let subsets = question.kind == .multi && question.optionValues.count <= 10
      var values = AnswerSpace.domain(
        for: question,
        mentionedOptions: subsets ? question.optionValues : mentions.options[id] ?? [],
        numbers: mentions.numbers[id] ?? [], subsets: subsets)
      values.removeAll { $0 == nil }
      return (id, values)
    }
    var zeroExample: String?
    var tieExample: String?
    AnswerSpace(dimensions: dimensions).walk(budget: 100_000) { answers in
      let active = ActiveAnswers(rulebook: rulebook, answers: answers)
      let firing = primaries.filter { Evaluator.truth(of: $0.when, in: active) == .yes }
      if firing.isEmpty {
        if zeroExample == nil { zeroExample = describe(answers) }
        return
      }
      let top = firing.map { $0.priority ?? 0 }.max() ?? 0
      let leaders = Set(firing.filter { ($0.priority ?? 0) == top }.map(\.regulator))
      if leaders.count > 1, tieExample == nil {
        tieExample = "\(describe(answers)) (\(leaders.sorted().joined(separator: " and ")))"
      }
    }
    if let zeroExample { problem(&report, "no primary regulator when \(zeroExample)") }
    if let tieExample { problem(&report, "two primary regulators tie when \(tieExample)") }
  }

  func describe(_ answers: [String: Answer]) -> String {
    let ordered = rulebook.questions.compactMap { question in
      answers[question.id].map { "\(question.id)=\($0.display)" }
    }
    return ordered.isEmpty ? "nothing is answered" : ordered.joined(separator: ", ")
  }

  // MARK: Contract walk

  func contractSpace() -> AnswerSpace {
    var mentions = Mentions()
    var referenced = Set<String>()
    var all: [Condition] = rulebook.tierRules.map(\.when) + rulebook.regulatorRules.map(\.when)
    all += rulebook.obligations.map(\.when) + rulebook.sandbox.routes.map(\.when)
    all += rulebook.sandbox.routes.flatMap { ($0.desks ?? []).map(\.when) }
    all += rulebook.sandbox.criteria.map(\.met) + rulebook.questions.map(\.visibleIf)
    all += rulebook.disclosureFields.flatMap { [$0.requiredWhen, $0.recommendedWhen] }
    for condition in all {
      mentions.add(condition)
      referenced.formUnion(condition.questionIDs)
    }
    let contractIDs = Set(AssessContract.questions.map(\.id))
    let dimensions: [(id: String, values: [Answer?])] = rulebook.questions.compactMap { question in
      guard contractIDs.contains(question.id) || referenced.contains(question.id) else {
        return nil
      }
      guard question.kind != .text else { return nil }
      var values = AnswerSpace.domain(
        for: question, mentionedOptions: mentions.options[question.id] ?? [],
        numbers: mentions.numbers[question.id] ?? [], subsets: false)
      if question.kind == .number {
        values.append(.number(10_000_000))
      }
      if question.kind == .multi, question.optionValues.count >= 2 {
        values.append(.choices(Array(question.optionValues.prefix(2))))
      }
      return (question.id, values)
    }
    return AnswerSpace(dimensions: dimensions)
  }

  private static let primaryBySector: [String: String] = [
    "finance": "fsa", "healthcare": "mhlw", "education": "mext", "public-sector": "digital-agency",
    "mobility": "mlit", "industrial": "meti", "other": "meti",
  ]

  func walkContract(_ report: inout RulebookCheckReport) {
    let space = contractSpace()
    var violations: [String: (count: Int, example: String)] = [:]
    var order: [String] = []
    func violate(_ what: String, _ answers: [String: Answer]) {
      if let existing = violations[what] {
        violations[what] = (existing.count + 1, existing.example)
      } else {
        violations[what] = (1, describe(answers))
        order.append(what)
      }
    }
    let many = rulebook.assumption("many-individuals")?.value ?? 10_000
    var walked = 0
    let exhaustive = space.walk(budget: sampleBudget) { answers in
      walked += 1
      let assessment = assessor.assess(answers)
      checkInvariants(assessment, answers, many: many, violate)
    }
    report.combinationsWalked = walked
    report.spaceSize = space.size
    report.exhaustive = exhaustive
    for what in order {
      guard let entry = violations[what] else { continue }
      problem(&report, "\(what) (\(entry.count) case(s), for example \(entry.example))")
    }
  }

  func checkInvariants(
    _ assessment: Assessment, _ answers: [String: Answer], many: Int,
    _ violate: (String, [String: Answer]) -> Void
  ) {
    let primaries = assessment.regulators.filter { $0.role == .primary }
    if primaries.count != 1 { violate("\(primaries.count) primary regulators", answers) }
    if primaries.first?.isDefault == true, answers["sector"] != nil {
      violate("no primary rule fired although the sector is answered", answers)
    }
    let traces =
      assessment.tierTrace + assessment.regulators.flatMap(\.trace)
      + assessment.obligations.map(\.trace) + [assessment.sandbox.trace]
    for entry in traces where entry.sources.isEmpty {
      violate("conclusion \(entry.rule) has no sources", answers)
    }
    let uses: [String] = {
      if case .choices(let values)? = answers["use_case"] { return values }
      return []
    }()
    let sectors: [String] = {
      if case .choices(let values)? = answers["sector"] { return values }
      return []
    }()
    let regulatorIDs = Set(assessment.regulators.map(\.id))
    if uses.contains("credit-decision"), case .number(let people)? = answers["people_affected"],
      people >= many,
      assessment.tier != .speciallyDesignated
    {
      violate("credit decisions for many individuals are not specially-designated", answers)
    }
    if uses.contains("diagnosis"), assessment.tier != .speciallyDesignated {
      violate("AI in a healthcare diagnostic loop is not specially-designated", answers)
    }
    if answers["infrastructure_operator"] == .bool(true), assessment.tier != .speciallyDesignated {
      violate(
        "AI used by a significant infrastructure operator is not specially-designated", answers)
    }
    let benignUses: Set<String> = ["quality-inspection", "predictive-maintenance"]
    if answers["people_affected"] == .number(0), answers["decision_role"] == .choice("none"),
      answers["personal_data"] == .choice("none"),
      answers["infrastructure_operator"] == .bool(false),
      !uses.isEmpty, Set(uses).isSubset(of: benignUses),
      Set(sectors).isSubset(of: ["industrial", "other"]),
      assessment.tier != .standard
    {
      violate(
        "a system touching no individuals, personal data or infrastructure is not standard", answers
      )
    }
    if sectors.count == 1, let expected = Self.primaryBySector[sectors[0]],
      assessment.primaryRegulator?.id != expected
    {
      violate("sector \(sectors[0]) does not make \(expected) the primary regulator", answers)
    }
    if sectors.contains("healthcare"), uses.contains("diagnosis"), !regulatorIDs.contains("pmda") {
      violate("a healthcare diagnostic system does not bring in pmda", answers)
    }
    if answers["personal_data"] == .choice("personal")
      || answers["personal_data"] == .choice("special-care"),
      !regulatorIDs.contains("ppc")
    {
      violate("personal data does not bring in ppc", answers)
    }
    switch answers["regulatory_barrier"] {
    case .choice("none")?:
      if assessment.sandbox.route != .none {
        violate("no regulatory barrier but a sandbox route is suggested", answers)
      }
    case .choice("unclear")?:
      if assessment.sandbox.route != .grayZone {
        violate("an unclear barrier does not point to the gray-zone system", answers)
      }
    case .choice("blocked")?:
      let physical = uses.contains("autonomous-driving") || uses.contains("drone-operations")
      // The regional sandbox is open only inside a designated special zone: outside one
      // (zone answered no) a physical case goes to the ICEA routes like any other.
      let inZone = physical && answers["sandbox_special_zone"] != .bool(false)
      let expected: Set<SandboxRouteID> =
        inZone ? [.regionalSandbox] : [.projectSandbox, .newBusinessException]
      if !expected.contains(assessment.sandbox.route) {
        violate(
          "a blocked \(physical ? "autonomous-driving or drone " : "")case points to \(assessment.sandbox.route.rawValue)",
          answers)
      }
    default: break
    }
    if answers["role"] == .choice("provider") {
      var asDeveloper = answers
      asDeveloper["role"] = .choice("foundation-model-developer")
      let provider = Set(assessment.obligations.map(\.obligation.id))
      let developer = Set(assessor.assess(asDeveloper).obligations.map(\.obligation.id))
      if !(developer.isStrictSuperset(of: provider)) {
        violate(
          "a foundation-model developer does not carry more obligations than a provider", answers)
      }
    }
    if answers["headquarters"] == .choice("japan") {
      var foreign = answers
      foreign["headquarters"] = .choice("foreign")
      let other = assessor.assess(foreign).sandbox
      if other.eligible == .no, assessment.sandbox.eligible != .no {
        violate("a foreign headquarters makes a sandbox route ineligible", answers)
      }
    }
  }
}
