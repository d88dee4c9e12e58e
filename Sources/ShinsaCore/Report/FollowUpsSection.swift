extension ProjectExport {
  /// The follow-ups and the answers to chase: those flagged, those answered "unknown" and
  /// those not answered, each list with its count.
  func followUpsSection() -> ReportBlock {
    let groups: [(String, [ExportAnswer])] = [
      (t("Flagged for follow-up", "フォローアップ対象"), followUpRows),
      (t("Answered \"unknown\"", "「不明」と回答"), unknownRows),
      (t("Not answered", "未回答"), unansweredRows),
    ]
    var blocks: [ReportBlock] = [.heading(level: 2, .plain(sectionHeadings.chase))]
    for (heading, rows) in groups {
      blocks.append(.heading(level: 3, .plain("\(heading) (\(rows.count))")))
      guard !rows.isEmpty else {
        blocks.append(.paragraph(.plain(t("None.", "なし。")), role: "muted"))
        continue
      }
      blocks.append(
        .list(
          rows.map { row in
            ReportListItem([
              .text(row.question.text.text(language)), .reference(row.question.id),
              .text(": "), .text(row.display),
            ])
          }))
    }
    return .section(id: "follow-ups", blocks)
  }
}
