import ShinsaCore

/// Draws the detail column of the disclosure or sandbox pane, scrolled by `pane`'s scroll,
/// with a last line saying which lines show when they do not all fit.
func renderDetailColumn(
  _ state: AppState, _ workbench: WorkbenchState, _ pane: Pane, lines: [StyledLine],
  _ layout: WorkbenchLayout, _ frame: inout Frame
) {
  var lines = lines
  if lines.count > layout.detailRows {
    let total = lines.count
    let scroll = min(workbench.scroll[pane] ?? 0, layout.detailScrollLimit(lines: total))
    lines = Array(lines.dropFirst(scroll).prefix(layout.detailCapacity(lines: total)))
    let last = scroll + lines.count
    lines.append([
      Segment(
        state.t(
          "PgUp PgDn scroll · lines \(scroll + 1)–\(last) of \(total)",
          "PgUp PgDn スクロール · \(total) 行中 \(scroll + 1)–\(last)"), .muted)
    ])
  }
  for (index, line) in lines.enumerated() {
    frame.draw(
      line, row: layout.pane.top + 1 + index, column: layout.detail.left, limit: frame.width)
  }
}
