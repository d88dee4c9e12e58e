import ShinsaCore

/// What the disclosure, sandbox, report and plan panes and the why dialog show that depends
/// only on the project and its assessment: made once after a key while one of them is showing,
/// and kept until the interview, the rest of the project or the assessment changes, instead of
/// on every key. Nothing else goes in unless it says what else it was made for (the report's
/// lines: the width, language and day; the plan report: the day and evidence check): the
/// cursor, the scroll and the editor are read fresh at each render.
struct DerivedViews: Sendable {
  /// The disclosure fields with their need, draft state, suggestion and wording checks.
  var sheet: DisclosureSheet?
  /// The sandbox route, checklist, plan and steps.
  var advice: SandboxAdvice?
  /// Every single-answer change that would change the tier, the primary regulator or the
  /// sandbox route (the report's summary and the why dialog): it re-assesses the project
  /// once per option of every question, far too much for each key.
  var counterfactuals: [Counterfactual]?
  /// The report pane's lines (its summary with the plan's status counts, the obligations,
  /// follow-ups and open answers), with the width, language and day they were made for.
  var report: KeptReportLines?
  /// The plan pane's status report, with the day and evidence check it was made for.
  var plan: KeptPlanReport?
}

/// The report pane's lines as made for one width, language and day.
struct KeptReportLines: Sendable, Equatable {
  var width: Int
  var language: Language
  var today: String
  var lines: [StyledLine]
}

/// The plan pane's status report as made for one day and evidence check.
struct KeptPlanReport: Sendable {
  var today: String
  var check: EvidenceCheckResult?
  var report: PlanStatusReport
}

extension WorkbenchState {
  /// Makes the derived views the showing pane or dialog needs and that are not kept: the
  /// sheet and advice for the disclosure and sandbox panes, the counterfactuals for the
  /// report pane and the why dialog (`whyOpen`).
  mutating func keepDerivedViews(_ rulebook: Rulebook, whyOpen: Bool = false) {
    var views = derived ?? DerivedViews()
    var made = false
    if pane == .disclosure || pane == .sandbox, views.sheet == nil {
      views.sheet = makeDisclosureSheet(rulebook)
      views.advice = makeSandboxAdvice(rulebook)
      made = true
    }
    if pane == .report || whyOpen, views.counterfactuals == nil {
      views.counterfactuals = CounterfactualFinder(rulebook: rulebook).find(interview.answers)
      made = true
    }
    if made { derived = views }
  }

  /// Keeps the report pane's lines while it shows (made again when the width, language or day
  /// differs from those they were made for) and the plan report while the plan pane shows.
  /// Call after ``keepDerivedViews(_:whyOpen:)``: the report's lines use the counterfactuals.
  mutating func keepPaneText(_ state: AppState) {
    if pane == .report {
      let width = WorkbenchLayout(state).textWidth
      if keptReportLines(state, width: width) == nil {
        var views = derived ?? DerivedViews()
        var builder = LineBuilder(width: width)
        reportLines(state, self, &builder)
        views.report = KeptReportLines(
          width: width, language: state.language, today: reportToday(state),
          lines: builder.lines)
        derived = views
      }
    }
    if pane == .plan, keptPlanReport(state) == nil {
      var views = derived ?? DerivedViews()
      views.plan = KeptPlanReport(
        today: planToday(state), check: planPane.check, report: makePlanReport(state))
      derived = views
    }
  }

  /// The report pane's kept lines, when they were made for this width, language and day.
  func keptReportLines(_ state: AppState, width: Int) -> [StyledLine]? {
    guard let kept = derived?.report, kept.width == width, kept.language == state.language,
      kept.today == reportToday(state)
    else { return nil }
    return kept.lines
  }

  /// The kept plan report, when it was made for this day and evidence check.
  func keptPlanReport(_ state: AppState) -> PlanStatusReport? {
    guard let kept = derived?.plan, kept.today == planToday(state), kept.check == planPane.check
    else { return nil }
    return kept.report
  }

  /// The single-answer changes that would change the conclusion: kept, or found now.
  func counterfactuals(_ rulebook: Rulebook) -> [Counterfactual] {
    derived?.counterfactuals ?? CounterfactualFinder(rulebook: rulebook).find(interview.answers)
  }
}
