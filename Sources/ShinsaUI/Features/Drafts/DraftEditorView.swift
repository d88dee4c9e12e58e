import ShinsaCore

/// Draws the multi-line editor in the detail column, with the cursor.
func renderDraftEditor(
  _ state: AppState, _ editor: DraftEditor, title: String, prompt: String, other: String,
  _ layout: WorkbenchLayout, _ frame: inout Frame
) {
  var row = layout.pane.top + 1
  let heading = state.t("Editing ", "編集中 ") + languageName(state, editor.language) + " — " + title
  frame.put(
    DisplayWidth.truncate(heading, to: layout.detail.width), row: row, column: layout.detail.left,
    role: .accent)
  row += 1
  for line in DisplayWidth.wrap(prompt, width: layout.detail.width).prefix(3) {
    frame.put(line, row: row, column: layout.detail.left, role: .muted)
    row += 1
  }
  let otherLines = other.split(separator: "\n", omittingEmptySubsequences: false).flatMap {
    DisplayWidth.wrap(TextSafety.escaped(String($0)), width: layout.detail.width)
  }
  let reference = other.isEmpty ? 0 : min(4, otherLines.count) + 1
  let boxHeight = max(3, layout.pane.bottom - row + 1 - reference)
  let textWidth = layout.detail.width - 2
  let shown = editor.area.layout(width: textWidth)
  let inner = boxHeight - 2
  // Pure rendering keeps no scroll state: the cursor's row stays in view.
  let scroll = max(0, shown.cursorRow - inner + 1)
  let counter = "\(editor.area.text.count)/\(editor.area.limit)"
  frame.box(
    top: row, left: layout.detail.left, width: layout.detail.width, height: boxHeight,
    title: counter)
  for (index, text) in shown.rows.dropFirst(scroll).prefix(inner).enumerated() {
    frame.put(text, row: row + 1 + index, column: layout.detail.left + 1, role: .text)
  }
  frame.cursor = CursorPosition(
    row: row + 1 + shown.cursorRow - scroll, column: layout.detail.left + 1 + shown.cursorColumn)
  if reference > 0 {
    let top = row + boxHeight
    let otherLanguage: Language = editor.language == .en ? .ja : .en
    frame.put(
      DisplayWidth.truncate(
        state.t("For reference: ", "参考: ") + languageName(state, otherLanguage),
        to: layout.detail.width),
      row: top, column: layout.detail.left, role: .muted)
    for (index, line) in otherLines.prefix(reference - 1).enumerated() {
      frame.put(line, row: top + 1 + index, column: layout.detail.left, role: .muted)
    }
  }
}
