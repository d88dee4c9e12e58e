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
  /// `shinsa status` shows), with the evidence states last checked.
  func planReport(_ state: AppState) -> PlanStatusReport {
    PlanStatusReport(
      plan: document.plan, assessment: assessment, rulebook: state.rulebook,
      today: planToday(state), state: { checkedState(of: $0) ?? .ok })
  }
}

/// The rows of the list: each obligation, then its evidence items and actions.
func planEntries(_ report: PlanStatusReport) -> [PlanEntry] {
  report.rows.flatMap { row in
    let id = row.obligation.id
    return [PlanEntry.obligation(id)]
      + row.evidence.map { .evidence(obligation: id, item: $0.item.id) }
      + row.actions.map { .action(obligation: id, item: $0.action.id) }
  }
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

/// The name of a status in the current language.
func planStatusLabel(_ state: AppState, _ status: ObligationStatus) -> String {
  switch status {
  case .met: return state.t("met", "充足")
  case .partly: return state.t("partly met", "一部充足")
  case .gap: return state.t("gap", "不足")
  case .notApplicable: return state.t("not applicable", "対象外")
  case .unknown: return state.t("unknown", "未確認")
  }
}

/// The name and role of an evidence state; "…" while it is being checked.
func evidenceStateLabel(_ state: AppState, _ evidence: EvidenceState?) -> (String, StyleRole) {
  switch evidence {
  case .ok?: return (state.t("ok", "有効"), .success)
  case .changed?: return (state.t("changed", "変更あり"), .warning)
  case .missing?: return (state.t("missing", "見つからない"), .error)
  case .stale?: return (state.t("stale", "要見直し"), .warning)
  case nil: return ("…", .muted)
  }
}
