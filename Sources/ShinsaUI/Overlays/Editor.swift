import ShinsaCore

/// Keys while the multi-line editor is open, by its keymap context: Esc keeps the text and
/// closes; Ctrl-G puts the text back as it was and closes; Ctrl-S saves without closing;
/// the rest edit (``EditKeymap``).
func handleDraftEditorKey(
  _ state: inout AppState, _ workbench: inout WorkbenchState, _ key: Key
) -> [Effect] {
  guard var editor = workbench.draftEditor else { return [] }
  switch Keymap.command(for: key, in: .editor) {
  case .keep?:
    workbench.draftEditor = nil
    return storeEditorText(&state, &workbench, editor, closing: true)
  case .cancel?:
    workbench.draftEditor = nil
    editor.area = TextArea(editor.original, limit: draftLimit)
    state.flash = state.t("Edit cancelled; the text is as it was.", "編集を取り消しました。")
    return storeEditorText(&state, &workbench, editor, closing: true)
  case .save?:
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
