import ShinsaCore

// The plan pane's prompts in the input journal: what is journalled, where it belongs, and
// putting it back.

/// The journal record of a plan prompt holding `text`.
func planPendingInput(_ prompt: PlanPrompt, _ text: String) -> PendingInput {
  switch prompt {
  case .reason(let id, let status):
    return PendingInput(kind: .planReason, subject: id, text: text, option: status.rawValue)
  case .evidence(let id):
    return PendingInput(kind: .planEvidence, subject: id, text: text)
  case .actionText(let id):
    return PendingInput(kind: .planAction, subject: id, text: text, option: "text")
  case .actionOwner(let id, let action):
    return PendingInput(
      kind: .planAction, subject: id, text: text, option: "owner", more: [action])
  case .actionDue(let id, let action, let owner):
    return PendingInput(
      kind: .planAction, subject: id, text: text, option: "due", more: [action, owner])
  }
}

/// The prompt a plan journal record was typed into, with the field's length limit.
func planPrompt(for input: PendingInput) -> (PlanPrompt, limit: Int)? {
  let id = input.subject
  switch input.kind {
  case .planReason:
    let status = ObligationStatus(rawValue: input.option ?? "") ?? .unknown
    return (.reason(obligation: id, status: status), 2000)
  case .planEvidence:
    return (.evidence(obligation: id), 1000)
  case .planAction:
    let action = input.more.first ?? ""
    let owner = input.more.dropFirst().first ?? ""
    switch input.option {
    case "owner": return (.actionOwner(obligation: id, text: action), 200)
    case "due": return (.actionDue(obligation: id, text: action, owner: owner), 10)
    default: return (.actionText(obligation: id), 2000)
    }
  default:
    return nil
  }
}

/// Where plan typing belongs, for the "unsaved typing" dialog ("Plan · ID · reason"; an
/// action for a question or criterion by the pane it was typed in and the target's text).
func planInputPlace(_ state: AppState, _ input: PendingInput) -> String {
  if input.kind == .planAction, input.subject.hasPrefix("question:") {
    let name = planActionTargetName(state, input.subject)
    return state.t("Interview · \(name) · new action", "ヒアリング · \(name) · 新しい対応")
  }
  if input.kind == .planAction, input.subject.hasPrefix("criterion:") {
    let name = planActionTargetName(state, input.subject)
    return state.t("Sandbox · \(name) · new action", "サンドボックス · \(name) · 新しい対応")
  }
  let id =
    input.subject == PlanExtras.otherTarget
    ? state.t("whole project", "プロジェクト全体") : planPromptTarget(state, input.subject)
  switch input.kind {
  case .planReason: return state.t("Plan · \(id) · reason", "対応計画 · \(id) · 理由")
  case .planEvidence: return state.t("Plan · \(id) · evidence file", "対応計画 · \(id) · 根拠ファイル")
  default: return state.t("Plan · \(id) · new action", "対応計画 · \(id) · 新しい対応")
  }
}

/// The text the dialog shows of plan typing: an action's earlier steps joined with it.
func planShownText(_ input: PendingInput) -> String {
  guard input.kind == .planAction else { return input.text }
  return (input.more + [input.text]).filter { !$0.isEmpty }.joined(separator: " · ")
}

/// Reopens the plan prompt the typing was in, on its obligation's row (a whole-project
/// action on the other actions, a disclosure field's evidence on that field's). When the
/// obligation no longer applies, or the field is not in the rulebook, the status bar shows
/// what was typed instead.
func restorePlanInput(
  _ state: inout AppState, _ workbench: inout WorkbenchState, _ input: PendingInput
) {
  guard let (prompt, limit) = planPrompt(for: input) else { return }
  let id = input.subject
  if input.kind == .planAction, restoreTargetAction(&state, &workbench, input) {
    state.overlay = .prompt(
      .plan(prompt), TextField(String(input.text.prefix(limit)), limit: limit), problem: nil)
    return
  }
  let report = workbench.planReport(state)
  let entries = planEntries(report)
  let selected: PlanEntry?
  if id == PlanExtras.otherTarget, input.kind == .planAction {
    selected = entries.first {
      if case .action(PlanExtras.otherTarget, _) = $0 { true } else { false }
    }
  } else if id.hasPrefix("disclosure:"), input.kind == .planEvidence,
    state.rulebook.disclosureFields.contains(where: { "disclosure:" + $0.id == id })
  {
    selected = entries.first { if case .evidence(id, _) = $0 { true } else { false } }
  } else if report.rows.contains(where: { $0.obligation.id == id }) {
    selected = .obligation(id)
  } else {
    state.flash =
      state.t(
        "\(id) no longer applies on these answers; the text typed was: ",
        "\(id) は現在の回答では該当しません。入力されていた文: ") + planShownText(input)
    return
  }
  workbench.pane = .plan
  // A whole-project action or a field's evidence with no row of its kind yet keeps the row.
  if let selected { workbench.planPane.selected = selected }
  state.overlay = .prompt(
    .plan(prompt), TextField(String(input.text.prefix(limit)), limit: limit), problem: nil)
}

/// Goes back to where an action for a question or a sandbox criterion was typed: the
/// interview on that question, or the sandbox pane on that criterion (the plan pane's other
/// actions when the question is not asked on these answers). False for other targets; the
/// status bar shows the typing when the rulebook has no such question or criterion.
private func restoreTargetAction(
  _ state: inout AppState, _ workbench: inout WorkbenchState, _ input: PendingInput
) -> Bool {
  let id = input.subject
  if id.hasPrefix("question:") {
    let question = String(id.dropFirst("question:".count))
    guard state.rulebook.question(question) != nil else { return false }
    if (try? workbench.interview.apply(.jump(question: question))) != nil {
      workbench.itemCursor = workbench.initialCursor()
      workbench.atEnd = false
      workbench.pane = .interview
    } else {
      workbench.pane = .plan
    }
    return true
  }
  if id.hasPrefix("criterion:") {
    let criterion = String(id.dropFirst("criterion:".count))
    guard state.rulebook.sandbox.criteria.contains(where: { $0.id == criterion }) else {
      return false
    }
    let advice = workbench.sandboxAdvice(state.rulebook)
    let row = sandboxEntries(advice).firstIndex { entry in
      if case .criterion(let index) = entry { return advice.items[index].criterion.id == criterion }
      return false
    }
    workbench.pane = row == nil ? .plan : .sandbox
    if let row { workbench.sandboxCursor = row }
    return true
  }
  return false
}
