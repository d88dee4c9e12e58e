extension ProjectExport {
  /// The report as Markdown. Project and rulebook text is escaped so that it reads as text.
  public func markdown() -> String {
    let md = { (text: String) in ReportMarkdown.escape(text) }
    // The document starts with its title, not with a blank line.
    var lines = Array(ReportMarkdown.lines([headerBlock()]).drop { $0.isEmpty })
    if sections.contains(.assessment) {
      lines += ReportMarkdown.lines([summary.blocks()])
      lines += assessmentMarkdown()
      lines += ReportMarkdown.lines([answersSection(), followUpsSection(), planSection()])
    }
    if sections.contains(.disclosure) {
      lines.append(contentsOf: ReportMarkdown.lines(disclosureSection()))
    }
    if showsSandbox {
      lines += ["", "## \(sectionHeadings.sandbox)"] + sandboxMarkdown()
    }
    lines += ["", "---", "", md(footer)]
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

  /// The assessment as a section of this report: no title or disclaimer of its own, its
  /// headings one level down, under this report's "Assessment" heading.
  private func assessmentMarkdown() -> [String] {
    let assessment = AssessmentReport(
      assessment: assessment, rulebook: rulebook, language: language, style: .markdown,
      embedded: true, counterfactuals: counterfactuals)
    return ReportMarkdown.lines([.heading(level: 2, .plain(sectionHeadings.assessment))])
      + ReportMarkdown.compactLines(assessment.blocks())
  }

  /// An identifier as inline code, or escaped text when it holds a backtick.
  func code(_ id: String) -> String { ReportMarkdown.code(id) }

  func mdBlock(_ text: String, _ continuation: String) -> String {
    ReportMarkdown.escape(text, continuation: continuation)
  }
}
