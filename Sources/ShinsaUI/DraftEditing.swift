import ShinsaCore

/// What a one-line prompt is asking for.
public enum PromptPurpose: Sendable, Equatable {
  /// Why a disclosure field is withheld or not applicable.
  case disclosureReason(field: String, state: DisclosureFieldState)
  /// The evidence note of a sandbox checklist item.
  case evidence(criterion: String)
  /// The date a process step was done ("YYYY-MM-DD").
  case stepDate(step: String)
  /// The note of a process step.
  case stepNote(step: String)
}

/// Keys while the multi-line editor is open. Esc keeps the text and closes; Ctrl-G puts
/// the text back as it was and closes; Ctrl-S saves without closing.
func handleDraftEditorKey(
  _ state: inout AppState, _ workbench: inout WorkbenchState, _ key: Key
) -> [Effect] {
  guard var editor = workbench.draftEditor else { return [] }
  switch key {
  case .escape:
    workbench.draftEditor = nil
    return storeEditorText(&state, &workbench, editor, closing: true)
  case .ctrl("g"):
    workbench.draftEditor = nil
    editor.area = TextArea(editor.original, limit: draftLimit)
    state.flash = state.t("Edit cancelled; the text is as it was.", "編集を取り消しました。")
    return storeEditorText(&state, &workbench, editor, closing: true)
  case .ctrl("s"):
    workbench.draftSavedAt = state.now
    return storeEditorText(&state, &workbench, editor, closing: false)
  default:
    let before = editor.area.text
    editor.area.handle(key, width: editorWidth(state))
    workbench.draftEditor = editor
    // Typing is written to disk at most once a second, so a crash loses a second at most.
    if editor.area.text != before, state.now != workbench.draftSavedAt {
      workbench.draftSavedAt = state.now
      return storeEditorText(&state, &workbench, editor, closing: false)
    }
    return []
  }
}

/// Writes the editor's text into the draft (a draft while it has text, empty without).
func storeEditorText(
  _ state: inout AppState, _ workbench: inout WorkbenchState, _ editor: DraftEditor, closing: Bool
) -> [Effect] {
  let text = editor.area.text
  let before = workbench.draft(editor.target)
  var after = before
  after.setText(text, editor.language, at: state.now)
  if after.state == .empty, !text.isEmpty { after.state = .draft }
  if after.state == .draft, after.en.isEmpty, after.ja.isEmpty { after.state = .empty }
  guard after != before else { return [] }
  if !closing {
    return commitDocument(
      &state, &workbench,
      { document in
        switch editor.target {
        case .disclosure(let id): document.disclosure[id] = after
        case .plan(let id): document.sandbox.plan[id] = after
        }
      }, log: nil)
  }
  return changeDraft(&state, &workbench, editor.target) { $0 = after }
}

// MARK: Prompts

/// Keys in a one-line prompt: Enter applies; Esc applies what was typed (as in the text
/// editor: typing is never lost to Esc) and just closes when nothing changed or in the date
/// dialog; Ctrl-G cancels.
func handlePromptKey(
  _ state: inout AppState, _ purpose: PromptPurpose, _ field: TextField, _ key: Key
) -> [Effect] {
  var field = field
  switch key {
  case .ctrl("g"):
    state.overlay = nil
    return []
  case .escape where promptUnchanged(state, purpose, field.text):
    state.overlay = nil
    return []
  case .enter, .escape:
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
    let effects = applyPrompt(&state, &workbench, purpose, text)
    state.workbench = workbench
    return effects
  default:
    field.handle(key)
    state.overlay = .prompt(purpose, field, problem: nil)
    return []
  }
}

/// Whether the prompt holds what the project already has (Esc then just closes).
private func promptUnchanged(_ state: AppState, _ purpose: PromptPurpose, _ text: String) -> Bool {
  guard let document = state.workbench?.document else { return true }
  let current: String
  switch purpose {
  case .disclosureReason(let field, _): current = document.disclosure[field]?.reason ?? ""
  case .evidence(let criterion): current = document.sandbox.checklist[criterion]?.evidence ?? ""
  // The date dialog opens on today's date: Esc there backs out, as it always did.
  case .stepDate: return true
  case .stepNote(let step): current = document.sandbox.steps[step]?.note ?? ""
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
  case .evidence, .stepNote:
    return nil
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
    return commitDocument(
      &state, &workbench,
      { document in
        var item = document.sandbox.checklist[criterion] ?? ChecklistItem()
        item.evidence = text
        document.sandbox.checklist[criterion] = item
      }, log: ChangeLogEntry(at: state.now, kind: "sandbox", subject: criterion, to: "evidence"))
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
  }
}
