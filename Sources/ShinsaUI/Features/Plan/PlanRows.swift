import ShinsaCore

extension WorkbenchState {
  /// The day evidence states and overdue actions are judged on: the last check's (the
  /// runner's clock, or `SHINSA_TODAY`), else the state's clock.
  func planToday(_ state: AppState) -> String {
    planPane.check?.today ?? String(state.now.prefix(10))
  }

  /// The state of `item` as last checked; nil when it has not been checked since it changed.
  func checkedState(of item: EvidenceItem) -> EvidenceState? {
    guard let check = planPane.check, check.items.contains(item) else { return nil }
    return check.states[item.id]
  }

  /// Where the project stands on the obligations that apply or may apply (the set
  /// `shinsa status` shows), with the evidence states last checked: kept, or made now.
  func planReport(_ state: AppState) -> PlanStatusReport {
    keptPlanReport(state) ?? makePlanReport(state)
  }

  /// The plan report made from the project now (``planReport(_:)`` keeps it between keys).
  func makePlanReport(_ state: AppState) -> PlanStatusReport {
    PlanStatusReport(
      plan: document.plan, assessment: assessment, rulebook: state.rulebook,
      today: planToday(state), state: { checkedState(of: $0) ?? .ok })
  }
}

/// The rows of the list: each obligation, then its evidence items and actions; then the
/// evidence for disclosure fields and the other actions (``PlanExtras``).
func planEntries(_ report: PlanStatusReport) -> [PlanEntry] {
  let obligations = report.rows.flatMap { row in
    let id = row.obligation.id
    return [PlanEntry.obligation(id)]
      + row.evidence.map { .evidence(obligation: id, item: $0.item.id) }
      + row.actions.map { .action(obligation: id, item: $0.action.id) }
  }
  let extras = PlanExtras(report)
  return obligations
    + extras.fieldEvidence.map { .evidence(obligation: $0.target, item: $0.evidence.item.id) }
    + extras.otherActions.map { .action(obligation: PlanExtras.otherTarget, item: $0.action.id) }
}

/// What the plan pane lists under its own headings after the obligations: evidence for
/// disclosure fields (`disclosure:FIELD` supports), and the actions no listed obligation
/// shows (project-wide ones, those for questions, criteria or disclosure fields, and those
/// for obligations that do not apply on these answers).
struct PlanExtras {
  /// The `PlanEntry` target of an action listed under "Other actions".
  static let otherTarget = ""

  /// Each evidence item for each disclosure field it supports, by field in the order the
  /// items were added.
  var fieldEvidence: [(target: String, evidence: PlanStatusReport.Evidence)]
  /// The actions not shown under a listed obligation, in the order added.
  var otherActions: [PlanStatusReport.Action]

  init(_ report: PlanStatusReport) {
    var fields: [String] = []
    for entry in report.evidence {
      for target in entry.item.supports
      where target.hasPrefix("disclosure:") && !fields.contains(target) {
        fields.append(target)
      }
    }
    fieldEvidence = fields.flatMap { target in
      report.evidence.filter { $0.item.supports.contains(target) }.map { (target, $0) }
    }
    let listed = Set(report.rows.map(\.obligation.id))
    otherActions = report.actions.filter { entry in
      !entry.action.targets.contains { listed.contains($0) }
    }
  }

  var isEmpty: Bool { fieldEvidence.isEmpty && otherActions.isEmpty }
}

/// What a plan target names, for people: a disclosure field's title, "the whole project",
/// or the id as it is (an obligation, `question:ID`, `criterion:ID`).
func planTargetName(_ state: AppState, _ target: String) -> String {
  if target.hasPrefix("disclosure:") {
    return state.t("Disclosure · ", "開示 · ") + planFieldTitle(state, target)
  }
  if target.hasPrefix("question:") {
    let id = String(target.dropFirst("question:".count))
    return state.t("Question · ", "質問 · ")
      + (state.rulebook.question(id)?.text.text(state.language) ?? id)
  }
  if target.hasPrefix("criterion:") {
    let id = String(target.dropFirst("criterion:".count))
    return state.t("Sandbox criterion · ", "実証の基準 · ")
      + (state.rulebook.sandbox.criteria.first { $0.id == id }?.title.text(state.language) ?? id)
  }
  return target
}

/// The title of the disclosure field `target` (`disclosure:FIELD`) names, or its id.
func planFieldTitle(_ state: AppState, _ target: String) -> String {
  let field = String(target.dropFirst("disclosure:".count))
  return state.rulebook.disclosureFields.first { $0.id == field }?.title.text(state.language)
    ?? field
}

/// What an action is for, for people: its targets' names, or "whole project".
func planActionTargets(_ state: AppState, _ action: PlanAction) -> String {
  action.targets.isEmpty
    ? state.t("whole project", "プロジェクト全体")
    : action.targets.map { planTargetName(state, $0) }.joined(separator: ", ")
}

/// The index of the selected row in `entries`: the selection, else its obligation, else the
/// first row.
func planCursor(_ selected: PlanEntry?, in entries: [PlanEntry]) -> Int {
  guard let selected else { return 0 }
  return entries.firstIndex(of: selected)
    ?? entries.firstIndex(of: .obligation(selected.obligation)) ?? 0
}

/// The mark and role of an obligation's status.
func planStatusMark(_ status: ObligationStatus) -> (String, StyleRole) {
  switch status {
  case .met: return ("✓", .success)
  case .partly: return ("◐", .warning)
  case .gap: return ("✗", .error)
  case .notApplicable: return ("–", .muted)
  case .unknown: return ("?", .muted)
  }
}

/// The name of a status in the current language (the words the reports use).
func planStatusLabel(_ state: AppState, _ status: ObligationStatus) -> String {
  status.reportLabel(state.language)
}

/// The name and role of an evidence state; "…" while it is being checked.
func evidenceStateLabel(_ state: AppState, _ evidence: EvidenceState?) -> (String, StyleRole) {
  switch evidence {
  case .ok?: return (EvidenceState.ok.reportLabel(state.language), .success)
  case .changed?: return (EvidenceState.changed.reportLabel(state.language), .warning)
  case .missing?: return (EvidenceState.missing.reportLabel(state.language), .error)
  case .stale?: return (EvidenceState.stale.reportLabel(state.language), .warning)
  case nil: return ("…", .muted)
  }
}
