import ShinsaCore

/// Sandbox pane commands: move, answer checklist items, edit plan sections, date steps.
func sandboxCommand(
  _ state: inout AppState, _ workbench: inout WorkbenchState, _ command: Command
) -> [Effect] {
  let advice = workbench.sandboxAdvice(state.rulebook)
  let entries = sandboxEntries(advice)
  workbench.sandboxCursor = max(0, min(entries.count - 1, workbench.sandboxCursor))
  let entry = entries[workbench.sandboxCursor]
  switch command {
  case .up, .down:
    workbench.sandboxCursor = max(
      0, min(entries.count - 1, workbench.sandboxCursor + (command == .up ? -1 : 1)))
    workbench.scroll[.sandbox] = 0
    return []
  case .pageUp, .pageDown:
    let layout = WorkbenchLayout(state)
    let lines = sandboxDetailLines(state, workbench, advice, entry, width: layout.detail.width)
    workbench.scroll[.sandbox] = max(
      0,
      min(
        layout.detailScrollLimit(lines: lines.count),
        (workbench.scroll[.sandbox] ?? 0) + (command == .pageUp ? -5 : 5)))
    return []
  case .draftLanguage:
    workbench.draftLanguage = workbench.draftLanguage == .en ? .ja : .en
    return []
  default: break
  }
  switch entry {
  case .route, .plan, .step:
    if command == .addAction {
      state.flash = state.t(
        "+ adds an action for a checklist criterion: choose one with ↑↓.",
        "+ はチェック項目の対応を追加します。↑↓ でチェック項目を選んでください。")
      return []
    }
  case .criterion: break
  }
  switch entry {
  case .route:
    state.flash = state.t(
      "Choose a checklist item, plan section or step with ↑↓.", "↑↓ でチェック項目・計画の項目・手順を選んでください。")
    return []
  case .criterion(let index):
    return criterionCommand(&state, &workbench, advice.items[index], command)
  case .plan(let index):
    return planCommand(&state, &workbench, advice.plan[index], command)
  case .step(let index):
    return stepCommand(&state, &workbench, advice.steps[index], command)
  }
}

private func notHere(_ state: inout AppState) -> [Effect] {
  state.flash = state.t("That key does nothing on this row.", "この行ではそのキーは使えません。")
  return []
}

private func criterionCommand(
  _ state: inout AppState, _ workbench: inout WorkbenchState, _ row: ChecklistRow,
  _ command: Command
) -> [Effect] {
  let id = row.criterion.id
  let wanted: ChecklistState?
  switch command {
  case .checkYes: wanted = .yes
  case .checkNo: wanted = .no
  case .checkUnknown: wanted = .unknown
  case .checkNotApplicable: wanted = .notApplicable
  case .clear:
    // Back to the answers: only the state goes; the evidence stays.
    guard let own = row.entry?.state else {
      state.flash = state.t(
        "This item already follows the answers.", "この項目は既に回答に従っています。")
      return []
    }
    let effects = changeChecklistItem(
      &state, &workbench, id,
      log: ChangeLogEntry(
        at: state.now, kind: "sandbox", subject: id, from: own.rawValue, to: "from answers")
    ) { $0.state = nil }
    if !effects.isEmpty, !row.evidence.isEmpty {
      state.flash = state.t(
        "Back to the answers; the evidence is kept.", "回答による判定に戻しました。根拠資料はそのまま残しています。")
    }
    return effects
  case .edit:
    state.overlay = .prompt(
      .evidence(criterion: id), TextField(row.evidence, limit: 2000), problem: nil)
    return []
  case .addAction:
    return openPlanActionPrompt(&state, "criterion:" + id)
  default: return notHere(&state)
  }
  guard let wanted else { return [] }
  return changeChecklistItem(
    &state, &workbench, id,
    log: ChangeLogEntry(
      at: state.now, kind: "sandbox", subject: id, from: row.state.rawValue, to: wanted.rawValue)
  ) { $0.state = wanted }
}

/// Changes the checklist entry of `criterion` (a new one when it has none) and commits it with
/// `log`; an entry left with no state of its own and no evidence is removed.
func changeChecklistItem(
  _ state: inout AppState, _ workbench: inout WorkbenchState, _ criterion: String,
  log: ChangeLogEntry, _ change: (inout ChecklistItem) -> Void
) -> [Effect] {
  commitDocument(
    &state, &workbench,
    { document in
      var item = document.sandbox.checklist[criterion] ?? ChecklistItem()
      change(&item)
      document.sandbox.checklist[criterion] = item.isEmpty ? nil : item
    }, log: log)
}

private func planCommand(
  _ state: inout AppState, _ workbench: inout WorkbenchState, _ row: PlanRow, _ command: Command
) -> [Effect] {
  let target = DraftTarget.plan(row.item.id)
  switch command {
  case .edit, .externalEdit, .markDone, .prefill, .markInSync:
    return draftCommand(&state, &workbench, target, prefill: row.prefill, command)
  default: return notHere(&state)
  }
}

private func stepCommand(
  _ state: inout AppState, _ workbench: inout WorkbenchState, _ row: StepRow, _ command: Command
) -> [Effect] {
  let id = row.step.id
  switch command {
  case .stepDate:
    let current = row.progress?.date ?? ""
    let today = String(state.now.prefix(10))
    state.overlay = .prompt(
      .stepDate(step: id), TextField(current.isEmpty ? today : current, limit: 10), problem: nil)
    return []
  case .edit:
    state.overlay = .prompt(
      .stepNote(step: id), TextField(row.progress?.note ?? "", limit: 2000), problem: nil)
    return []
  case .clear:
    guard row.progress != nil else { return [] }
    return commitDocument(
      &state, &workbench, { $0.sandbox.steps[id] = nil },
      log: ChangeLogEntry(at: state.now, kind: "sandbox", subject: id, to: "cleared"))
  default: return notHere(&state)
  }
}
