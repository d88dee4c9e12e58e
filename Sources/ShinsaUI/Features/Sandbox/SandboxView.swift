import ShinsaCore

/// Draws the sandbox pane: the verdict line, the list, and the selected row's detail.
func renderSandbox(
  _ state: AppState, _ workbench: WorkbenchState, _ layout: WorkbenchLayout, _ frame: inout Frame
) {
  let advice = workbench.sandboxAdvice(state.rulebook)
  let entries = sandboxEntries(advice)
  let cursor = max(0, min(entries.count - 1, workbench.sandboxCursor))
  // The summary line.
  let verdictRole: StyleRole
  switch advice.verdict {
  case .likelyEligible: verdictRole = .success
  case .gapsToClose: verdictRole = .warning
  case .notASandboxCase: verdictRole = advice.noRouteNeeded ? .muted : .error
  }
  var x = frame.put(" " + state.t("Route: ", "制度: "), row: layout.pane.top, column: 0, role: .muted)
  x = frame.put(
    DisplayWidth.truncate(advice.route.name.text(state.language), to: frame.width / 2),
    row: layout.pane.top, column: x, role: .accent)
  if advice.route.id != .none {
    x = frame.put("  ", row: layout.pane.top, column: x, role: .muted)
    frame.put(
      DisplayWidth.truncate(
        advice.verdict.label(state.language)
          + (advice.gaps.isEmpty ? "" : " (\(advice.gaps.count))"), to: max(1, frame.width - x - 1)),
      row: layout.pane.top, column: x, role: verdictRole)
  }
  // The list, with section headings that are not selectable.
  var lines: [(entry: Int?, line: StyledLine)] = []
  func heading(_ text: String) { lines.append((nil, [Segment(text, .accent)])) }
  for (index, entry) in entries.enumerated() {
    switch entry {
    case .route:
      lines.append((index, [Segment("  " + state.t("Route and verdict", "制度と判定"), .text)]))
    case .criterion(let number):
      if number == 0 { heading(state.t("Checklist", "チェックリスト")) }
      let row = advice.items[number]
      let mark = checklistMark(row.state)
      let origin = row.origin == .answers ? state.t(" (answers)", "（回答）") : ""
      lines.append(
        (
          index,
          [
            Segment(mark.0 + " ", mark.1),
            Segment(criterionHeadline(row.criterion.title.text(state.language)), .text),
            Segment(origin, .muted),
          ]
        ))
    case .plan(let number):
      if number == 0 { heading(planHeading(advice.route.id, state)) }
      let row = advice.plan[number]
      let draft = row.draft ?? DisclosureDraft()
      let mark = stateMark(
        draft, needsInformation: row.moreInformationNeeded(workbench.draftLanguage))
      lines.append(
        (
          index,
          [Segment(mark.0 + " ", mark.1), Segment(row.item.title.text(state.language), .text)]
        ))
    case .step(let number):
      if number == 0 { heading(state.t("Process", "手続の流れ")) }
      let row = advice.steps[number]
      lines.append(
        (
          index,
          [
            Segment(row.isDone ? "✓ " : "· ", row.isDone ? .success : .muted),
            Segment(row.step.title.text(state.language), .text),
          ]
        ))
    }
  }
  let listTop = layout.pane.top + 2
  let capacity = layout.pane.bottom - listTop + 1
  let cursorLine = lines.firstIndex { $0.entry == cursor } ?? 0
  let first = max(0, min(cursorLine - capacity + 2, lines.count - capacity))
  for (offset, item) in lines.enumerated().dropFirst(first).prefix(capacity) {
    let row = listTop + offset - first
    let selected = item.entry == cursor
    if selected { frame.fill(row: row, role: .selection, from: 0, to: layout.list.width) }
    if let entry = item.entry {
      frame.mark(.sandboxRow(entry), row: row, from: 0, to: layout.list.width)
    }
    var segments = item.line
    if selected { segments = segments.map { Segment($0.text, .selection) } }
    let indent = item.entry == nil ? 1 : 2
    if selected { frame.put("▸", row: row, column: 0, role: .selection) }
    frame.draw(segments, row: row, column: indent, limit: layout.list.width - 1)
  }
  for row in layout.pane.top + 1...layout.pane.bottom {
    frame.put("│", row: row, column: layout.list.width, role: .border)
  }
  // The detail, or the editor on a plan section.
  let entry = entries[cursor]
  if case .plan(let number) = entry, let editor = workbench.draftEditor,
    editor.target == .plan(advice.plan[number].item.id)
  {
    let item = advice.plan[number].item
    renderDraftEditor(
      state, editor, title: item.title.text(state.language),
      prompt: item.prompt.text(state.language),
      other: workbench.draft(editor.target).text(editor.language == .en ? .ja : .en), layout,
      &frame)
    return
  }
  let detail = sandboxDetailLines(state, workbench, advice, entry, width: layout.detail.width)
  renderDetailColumn(state, workbench, .sandbox, lines: detail, layout, &frame)
}

