import ShinsaCore

/// The lines of the guidance and report panes.
func paneLines(_ state: AppState, _ workbench: WorkbenchState, width: Int) -> [StyledLine] {
  var builder = LineBuilder(width: width)
  switch workbench.pane {
  // The disclosure and sandbox panes draw their own list and detail columns.
  case .interview, .disclosure, .sandbox: break
  case .guidance: guidanceLines(state, workbench, &builder)
  case .report: reportLines(state, workbench, &builder)
  }
  return builder.lines
}

private func guidanceLines(
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
    builder.line(
      Segment("\(regulator.abbreviation) — \(regulator.name.text(language))", .accent),
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

private func reportLines(
  _ state: AppState, _ workbench: WorkbenchState, _ builder: inout LineBuilder
) {
  let language = state.language
  let assessment = workbench.assessment
  let interview = workbench.interview
  builder.line(
    Segment(state.t("Tier: ", "区分: "), .muted),
    Segment(" " + tierLabel(state, assessment.tier) + " ", tierRole(assessment.tier)),
    Segment(" " + Tier.notStatutoryLabel(language), .muted))
  let progress = interview.progress
  builder.paragraph(
    state.t(
      "\(progress.answered) of \(progress.total) questions answered; \(assessment.review.count) conclusion(s) wait on open answers.",
      "\(progress.total) 問中 \(progress.answered) 問回答済み。未確定の結論 \(assessment.review.count) 件。"))
  for (status, jurisdiction, group) in AssessmentWording.groups(
    assessment.obligations, state.rulebook)
  {
    builder.blank()
    let heading = AssessmentWording.groupHeading(status, jurisdiction, state.rulebook, language)
    builder.line(Segment("\(heading) (\(group.count))", .accent))
    if let label = AssessmentWording.jurisdictionLabel(jurisdiction, state.rulebook, language) {
      builder.paragraph(label, .muted, indent: 2)
    }
    for finding in group {
      let maybe =
        finding.applies == .unknown
        ? state.t(" [", "［") + AssessmentWording.mayApply(finding.trace.because, language)
          + state.t("]", "］") : ""
      builder.paragraph("• " + finding.obligation.title.text(language) + maybe, .text, indent: 2)
    }
  }
  let followUps = interview.followUps
  builder.blank()
  builder.line(Segment(state.t("Follow-ups", "要フォローアップ"), .accent))
  if followUps.isEmpty { builder.paragraph(state.t("none", "なし"), .muted, indent: 2) }
  for id in followUps {
    let text = state.rulebook.question(id)?.text.text(language) ?? id
    let meta = interview.meta[id]
    let note = meta?.note ?? ""
    let label = meta?.notePrivate == true ? state.t(" — (private note) ", " —（非公開メモ）") : " — "
    builder.paragraph(
      "⚑ " + text + (note.isEmpty ? "" : label + Printable.escaped(note)), .text, indent: 2)
  }
  let open = interview.visibleQuestions.filter {
    interview.answers[$0.id] == nil || interview.answers[$0.id] == .unknown
  }
  builder.blank()
  builder.line(Segment(state.t("Answers to chase", "確認が必要な回答"), .accent))
  if open.isEmpty { builder.paragraph(state.t("none", "なし"), .muted, indent: 2) }
  for question in open {
    let mark =
      interview.answers[question.id] == .unknown
      ? state.t("unknown", "不明") : state.t("not answered", "未回答")
    builder.paragraph("• \(question.text.text(language)) (\(mark))", .text, indent: 2)
  }
  builder.blank()
  builder.paragraph(
    state.t(
      "x: export to Markdown, HTML or JSON (the formats of shinsa export)",
      "x: Markdown・HTML・JSONに出力"), .muted)
}
