import ShinsaCore

/// The "why" overlay: the trace of the tier, each regulator and each obligation, the open
/// answers and the single answer changes that would change the conclusions.
func whyLines(_ state: AppState, width: Int) -> [StyledLine] {
  var builder = LineBuilder(width: width)
  guard let workbench = state.workbench else { return [] }
  let language = state.language
  let assessment = workbench.assessment
  func because(_ entry: TraceEntry, appliesBecause: String? = nil) {
    builder.paragraph(
      appliesBecause.map { state.t("Applies because: ", "適用理由: ") + $0 }
        ?? state.t("Answers: ", "回答: ")
        + AssessmentWording.readableBecause(entry.because, state.rulebook, language),
      .muted,
      indent: 4)
    let sources = entry.sources.compactMap { state.rulebook.source($0) }.map { source in
      "\(source.title.text(language)) (\(source.date); "
        + AssessmentWording.sourceKind(source.kind, language) + ")"
        + (source.verified ? "" : state.t(" [unverified]", "［未検証］"))
    }
    if !sources.isEmpty {
      builder.paragraph(
        state.t("Sources: ", "出典: ") + sources.joined(separator: "; "), .muted, indent: 4)
    }
  }
  builder.line(
    Segment(state.t("Tier: ", "区分: "), .accent),
    Segment(" " + tierLabel(state, assessment.tier) + " ", tierRole(assessment.tier)),
    Segment(" " + Tier.notStatutoryLabel(language), .muted))
  noticeLines(state, &builder)
  for entry in assessment.tierTrace {
    let rule = state.rulebook.tierRules.first { $0.id == entry.rule }
    builder.blank()
    builder.paragraph(
      "• "
        + (rule?.reason.text(language)
          ?? state.t("No triage trigger fired, so the tier is standard.", "トリアージの契機に該当しないため標準区分です。")),
      .text, indent: 2)
    if let rule {
      builder.paragraph(state.t("Anchor: ", "根拠: ") + rule.anchor.text(language), .muted, indent: 4)
    }
    builder.paragraph(
      state.t("Status: ", "位置付け: ") + entry.status.label(language), .muted, indent: 4)
    for id in entry.assumptions {
      if let assumption = state.rulebook.assumption(id) {
        builder.paragraph(
          state.t("Assumption (shinsa's choice): ", "前提（shinsaの設定）: ")
            + assumption.title.text(language), .warning, indent: 4)
      }
    }
    because(entry)
  }
  builder.blank()
  builder.line(Segment(state.t("Regulators", "関係省庁"), .accent))
  for finding in assessment.regulators {
    let name =
      state.rulebook.regulator(finding.id).map {
        "\($0.shortName(language)) — \($0.name.text(language))"
      }
      ?? finding.id
    builder.paragraph(
      "• " + name + (finding.role == .primary ? state.t(" (primary)", "（主管）") : ""), .text,
      indent: 2)
    for why in finding.why { builder.paragraph(why.text(language), .muted, indent: 4) }
    if let entry = finding.trace.first { because(entry) }
  }
  builder.blank()
  builder.line(Segment(state.t("Obligations and guidance", "義務・指針"), .accent))
  for finding in assessment.obligations {
    let obligation = finding.obligation
    let status = AssessmentWording.status(
      obligation.status, jurisdiction: obligation.jurisdiction, state.rulebook, language)
    builder.paragraph(
      "• \(obligation.title.text(language)) [\(status)]"
        + (finding.applies == .unknown
          ? state.t(" [", "［") + AssessmentWording.mayApply(finding.trace.because, language)
            + state.t("]", "］") : "")
        + (obligation.verified ? "" : state.t(" [unverified]", "［未検証］")), .text, indent: 2)
    because(
      finding.trace,
      appliesBecause: AssessmentWording.readableAppliesBecause(finding, state.rulebook, language))
  }
  if !assessment.review.isEmpty {
    builder.blank()
    builder.line(Segment(state.t("Open answers that could change this", "結論を変えうる未回答・不明"), .warning))
    for item in assessment.review {
      let questions = item.questions.map { id in
        state.rulebook.question(id).map {
          state.t("“", "「") + $0.text.text(language) + state.t("”", "」")
        }
          ?? id
      }
      builder.paragraph(
        "• " + AssessmentWording.reviewConclusion(item.conclusion, state.rulebook, language) + ": "
          + questions.joined(separator: state.t(", ", "、")), .text, indent: 2)
    }
  }
  builder.blank()
  builder.line(Segment(CounterfactualWording.heading(state.language), .accent))
  let changes = workbench.counterfactuals(state.rulebook)
  for change in changes {
    builder.paragraph(
      "• "
        + CounterfactualWording.sentence(
          change, rulebook: state.rulebook, language: state.language), .text, indent: 2)
  }
  if changes.isEmpty {
    builder.paragraph(CounterfactualWording.none(state.language), .muted, indent: 2)
  }
  return builder.lines
}

/// The rulebook's notice (what the tier is, that this is not legal advice): folded to one line
/// with the key that shows it in full, or all of it once expanded.
private func noticeLines(_ state: AppState, _ builder: inout LineBuilder) {
  if state.dialogSearch.expanded {
    builder.paragraph(state.rulebook.notice.text(state.language), .muted)
    builder.paragraph(state.t("(m: fold this notice)", "（m: この注記をたたむ）"), .muted)
  } else {
    let line = state.t(
      "Not legal advice: check the sources. m: the full notice",
      "法的助言ではありません。出典を確認してください。m: 注記の全文")
    builder.line(Segment(DisplayWidth.truncate(line, to: builder.width), .muted))
  }
}
