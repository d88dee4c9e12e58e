import ShinsaCore

/// What the disclosure, sandbox and report panes and the why dialog show that depends only on
/// the project and its assessment: made once after a key while one of them is showing, and
/// kept until the interview, the rest of the project or the assessment changes, instead of on
/// every key. Nothing else goes in: the cursor, the scroll, the language and the editor are
/// read fresh at each render.
struct DerivedViews: Sendable {
  /// The disclosure fields with their need, draft state, suggestion and wording checks.
  var sheet: DisclosureSheet?
  /// The sandbox route, checklist, plan and steps.
  var advice: SandboxAdvice?
  /// Every single-answer change that would change the tier, the primary regulator or the
  /// sandbox route (the report's summary and the why dialog): it re-assesses the project
  /// once per option of every question, far too much for each key.
  var counterfactuals: [Counterfactual]?
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

  /// The single-answer changes that would change the conclusion: kept, or found now.
  func counterfactuals(_ rulebook: Rulebook) -> [Counterfactual] {
    derived?.counterfactuals ?? CounterfactualFinder(rulebook: rulebook).find(interview.answers)
  }
}
