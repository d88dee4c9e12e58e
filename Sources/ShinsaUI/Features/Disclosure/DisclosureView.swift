import ShinsaCore

/// Draws the disclosure pane: the meter, the field list and the selected field (or the editor).
func renderDisclosure(
  _ state: AppState, _ workbench: WorkbenchState, _ layout: WorkbenchLayout, _ frame: inout Frame
) {
  let sheet = workbench.disclosureSheet(state.rulebook)
  guard !sheet.rows.isEmpty else { return }
  let cursor = max(0, min(sheet.rows.count - 1, workbench.disclosureCursor))
  // The meter.
  let progress = sheet.progress
  let barWidth = 12
  let filled =
    progress.requiredTotal == 0 ? 0 : Int((progress.fraction * Double(barWidth)).rounded(.down))
  var x = frame.put(
    state.t(" Required done ", " 必要項目 完了 "), row: layout.pane.top, column: 0, role: .muted)
  x = frame.put(
    String(repeating: "█", count: filled), row: layout.pane.top, column: x, role: .success)
  x = frame.put(
    String(repeating: "░", count: barWidth - filled), row: layout.pane.top, column: x, role: .muted)
  x = frame.put(
    progress.requiredTotal == 0
      ? state.t(" none required", " 必要項目なし")
      : " \(progress.requiredDone)/\(progress.requiredTotal)", row: layout.pane.top, column: x,
    role: .text)
  let needed = sheet.rows.filter(\.needsInformation).count
  x = frame.put(
    state.t(
      "  · recommended \(progress.recommendedDone)/\(progress.recommendedTotal)",
      "  · 推奨 \(progress.recommendedDone)/\(progress.recommendedTotal)"), row: layout.pane.top,
    column: x, role: .muted)
  if needed > 0 {
    frame.put(
      state.t("  · \(needed) need information", "  · 要確認 \(needed)"), row: layout.pane.top,
      column: x,
      role: .warning)
  }
  // The list.
  let listTop = layout.pane.top + 2
  let capacity = layout.pane.bottom - listTop + 1
  let first = max(0, min(cursor - capacity + 1, sheet.rows.count - capacity))
  for (index, row) in sheet.rows.enumerated().dropFirst(max(0, first)).prefix(capacity) {
    let line = listTop + index - max(0, first)
    let selected = index == cursor
    if selected { frame.fill(row: line, role: .selection, from: 0, to: layout.list.width) }
    let mark = stateMark(row.draft, needsInformation: row.needsInformation)
    let need = needShort(state, row.finding.need)
    var column = frame.put(selected ? "▸" : " ", row: line, column: 0, role: .selection)
    column = frame.put(
      mark.0 + " ", row: line, column: column, role: selected ? .selection : mark.1)
    let titleRoom = layout.list.width - column - DisplayWidth.of(need.0) - 2
    frame.put(
      DisplayWidth.truncate(row.field.title.text(state.language), to: titleRoom), row: line,
      column: column, role: selected ? .selection : .text)
    frame.put(
      need.0, row: line, column: layout.list.width - DisplayWidth.of(need.0) - 1,
      role: selected ? .selection : need.1)
  }
  for row in layout.pane.top + 1...layout.pane.bottom {
    frame.put("│", row: row, column: layout.list.width, role: .border)
  }
  let selectedRow = sheet.rows[cursor]
  if let editor = workbench.draftEditor, editor.target == .disclosure(selectedRow.field.id) {
    renderDraftEditor(
      state, editor, title: selectedRow.field.title.text(state.language),
      prompt: selectedRow.field.prompt.text(state.language),
      other: workbench.draft(editor.target).text(editor.language == .en ? .ja : .en), layout,
      &frame)
    return
  }
  let lines = disclosureDetailLines(state, workbench, selectedRow, width: layout.detail.width)
  renderDetailColumn(state, workbench, .disclosure, lines: lines, layout, &frame)
}

