import ShinsaCore

/// Keys in a one-line prompt, by its keymap context: Enter applies; Esc applies what was
/// typed (as in every editor and dialog: typing is never lost to Esc) and just closes when
/// nothing changed; Ctrl-G cancels.
func handlePromptKey(
  _ state: inout AppState, _ purpose: PromptPurpose, _ field: TextField, _ key: Key
) -> [Effect] {
  var field = field
  let command = Keymap.command(for: key, in: promptContext(purpose))
  // A path prompt backs out on Esc, keeping what was typed for the next time it opens.
  if let kind = pathPrompt(purpose), command == .keep || command == .cancel {
    state.workbench?.pathDrafts[kind] = command == .keep ? field.text : nil
    state.overlay = nil
    return []
  }
  switch command {
  case .cancel?:
    state.overlay = nil
    return []
  case .keep? where promptUnchanged(state, purpose, field.text):
    state.overlay = nil
    return []
  case .complete?:
    return completePlanPath(&state, purpose, field)
  case .accept?, .keep?:
    guard var workbench = state.workbench else {
      state.overlay = nil
      return []
    }
    let text = field.text.trimmingCharacters(in: .whitespaces)
    if let problem = promptProblem(state, purpose, text) {
      state.overlay = .prompt(purpose, field, problem: problem)
      return []
    }
    state.overlay = nil
    // Esc in a new action's prompts saves the action with what was given so far.
    let effects =
      if command == .keep, case .plan(let prompt) = purpose {
        finishPlanPrompt(&state, &workbench, prompt, text)
      } else {
        applyPrompt(&state, &workbench, purpose, text)
      }
    state.workbench = workbench
    return effects
  default:
    field.handle(key)
    state.overlay = .prompt(purpose, field, problem: nil)
    return []
  }
}

/// Which path prompt `purpose` is, if it takes a file path.
private func pathPrompt(_ purpose: PromptPurpose) -> PathPrompt? {
  switch purpose {
  case .plan(.evidence): .evidence
  case .homeworkForm: .homeworkForm
  default: nil
  }
}

/// The keymap context of a prompt: the date dialog has its own Enter (empty: not done yet).
func promptContext(_ purpose: PromptPurpose) -> KeyContext {
  if case .stepDate = purpose { return .datePrompt }
  if case .plan(.evidence) = purpose { return .pathPrompt }
  if case .homeworkForm = purpose { return .homeworkPrompt }
  if case .plan(let prompt) = purpose, prompt.isAction { return .actionPrompt }
  return .prompt
}

/// Whether the prompt holds what the project already has (Esc then just closes).
private func promptUnchanged(_ state: AppState, _ purpose: PromptPurpose, _ text: String) -> Bool {
  guard let document = state.workbench?.document else { return true }
  let current: String
  switch purpose {
  case .disclosureReason(let field, _): current = document.disclosure[field]?.reason ?? ""
  case .evidence(let criterion): current = document.sandbox.checklist[criterion]?.evidence ?? ""
  // The date dialog opens on the step's date, or today's when it has none: that is unchanged.
  case .stepDate(let step):
    current = document.sandbox.steps[step]?.date ?? ""
    if current.isEmpty, text == String(state.now.prefix(10)) { return true }
  case .stepNote(let step): current = document.sandbox.steps[step]?.note ?? ""
  case .plan(let prompt): return planPromptUnchanged(state, prompt, text)
  // Esc on a path prompt is handled before: it backs out, keeping the path.
  case .homeworkForm: return true
  case .assessor: current = document.metadata.assessor
  }
  return text.trimmingCharacters(in: .whitespaces) == current
}

private func promptProblem(_ state: AppState, _ purpose: PromptPurpose, _ text: String) -> String? {
  switch purpose {
  case .disclosureReason:
    return text.isEmpty
      ? state.t(
        "Give a reason (for example: trade secret; the service has no such feature).",
        "理由を記入してください（例: 営業秘密のため、該当する機能がないため）。") : nil
  case .stepDate:
    return text.isEmpty || Timestamp.isValidDate(text)
      ? nil
      : state.t(
        "Enter a date as YYYY-MM-DD (for example 2026-12-01), or leave it empty.",
        "日付は YYYY-MM-DD の形で入力してください（例: 2026-12-01）。空欄も可。")
  case .evidence, .stepNote, .assessor:
    return nil
  case .plan(let prompt): return planPromptProblem(state, prompt, text)
  case .homeworkForm:
    return text.isEmpty ? state.t("Give the form's path.", "確認シートのパスを入力してください。") : nil
  }
}

