import ShinsaCore

/// The lines of the guidance and report panes (the report's kept ones when they fit).
func paneLines(_ state: AppState, _ workbench: WorkbenchState, width: Int) -> [StyledLine] {
  if workbench.pane == .report, let kept = workbench.keptReportLines(state, width: width) {
    return kept
  }
  var builder = LineBuilder(width: width)
  switch workbench.pane {
  // The disclosure and sandbox panes draw their own list and detail columns.
  case .interview, .disclosure, .sandbox, .plan: break
  case .guidance: guidanceLines(state, workbench, &builder)
  case .report: reportLines(state, workbench, &builder)
  }
  return builder.lines
}

/// Draws the guidance or report pane in the layout's main area, scrolled, with a line saying
/// which lines show when they do not all fit.
func renderTextPane(
  _ state: AppState, _ workbench: WorkbenchState, _ layout: WorkbenchLayout, _ frame: inout Frame
) {
  let main = layout.main
  let lines = paneLines(state, workbench, width: layout.textWidth)
  let capacity = layout.textCapacity(lines: lines.count)
  let scroll = min(
    workbench.scroll[workbench.pane] ?? 0, layout.textScrollLimit(lines: lines.count))
  for (index, line) in lines.dropFirst(scroll).prefix(capacity).enumerated() {
    frame.draw(line, row: main.top + index, column: 1, limit: main.width)
  }
  if lines.count > capacity {
    let more = state.t(
      "↑↓ PgUp PgDn scroll · lines \(scroll + 1)–\(min(lines.count, scroll + capacity)) of \(lines.count)",
      "↑↓ PgUp PgDn スクロール · \(lines.count) 行中 \(scroll + 1)–\(min(lines.count, scroll + capacity))"
    )
    frame.put(more, row: main.bottom, column: 1, role: .muted)
  }
}
