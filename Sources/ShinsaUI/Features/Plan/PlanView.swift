import ShinsaCore

/// Draws the plan pane: the counts line, the list of obligations with their evidence and
/// actions, and the selected row's detail.
func renderPlan(
  _ state: AppState, _ workbench: WorkbenchState, _ layout: WorkbenchLayout, _ frame: inout Frame
) {
  let report = workbench.planReport(state)
  let entries = planEntries(report)
  // The summary line: counts by status, overdue actions.
  var x = frame.put(" ", row: layout.pane.top, column: 0, role: .muted)
  for status in ObligationStatus.allCases {
    let mark = planStatusMark(status)
    x = frame.put(mark.0, row: layout.pane.top, column: x, role: mark.1)
    x = frame.put(
      " \(planStatusShortLabel(state, status)) \(report.count(status))  ", row: layout.pane.top,
      column: x, role: .muted)
  }
  let overdue = report.actions.filter(\.overdue).count
  if overdue > 0 {
    frame.put(
      state.t("overdue \(overdue)", "期限超過 \(overdue)"), row: layout.pane.top, column: x,
      role: .error)
  }
  guard !entries.isEmpty else {
    frame.put(
      state.t(
        "  No obligation applies on the answers so far.", "  現在の回答で該当する義務はありません。"),
      row: layout.pane.top + 2, column: 0, role: .muted)
    return
  }
  let cursor = planCursor(workbench.planPane.selected, in: entries)
  // The list: a line per entry, in the order of `entries`, and the headings between them.
  var lines: [StyledLine] = []
  for row in report.rows {
    let mark = planStatusMark(row.status.status)
    let reopened = row.status.reopened ? state.t("reopened: ", "再確認: ") : ""
    let may = row.applies == .yes ? "" : state.t(" (may apply)", "（該当の可能性）")
    lines.append([
      Segment(mark.0 + " ", row.status.reopened ? .warning : mark.1), Segment(reopened, .warning),
      Segment(row.obligation.title.text(state.language), .text), Segment(may, .muted),
    ])
    for entry in row.evidence { lines.append(evidenceListLine(state, workbench, entry)) }
    for entry in row.actions { lines.append(actionListLine(state, entry)) }
  }
  var cursorLine = cursor
  let extras = PlanExtras(report)
  var listed = lines.count
  // Which entry each line shows (a click selects it); headings and blanks show none.
  var lineEntry = Dictionary(uniqueKeysWithValues: (0..<lines.count).map { ($0, $0) })
  if !extras.fieldEvidence.isEmpty {
    lines.append([])
    lines.append([Segment(state.t("Evidence for disclosure fields", "開示項目の根拠資料"), .accent)])
    var field: String?
    for (target, entry) in extras.fieldEvidence {
      if target != field {
        field = target
        lines.append([Segment(planFieldTitle(state, target), .text)])
      }
      if cursor == listed { cursorLine = lines.count }
      lineEntry[lines.count] = listed
      listed += 1
      lines.append(evidenceListLine(state, workbench, entry))
    }
  }
  if !extras.otherActions.isEmpty {
    lines.append([])
    lines.append([Segment(state.t("Other actions", "その他の対応"), .accent)])
    for entry in extras.otherActions {
      if cursor == listed { cursorLine = lines.count }
      lineEntry[lines.count] = listed
      listed += 1
      // What it is for is in the detail column: the list keeps the text readable.
      lines.append(actionListLine(state, entry))
    }
  }
  let listTop = layout.pane.top + 2
  let capacity = layout.pane.bottom - listTop + 1
  let first = max(0, min(cursorLine - capacity + 2, lines.count - capacity))
  for (offset, line) in lines.enumerated().dropFirst(first).prefix(capacity) {
    let row = listTop + offset - first
    let selected = offset == cursorLine
    if let entry = lineEntry[offset] {
      frame.mark(.planRow(entry), row: row, from: 0, to: layout.list.width)
    }
    var segments = line
    if selected {
      frame.fill(row: row, role: .selection, from: 0, to: layout.list.width)
      frame.put("▸", row: row, column: 0, role: .selection)
      segments = segments.map { Segment($0.text, .selection) }
    }
    frame.draw(segments, row: row, column: 2, limit: layout.list.width - 1)
  }
  for row in layout.pane.top + 1...layout.pane.bottom {
    frame.put("│", row: row, column: layout.list.width, role: .border)
  }
  let detail = planDetailLines(
    state, workbench, report, entries[cursor], width: layout.detail.width)
  renderDetailColumn(state, workbench, .plan, lines: detail, layout, &frame)
}

