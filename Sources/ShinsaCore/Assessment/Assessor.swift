/// Assesses answers against a rulebook: a pure function, cheap enough to run on every keystroke.
public struct Assessor: Sendable {
  public let rulebook: Rulebook
  private let tierQuestionIndices: [Int]

  /// Prepares an assessor for `rulebook`.
  public init(rulebook: Rulebook) {
    self.rulebook = rulebook
    var indices: [Int] = []
    for rule in rulebook.tierRules {
      for id in rule.when.questionIDs {
        if let index = rulebook.questionIndex[id], !indices.contains(index) {
          indices.append(index)
        }
      }
    }
    tierQuestionIndices = indices.sorted()
  }

  /// Assesses `answers` (question id to answer; missing ids are unanswered).
  public func assess(_ answers: [String: Answer], completeDisclosureFields: Set<String> = [])
    -> Assessment
  {
    assess(
      active: ActiveAnswers(rulebook: rulebook, answers: answers),
      completeDisclosureFields: completeDisclosureFields)
  }

  /// Assesses answers whose visibility was already derived (saves a pass when the caller has it).
  public func assess(active: ActiveAnswers, completeDisclosureFields: Set<String> = [])
    -> Assessment
  {
    var review: [ReviewItem] = []
    let (tier, tierTrace) = assessTier(active, &review)
    let regulators = assessRegulators(active, &review)
    let obligations = assessObligations(active, &review)
    let disclosure = assessDisclosure(active, tier: tier, tierTrace: tierTrace, &review)
    let sandbox = assessSandbox(active, &review)
    let complete = rulebook.disclosureFields.filter { completeDisclosureFields.contains($0.id) }
      .count
    return Assessment(
      rulebookID: rulebook.id, rulebookVersion: rulebook.version, rulebookAsOf: rulebook.asOf,
      tier: tier, tierTrace: tierTrace, regulators: regulators, obligations: obligations,
      disclosure: disclosure, disclosureComplete: complete, sandbox: sandbox, review: review)
  }

  private func answers(_ indices: [Int], _ active: ActiveAnswers) -> [TraceAnswer] {
    indices.map { TraceAnswer(question: rulebook.questions[$0].id, answer: active[$0]) }
  }

  private func undecided(_ condition: Condition, _ active: ActiveAnswers) -> [String] {
    Evaluator.undecidedBy(condition, in: active).map { rulebook.questions[$0].id }
  }

  private func addReview(_ conclusion: String, _ questions: [String], _ review: inout [ReviewItem])
  {
    if let existing = review.firstIndex(where: { $0.conclusion == conclusion }) {
      for question in questions where !review[existing].questions.contains(question) {
        review[existing].questions.append(question)
      }
    } else {
      review.append(ReviewItem(conclusion: conclusion, questions: questions))
    }
  }

  // MARK: Tier

  private func assessTier(_ active: ActiveAnswers, _ review: inout [ReviewItem]) -> (
    Tier, [TraceEntry]
  ) {
    var fired: [TierRule] = []
    var open: [TierRule] = []
    for rule in rulebook.tierRules {
      switch Evaluator.truth(of: rule.when, in: active) {
      case .yes: fired.append(rule)
      case .unknown: open.append(rule)
      case .no: break
      }
    }
    let tier = fired.map(\.tier).max() ?? .standard
    for rule in open where rule.tier > tier {
      addReview("tier", undecided(rule.when, active), &review)
    }
    let ordered = fired.enumerated().sorted { lhs, rhs in
      lhs.element.tier != rhs.element.tier
        ? lhs.element.tier > rhs.element.tier : lhs.offset < rhs.offset
    }.map(\.element)
    var trace = ordered.map { rule in
      TraceEntry(
        rule: rule.id, conclusion: rule.tier.rawValue,
        because: answers(Evaluator.because(rule.when, in: active), active),
        status: rule.status, sources: rule.sources, assumptions: rule.assumptions ?? [])
    }
    if trace.isEmpty {
      trace.append(
        TraceEntry(
          rule: "tier.standard", conclusion: Tier.standard.rawValue,
          because: answers(tierQuestionIndices.filter { active.visible[$0] }, active),
          status: .heuristic, sources: rulebook.tierInfo(.standard)?.sources ?? [], assumptions: [])
      )
    }
    return (tier, trace)
  }

  // MARK: Regulators

