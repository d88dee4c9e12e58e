extension ProjectExport {
  /// The report as one JSON object (format "shinsa-export", export version 1).
  public func json() -> String { jsonValue().rendered() }

  /// The report's JSON object; only the sections asked for are built.
  func jsonValue() -> JSONOut {
    let metadata = document.metadata
    let project: JSONOut = .object([
      ("client", .string(metadata.client)),
      ("system", .string(metadata.system)),
      ("assessor", .string(metadata.assessor)),
      ("created", .string(metadata.created)),
      ("modified", .string(metadata.modified)),
      (
        "savedWithRulebook",
        .object([
          ("id", .string(document.rulebookID)), ("version", .string(document.rulebookVersion)),
        ])
      ),
    ])
    let rulebookOut: JSONOut = .object([
      ("id", .string(rulebook.id)),
      ("version", .string(rulebook.version)),
      ("asOf", .string(rulebook.asOf)),
      ("title", .string(rulebook.title.text(language))),
    ])
    var members: [(String, JSONOut)] = [
      ("format", .string("shinsa-export")),
      ("exportVersion", .int(1)),
      ("language", .string(language.rawValue)),
      ("sections", .array(sections.names.map { .string($0) })),
      ("project", project),
      ("rulebook", rulebookOut),
    ]
    if sections.contains(.assessment) {
      members.append(("summary", summary.json()))
      members.append(
        (
          "assessment",
          AssessmentJSON(
            assessment: assessment, rulebook: rulebook, language: language,
            counterfactuals: counterfactuals
          ).document()
        ))
      members.append(("answers", .array(answersOut())))
      members.append(("chase", chaseOut()))
      members.append(("plan", planStatus.json(language: language)))
    }
    if sections.contains(.disclosure) { members.append(("disclosure", .array(disclosureOut()))) }
    if sections.contains(.sandbox) { members.append(("sandbox", sandboxJSON())) }
    members.append(("notice", .string(footer)))
    return .object(members)
  }

  private func answersOut() -> [JSONOut] {
    answers.map { row in
      var members: [(String, JSONOut)] = [
        ("question", .string(row.question.id)),
        ("section", .string(row.question.section)),
        ("text", .string(row.question.text.text(language))),
        ("answer", row.answer?.jsonOut ?? .null),
        ("display", .string(row.display)),
      ]
      if let confidence = row.confidence {
        members.append(("confidence", .string(confidence.rawValue)))
      }
      if !row.note.isEmpty {
        members.append(("note", .string(row.note)))
        if row.notePrivate { members.append(("notePrivate", .bool(true))) }
      }
      members.append(("followUp", .bool(row.followUp)))
      return .object(members)
    }
  }

  private func chaseOut() -> JSONOut {
    let ids = { (rows: [ExportAnswer]) in JSONOut.array(rows.map { .string($0.question.id) }) }
    return .object([
      ("followUp", ids(followUpRows)),
      ("unknown", ids(unknownRows)),
      ("notAnswered", ids(unansweredRows)),
    ])
  }

  private func disclosureOut() -> [JSONOut] {
    disclosure.map { row in
      .object([
        ("id", .string(row.field.id)),
        ("title", .string(row.field.title.text(language))),
        ("state", .string(row.draft.state.rawValue)),
        ("need", .string(row.need.rawValue)),
        ("undecided", .bool(row.undecided)),
        ("moreInformationNeeded", .bool(row.moreInformationNeeded)),
        (
          "frameworks",
          .array(
            row.frameworks.map {
              .object([
                ("name", .string($0.name.text(language))),
                ("status", .string($0.status.rawValue)),
                ("jurisdiction", .string(rulebook.jurisdiction($0.jurisdiction)?.id ?? "jp")),
                ("sources", .array($0.sources.map { .string($0) })),
              ])
            })
        ),
        ("text", .string(row.text)),
        ("reason", .string(row.draft.reason)),
      ])
    }
  }

  func checklistOut(_ item: ChecklistItem) -> JSONOut {
    .object([
      ("state", .string(item.state?.rawValue ?? ChecklistItem.fromAnswers)),
      ("evidence", .string(item.evidence)),
    ])
  }
}