/// The detail of the selected row: the obligation with its status, reason, evidence and
/// actions, or one evidence item or action in full.
func planDetailLines(
  _ state: AppState, _ workbench: WorkbenchState, _ report: PlanStatusReport, _ entry: PlanEntry,
  width: Int
) -> [StyledLine] {
  var builder = LineBuilder(width: width)
  let language = state.language
  guard let row = report.rows.first(where: { $0.obligation.id == entry.obligation }) else {
    // Evidence for a disclosure field, or an action under "Other actions".
    switch entry {
    case .evidence(let target, let id):
      guard let found = report.evidence.first(where: { $0.item.id == id }) else { break }
      evidenceDetail(state, workbench, found, from: target, &builder)
    case .action(_, let id):
      guard let found = report.actions.first(where: { $0.action.id == id }) else { break }
      actionDetail(state, found, &builder)
      builder.paragraph(
        state.t("a adds an action for the whole project", "a でプロジェクト全体の対応を追加"), .muted)
    case .obligation: break
    }
    return builder.lines
  }
  switch entry {
  case .obligation:
    builder.paragraph(row.obligation.title.text(language), .accent)
    builder.paragraph(
      row.obligation.id + " · "
        + (row.applies == .yes ? state.t("applies", "該当") : state.t("may apply", "該当の可能性")),
      .muted)
    let mark = planStatusMark(row.status.status)
    builder.line(
      Segment(state.t("Status: ", "状況: "), .text),
      Segment(mark.0 + " " + planStatusLabel(state, row.status.status), mark.1))
    if row.status.reopened {
      builder.paragraph(
        state.t(
          "Reopened: the rulebook changed this obligation since its status was set; set it again.",
          "再確認: 状況の設定後にルールブックでこの義務が変わりました。もう一度設定してください。"), .warning)
    }
    builder.paragraph(
      state.t("Reason: ", "理由: ")
        + (row.status.reason.isEmpty
          ? state.t("(none)", "（なし）") : TextSafety.escaped(row.status.reason)))
    if let updated = workbench.document.plan.obligations[row.obligation.id]?.updated,
      !row.status.reopened
    {
      builder.paragraph(
        state.t("Set: ", "設定日時: ") + state.zone.local(updated) + " " + state.zone.name(), .muted)
    }
    builder.blank()
    builder.line(Segment(state.t("Evidence", "根拠資料"), .accent))
    if row.evidence.isEmpty {
      builder.paragraph(state.t("(none yet)", "（まだありません）"), .muted, indent: 2)
    }
    for entry in row.evidence {
      let label = evidenceStateLabel(state, workbench.checkedState(of: entry.item))
      builder.line(
        Segment("  \(entry.item.id) ", .muted), Segment(label.0 + " ", label.1),
        Segment(TextSafety.escaped(entry.item.path), .text))
    }
    builder.blank()
    builder.line(Segment(state.t("Actions", "対応"), .accent))
    if row.actions.isEmpty {
      builder.paragraph(state.t("(none yet)", "（まだありません）"), .muted, indent: 2)
    }
    for entry in row.actions {
      actionLines(state, entry, &builder)
    }
    builder.blank()
    builder.paragraph(row.obligation.summary.text(language), .muted)
  case .evidence(_, let id):
    guard let found = row.evidence.first(where: { $0.item.id == id }) else { break }
    evidenceDetail(state, workbench, found, from: row.obligation.id, &builder)
  case .action(_, let id):
    guard let found = row.actions.first(where: { $0.action.id == id }) else { break }
    actionDetail(state, found, &builder)
  }
  return builder.lines
}

/// An evidence item's list line: its state and path.
private func evidenceListLine(
  _ state: AppState, _ workbench: WorkbenchState, _ entry: PlanStatusReport.Evidence
) -> StyledLine {
  let label = evidenceStateLabel(state, workbench.checkedState(of: entry.item))
  return [
    Segment("  ▪ ", .muted), Segment(label.0 + " ", label.1),
    Segment(TextSafety.escaped(entry.item.path), .text),
  ]
}

/// An action's list line: done or not, overdue, its text.
private func actionListLine(_ state: AppState, _ entry: PlanStatusReport.Action) -> StyledLine {
  let box = entry.action.done ? "☑ " : "☐ "
  return [
    Segment("  " + box, entry.action.done ? .success : .muted),
    Segment(entry.overdue ? state.t("overdue ", "期限超過 ") : "", .error),
    Segment(TextSafety.escaped(entry.action.text), entry.action.done ? .muted : .text),
  ]
}

