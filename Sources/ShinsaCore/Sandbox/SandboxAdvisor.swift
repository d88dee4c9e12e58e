/// Turns an assessment's sandbox finding and a project's sandbox work into advice: a pure
/// function of its inputs, cheap enough to run on every change.
public struct SandboxAdvisor: Sendable {
  public let rulebook: Rulebook

  /// Prepares an advisor for `rulebook`.
  public init(rulebook: Rulebook) {
    self.rulebook = rulebook
  }

  /// The advice for `assessment` (of `answers`) and the project's sandbox `work`.
  ///
  /// A checklist entry overrides the state the answers suggest for its criterion. The verdict
  /// is `.notASandboxCase` when the route is `none` or a blocking criterion is no,
  /// `.gapsToClose` when some criterion is unknown or a non-blocking one is no, and
  /// `.likelyEligible` otherwise. Where the company has its headquarters plays no part.
  public func advise(assessment: Assessment, work: SandboxWork, answers: [String: Answer])
    -> SandboxAdvice
  {
    let finding = assessment.sandbox
    let active = ActiveAnswers(rulebook: rulebook, answers: answers)
    let route = self.route(finding.route)
    let items = finding.criteria.map { criterionFinding in
      let criterion = criterionFinding.criterion
      return ChecklistRow(
        criterion: criterion, suggested: ChecklistRow.state(for: criterionFinding.met),
        because: criterion.met.questionIDs.map { trace($0, active) },
        entry: work.checklist[criterion.id])
    }
    let verdict: SandboxVerdict
    let blocking = items.filter(\.isBlockingNo)
    let gaps = items.filter(\.isGap)
    if finding.route == .none || !blocking.isEmpty {
      verdict = .notASandboxCase(blocking)
    } else if !gaps.isEmpty {
      verdict = .gapsToClose(gaps)
    } else {
      verdict = .likelyEligible
    }
    let open = assessment.review.filter { $0.conclusion == "sandbox" }.flatMap(\.questions)
    var openQuestions: [String] = []
    for question in open where !openQuestions.contains(question) {
      openQuestions.append(question)
    }
    let plan = rulebook.sandbox.planItems.filter { $0.routes.contains(finding.route) }.map {
      PlanRow(
        item: $0, draft: work.plan[$0.id],
        prefill: SandboxPrefill.draft(for: $0, answers: answers, rulebook: rulebook))
    }
    let steps = rulebook.sandbox.steps.filter { $0.routes.contains(finding.route) }.map {
      StepRow(step: $0, progress: work.steps[$0.id])
    }
    return SandboxAdvice(
      route: route, finding: finding, because: finding.trace.because,
      noRouteNeeded: finding.route == .none && !finding.trace.because.isEmpty,
      openQuestions: openQuestions,
      desk: rulebook.regulator(finding.desk.isEmpty ? route.desk : finding.desk),
      alternatives: finding.alternatives.map(self.route), items: items, verdict: verdict,
      plan: plan, steps: steps)
  }

  /// The advice for a project, assessed afresh.
  public func advise(project: ProjectDocument) -> SandboxAdvice {
    let assessment = Assessor(rulebook: rulebook).assess(
      project.answers, completeDisclosureFields: project.completeDisclosureFields)
    return advise(assessment: assessment, work: project.sandbox, answers: project.answers)
  }

  private func trace(_ id: String, _ active: ActiveAnswers) -> TraceAnswer {
    TraceAnswer(question: id, answer: rulebook.questionIndex[id].flatMap { active[$0] })
  }

  /// The rulebook's route with `id`; a plain stand-in when a custom rulebook lacks it.
  private func route(_ id: SandboxRouteID) -> SandboxRoute {
    if let route = rulebook.sandbox.routes.first(where: { $0.id == id }) { return route }
    let none = Localized(en: "", ja: "")
    return SandboxRoute(
      id: id, name: Localized(en: id.rawValue, ja: id.rawValue), summary: none, whenSource: "",
      priority: 0, status: .heuristic, statute: none, timing: none, timingConfirmed: false,
      publication: SandboxPublication(text: none, confirmed: false, sources: []), desk: "",
      sources: [])
  }
}
