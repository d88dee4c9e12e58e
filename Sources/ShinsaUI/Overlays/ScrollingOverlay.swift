import ShinsaCore

/// Keys in a scrolling dialog (help, why, about), by its keymap context. In help, keys that
/// type a character narrow it; in the why dialog `/` searches.
func handleScrollingKey(
  _ state: inout AppState, _ context: KeyContext, scroll: Int, _ key: Key
) -> [Effect] {
  let kind: DialogKind
  switch context {
  case .help: kind = .help
  case .about: kind = .about
  default: kind = .why
  }
  // A dialog set without a key (a test, a restored state) starts with nothing searched.
  if state.dialogSearch.kind != kind { state.dialogSearch = DialogSearch(kind: kind) }
  let page = max(1, WorkbenchLayout(state).dialogCapacity)
  var next = scroll
  if kind == .why, state.dialogSearch.typing {
    next = handleSearchTyping(&state, scroll: scroll, key)
  } else {
    switch Keymap.command(for: key, in: context) {
    case .close?:
      state.overlay = nil
      return []
    case .cancel?:
      // Help: the first Esc clears the filter, the next closes.
      guard !state.dialogSearch.field.text.isEmpty else {
        state.overlay = nil
        return []
      }
      state.dialogSearch.field = TextField("", limit: 100)
      next = 0
    case .up?: next -= 1
    case .down?: next += 1
    case .pageUp?: next -= page
    case .pageDown?: next += page
    case .top?: next = 0
    case .bottom?: next = Int.max / 2
    case .language?: state.language = state.language == .en ? .ja : .en
    case .search?:
      state.dialogSearch.typing = true
      state.dialogSearch.field = TextField(state.dialogSearch.query, limit: 100)
    case .nextMatch?:
      next =
        search(&state, from: (state.dialogSearch.match ?? scroll - 1) + 1, forward: true) ?? scroll
    case .previousMatch?:
      next =
        search(&state, from: (state.dialogSearch.match ?? scroll) - 1, forward: false) ?? scroll
    case .expand?:
      state.dialogSearch.expanded.toggle()
      state.dialogSearch.match = nil
    default:
      if kind == .help, state.dialogSearch.field.handle(key) { next = 0 }
    }
  }
  // The lines were made when the dialog opened; again only if the language, the help's
  // filter or the why notice's folding just changed.
  keepDialogText(&state, rebuild: false)
  let limit = WorkbenchLayout(state).dialogScrollLimit(lines: dialogLines(state, kind).count)
  next = max(0, min(limit, next))
  switch kind {
  case .help: state.overlay = .help(scroll: next)
  case .about: state.overlay = .about(scroll: next)
  case .why: state.overlay = .why(scroll: next)
  }
  return []
}

/// Draws a full-height dialog's lines from `scroll`, with `footer` (a filter or search) at the
/// left of the bottom border and every occurrence of `highlight` marked.
func scrollingBox(
  _ state: AppState, _ frame: inout Frame, title: String, lines: [StyledLine], scroll: Int,
  footer: String? = nil, highlight: String = "", typing: Bool = false
) {
  let layout = WorkbenchLayout(width: frame.width, height: frame.height)
  let box = layout.dialog
  let (left, width, height) = (box.left, box.width, box.height)
  // A full-height dialog: blank what is behind it so nothing peeks out at the sides.
  for row in 1..<(frame.height - 1) { frame.fill(row: row, role: .text) }
  frame.box(top: box.top, left: left, width: width, height: height, title: title)
  frame.markDialog(top: box.top, left: left, width: width, height: height)
  let capacity = layout.dialogCapacity
  let offset = min(scroll, max(0, lines.count - capacity))
  for (index, line) in lines.dropFirst(offset).prefix(capacity).enumerated() {
    frame.draw(
      highlighted(line, highlight), row: 2 + index, column: left + 2, limit: left + width - 2)
  }
  var right = left + width - 2
  if lines.count > capacity {
    let more = " \(offset + 1)–\(min(lines.count, offset + capacity))/\(lines.count) ↑↓ "
    right -= DisplayWidth.of(more)
    frame.put(more, row: height, column: right, role: .muted)
  }
  if let footer {
    let room = max(1, right - left - 5)
    let text = " " + DisplayWidth.truncate(footer, to: room) + " "
    let end = frame.put(text, row: height, column: left + 2, role: typing ? .text : .accent)
    if typing { frame.cursor = CursorPosition(row: height, column: end - 1) }
  }
}
