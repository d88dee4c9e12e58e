import ShinsaCore

// The plan's actions shown where their target is met: under an interview question, in a
// sandbox criterion's detail.

/// The plan's actions for `target` (`question:ID`, `criterion:ID`), in the order added, each
/// with whether it is overdue on the plan's day; only the open ones when `openOnly`.
func planActions(
  for target: String, _ state: AppState, _ workbench: WorkbenchState, openOnly: Bool
) -> [(action: PlanAction, overdue: Bool)] {
  let today = workbench.planToday(state)
  return workbench.document.plan.actions
    .filter { $0.targets.contains(target) && !(openOnly && $0.done) }
    .map { ($0, $0.isOverdue(today: today)) }
}

/// One action on one line, as the plan pane marks it: ☐ or ☑, "overdue" when open past its
/// date, its text, then its owner and due date.
func targetActionLine(_ state: AppState, _ entry: (action: PlanAction, overdue: Bool))
  -> StyledLine
{
  let action = entry.action
  var details: [String] = []
  if !action.owner.isEmpty { details.append(TextSafety.escaped(action.owner)) }
  if let due = action.due { details.append(state.t("due ", "期限 ") + due) }
  let text = TextSafety.escaped(action.text.replacingOccurrences(of: "\n", with: " "))
  return [
    Segment(action.done ? "☑ " : "☐ ", action.done ? .success : .muted),
    Segment(entry.overdue ? state.t("overdue ", "期限超過 ") : "", .error),
    Segment(text, action.done ? .muted : .text),
    Segment(details.isEmpty ? "" : " · " + details.joined(separator: " · "), .muted),
  ]
}
