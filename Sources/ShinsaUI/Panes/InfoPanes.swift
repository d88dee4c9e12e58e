import ShinsaCore

/// The lines of the guidance, disclosure, sandbox and report panes.
func paneLines(_ state: AppState, _ workbench: WorkbenchState, width: Int) -> [StyledLine] {
  var builder = LineBuilder(width: width)
  switch workbench.pane {
  case .interview: break
  case .guidance: guidanceLines(state, workbench, &builder)
  case .disclosure: disclosureLines(state, workbench, &builder)
  case .sandbox: sandboxLines(state, workbench, &builder)
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

private func disclosureLines(
  _ state: AppState, _ workbench: WorkbenchState, _ builder: inout LineBuilder
) {
  let language = state.language
  let findings = workbench.assessment.disclosure
  let required = findings.filter { $0.need == .required }.count
  let recommended = findings.filter { $0.need == .recommended }.count
  let done = workbench.document.completeDisclosureFields.count
  builder.paragraph(
    state.t(
      "Transparency disclosure: \(required) fields required and \(recommended) recommended for these answers; \(done) of \(findings.count) done.",
      "透明性に関する開示: この回答では必要 \(required) 項目・推奨 \(recommended) 項目。全 \(findings.count) 項目中 \(done) 項目完了。"
    ),
    .accent)
  builder.paragraph(
    state.t(
      "\"Required\" is shinsa's recommendation from the frameworks listed with each field; their status says how binding each one is.",
      "「必要」は各項目に示す枠組みに基づくshinsaの推奨です。拘束力は各枠組みの位置付けを参照してください。"), .muted)
  for finding in findings {
    guard let field = state.rulebook.disclosureFields.first(where: { $0.id == finding.fieldID })
    else { continue }
    let draft = workbench.document.disclosure[field.id] ?? DisclosureDraft()
    let need: (String, StyleRole)
    switch finding.need {
    case .required: need = (state.t("required", "必要"), .warning)
    case .recommended: need = (state.t("recommended", "推奨"), .accent)
    case .notApplicable: need = (state.t("not applicable", "対象外"), .muted)
    }
    let stateText: String
    switch draft.state {
    case .empty: stateText = state.t("empty", "未記入")
    case .draft: stateText = state.t("draft", "下書き")
    case .done: stateText = state.t("done", "完了")
    case .withheld: stateText = state.t("withheld", "非開示")
    case .notApplicable: stateText = state.t("n/a", "対象外")
    }
    builder.blank()
    builder.line(
      Segment(draft.state == .done ? "✓ " : "· ", draft.state == .done ? .success : .muted),
      Segment(field.title.text(language), .text), Segment("  [\(need.0)]", need.1),
      Segment("  \(stateText)", .muted))
    if finding.need == .required, draft.state == .empty {
      builder.paragraph(state.t("More information needed", "要確認"), .warning, indent: 4)
    }
    let frameworks = field.frameworks.map {
      "\($0.name.text(language)): \($0.status.label(language))"
    }
    builder.paragraph(frameworks.joined(separator: "; "), .muted, indent: 4)
    let text = language == .en ? draft.en : draft.ja
    if !text.isEmpty { builder.paragraph("“" + Printable.escaped(text) + "”", .text, indent: 4) }
  }
}

private func sandboxLines(
  _ state: AppState, _ workbench: WorkbenchState, _ builder: inout LineBuilder
) {
  let language = state.language
  let sandbox = workbench.assessment.sandbox
  guard let route = state.rulebook.sandbox.routes.first(where: { $0.id == sandbox.route }) else {
    return
  }
  builder.line(
    Segment(state.t("Route: ", "制度: "), .muted), Segment(route.name.text(language), .accent))
  builder.paragraph(route.summary.text(language))
  if sandbox.route != .none {
    builder.blank()
    builder.line(
      Segment(state.t("Eligibility: ", "適格性: "), .muted),
      Segment(
        AssessmentWording.eligibility(sandbox.eligible, language),
        sandbox.eligible == .yes ? .success : sandbox.eligible == .no ? .error : .warning))
    builder.paragraph(state.t("Statute: ", "根拠法令: ") + route.statute.text(language), .text)
    builder.paragraph(
      state.t("Timing: ", "期間の目安: ") + route.timing.text(language)
        + (route.timingConfirmed ? "" : state.t(" (not confirmed)", "（未確認）")), .text)
    if let desk = state.rulebook.regulator(route.desk) {
      builder.paragraph(state.t("Desk: ", "窓口: ") + desk.name.text(language), .text)
    }
    builder.blank()
    builder.line(Segment(state.t("Criteria", "要件"), .accent))
    for finding in sandbox.criteria {
      let (mark, role): (String, StyleRole) =
        finding.met == .yes ? ("✓", .success) : finding.met == .no ? ("✗", .error) : ("?", .warning)
      builder.line(
        Segment("  \(mark) ", role), Segment(finding.criterion.title.text(language), .text),
        Segment(
          finding.criterion.blocking ? state.t("  (must be met)", "（必須）") : "", .muted))
    }
  }
  if !sandbox.alternatives.isEmpty {
    builder.blank()
    let names = sandbox.alternatives.compactMap { id in
      state.rulebook.sandbox.routes.first { $0.id == id }?.name.text(language)
    }
    builder.paragraph(state.t("Also consider: ", "他の選択肢: ") + names.joined(separator: ", "), .muted)
  }
  guard sandbox.route != .none else { return }
  builder.blank()
  builder.paragraph(
    state.t(
      "A foreign headquarters never rules a route out. Answer the sandbox questions in the interview to close gaps.",
      "海外本社であることは要件外です。ヒアリングのサンドボックス関連の質問に答えると要件の確認が進みます。"), .muted)
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
  for status in LegalStatus.allCases {
    let group = assessment.obligations.filter { $0.obligation.status == status }
    guard !group.isEmpty else { continue }
    builder.blank()
    builder.line(Segment("\(status.label(language)) (\(group.count))", .accent))
    for finding in group {
      let maybe = finding.applies == .unknown ? state.t(" [may apply]", "［適用の可能性］") : ""
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
