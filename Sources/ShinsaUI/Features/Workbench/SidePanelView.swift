import ShinsaCore

/// Draws the side panel in `side`, with its border on the column to its left.
func renderSidePanel(
  _ state: AppState, _ workbench: WorkbenchState, _ side: Rect, _ frame: inout Frame
) {
  for row in side.top...side.bottom {
    frame.put("│", row: row, column: side.left - 1, role: .border)
  }
  let lines = sidePanelLines(state, workbench, width: side.width - 2)
  for (index, line) in lines.prefix(side.height).enumerated() {
    frame.draw(line, row: side.top + index, column: side.left + 1, limit: frame.width)
  }
}

/// The live assessment beside the interview on wide screens.
func sidePanelLines(_ state: AppState, _ workbench: WorkbenchState, width: Int) -> [StyledLine] {
  var builder = LineBuilder(width: width)
  let assessment = workbench.assessment
  builder.line(Segment(state.t("Live assessment", "評価（リアルタイム）"), .accent))
  builder.line(Segment(" " + tierLabel(state, assessment.tier) + " ", tierRole(assessment.tier)))
  builder.paragraph(Tier.notStatutoryLabel(state.language), .muted)
  for entry in assessment.tierTrace.prefix(3) {
    let reason =
      state.rulebook.tierRules.first { $0.id == entry.rule }?.reason.text(state.language)
      ?? state.t("No triage trigger fired.", "トリアージの契機に該当しません。")
    builder.paragraph("• " + firstSentence(reason), .text, indent: 0)
  }
  builder.blank()
  builder.line(Segment(state.t("Regulators", "関係省庁"), .accent))
  for finding in assessment.regulators {
    let name = state.rulebook.regulator(finding.id)?.shortName(state.language) ?? finding.id
    builder.line(
      Segment(finding.role == .primary ? "★ " : "  ", .accent),
      Segment(name, finding.role == .primary ? .accent : .text),
      Segment(finding.role == .primary ? state.t(" (primary)", "（主管）") : "", .muted))
  }
  builder.blank()
  builder.line(Segment(state.t("Obligations", "義務・指針"), .accent))
  // Foreign law is counted under its own jurisdiction, never as plain "Binding law".
  for (status, jurisdiction, group) in AssessmentWording.groups(
    assessment.obligations, state.rulebook)
  {
    let heading = AssessmentWording.groupHeading(
      status, jurisdiction, state.rulebook, state.language)
    builder.line(Segment("  \(group.count)  ", .text), Segment(heading, .muted))
  }
  if !assessment.review.isEmpty {
    builder.blank()
    builder.paragraph(
      state.t(
        "\(assessment.review.count) conclusion(s) wait on open answers.",
        "未回答・不明の回答により \(assessment.review.count) 件が未確定です。"), .warning)
  }
  builder.blank()
  builder.paragraph(state.t("w: why, with sources", "w: 理由と出典"), .muted)
  return builder.lines
}

/// The first sentence of `text` (for compact lists).
func firstSentence(_ text: String) -> String {
  if let end = text.firstIndex(where: { $0 == "." || $0 == "。" }) {
    return String(text[...end])
  }
  return text
}