/// One evidence item in full, selected under `target` (an obligation or a disclosure field).
private func evidenceDetail(
  _ state: AppState, _ workbench: WorkbenchState, _ entry: PlanStatusReport.Evidence,
  from target: String, _ builder: inout LineBuilder
) {
  let item = entry.item
  let label = evidenceStateLabel(state, workbench.checkedState(of: item))
  builder.paragraph(state.t("Evidence ", "根拠資料 ") + item.id, .accent)
  builder.paragraph(TextSafety.escaped(item.path))
  builder.line(Segment(state.t("State: ", "状態: "), .text), Segment(label.0, label.1))
  builder.paragraph(evidenceStateMeaning(state, workbench.checkedState(of: item)), .muted)
  builder.paragraph("SHA-256: " + item.sha256, .muted)
  builder.paragraph(state.t("Added: ", "追加日: ") + item.added)
  if let reviewBy = item.reviewBy {
    builder.paragraph(state.t("Review by: ", "見直し期限: ") + reviewBy)
  }
  if !item.note.isEmpty {
    builder.paragraph(state.t("Note: ", "メモ: ") + TextSafety.escaped(item.note))
  }
  builder.paragraph(
    state.t("Supports: ", "対象: ")
      + item.supports.map { planTargetName(state, $0) }.joined(
        separator: ", "), .muted)
  builder.blank()
  if target.hasPrefix("disclosure:") {
    builder.paragraph(
      state.t(
        "f adds a file for this field (again after a change: records the new SHA-256) · Backspace twice removes it from \(target)",
        "f でこの項目の根拠ファイルを追加（変更後の再追加で SHA-256 を更新） · Backspace 2回で \(target) から外す"), .muted)
  } else {
    builder.paragraph(
      state.t(
        "f adds it again after a change (records the new SHA-256) · Backspace twice removes it from \(target)",
        "f で再追加（変更後の SHA-256 を記録） · Backspace 2回で \(target) から外す"), .muted)
  }
}

/// One action in full: its text, owner, due date, state and what it is for.
private func actionDetail(
  _ state: AppState, _ entry: PlanStatusReport.Action, _ builder: inout LineBuilder
) {
  builder.paragraph(state.t("Action ", "対応 ") + entry.action.id, .accent)
  builder.userText(entry.action.text)
  builder.blank()
  actionLines(state, entry, &builder)
  builder.paragraph(state.t("For: ", "対象: ") + planActionTargets(state, entry.action), .muted)
  builder.blank()
  builder.paragraph(
    state.t("d done / not done · Backspace twice removes it", "d 完了・未完了 · Backspace 2回で削除"),
    .muted)
}

/// One action's owner, due date and state.
private func actionLines(
  _ state: AppState, _ entry: PlanStatusReport.Action, _ builder: inout LineBuilder
) {
  let action = entry.action
  var segments = [
    Segment("  " + (action.done ? "☑ " : "☐ "), action.done ? .success : .muted),
    Segment(TextSafety.escaped(action.text), action.done ? .muted : .text),
  ]
  var details: [String] = []
  if !action.owner.isEmpty { details.append(TextSafety.escaped(action.owner)) }
  if let due = action.due { details.append(state.t("due ", "期限 ") + due) }
  if !details.isEmpty {
    segments.append(Segment(" (" + details.joined(separator: ", ") + ")", .muted))
  }
  if action.done {
    segments.append(Segment(state.t(" done", " 完了"), .success))
  } else if entry.overdue {
    segments.append(Segment(state.t(" overdue", " 期限超過"), .error))
  }
  builder.line(segments)
}

/// The short name of a status, for the counts line.
private func planStatusShortLabel(_ state: AppState, _ status: ObligationStatus) -> String {
  switch status {
  case .partly: return state.t("partly", status.reportLabel(.ja))
  case .notApplicable: return state.t("n/a", status.reportLabel(.ja))
  case .met, .gap, .unknown: return status.reportLabel(state.language)
  }
}

/// What an evidence state means, in one sentence.
private func evidenceStateMeaning(_ state: AppState, _ evidence: EvidenceState?) -> String {
  switch evidence {
  case .ok?:
    return state.t("The file is there and unchanged since it was added.", "ファイルは追加時から変わっていません。")
  case .changed?:
    return state.t(
      "The file's content differs from when it was added: look at it again.",
      "ファイルの内容が追加時と異なります。確認してください。")
  case .missing?:
    return state.t("The file cannot be found or read.", "ファイルが見つからないか読めません。")
  case .stale?:
    return state.t("Its review date has passed: look at it again.", "見直し期限を過ぎています。確認してください。")
  case nil:
    return state.t("Being checked.", "確認中です。")
  }
}
