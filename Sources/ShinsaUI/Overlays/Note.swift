import ShinsaCore

/// Keys in the note dialog (`e`): its keymap context, else the field. Esc keeps what was
/// typed, as in the text editor; only Ctrl-G throws it away.
func handleNoteKey(
  _ state: inout AppState, _ field: TextField, _ isPrivate: Bool, _ key: Key
) -> [Effect] {
  var field = field
  let saved = state.workbench.flatMap { workbench in
    workbench.interview.current.map { workbench.interview.meta[$0] }
  }
  let unchanged =
    field.text == (saved??.note ?? "") && isPrivate == (saved??.notePrivate ?? false)
  switch Keymap.command(for: key, in: .note) {
  case .cancel?:
    state.overlay = nil
  case .keep? where unchanged:
    state.overlay = nil
  case .togglePrivate?: state.overlay = .note(field, isPrivate: !isPrivate)
  case .accept?, .keep?:
    state.overlay = nil
    guard var workbench = state.workbench, let id = workbench.interview.current else { return [] }
    let effects = apply(
      &state, &workbench, .setNote(question: id, text: field.text, isPrivate: isPrivate),
      log: ("note", id))
    state.workbench = workbench
    return effects
  default:
    field.handle(key)
    state.overlay = .note(field, isPrivate: isPrivate)
  }
  return []
}

/// Draws the note dialog: the field, then its keys and whether the note is private.
func renderNote(
  _ state: AppState, _ field: TextField, isPrivate: Bool, _ frame: inout Frame, left: Int,
  width: Int
) {
  let top = frame.height / 2 - 3
  frame.box(top: top, left: left, width: width, height: 6, title: state.t("Note", "メモ"))
  let shown = field.visible(width: width - 6)
  frame.put("[", row: top + 2, column: left + 2, role: .muted)
  frame.put(shown.text, row: top + 2, column: left + 3, role: .text)
  frame.put("]", row: top + 2, column: left + width - 3, role: .muted)
  frame.cursor = CursorPosition(row: top + 2, column: left + 3 + shown.cursorColumn)
  let privacy =
    isPrivate
    ? state.t("private: kept out of client exports", "非公開: 顧客向け出力に含めない")
    : state.t("shared: appears in exports", "共有: 出力に含める")
  // The status bar has the dialog's keys; the box says what the privacy key is set to.
  let toggle = Keymap.label(of: .togglePrivate, in: .note) + " " + privacy
  frame.put(
    DisplayWidth.truncate(toggle, to: width - 4),
    row: top + 4, column: left + 2, role: .muted)
}
