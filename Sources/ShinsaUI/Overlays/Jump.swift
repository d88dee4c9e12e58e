import ShinsaCore

/// Keys in the jump list (`g`): its keymap context, else the filter field.
func handleJumpKey(_ state: inout AppState, _ jump: JumpState, _ key: Key) -> [Effect] {
  var jump = jump
  let targets = jumpTargets(state, filter: jump.filter.text)
  switch Keymap.command(for: key, in: .jump) {
  case .close?:
    state.overlay = nil
    return []
  case .up?: jump.cursor = max(0, jump.cursor - 1)
  case .down?: jump.cursor = min(max(0, targets.count - 1), jump.cursor + 1)
  case .accept?:
    state.overlay = nil
    guard targets.indices.contains(jump.cursor), var workbench = state.workbench else {
      return []
    }
    let effects = apply(&state, &workbench, .jump(question: targets[jump.cursor].id), log: nil)
    workbench.pane = .interview
    state.workbench = workbench
    return effects
  default:
    if jump.filter.handle(key) { jump.cursor = 0 }
  }
  state.overlay = .jump(jump)
  return []
}

/// Questions the jump list offers: visible ones whose section, id or text match `filter`.
public func jumpTargets(_ state: AppState, filter: String) -> [Question] {
  guard let workbench = state.workbench else { return [] }
  let needle = filter.lowercased()
  return workbench.interview.visibleQuestions.filter { question in
    guard !needle.isEmpty else { return true }
    let section =
      state.rulebook.sections.first { $0.id == question.section }?.title.text(state.language) ?? ""
    return [question.id, question.text.text(state.language), section].contains {
      $0.lowercased().contains(needle)
    }
  }
}

/// Draws the jump list: the filter, then the matching questions.
func renderJump(
  _ state: AppState, _ jump: JumpState, _ frame: inout Frame, left: Int, width: Int
) {
  let targets = jumpTargets(state, filter: jump.filter.text)
  let height = frame.height - 4
  frame.box(
    top: 2, left: left, width: width, height: height,
    title: state.t("Jump to a question", "質問へ移動"))
  frame.markDialog(top: 2, left: left, width: width, height: height)
  let x = frame.put(state.t("Filter: ", "絞り込み: "), row: 3, column: left + 2, role: .muted)
  let shown = jump.filter.visible(width: width - (x - left) - 3)
  frame.put(shown.text, row: 3, column: x, role: .text)
  frame.cursor = CursorPosition(row: 3, column: x + shown.cursorColumn)
  let capacity = height - 4
  let first = max(0, min(jump.cursor - capacity / 2, targets.count - capacity))
  var row = 5
  let answers = state.workbench?.interview.answers ?? [:]
  for (index, question) in targets.enumerated().dropFirst(first).prefix(capacity) {
    let selected = index == jump.cursor
    if selected { frame.fill(row: row, role: .selection, from: left + 1, to: left + width - 1) }
    frame.mark(.dialogRow(index), row: row, from: left + 1, to: left + width - 1)
    let section =
      state.rulebook.sections.first { $0.id == question.section }?.title.text(state.language)
      ?? ""
    let mark = answers[question.id] == nil ? "·" : answers[question.id] == .unknown ? "?" : "✓"
    let text =
      "\(selected ? "▸" : " ") \(mark) \(section) › \(question.text.text(state.language))"
    frame.put(
      DisplayWidth.truncate(text, to: width - 4), row: row, column: left + 2,
      role: selected ? .selection : .text)
    row += 1
  }
}
