extension ProjectExport {
  /// Every visible question with its answer, confidence and note, numbered in interview order
  /// and grouped by the rulebook's sections; a follow-up flag after the question.
  func answersSection() -> ReportBlock {
    let columns: [ReportTable.Column] = [
      .init(t("Question", "質問")), .init(t("Answer", "回答"), role: "note"),
      .init(t("Confidence", "確度")), .init(t("Note", "メモ"), role: "note"),
    ]
    let groups = answerGroups.map { group in
      ReportTable.Group(
        title: .plain(sectionTitle(group.section)),
        rows: group.rows.map { _, row in
          let open = row.answer == nil || row.answer == .unknown
          let note: ReportTable.Cell =
            row.note.isEmpty
            ? .empty
            : row.notePrivate
              ? .qualified(.plain(row.note), qualifier: privateMark, role: "private")
              : .inline(.plain(row.note))
          return [
            .inline(
              [.text(row.question.text.text(language)), .reference(row.question.id)]
                + (row.followUp ? [.flag(t("follow up", "フォローアップ"))] : [])),
            .styled(.plain(row.display), role: open ? "note open" : "note"),
            row.confidence.map { .inline(.plain(confidenceLabel($0))) } ?? .empty,
            note,
          ]
        })
    }
    return .section(
      id: "answers",
      [
        .heading(level: 2, .plain(sectionHeadings.answers)),
        .table(ReportTable(role: "answers", columns: columns, groups: groups, numbered: true)),
      ])
  }

  /// The report's header: its title and the project's metadata, with the tier.
  func headerBlock() -> ReportBlock {
    let metadata = document.metadata
    let fields =
      metadataRows.map { ReportDefinition($0.0, .plain($0.1)) } + [
        ReportDefinition(
          t("Tier", "区分"),
          [
            .strong(.plain(tierName), role: "tier-name"),
            .span(.plain(paren(Tier.notStatutoryLabel(language))), role: "honesty"),
          ])
      ]
    return .header([
      .heading(
        level: 1,
        [
          .text(title), .text(": "), .text(metadata.client), .text(" — "),
          .text(metadata.system),
        ]),
      .fields(fields, role: "meta"),
    ])
  }
}
