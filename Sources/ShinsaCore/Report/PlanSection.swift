extension ProjectExport {
  /// "Plan" / 対応計画: each obligation that applies or may apply with its status (reopened
  /// when the rulebook changed it), reason, evidence (path, short SHA-256, state, note,
  /// review-by) and actions (owner, due, done, overdue), then the obligations still unknown
  /// (one line each) and the evidence and actions attached elsewhere. With nothing recorded
  /// yet, one line per obligation, all unknown.
  func planSection() -> ReportBlock {
    var blocks: [ReportBlock] = [.heading(level: 2, .plain(t("Plan", "対応計画")))]
    let rows = planStatus.rows
    // Nothing recorded: no date matters, and one line per obligation shows the work ahead.
    if document.plan.isEmpty {
      blocks.append(
        .paragraph(
          .plain(
            t(
              "Nothing recorded yet: all \(rows.count) obligations that apply or may apply are unknown until a status, evidence or an action is recorded (shinsa obligation, shinsa evidence add, shinsa action add, or the workbench's Plan pane).",
              "まだ何も記録されていません。該当・該当の可能性がある義務\(rows.count)件は、状況・根拠資料・対応を記録するまですべて「未確認」です（shinsa obligation・shinsa evidence add・shinsa action add、またはワークベンチの対応計画）。"
            )), role: "muted"))
      blocks.append(.list(rows.map { ReportListItem(obligationName($0)) }))
      return .section(id: "plan", blocks)
    }
    blocks.append(
      .paragraph(
        .plain(
          t("Where the project stands on \(planStatus.today): ", "\(planStatus.today) 時点の状況：")
            + summary.countsText + t(".", "。"))))
    let columns = [
      ReportTable.Column(t("Obligation", "義務")),
      ReportTable.Column(t("Status", "状況")),
      ReportTable.Column(t("Reason", "理由"), role: "note"),
      ReportTable.Column(t("Evidence", "根拠資料")),
      ReportTable.Column(t("Actions", "対応")),
    ]
    // Obligations with something recorded get a record each; the others, still unknown,
    // one line each after them.
    let recorded = rows.filter {
      $0.status.status != .unknown || $0.status.reopened || !$0.evidence.isEmpty
        || !$0.actions.isEmpty
    }
    let tableRows = recorded.map { row -> [ReportTable.Cell] in
      [
        .inline(obligationName(row)),
        .inline(statusInline(row.status)),
        row.status.reason.isEmpty ? .empty : .inline(.plain(row.status.reason)),
        row.evidence.isEmpty ? .empty : .list(row.evidence.map(evidenceItem)),
        row.actions.isEmpty ? .empty : .list(row.actions.map(actionItem)),
      ]
    }
    if !tableRows.isEmpty {
      blocks.append(.table(ReportTable(role: "plan", columns: columns, rows: tableRows)))
    }
    let untouched = rows.filter { row in
      !recorded.contains { $0.obligation.id == row.obligation.id }
    }
    if !untouched.isEmpty {
      blocks.append(
        .heading(
          level: 3,
          .plain(t("Still unknown (\(untouched.count))", "未確認のまま（\(untouched.count)件）"))))
      blocks.append(.list(untouched.map { ReportListItem(obligationName($0)) }))
    }
    let shown = Set(rows.flatMap { $0.evidence.map(\.item.id) })
    let otherEvidence = planStatus.evidence.filter { !shown.contains($0.item.id) }
    if !otherEvidence.isEmpty {
      blocks.append(.heading(level: 3, .plain(t("Other evidence", "その他の根拠資料"))))
      blocks.append(.list(otherEvidence.map(evidenceItem)))
    }
    let planned = Set(rows.flatMap { $0.actions.map(\.action.id) })
    let otherActions = planStatus.actions.filter { !planned.contains($0.action.id) }
    if !otherActions.isEmpty {
      blocks.append(.heading(level: 3, .plain(t("Other actions", "その他の対応"))))
      blocks.append(.list(otherActions.map(actionItem)))
    }
    if !planStatus.notInRulebook.isEmpty {
      blocks.append(
        .paragraph(
          .plain(
            t("Not in this rulebook (kept in the project): ", "このルールブックにない義務（プロジェクトに保持）：")
              + planStatus.notInRulebook.joined(separator: t(", ", "、"))), role: "muted"))
    }
    return .section(id: "plan", blocks)
  }

  /// "Title (`id`)", with " [may apply]" when an open answer leaves it open.
  private func obligationName(_ row: PlanStatusReport.Row) -> [ReportInline] {
    var name: [ReportInline] = [
      .text(row.obligation.title.text(language)), .reference(row.obligation.id),
    ]
    if row.applies != .yes { name.append(.flag(t("may apply", "該当の可能性"))) }
    return name
  }

  private func statusInline(_ status: EffectiveStatus) -> [ReportInline] {
    var content: [ReportInline] = [.text(status.status.reportLabel(language).capitalizedFirst)]
    if status.reopened {
      content.append(
        .flag(t("reopened: the rulebook changed this obligation", "再確認：ルールブックでこの義務が変更されました")))
    }
    return content
  }

  /// "path: ok (sha256 1a2b3c4d5e6f, review by 2026-12-01) — note".
  private func evidenceItem(_ entry: PlanStatusReport.Evidence) -> ReportListItem {
    let item = entry.item
    var details = ["sha256 " + String(item.sha256.prefix(12))]
    if let reviewBy = item.reviewBy {
      details.append(t("review by \(reviewBy)", "見直し期限 \(reviewBy)"))
    }
    var content: [ReportInline] = [
      .code(item.path), .text(t(": ", "：")),
      .strong(.plain(entry.state.reportLabel(language))),
      .text(paren(details.joined(separator: t(", ", "、")))),
    ]
    if !item.note.isEmpty { content.append(.text(" — " + item.note)) }
    if isOtherTarget(item.supports) {
      content.append(.text(t(" · for ", " · 対象：") + item.supports.joined(separator: t(", ", "、"))))
    }
    return ReportListItem(content)
  }

  /// "text (owner, due 2026-11-30) [overdue]" or "… [done]".
  private func actionItem(_ entry: PlanStatusReport.Action) -> ReportListItem {
    let action = entry.action
    var details: [String] = []
    if !action.owner.isEmpty { details.append(action.owner) }
    if let due = action.due { details.append(t("due \(due)", "期限 \(due)")) }
    var content: [ReportInline] = [.text(action.text)]
    if !details.isEmpty { content.append(.text(paren(details.joined(separator: t(", ", "、"))))) }
    if action.done {
      content.append(.flag(t("done", "完了")))
    } else if entry.overdue {
      content.append(.flag(t("overdue", "期限切れ")))
    }
    if isOtherTarget(action.targets) {
      content.append(.text(t(" · for ", " · 対象：") + action.targets.joined(separator: t(", ", "、"))))
    }
    return ReportListItem(content)
  }

  /// Whether `targets` name something other than the obligations the plan table shows.
  private func isOtherTarget(_ targets: [String]) -> Bool {
    let rows = Set(planStatus.rows.map(\.obligation.id))
    return targets.contains { !rows.contains($0) }
  }
}
