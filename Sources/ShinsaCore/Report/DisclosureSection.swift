extension ProjectExport {
  /// The disclosure fields: a summary, then each field with its need, state, the frameworks
  /// asking for it and its text (or a call for more information).
  func disclosureSection() -> ReportBlock {
    let columns: [ReportTable.Column] = [
      .init(t("Field", "項目")), .init(t("Need", "必要性")), .init(t("State", "状態")),
      .init(t("Asked for by", "根拠となる枠組み")), .init(t("Text", "本文"), role: "note"),
    ]
    let rows = disclosure.map { row -> [ReportTable.Cell] in
      let shown = disclosureText(row)
      let frameworks = row.frameworks.map {
        ReportListItem(.plain(AssessmentWording.framework($0, rulebook, language)))
      }
      return [
        .inline([.text(row.field.title.text(language)), .reference(row.field.id)]),
        .inline(.plain(needLabel(row))),
        .inline(.plain(stateLabel(row.draft))),
        .list(frameworks),
        .inline(
          shown.needsInfo ? [.strong(.plain(shown.text), role: "needed")] : .plain(shown.text)),
      ]
    }
    return .section(
      id: "disclosure",
      [
        .heading(level: 2, .plain(sectionHeadings.disclosure)),
        .paragraph(.plain(disclosureSummary)),
        .table(ReportTable(role: "disclosure", columns: columns, rows: rows)),
      ])
  }
}
