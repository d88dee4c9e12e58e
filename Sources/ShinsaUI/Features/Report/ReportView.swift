import ShinsaCore

/// The report pane: the summary (the same as the exported report's first section), then the
/// obligations by legal status, follow-ups and open answers.
func reportLines(
  _ state: AppState, _ workbench: WorkbenchState, _ builder: inout LineBuilder
) {
  let language = state.language
  let assessment = workbench.assessment
  let interview = workbench.interview
  summaryLines(state, reportSummary(state, workbench), &builder)
  builder.blank()
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
      "⚑ " + text + (note.isEmpty ? "" : label + TextSafety.escaped(note)), .text, indent: 2)
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

/// The day the report's summary judges overdue actions on: the clock's date.
func reportToday(_ state: AppState) -> String {
  String(state.now.prefix(10))
}

/// The summary of the open project on the clock's date. Evidence states do not enter it (the
/// counts are of statuses), so no file is read here.
func reportSummary(_ state: AppState, _ workbench: WorkbenchState) -> ReportSummary {
  let today = reportToday(state)
  let plan = PlanStatusReport(
    plan: workbench.document.plan, assessment: workbench.assessment, rulebook: state.rulebook,
    today: today
  ) { _ in .ok }
  return ReportSummary(
    interview: workbench.interview, assessment: workbench.assessment, rulebook: state.rulebook,
    plan: plan,
    counterfactuals: workbench.counterfactuals(state.rulebook), language: state.language)
}

/// The summary's lines: tier, primary regulator, counts by status, overdue actions, the
/// number of open questions (listed under "Answers to chase") and what would change the tier.
func summaryLines(_ state: AppState, _ summary: ReportSummary, _ builder: inout LineBuilder) {
  let labels = summary.labels
  builder.line(Segment(summary.heading, .accent))
  builder.line(
    Segment(labels.tier + state.t(": ", "："), .muted),
    Segment(" " + summary.tierLabel + " ", tierRole(summary.tier)),
    Segment(" " + summary.notStatutory, .muted))
  builder.paragraph(labels.regulator + state.t(": ", "：") + summary.regulatorText)
  builder.paragraph(labels.obligations + state.t(": ", "：") + summary.countsText)
  if summary.overdueActions.isEmpty {
    builder.paragraph(labels.overdue + state.t(": none", "：なし"))
  } else {
    builder.line(
      Segment(labels.overdue + " (\(summary.overdueActions.count))", .warning))
    for action in summary.overdueActions {
      builder.paragraph("• " + TextSafety.escaped(summary.actionText(action)), .text, indent: 2)
    }
  }
  builder.paragraph(
    labels.open + state.t(": ", "：")
      + (summary.openQuestions.isEmpty
        ? state.t("none", "なし")
        : state.t(
          "\(summary.openQuestions.count) (under Answers to chase)",
          "\(summary.openQuestions.count) 件（「確認が必要な回答」を参照）")))
  if summary.tierChanges.isEmpty {
    builder.paragraph(labels.changes + state.t(": none", "：なし"))
  } else {
    builder.paragraph(labels.changes + " (\(summary.tierChanges.count))")
    for change in summary.tierChanges {
      builder.paragraph("• " + change.sentence, .text, indent: 2)
    }
  }
}
