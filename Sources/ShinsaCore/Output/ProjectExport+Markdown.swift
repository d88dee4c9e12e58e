extension ProjectExport {
  /// The report as Markdown. Project and rulebook text is escaped so that it reads as text.
  public func markdown() -> String {
    let md = { (text: String) in ReportMarkdown.escape(text) }
    let headings = sectionHeadings
    var lines: [String] = []
    lines.append(
      "# \(md(title)): \(md(document.metadata.client)) — \(md(document.metadata.system))")
    lines.append("")
    for (label, value) in metadataRows { lines.append("- **\(md(label))**: \(md(value))") }
    lines.append(
      "- **\(md(t("Tier", "区分")))**: **\(md(tierName))**"
        + md(paren(Tier.notStatutoryLabel(language))))

    // Sections left out are dropped after rendering, so that each section's code stays whole.
    let assessmentStart = lines.count
    lines.append("")
    lines.append("## \(headings.assessment)")
    lines.append("")
    lines.append(contentsOf: embeddedAssessment())

    lines.append("")
    lines.append("## \(headings.answers)")
    for group in answerGroups {
      lines.append("")
      lines.append("### \(md(sectionTitle(group.section)))")
      lines.append("")
      for (number, row) in group.rows {
        lines.append(
          "\(number). **\(md(row.question.text.text(language)))** (\(code(row.question.id)))")
        let indent = String(repeating: " ", count: "\(number). ".count)
        let detail = indent + "  "
        lines.append("\(indent)- \(md(t("Answer", "回答"))): \(mdBlock(row.display, detail))")
        if let confidence = row.confidence {
          lines.append(
            "\(indent)- \(md(t("Confidence", "確度"))): \(md(confidenceLabel(confidence)))")
        }
        if row.followUp {
          lines.append("\(indent)- \(md(t("Flagged for follow-up", "フォローアップ対象")))")
        }
        if !row.note.isEmpty {
          let label = t("Note", "メモ") + (row.notePrivate ? " " + privateMark : "")
          lines.append("\(indent)- \(md(label)): \(mdBlock(row.note, detail))")
        }
      }
    }

    lines.append(contentsOf: ReportMarkdown.lines(followUpsSection()))
    if !sections.contains(.assessment) { lines.removeSubrange(assessmentStart...) }

    if sections.contains(.disclosure) {
      lines.append(contentsOf: ReportMarkdown.lines(disclosureSection()))
    }

    if showsSandbox {
      lines.append("")
      lines.append("## \(headings.sandbox)")
      lines.append(contentsOf: sandboxMarkdown())
    }

    lines.append("")
    lines.append("---")
    lines.append("")
    lines.append(md(footer))
    return lines.joined(separator: "\n") + "\n"
  }

  func checklistLine(_ item: ChecklistItem, indent: String) -> String {
    let md = { (text: String) in ReportMarkdown.escape(text) }
    var line = "\(indent)- \(md(t("Checklist", "チェックリスト"))): \(md(checklistLabel(item)))"
    if !item.evidence.isEmpty {
      line += "; \(md(t("evidence", "根拠資料"))): \(mdBlock(item.evidence, indent + "  "))"
    }
    return line
  }

  var disclosureSummary: String {
    let required = disclosure.filter { $0.need == .required }.count
    let recommended = disclosure.filter { $0.need == .recommended }.count
    let done = disclosure.filter { $0.draft.state == .done }.count
    let needed = disclosure.filter(\.moreInformationNeeded).count
    return t(
      "\(disclosure.count) fields: \(required) required, \(recommended) recommended, "
        + "\(done) done; \(needed) required fields need more information.",
      "全\(disclosure.count)項目：必要\(required)・推奨\(recommended)・完了\(done)。"
        + "要確認の必要項目\(needed)。")
  }

  /// The Markdown assessment as a section of this report: no title or disclaimer of its own,
  /// headings one level down, under this report's "Assessment" heading.
  private func embeddedAssessment() -> [String] {
    let report = AssessmentReport(
      assessment: assessment, rulebook: rulebook, language: language, style: .markdown,
      embedded: true
    ).render()
    var lines = report.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    while lines.last?.isEmpty == true { lines.removeLast() }
    return lines
  }

  /// An identifier as inline code, or escaped text when it holds a backtick.
  func code(_ id: String) -> String { ReportMarkdown.code(id) }

  func mdBlock(_ text: String, _ continuation: String) -> String {
    ReportMarkdown.escape(text, continuation: continuation)
  }
}