  private func assessRegulators(_ active: ActiveAnswers, _ review: inout [ReviewItem])
    -> [RegulatorFinding]
  {
    var findings: [String: RegulatorFinding] = [:]
    var primaryCandidates: [(rule: RegulatorRule, entry: TraceEntry)] = []
    var openPrimaries: [RegulatorRule] = []

    func entry(_ rule: RegulatorRule) -> TraceEntry {
      TraceEntry(
        rule: rule.id, conclusion: rule.regulator,
        because: answers(Evaluator.because(rule.when, in: active), active),
        status: .heuristic, sources: rule.sources, assumptions: rule.when.assumptionIDs)
    }
    func add(_ rule: RegulatorRule, _ traceEntry: TraceEntry) {
      var finding =
        findings[rule.regulator]
        ?? RegulatorFinding(
          id: rule.regulator, role: .secondary, isDefault: false, why: [], trace: [])
      if !finding.why.contains(rule.why) { finding.why.append(rule.why) }
      finding.trace.append(traceEntry)
      findings[rule.regulator] = finding
    }

    for rule in rulebook.regulatorRules {
      let truth = Evaluator.truth(of: rule.when, in: active)
      switch (rule.role, truth) {
      case (.primary, .yes): primaryCandidates.append((rule, entry(rule)))
      case (.primary, .unknown): openPrimaries.append(rule)
      case (.secondary, .yes): add(rule, entry(rule))
      case (.secondary, .unknown):
        if findings[rule.regulator] == nil {
          addReview("regulator:\(rule.regulator)", undecided(rule.when, active), &review)
        }
      case (_, .no): break
      }
    }

    let best = primaryCandidates.enumerated().max { lhs, rhs in
      let left = lhs.element.rule.priority ?? 0
      let right = rhs.element.rule.priority ?? 0
      return left != right ? left < right : lhs.offset > rhs.offset
    }?.element
    var primaryID: String
    var isDefault = false
    if let best {
      primaryID = best.rule.regulator
      for rule in openPrimaries where (rule.priority ?? 0) > (best.rule.priority ?? 0) {
        addReview("regulator:primary", undecided(rule.when, active), &review)
      }
    } else {
      // No sector answer yet: fall back to the lowest-priority primary rule and ask for review.
      let fallback = rulebook.regulatorRules.filter { $0.role == .primary }
        .min { ($0.priority ?? 0) < ($1.priority ?? 0) }
      primaryID = fallback?.regulator ?? rulebook.regulators.first?.id ?? "meti"
      isDefault = true
      let questions = openPrimaries.flatMap { undecided($0.when, active) }
      var unique: [String] = []
      for question in questions where !unique.contains(question) { unique.append(question) }
      addReview("regulator:primary", unique.isEmpty ? ["sector"] : unique, &review)
      if let fallback {
        add(
          fallback,
          TraceEntry(
            rule: fallback.id + ".default", conclusion: fallback.regulator, because: [],
            status: .heuristic, sources: fallback.sources, assumptions: []))
      }
    }
    for candidate in primaryCandidates { add(candidate.rule, candidate.entry) }
    findings[primaryID]?.role = .primary
    findings[primaryID]?.isDefault = isDefault
    review.removeAll { item in
      item.conclusion.hasPrefix("regulator:")
        && findings[String(item.conclusion.dropFirst(10))] != nil
    }

    var ordered: [RegulatorFinding] = []
    if let primary = findings[primaryID] { ordered.append(primary) }
    for regulator in rulebook.regulators where regulator.id != primaryID {
      if let finding = findings[regulator.id] { ordered.append(finding) }
    }
    return ordered
  }

  // MARK: Obligations

  private func assessObligations(_ active: ActiveAnswers, _ review: inout [ReviewItem])
    -> [ObligationFinding]
  {
    var findings: [ObligationFinding] = []
    for obligation in rulebook.obligations {
      let truth = Evaluator.truth(of: obligation.when, in: active)
      guard truth != .no else { continue }
      let because: [Int] =
        truth == .yes
        ? Evaluator.because(obligation.when, in: active)
        : Evaluator.undecidedBy(obligation.when, in: active)
      if truth == .unknown {
        addReview("obligation:\(obligation.id)", undecided(obligation.when, active), &review)
      }
      let universal = obligation.appliesToEveryone && truth == .yes
      findings.append(
        ObligationFinding(
          obligation: obligation, applies: truth,
          trace: TraceEntry(
            rule: obligation.id, conclusion: obligation.id,
            because: universal ? [] : answers(because, active),
            status: obligation.status, sources: obligation.sources,
            assumptions: obligation.when.assumptionIDs, universal: universal)))
    }
    return findings
  }

