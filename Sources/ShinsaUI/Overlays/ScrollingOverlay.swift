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
  let width = min(state.width - 4, 100) - 4
  let count: Int
  switch context {
  case .help:
    count = helpLines(state, width: width).count
    next = max(0, min(max(0, count - (state.height - 4)), next))
    state.overlay = .help(scroll: next)
  case .about:
    count = aboutLines(state, width: width).count
    next = max(0, min(max(0, count - (state.height - 4)), next))
    state.overlay = .about(scroll: next)
  default:
    count = whyLines(state, width: width).count
    next = max(0, min(max(0, count - (state.height - 4)), next))
    state.overlay = .why(scroll: next)
  }
  return []
}

func scrollingBox(
  _ state: AppState, _ frame: inout Frame, title: String, lines: [StyledLine], scroll: Int
) {
  let width = min(frame.width - 4, 100)
  let left = (frame.width - width) / 2
  let height = frame.height - 2
  // A full-height dialog: blank what is behind it so nothing peeks out at the sides.
  for row in 1..<(frame.height - 1) { frame.fill(row: row, role: .text) }
  frame.box(top: 1, left: left, width: width, height: height, title: title)
  let capacity = height - 2
  let offset = min(scroll, max(0, lines.count - capacity))
  for (index, line) in lines.dropFirst(offset).prefix(capacity).enumerated() {
    frame.draw(line, row: 2 + index, column: left + 2, limit: left + width - 2)
  }
  if lines.count > capacity {
    let more = " \(offset + 1)–\(min(lines.count, offset + capacity))/\(lines.count) ↑↓ "
    frame.put(more, row: height, column: left + width - DisplayWidth.of(more) - 2, role: .muted)
  }
}
