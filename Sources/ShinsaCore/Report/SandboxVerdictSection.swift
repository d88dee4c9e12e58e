extension ProjectExport {
  /// The sandbox verdict: shinsa's advice in bold, the note that it is advice and not an
  /// official determination, and the criteria still in the way.
  func sandboxVerdict() -> [ReportBlock] {
    let advice = sandboxAdvice
    var blocks: [ReportBlock] = [
      .heading(level: 3, .plain(t("Verdict", "判定"))),
      .paragraph(
        [.strong(.plain(advice.verdict.label(language)))],
        role: "verdict verdict-\(advice.verdict.word)"),
      .paragraph(.plain(verdictNote), role: "muted"),
    ]
    if !advice.gaps.isEmpty {
      blocks.append(
        .list(
          advice.gaps.map { row in
            ReportListItem([
              .text(row.criterion.title.text(language)), .reference(row.criterion.id),
              .text(": " + checklistLabel(row.state)),
            ])
          }))
    }
    return blocks
  }
}