/// Applies a prompt's answer to the project.
func applyPrompt(
  _ state: inout AppState, _ workbench: inout WorkbenchState, _ purpose: PromptPurpose,
  _ text: String
) -> [Effect] {
  switch purpose {
  case .disclosureReason(let field, let wanted):
    return changeDraft(&state, &workbench, .disclosure(field)) { draft in
      draft.state = wanted
      draft.reason = text
    }
  case .evidence(let criterion):
    return changeChecklistItem(
      &state, &workbench, criterion,
      log: ChangeLogEntry(at: state.now, kind: "sandbox", subject: criterion, to: "evidence")
    ) { $0.evidence = text }
  case .plan(let prompt): return applyPlanPrompt(&state, &workbench, prompt, text)
  case .assessor:
    return commitDocument(
      &state, &workbench, { $0.metadata.assessor = text },
      log: ChangeLogEntry(
        at: state.now, kind: "assessor", subject: "assessor",
        from: workbench.document.metadata.assessor,
        to: text))
  case .stepDate(let step), .stepNote(let step):
    let isDate: Bool = {
      if case .stepDate = purpose { return true } else { return false }
    }()
    return commitDocument(
      &state, &workbench,
      { document in
        var item = document.sandbox.steps[step] ?? ProcessStep()
        if isDate { item.date = text } else { item.note = text }
        document.sandbox.steps[step] = item
      },
      log: ChangeLogEntry(
        at: state.now, kind: "sandbox", subject: step,
        to: isDate ? (text.isEmpty ? "-" : text) : "note"))
  case .homeworkForm:
    return [.readHomework(path: text)]
  }
}

/// The title of a one-line prompt.
func promptTitle(_ state: AppState, _ purpose: PromptPurpose) -> String {
  switch purpose {
  case .disclosureReason(_, let wanted):
    return wanted == .withheld
      ? state.t("Why is it withheld? (for example: trade secret)", "非開示の理由（例: 営業秘密）")
      : state.t("Why does it not apply?", "対象外とする理由")
  case .evidence: return state.t("Evidence (where it is, what it shows)", "根拠資料（所在と内容）")
  case .stepDate:
    return state.t("Date done (YYYY-MM-DD, empty: not yet)", "実施日（YYYY-MM-DD、空欄: 未実施）")
  case .stepNote: return state.t("Note on this step", "この手順のメモ")
  case .plan(let prompt): return planPromptTitle(state, prompt)
  case .homeworkForm: return state.t("Homework form to read back", "読み込む確認シート")
  case .assessor: return state.t("Assessor (your name on the report)", "評価者（レポートに記載する氏名）")
  }
}

/// Draws a one-line prompt: the field, a problem with it, and its keys.
func renderPrompt(
  _ state: AppState, _ purpose: PromptPurpose, _ field: TextField, problem: String?,
  _ frame: inout Frame, left: Int, width: Int
) {
  let top = frame.height / 2 - 3
  frame.box(top: top, left: left, width: width, height: 7, title: promptTitle(state, purpose))
  let shown = field.visible(width: width - 6)
  frame.put("[", row: top + 2, column: left + 2, role: .muted)
  frame.put(shown.text, row: top + 2, column: left + 3, role: .text)
  frame.put("]", row: top + 2, column: left + width - 3, role: .muted)
  frame.cursor = CursorPosition(row: top + 2, column: left + 3 + shown.cursorColumn)
  if let problem {
    frame.put(
      DisplayWidth.truncate(problem, to: width - 4), row: top + 3, column: left + 2,
      role: .error)
  }
  let hint = Keymap.modalHint(for: promptContext(purpose), language: state.language)
  frame.put(
    DisplayWidth.truncate(hint, to: width - 4), row: top + 5, column: left + 2, role: .muted)
}
