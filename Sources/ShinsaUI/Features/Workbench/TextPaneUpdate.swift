import ShinsaCore

/// How far ↑ ↓ PgUp PgDn move, or nil for other commands.
func moveStep(_ command: Command) -> Int? {
  switch command {
  case .up: return -1
  case .down: return 1
  case .pageUp: return -10
  case .pageDown: return 10
  default: return nil
  }
}

/// Scrolls the guidance or report pane, within its lines: never past the offset that shows
/// the last line in the rows the pane draws.
func scrollTextPane(_ state: AppState, _ workbench: inout WorkbenchState, _ command: Command) {
  guard let step = moveStep(command) else { return }
  let layout = WorkbenchLayout(state)
  let lines = paneLines(state, workbench, width: layout.textWidth).count
  let limit = layout.textScrollLimit(lines: lines)
  workbench.scroll[workbench.pane] = max(
    0, min(limit, (workbench.scroll[workbench.pane] ?? 0) + step))
}