  // MARK: Disclosure

  private func assessDisclosure(
    _ active: ActiveAnswers, tier: Tier, tierTrace: [TraceEntry], _ review: inout [ReviewItem]
  ) -> [DisclosureFinding] {
    rulebook.disclosureFields.map { field in
      let required = Evaluator.truth(of: field.requiredWhen, in: active)
      let recommended = Evaluator.truth(of: field.recommendedWhen, in: active)
      let need: DisclosureNeed
      var because: [Int] = []
      var byTier = false
      if required == .yes {
        need = .required
        because = Evaluator.because(field.requiredWhen, in: active)
      } else if let threshold = field.requiredFromTier, tier >= threshold {
        need = .required
        byTier = true
      } else if recommended == .yes {
        need = .recommended
        because = Evaluator.because(field.recommendedWhen, in: active)
      } else {
        need = .notApplicable
      }
      let undecided = required == .unknown && need != .required
      if undecided {
        addReview("disclosure:\(field.id)", self.undecided(field.requiredWhen, active), &review)
      }
      var resting = answers(because, active)
      if byTier {
        for entry in tierTrace {
          for answer in entry.because where !resting.contains(answer) { resting.append(answer) }
        }
      }
      let frameworks = field.frameworks.filter { framework in
        guard let exposure = rulebook.jurisdiction(framework.jurisdiction)?.exposure else {
          return true
        }
        return Evaluator.truth(of: exposure, in: active) != .no
      }
      return DisclosureFinding(
        fieldID: field.id, need: need, undecided: undecided, because: resting,
        requiredByTier: byTier ? tier : nil, frameworks: frameworks)
    }
  }

  // MARK: Sandbox

  private func assessSandbox(_ active: ActiveAnswers, _ review: inout [ReviewItem])
    -> SandboxFinding
  {
    var fired: [SandboxRoute] = []
    var open: [SandboxRoute] = []
    for route in rulebook.sandbox.routes {
      switch Evaluator.truth(of: route.when, in: active) {
      case .yes: fired.append(route)
      case .unknown: open.append(route)
      case .no: break
      }
    }
    let chosen = fired.max { $0.priority < $1.priority }
    let noneRoute = rulebook.sandbox.routes.first { $0.id == .none }
    guard let route = chosen ?? noneRoute else {
      // The validator guarantees a "none" route; this keeps the function total.
      return SandboxFinding(
        route: .none, eligible: .no, criteria: [], alternatives: [],
        trace: TraceEntry(
          rule: "sandbox.none", conclusion: "none", because: [], status: .heuristic, sources: [],
          assumptions: []))
    }
    for other in open where chosen == nil || other.priority > route.priority {
      addReview("sandbox", undecided(other.when, active), &review)
    }
    let trace = TraceEntry(
      rule: "sandbox.\(route.id.rawValue)", conclusion: route.id.rawValue,
      because: chosen == nil ? [] : answers(Evaluator.because(route.when, in: active), active),
      status: route.status, sources: route.sources, assumptions: route.when.assumptionIDs)
    let alternatives = fired.filter { $0.id != route.id && $0.id != .none }
      .sorted { $0.priority > $1.priority }.map(\.id)
    guard route.id != .none else {
      return SandboxFinding(
        route: .none, eligible: .no, criteria: [], alternatives: alternatives, trace: trace,
        desk: route.desk)
    }
    let criteria = rulebook.sandbox.criteria.filter { $0.routes.contains(route.id) }.map {
      CriterionFinding(criterion: $0, met: Evaluator.truth(of: $0.met, in: active))
    }
    let eligible: Eligibility
    if criteria.contains(where: { $0.criterion.blocking && $0.met == .no }) {
      eligible = .no
    } else if criteria.allSatisfy({ $0.met == .yes }) {
      eligible = .yes
    } else {
      eligible = .unknown
    }
    for finding in criteria where finding.met == .unknown {
      addReview("sandbox", undecided(finding.criterion.met, active), &review)
    }
    let desk =
      route.desks?.first { Evaluator.truth(of: $0.when, in: active) == .yes }?.regulator
      ?? route.desk
    return SandboxFinding(
      route: route.id, eligible: eligible, criteria: criteria, alternatives: alternatives,
      trace: trace, desk: desk)
  }
}
