import ShinsaCore

/// Draws the sandbox pane.
func renderSandbox(_ state: AppState, _ workbench: WorkbenchState, _ frame: inout Frame) {
  let layout = DraftLayout(width: frame.width, height: frame.height)
  let lines = paneLines(state, workbench, width: frame.width - 2)
  let capacity = layout.bottom - layout.top + 1
  let scroll = min(workbench.scroll[.sandbox] ?? 0, max(0, lines.count - capacity))
  for (index, line) in lines.dropFirst(scroll).prefix(capacity).enumerated() {
    frame.draw(line, row: layout.top + index, column: 1, limit: frame.width)
  }
}

/// Sandbox pane commands.
func sandboxCommand(
  _ state: inout AppState, _ workbench: inout WorkbenchState, _ command: Command
) -> [Effect] {
  let step: Int
  switch command {
  case .up: step = -1
  case .down: step = 1
  case .pageUp: step = -10
  case .pageDown: step = 10
  default: return []
  }
  workbench.scroll[.sandbox] = max(0, (workbench.scroll[.sandbox] ?? 0) + step)
  return []
}