/// The selected field's detail: need and why, state, frameworks, prompt, drafts, issues.
func disclosureDetailLines(
  _ state: AppState, _ workbench: WorkbenchState, _ row: DisclosureRow, width: Int
) -> [StyledLine] {
  let language = state.language
  var builder = LineBuilder(width: width)
  builder.paragraph(row.field.title.text(language), .accent)
  let needText: String
  switch row.finding.need {
  case .required:
    if let tier = row.finding.requiredByTier {
      needText = state.t(
        "Required: the triage tier is \(tierLabel(state, tier)) (shinsa's triage tier, not a statutory category).",
        "必要: トリアージ区分が「\(tierLabel(state, tier))」のため（shinsa独自の区分で、法令上の区分ではありません）。")
    } else {
      needText = state.t("Required by your answers", "回答により必要") + becauseText(state, row.finding)
    }
  case .recommended:
    needText = state.t("Recommended by your answers", "回答により推奨") + becauseText(state, row.finding)
  case .notApplicable:
    needText = state.t(
      "Not needed for these answers (you may still publish it).", "この回答では不要です（公開しても構いません）。")
  }
  builder.paragraph(needText, row.finding.need == .required ? .warning : .text)
  var stateLine = state.t("State: ", "状態: ") + row.draft.state.label(state.language)
  if let lagging = row.draft.lagging {
    stateLine += lagText(state, row.draft, lagging)
  }
  builder.paragraph(stateLine, row.draft.lagging == nil ? .text : .warning)
  if row.draft.state == .withheld || row.draft.state == .notApplicable {
    let reason =
      row.draft.reason.isEmpty ? state.t("(no reason given)", "（理由なし）") : row.draft.reason
    builder.paragraph(state.t("Reason: ", "理由: ") + TextSafety.escaped(reason), .text)
  }
  for issue in row.issues {
    builder.paragraph("⚠ " + issue.described(language), .warning)
  }
  builder.blank()
  let shown: [Language] = width >= 76 ? [.en, .ja] : [workbench.draftLanguage]
  if shown.count == 2 {
    let columnWidth = (width - 3) / 2
    // The interface's language is the first column (`L` swaps them).
    let first = state.language
    let second: Language = first == .en ? .ja : .en
    let left = draftTextLines(
      state, row, first, width: columnWidth, marked: workbench.draftLanguage)
    let right = draftTextLines(
      state, row, second, width: columnWidth, marked: workbench.draftLanguage)
    for index in 0..<max(left.count, right.count) {
      var line: StyledLine = []
      let leftLine = index < left.count ? left[index] : []
      let used = leftLine.reduce(0) { $0 + DisplayWidth.of($1.text) }
      line += leftLine
      line.append(
        Segment(String(repeating: " ", count: max(0, columnWidth - used)) + " │ ", .border))
      if index < right.count { line += right[index] }
      builder.line(line)
    }
  } else {
    for line in draftTextLines(state, row, shown[0], width: width, marked: nil) {
      builder.line(line)
    }
  }
  builder.blank()
  builder.line(Segment(state.t("Asked for by", "根拠となる枠組み"), .accent))
  for framework in row.finding.frameworks {
    builder.paragraph(
      "• " + AssessmentWording.framework(framework, state.rulebook, language), .text, indent: 2)
  }
  if row.finding.frameworks.isEmpty {
    builder.paragraph(
      state.t(
        "No framework in scope for these answers.", "この回答で対象となる枠組みはありません。"),
      .muted, indent: 2)
  }
  builder.blank()
  builder.paragraph(state.t("What to write: ", "書くこと: ") + row.field.prompt.text(language), .muted)
  return builder.lines
}

private func becauseText(_ state: AppState, _ finding: DisclosureFinding) -> String {
  let parts = finding.because.compactMap { answer -> String? in
    guard let question = state.rulebook.question(answer.question) else { return nil }
    let value = ProjectExport.display(answer.answer, for: question, state.language)
    return state.t("\(answer.question) = \(value)", "\(answer.question) = \(value)")
  }
  guard !parts.isEmpty else { return state.t(".", "。") }
  return state.t(" (", "（") + parts.joined(separator: state.t("; ", "、")) + state.t(").", "）。")
}

/// One language's draft text as lines, with its heading and the suggestion when empty.
private func draftTextLines(
  _ state: AppState, _ row: DisclosureRow, _ language: Language, width: Int, marked: Language?
) -> [StyledLine] {
  var builder = LineBuilder(width: width)
  let lag = row.draft.lagging == language ? state.t(" · lags", " · 遅れ") : ""
  let pointer = marked == language ? "▸ " : ""
  builder.line(
    Segment(pointer + languageName(state, language), .accent), Segment(lag, .warning))
  let text = row.draft.text(language)
  if !text.isEmpty {
    builder.userText(text, .text)
  } else if let prefill = row.prefill?.text(language), !prefill.isEmpty {
    builder.paragraph(
      state.t("Suggested from your answers (p uses it):", "回答からの下書き（p で使用）:"), .muted)
    builder.userText(prefill, .muted)
  } else if row.draft.state == .withheld || row.draft.state == .notApplicable {
    builder.paragraph(state.t("(not published)", "（公開しない）"), .muted)
  } else if row.needsInformation {
    builder.paragraph(DisclosureNeed.moreInformationNeeded.text(state.language), .warning)
  } else {
    builder.paragraph(state.t("(empty)", "（未記入）"), .muted)
  }
  return builder.lines
}
