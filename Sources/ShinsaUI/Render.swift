import ShinsaCore

/// Draws the whole screen for `state`: pure, no I/O.
public func render(_ state: AppState) -> Frame {
  var frame = Frame(width: state.width, height: state.height)
  guard state.width >= AppState.minimumSize.width, state.height >= AppState.minimumSize.height
  else {
    renderTooSmall(state, &frame)
    return frame
  }
  switch state.screen {
  case .browser: renderBrowser(state, &frame)
  case .workbench: renderWorkbench(state, &frame)
  }
  if let overlay = state.overlay { renderOverlay(state, overlay, &frame) }
  return frame
}

private func renderTooSmall(_ state: AppState, _ frame: inout Frame) {
  let lines = [
    state.t("Please enlarge the terminal", "端末を広げてください"),
    state.t(
      "shinsa needs at least \(AppState.minimumSize.width)×\(AppState.minimumSize.height)",
      "最小 \(AppState.minimumSize.width)×\(AppState.minimumSize.height) が必要です"),
    state.t("now \(state.width)×\(state.height)", "現在 \(state.width)×\(state.height)"),
  ]
  for (index, line) in lines.enumerated() where index < frame.height {
    let text = DisplayWidth.truncate(line, to: frame.width)
    let column = max(0, (frame.width - DisplayWidth.of(text)) / 2)
    frame.put(
      text, row: max(0, frame.height / 2 - 1) + index, column: column,
      role: index == 0 ? .warning : .text)
  }
}

/// The style role of a tier badge.
func tierRole(_ tier: Tier) -> StyleRole {
  switch tier {
  case .standard: return .tierStandard
  case .important: return .tierImportant
  case .speciallyDesignated: return .tierSpeciallyDesignated
  }
}

/// The tier's label in the rulebook's words.
func tierLabel(_ state: AppState, _ tier: Tier) -> String {
  state.rulebook.tierInfo(tier)?.label.text(state.language) ?? tier.rawValue
}

/// The bottom row: a dialog's keys, a message, or the keymap's hints for `context`.
func statusBar(_ state: AppState, _ frame: inout Frame, context: KeyContext) {
  let row = frame.height - 1
  frame.fill(row: row, role: .status)
  if let hint = modalHint(state), state.flash == nil {
    frame.put(
      " " + DisplayWidth.truncate(hint, to: frame.width - 2), row: row, column: 0, role: .status)
    return
  }
  if let flash = state.flash {
    frame.put(
      " " + DisplayWidth.truncate(TextSafety.escaped(flash), to: frame.width - 2), row: row,
      column: 0, role: .status)
    return
  }
  let hints = state.statusHints.hints(for: context, language: state.language)
  // Pinned hints (help, quit) always show, at the right; the others fill from the left
  // while they fit.
  let pinned = hints.filter(\.pinned)
  var right = frame.width - 1
  for hint in pinned.reversed() {
    let width = DisplayWidth.of(hint.keys) + 1 + DisplayWidth.of(hint.text) + 2
    right -= width
    let x = frame.put(hint.keys, row: row, column: right, role: .key)
    frame.put(" " + hint.text, row: row, column: x, role: .status)
  }
  var x = 1
  for hint in hints where !hint.pinned {
    let width = DisplayWidth.of(hint.keys) + 1 + DisplayWidth.of(hint.text) + 2
    guard x + width <= right else { break }
    x = frame.put(hint.keys, row: row, column: x, role: .key)
    x = frame.put(" " + hint.text + "  ", row: row, column: x, role: .status)
  }
}

// MARK: Workbench

/// Draws the workbench: the header, the tabs, the pane and the status bar, where the
/// layout puts them.
private func renderWorkbench(_ state: AppState, _ frame: inout Frame) {
  guard let workbench = state.workbench else { return }
  let layout = WorkbenchLayout(state)
  renderWorkbenchHeader(state, workbench, layout, &frame)
  switch workbench.pane {
  case .interview:
    let main = layout.main
    renderInterview(
      state, workbench, &frame, top: main.top, bottom: main.bottom, width: main.width,
      showSummary: layout.side == nil)
  case .guidance, .report: renderTextPane(state, workbench, layout, &frame)
  case .disclosure: renderDisclosure(state, workbench, layout, &frame)
  case .sandbox: renderSandbox(state, workbench, layout, &frame)
  case .plan: renderPlan(state, workbench, layout, &frame)
  }
  if workbench.pane != .disclosure, workbench.pane != .sandbox, workbench.pane != .plan,
    let side = layout.side
  {
    renderSidePanel(state, workbench, side, &frame)
  }
  statusBar(state, &frame, context: workbenchStatusContext(workbench))
}

/// The header rows (client · system and the saved state; the live tier), the tabs and the
/// rule under them.
private func renderWorkbenchHeader(
  _ state: AppState, _ workbench: WorkbenchState, _ layout: WorkbenchLayout, _ frame: inout Frame
) {
  let document = workbench.document
  // Row 0: client · system, saved state.
  let top = layout.header.top
  frame.fill(row: top, role: .header)
  let saved: String
  var savedRole = StyleRole.header
  switch workbench.saveState {
  case .saved: saved = state.t("✓ saved", "✓ 保存済み")
  case .unsaved: saved = state.t("● saving", "● 保存中")
  case .failed:
    saved = state.t("✗ not saved", "✗ 未保存")
    savedRole = .error
  case .readOnly: saved = state.t("read-only", "読み取り専用")
  }
  let title =
    " " + conflictBadge(state, document) + TextSafety.escaped(document.metadata.client)
    + (document.metadata.system.isEmpty ? "" : " · " + TextSafety.escaped(document.metadata.system))
  frame.put(
    DisplayWidth.truncate(title, to: frame.width - DisplayWidth.of(saved) - 3), row: top,
    column: 0, role: .header)
  frame.put(
    saved + " ", row: top, column: frame.width - DisplayWidth.of(saved) - 1, role: savedRole)
  // Row 1: the live tier badge with its label, and the review mark.
  let assessment = workbench.assessment
  let badge = " " + tierLabel(state, assessment.tier) + " "
  let tierRow = top + 1
  var x = frame.put(state.t(" Tier ", " 区分 "), row: tierRow, column: 0, role: .muted)
  x = frame.put(badge, row: tierRow, column: x, role: tierRole(assessment.tier))
  x = frame.put(
    " " + Tier.notStatutoryLabel(state.language), row: tierRow, column: x, role: .muted)
  if assessment.requiresReview {
    var review = state.t("⚠ requires review", "⚠ 要確認")
    if x + DisplayWidth.of(review) + 2 > frame.width { review = state.t("⚠ review", "⚠ 要確認") }
    frame.put(
      review, row: tierRow, column: frame.width - DisplayWidth.of(review) - 1, role: .warning)
  }
  // The pane tabs.
  x = 1
  for pane in Pane.allCases {
    let label = " \(pane.rawValue) \(pane.title.text(state.language)) "
    let start = x
    x =
      frame.put(
        label, row: layout.tabs.top, column: x,
        role: pane == workbench.pane ? .selection : .muted) + 1
    frame.mark(.tab(pane), row: layout.tabs.top, from: start, to: x - 1)
  }
  frame.run("─", row: layout.rule.top, from: 0, to: frame.width, role: .border)
}
