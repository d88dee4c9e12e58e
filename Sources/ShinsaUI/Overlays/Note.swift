import ShinsaCore

/// The longest note, in characters.
let noteLimit = QuestionMeta.noteLimit

/// Keys in the note dialog (`e`), a multi-line editor: its keymap context (Esc keeps what
/// was typed, as in every editor; only Ctrl-G throws it away; Ctrl-T private or shared),
/// else the editor's keys (Enter starts a new line).
func handleNoteKey(
  _ state: inout AppState, _ area: TextArea, _ isPrivate: Bool, _ key: Key
) -> [Effect] {
  var area = area
  let saved = state.workbench.flatMap { workbench in
    workbench.interview.current.map { workbench.interview.meta[$0] }
  }
  let unchanged =
    area.text == (saved??.note ?? "") && isPrivate == (saved??.notePrivate ?? false)
  switch Keymap.command(for: key, in: .note) {
  case .cancel?:
    state.overlay = nil
  case .keep? where unchanged:
    state.overlay = nil
  case .togglePrivate?: state.overlay = .note(area, isPrivate: !isPrivate)
  case .keep?:
    state.overlay = nil
    guard var workbench = state.workbench, let id = workbench.interview.current else { return [] }
    let effects = apply(
      &state, &workbench, .setNote(question: id, text: area.text, isPrivate: isPrivate),
      log: ("note", id))
    state.workbench = workbench
    return effects
  default:
    area.handle(key, width: textDialogWidth(state))
    state.overlay = .note(area, isPrivate: isPrivate)
  }
  return []
}

/// Draws the note dialog: the editor, then whether the note is private.
func renderNote(
  _ state: AppState, _ area: TextArea, isPrivate: Bool, _ frame: inout Frame
) {
  let privacy =
    isPrivate
    ? state.t("private: kept out of client exports", "非公開: 顧客向け出力に含めない")
    : state.t("shared: appears in exports", "共有: 出力に含める")
  // The status bar has the dialog's keys; the box says what the privacy key is set to.
  let toggle = Keymap.label(of: .togglePrivate, in: .note) + " " + privacy
  let question = state.workbench?.currentQuestion?.text.text(state.language) ?? ""
  renderTextDialog(
    state, area, title: state.t("Note — ", "メモ — ") + question, footer: toggle, &frame)
}

/// The width the multi-line dialogs (note, long answer) wrap their text at.
func textDialogWidth(_ state: AppState) -> Int {
  max(10, WorkbenchLayout(state).dialogTextWidth)
}

/// Draws a multi-line editor dialog centred in the dialog area: a box titled `title`, the
/// text with the cursor (the cursor's row kept in view), then `footer` and the count.
func renderTextDialog(
  _ state: AppState, _ area: TextArea, title: String, footer: String, _ frame: inout Frame
) {
  let dialog = WorkbenchLayout(width: frame.width, height: frame.height).dialog
  let height = min(dialog.height, 18)
  let top = dialog.top + (dialog.height - height) / 2
  let (left, width) = (dialog.left, dialog.width)
  frame.box(top: top, left: left, width: width, height: height, title: title)
  let textWidth = width - 4
  let shown = area.layout(width: textDialogWidth(state))
  let inner = height - 4
  // Pure rendering keeps no scroll state: the cursor's row stays in view.
  let scroll = max(0, shown.cursorRow - inner + 1)
  for (index, text) in shown.rows.dropFirst(scroll).prefix(inner).enumerated() {
    frame.put(text, row: top + 1 + index, column: left + 2, role: .text)
  }
  frame.cursor = CursorPosition(
    row: top + 1 + shown.cursorRow - scroll, column: left + 2 + shown.cursorColumn)
  let counter = "\(area.text.count)/\(area.limit)"
  let counterWidth = DisplayWidth.of(counter)
  frame.put(
    DisplayWidth.truncate(footer, to: max(1, textWidth - counterWidth - 2)), row: top + height - 2,
    column: left + 2, role: .muted)
  frame.put(
    counter, row: top + height - 2, column: left + width - 2 - counterWidth, role: .muted)
}
