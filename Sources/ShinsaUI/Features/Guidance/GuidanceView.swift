import ShinsaCore

/// The guidance pane: the regulators that apply, with their documents and what to watch.
func guidanceLines(
  _ state: AppState, _ workbench: WorkbenchState, _ builder: inout LineBuilder
) {
  let language = state.language
  builder.paragraph(
    state.t(
      "The regulators that apply, primary first, with their key documents and their legal status.",
      "該当する省庁（主管が先頭）と主な文書、その法的位置付け。"), .muted)
  for finding in workbench.assessment.regulators {
    guard let regulator = state.rulebook.regulator(finding.id) else { continue }
    builder.blank()
    let role = finding.role == .primary ? state.t("primary", "主管") : state.t("secondary", "関係")
    let short = regulator.shortName(language)
    let full = regulator.name.text(language)
    builder.line(
      Segment(short == full ? full : "\(short) — \(full)", .accent),
      Segment(state.t("  (\(role))", "（\(role)）"), finding.role == .primary ? .accent : .muted))
    builder.paragraph(regulator.role.text(language), .text, indent: 2)
    for why in finding.why {
      builder.paragraph(state.t("Why here: ", "理由: ") + why.text(language), .muted, indent: 2)
    }
    if !regulator.documents.isEmpty {
      builder.line(Segment("  " + state.t("Documents", "主な文書"), .accent))
      for document in regulator.documents {
        builder.paragraph(
          "• \(document.title.text(language)) — \(document.date) — \(document.status.label(language))",
          .text,
          indent: 4)
      }
    }
    if let watch = regulator.watch, !watch.isEmpty {
      builder.line(Segment("  " + state.t("To watch", "今後の注目点"), .warning))
      for item in watch { builder.paragraph("• " + item.text(language), .text, indent: 4) }
    }
  }
}
