import ShinsaCore

/// Keys in a scrolling dialog (help, why, about), by its keymap context.
func handleScrollingKey(
  _ state: inout AppState, _ context: KeyContext, scroll: Int, _ key: Key
) -> [Effect] {
  var next = scroll
  switch Keymap.command(for: key, in: context) {
  case .close?:
    state.overlay = nil
    return []
  case .up?: next -= 1
  case .down?: next += 1
  case .pageUp?: next -= 10
  case .pageDown?: next += 10
  case .language?: state.language = state.language == .en ? .ja : .en
  default: break
  }
  // The lines were made when the dialog opened; again only if the language just changed.
  keepDialogText(&state, rebuild: false)
  let kind: DialogKind
  switch context {
  case .help: kind = .help
  case .about: kind = .about
  default: kind = .why
  }
  let limit = WorkbenchLayout(state).dialogScrollLimit(lines: dialogLines(state, kind).count)
  next = max(0, min(limit, next))
  switch kind {
  case .help: state.overlay = .help(scroll: next)
  case .about: state.overlay = .about(scroll: next)
  case .why: state.overlay = .why(scroll: next)
  }
  return []
}

func scrollingBox(
  _ state: AppState, _ frame: inout Frame, title: String, lines: [StyledLine], scroll: Int
) {
  let layout = WorkbenchLayout(width: frame.width, height: frame.height)
  let box = layout.dialog
  let (left, width, height) = (box.left, box.width, box.height)
  // A full-height dialog: blank what is behind it so nothing peeks out at the sides.
  for row in 1..<(frame.height - 1) { frame.fill(row: row, role: .text) }
  frame.box(top: box.top, left: left, width: width, height: height, title: title)
  let capacity = layout.dialogCapacity
  let offset = min(scroll, max(0, lines.count - capacity))
  for (index, line) in lines.dropFirst(offset).prefix(capacity).enumerated() {
    frame.draw(line, row: 2 + index, column: left + 2, limit: left + width - 2)
  }
  if lines.count > capacity {
    let more = " \(offset + 1)–\(min(lines.count, offset + capacity))/\(lines.count) ↑↓ "
    frame.put(more, row: height, column: left + width - DisplayWidth.of(more) - 2, role: .muted)
  }
}