/// The detail of the selected row.
func sandboxDetailLines(
  _ state: AppState, _ workbench: WorkbenchState, _ advice: SandboxAdvice, _ entry: SandboxEntry,
  width: Int
) -> [StyledLine] {
  var builder = LineBuilder(width: width)
  let language = state.language
  func sources(_ ids: [String]) {
    let titles = ids.compactMap { state.rulebook.source($0)?.title.text(language) }
    guard !titles.isEmpty else { return }
    builder.paragraph(state.t("Sources: ", "出典: ") + titles.joined(separator: "; "), .muted)
  }
  func answers(_ because: [TraceAnswer]) -> String {
    because.compactMap { answer -> String? in
      guard let question = state.rulebook.question(answer.question) else { return nil }
      return "\(answer.question) = "
        + ProjectExport.display(answer.answer, for: question, language)
    }.joined(separator: state.t("; ", "、"))
  }
  switch entry {
  case .route:
    builder.paragraph(advice.route.name.text(language), .accent)
    builder.paragraph(advice.route.summary.text(language))
    if !advice.because.isEmpty {
      builder.paragraph(state.t("Because: ", "根拠となる回答: ") + answers(advice.because), .muted)
    }
    if !advice.openQuestions.isEmpty {
      let texts = advice.openQuestions.compactMap {
        state.rulebook.question($0)?.text.text(language)
      }
      builder.paragraph(
        state.t("Answer first: ", "先に回答してください: ") + texts.joined(separator: " / "), .warning)
    }
    if advice.route.id != .none {
      builder.blank()
      builder.paragraph(state.t("Statute: ", "根拠法令: ") + advice.route.statute.text(language))
      builder.paragraph(
        state.t("Time: ", "期間: ") + advice.timing.text(language)
          + (advice.timingConfirmed
            ? state.t(" (confirmed)", "（確認済み）") : state.t(" (not confirmed)", "（未確認）")),
        advice.timingConfirmed ? .text : .warning)
      builder.paragraph(
        state.t("Made public: ", "公表される内容: ") + advice.publication.text.text(language)
          + (advice.publication.confirmed ? "" : state.t(" (not confirmed)", "（未確認）")))
      if let desk = advice.desk {
        builder.paragraph(state.t("Desk: ", "窓口: ") + desk.name.text(language))
      }
      builder.blank()
      builder.paragraph(
        state.t("Verdict: ", "判定: ") + advice.verdict.label(language),
        advice.verdict == .likelyEligible ? .success : .warning)
      for gap in advice.gaps {
        let mark = checklistMark(gap.state)
        builder.paragraph(
          "\(mark.0) " + criterionHeadline(gap.criterion.title.text(language)), mark.1, indent: 2)
      }
    }
    if !advice.alternatives.isEmpty {
      builder.blank()
      builder.paragraph(state.t("Also consider:", "他の選択肢:"), .muted)
      for alternative in advice.alternatives {
        builder.paragraph(
          "· " + alternative.name.text(language) + state.t(": ", "：")
            + alternative.summary.text(language), .muted, indent: 2)
      }
    }
    builder.blank()
    builder.paragraph(
      state.t(
        "A foreign headquarters never rules a route out. The verdict is shinsa's advice, not an official decision.",
        "海外本社であることで制度が使えなくなることはありません。判定はshinsaの助言であり、公式の判断ではありません。"), .muted)
    sources(advice.route.sources)
  case .criterion(let index):
    let row = advice.items[index]
    builder.paragraph(row.criterion.title.text(language), .text)
    builder.blank()
    let suggested = row.suggested.label(state.language)
    builder.paragraph(
      state.t("From the answers: ", "回答から: ") + suggested
        + (row.because.isEmpty
          ? "" : state.t(" (", "（") + answers(row.because) + state.t(")", "）")),
      .muted)
    if let own = row.entry?.state {
      builder.paragraph(
        state.t("Your checklist: ", "チェックリスト: ") + own.label(state.language), .accent)
    }
    builder.paragraph(
      state.t("Counts as: ", "扱い: ") + row.state.label(state.language),
      checklistMark(row.state).1)
    if row.criterion.blocking {
      builder.paragraph(
        state.t("Must be met: a no here rules the route out.", "必須: 「いいえ」の場合はこの制度を利用できません。"),
        .warning)
    }
    builder.blank()
    builder.paragraph(
      state.t("Evidence: ", "根拠資料: ")
        + (row.evidence.isEmpty ? state.t("(none yet)", "（未記入）") : TextSafety.escaped(row.evidence))
    )
    sources(row.sources)
    let actions = planActions(
      for: "criterion:" + row.criterion.id, state, workbench, openOnly: false)
    if !actions.isEmpty {
      builder.blank()
      builder.paragraph(state.t("Actions:", "対応:"), .accent)
      for entry in actions {
        builder.line([Segment("  ", .text)] + targetActionLine(state, entry))
      }
    }
    builder.blank()
    builder.paragraph(
      state.t(
        "y yes · n no · u unknown · a n/a · Backspace back to the answers (keeps the evidence) · Enter evidence · + action",
        "y はい · n いいえ · u 不明 · a 対象外 · Backspace 回答に戻す（根拠資料は残る） · Enter 根拠資料 · + 対応を追加"),
      .muted)
  case .plan(let index):
    let row = advice.plan[index]
    builder.paragraph(row.item.title.text(language), .accent)
    builder.paragraph(
      row.item.article.text(language)
        + (row.item.required ? state.t(" · required in the plan", " · 計画の必須記載事項") : ""), .muted)
    let draft = row.draft ?? DisclosureDraft()
    builder.paragraph(
      state.t("State: ", "状態: ") + draft.state.label(state.language)
        + (draft.lagging.map { lagText(state, draft, $0) } ?? ""),
      draft.lagging == nil ? .text : .warning)
    builder.blank()
    for shown in width >= 76 ? [Language.en, .ja] : [workbench.draftLanguage] {
      let text = draft.text(shown)
      builder.line(
        Segment(
          (shown == workbench.draftLanguage ? "▸ " : "") + languageName(state, shown), .accent))
      if !text.isEmpty {
        builder.userText(text)
      } else if let prefill = row.prefill?.text(shown), !prefill.isEmpty {
        builder.paragraph(
          state.t("Suggested from your answers (p uses it):", "回答からの下書き（p で使用）:"), .muted)
        builder.userText(prefill, .muted)
      } else if row.moreInformationNeeded(shown) {
        builder.paragraph(DisclosureNeed.moreInformationNeeded.text(state.language), .warning)
      } else {
        builder.paragraph(state.t("(empty)", "（未記入）"), .muted)
      }
    }
    builder.blank()
    builder.paragraph(state.t("What to write: ", "書くこと: ") + row.item.prompt.text(language), .muted)
    sources(row.item.sources)
  case .step(let index):
    let row = advice.steps[index]
    builder.paragraph(row.step.title.text(language), .accent)
    if let article = row.step.article { builder.paragraph(article.text(language), .muted) }
    if let timing = row.step.timing {
      builder.paragraph(
        state.t("Time: ", "期間: ") + timing.text(language)
          + (row.step.timingConfirmed == true
            ? state.t(" (confirmed)", "（確認済み）") : state.t(" (not confirmed)", "（未確認）")))
    }
    if let evidence = row.step.evidence {
      builder.paragraph(
        state.t("Keep as evidence: ", "保存する記録: ") + evidence.text(language), .warning)
    }
    builder.blank()
    let date = row.progress?.date ?? ""
    builder.paragraph(
      state.t("Done on: ", "実施日: ") + (date.isEmpty ? state.t("not yet", "未実施") : date))
    let note = row.progress?.note ?? ""
    builder.paragraph(
      state.t("Note: ", "メモ: ")
        + (note.isEmpty ? state.t("(none)", "（なし）") : TextSafety.escaped(note)))
    sources(row.step.sources)
    builder.blank()
    builder.paragraph(
      state.t("D date · Enter note · Backspace clear", "D 実施日 · Enter メモ · Backspace 消去"), .muted)
  }
  return builder.lines
}

/// The heading of the plan rows: each route's plan has its own name.
private func planHeading(_ route: SandboxRouteID, _ state: AppState) -> String {
  switch route {
  case .projectSandbox: return state.t("Demonstration plan", "実証計画")
  case .newBusinessException: return state.t("New business activity plan", "新事業活動計画")
  case .regionalSandbox: return state.t("Input for the zone plan", "区域計画に盛り込む内容")
  case .none, .grayZone, .ordinaryPermits: return state.t("Plan", "計画")
  }
}

/// The first sentence of a criterion's title, not cut at the abbreviations legal citations
/// use ("ICEA Art. 2(3)" stays whole).
func criterionHeadline(_ text: String) -> String {
  let abbreviations: Set<String> = ["Art", "Arts", "No", "Nos"]
  var index = text.startIndex
  while index < text.endIndex {
    let character = text[index]
    if character == "。" { return String(text[...index]) }
    if character == "." {
      let next = text.index(after: index)
      let word = text[..<index].split(separator: " ").last.map { $0.drop { $0 == "(" } } ?? ""
      if (next == text.endIndex || text[next] == " ") && !abbreviations.contains(String(word)) {
        return String(text[...index])
      }
    }
    index = text.index(after: index)
  }
  return text
}
