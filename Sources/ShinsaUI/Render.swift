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

private func statusBar(_ state: AppState, _ frame: inout Frame, context: KeyContext) {
  let row = frame.height - 1
  frame.fill(row: row, role: .status)
  if let hint = modalHint(state), state.flash == nil {
    frame.put(
      " " + DisplayWidth.truncate(hint, to: frame.width - 2), row: row, column: 0, role: .status)
    return
  }
  if let flash = state.flash {
    frame.put(
      " " + DisplayWidth.truncate(Printable.escaped(flash), to: frame.width - 2), row: row,
      column: 0, role: .status)
    return
  }
  let hints = Keymap.hints(for: context, language: state.language)
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

// MARK: Browser

private func renderBrowser(_ state: AppState, _ frame: inout Frame) {
  frame.fill(row: 0, role: .header)
  frame.put(" shinsa 審査 — " + state.t("projects", "プロジェクト一覧"), row: 0, column: 0, role: .header)
  let folder = DisplayWidth.truncate(state.browser.folder, to: frame.width / 2)
  frame.put(folder + " ", row: 0, column: frame.width - DisplayWidth.of(folder) - 1, role: .header)
  var row = 2
  let browser = state.browser
  if browser.filtering || !browser.filter.text.isEmpty {
    let label = state.t("Filter: ", "絞り込み: ")
    let x = frame.put(label, row: 1, column: 1, role: .accent)
    let shown = browser.filter.visible(width: frame.width - x - 2)
    frame.put(shown.text, row: 1, column: x, role: .text)
    if browser.filtering { frame.cursor = CursorPosition(row: 1, column: x + shown.cursorColumn) }
  }
  let visible = browser.visible
  if visible.isEmpty {
    let message: [String]
    if !browser.loaded {
      message = [state.t("Loading projects…", "読み込み中…")]
    } else if browser.projects.isEmpty {
      message = [
        state.t("No projects yet in this folder.", "このフォルダーにはまだプロジェクトがありません。"),
        "",
        state.t("n  create a project (client and system name)", "n  プロジェクトを作成（顧客名とシステム名）"),
        state.t(
          "D  open the demo project (a fictional consumer lender)", "D  デモプロジェクトを開く（架空の消費者金融）"),
      ]
    } else {
      message = [state.t("No project matches the filter.", "条件に合うプロジェクトはありません。")]
    }
    for (index, line) in message.enumerated() {
      frame.put(line, row: row + 1 + index, column: 3, role: index == 0 ? .accent : .text)
    }
    statusBar(state, &frame, context: .browser)
    return
  }
  // Column widths follow the screen: client and system share what the fixed columns leave.
  let showModified = frame.width >= 100
  let fixed = 22 + 9 + (showModified ? 17 : 0) + 7
  let flexible = max(30, frame.width - 2 - fixed)
  var columns: [(String, Int)] = [
    (state.t("NAME", "名前"), flexible / 3), (state.t("CLIENT", "顧客"), flexible / 3),
    (state.t("SYSTEM", "システム"), flexible - 2 * (flexible / 3)),
    (state.t("TIER", "区分"), 22), (state.t("PROGRESS", "進捗"), 9),
  ]
  if showModified { columns.append((state.t("MODIFIED", "更新"), 17)) }
  var x = 2
  for (title, width) in columns {
    frame.put(title, row: row, column: x, role: .muted)
    x += width + 1
  }
  row += 1
  let capacity = frame.height - row - 3
  let first = max(0, min(browser.selected - capacity + 1, visible.count - capacity))
  for (offset, project) in visible.enumerated().dropFirst(first).prefix(capacity) {
    let selected = offset == browser.selected
    let role: StyleRole = selected ? .selection : .text
    if selected { frame.fill(row: row, role: .selection) }
    frame.put(selected ? "▸" : " ", row: row, column: 0, role: role)
    if let problem = project.problem {
      frame.put(
        "! " + DisplayWidth.truncate(Printable.escaped(problem), to: frame.width - 4), row: row,
        column: 2, role: selected ? .selection : .error)
      row += 1
      continue
    }
    let tier = project.tier.map { tierLabel(state, $0) } ?? "—"
    let values = [
      Printable.escaped(project.name), Printable.escaped(project.client),
      Printable.escaped(project.system),
      tier + (project.requiresReview ? " *" : ""), "\(project.answered)/\(project.total)",
      String(project.modified.prefix(16)).replacingOccurrences(of: "T", with: " "),
    ]
    var column = 2
    for (index, value) in values.enumerated() where index < columns.count {
      let width = columns[index].1
      let cellRole: StyleRole =
        selected ? .selection : index == 2 ? (project.tier.map(tierRole) ?? .text) : .text
      frame.put(DisplayWidth.truncate(value, to: width), row: row, column: column, role: cellRole)
      column += width + 1
    }
    row += 1
  }
  frame.put(
    DisplayWidth.truncate(
      state.t(
        "Tier: shinsa's triage tier, not a statutory category.  * requires review",
        "区分: shinsaのトリアージ区分（法令上の区分ではありません）  * 要確認"), to: frame.width - 2),
    row: frame.height - 2, column: 1, role: .muted)
  statusBar(state, &frame, context: .browser)
}

// MARK: Workbench

private func renderWorkbench(_ state: AppState, _ frame: inout Frame) {
  guard let workbench = state.workbench else { return }
  let document = workbench.document
  // Row 0: client · system, saved state.
  frame.fill(row: 0, role: .header)
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
    " " + Printable.escaped(document.metadata.client)
    + (document.metadata.system.isEmpty ? "" : " · " + Printable.escaped(document.metadata.system))
  frame.put(
    DisplayWidth.truncate(title, to: frame.width - DisplayWidth.of(saved) - 3), row: 0, column: 0,
    role: .header)
  frame.put(saved + " ", row: 0, column: frame.width - DisplayWidth.of(saved) - 1, role: savedRole)
  // Row 1: the live tier badge with its label, and the review mark.
  let assessment = workbench.assessment
  let badge = " " + tierLabel(state, assessment.tier) + " "
  var x = frame.put(state.t(" Tier ", " 区分 "), row: 1, column: 0, role: .muted)
  x = frame.put(badge, row: 1, column: x, role: tierRole(assessment.tier))
  x = frame.put(" " + Tier.notStatutoryLabel(state.language), row: 1, column: x, role: .muted)
  if assessment.requiresReview {
    var review = state.t("⚠ requires review", "⚠ 要確認")
    if x + DisplayWidth.of(review) + 2 > frame.width { review = state.t("⚠ review", "⚠ 要確認") }
    frame.put(review, row: 1, column: frame.width - DisplayWidth.of(review) - 1, role: .warning)
  }
  // Row 2: pane tabs.
  x = 1
  for pane in Pane.allCases {
    let label = " \(pane.rawValue) \(pane.title(state.language)) "
    x = frame.put(label, row: 2, column: x, role: pane == workbench.pane ? .selection : .muted) + 1
  }
  frame.put(String(repeating: "─", count: frame.width), row: 3, column: 0, role: .border)
  let top = 4
  let bottom = frame.height - 2
  if workbench.pane == .disclosure || workbench.pane == .sandbox {
    if workbench.pane == .disclosure {
      renderDisclosure(state, workbench, &frame)
    } else {
      renderSandbox(state, workbench, &frame)
    }
    statusBar(state, &frame, context: Keymap.context(for: workbench.pane))
    return
  }
  let sideWidth = frame.width >= 110 ? min(46, frame.width / 3) : 0
  let mainWidth = frame.width - (sideWidth > 0 ? sideWidth + 1 : 0)
  switch workbench.pane {
  case .interview:
    renderInterview(
      state, workbench, &frame, top: top, bottom: bottom, width: mainWidth,
      showSummary: sideWidth == 0)
  default:
    let lines = paneLines(state, workbench, width: mainWidth - 2)
    let overflow = lines.count > bottom - top + 1
    let capacity = overflow ? bottom - top : bottom - top + 1
    let scroll = min(workbench.scroll[workbench.pane] ?? 0, max(0, lines.count - capacity))
    for (index, line) in lines.dropFirst(scroll).prefix(capacity).enumerated() {
      frame.draw(line, row: top + index, column: 1, limit: mainWidth)
    }
    if overflow {
      let more = state.t(
        "↑↓ PgUp PgDn scroll · lines \(scroll + 1)–\(min(lines.count, scroll + capacity)) of \(lines.count)",
        "↑↓ PgUp PgDn スクロール · \(lines.count) 行中 \(scroll + 1)–\(min(lines.count, scroll + capacity))"
      )
      frame.put(more, row: bottom, column: 1, role: .muted)
    }
  }
  if sideWidth > 0 {
    for row in top...bottom { frame.put("│", row: row, column: mainWidth, role: .border) }
    let lines = sidePanelLines(state, workbench, width: sideWidth - 2)
    for (index, line) in lines.prefix(bottom - top + 1).enumerated() {
      frame.draw(line, row: top + index, column: mainWidth + 2, limit: frame.width)
    }
  }
  statusBar(state, &frame, context: Keymap.context(for: workbench.pane))
}

/// The live assessment beside the interview on wide screens.
func sidePanelLines(_ state: AppState, _ workbench: WorkbenchState, width: Int) -> [StyledLine] {
  var builder = LineBuilder(width: width)
  let assessment = workbench.assessment
  builder.line(Segment(state.t("Live assessment", "評価（リアルタイム）"), .accent))
  builder.line(Segment(" " + tierLabel(state, assessment.tier) + " ", tierRole(assessment.tier)))
  builder.paragraph(Tier.notStatutoryLabel(state.language), .muted)
  for entry in assessment.tierTrace.prefix(3) {
    let reason =
      state.rulebook.tierRules.first { $0.id == entry.rule }?.reason.text(state.language)
      ?? state.t("No triage trigger fired.", "トリアージの契機に該当しません。")
    builder.paragraph("• " + firstSentence(reason), .text, indent: 0)
  }
  builder.blank()
  builder.line(Segment(state.t("Regulators", "関係省庁"), .accent))
  for finding in assessment.regulators {
    let name = state.rulebook.regulator(finding.id)?.abbreviation ?? finding.id
    builder.line(
      Segment(finding.role == .primary ? "★ " : "  ", .accent),
      Segment(name, finding.role == .primary ? .accent : .text),
      Segment(finding.role == .primary ? state.t(" (primary)", "（主管）") : "", .muted))
  }
  builder.blank()
  builder.line(Segment(state.t("Obligations", "義務・指針"), .accent))
  // Foreign law is counted under its own jurisdiction, never as plain "Binding law".
  for (status, jurisdiction, group) in AssessmentWording.groups(
    assessment.obligations, state.rulebook)
  {
    let heading = AssessmentWording.groupHeading(
      status, jurisdiction, state.rulebook, state.language)
    builder.line(Segment("  \(group.count)  ", .text), Segment(heading, .muted))
  }
  if !assessment.review.isEmpty {
    builder.blank()
    builder.paragraph(
      state.t(
        "\(assessment.review.count) conclusion(s) wait on open answers.",
        "未回答・不明の回答により \(assessment.review.count) 件が未確定です。"), .warning)
  }
  builder.blank()
  builder.paragraph(state.t("w: why, with sources", "w: 理由と出典"), .muted)
  return builder.lines
}

/// The first sentence of `text` (for compact lists).
func firstSentence(_ text: String) -> String {
  if let end = text.firstIndex(where: { $0 == "." || $0 == "。" }) {
    return String(text[...end])
  }
  return text
}
