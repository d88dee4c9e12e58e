import ShinsaCore

/// Draws a dialog over the screen.
func renderOverlay(_ state: AppState, _ overlay: Overlay, _ frame: inout Frame) {
  let width = min(frame.width - 4, 100)
  let left = (frame.width - width) / 2
  switch overlay {
  case .help(let scroll):
    let lines = helpLines(state, width: width - 4)
    scrollingBox(
      state, &frame, title: state.t("Keys — Esc to close", "キー一覧 — Escで閉じる"), lines: lines,
      scroll: scroll)
  case .about(let scroll):
    scrollingBox(
      state, &frame, title: state.t("About this question — Esc to close", "この質問について — Escで閉じる"),
      lines: aboutLines(state, width: width - 4), scroll: scroll)
  case .why(let scroll):
    let lines = whyLines(state, width: width - 4)
    scrollingBox(
      state, &frame, title: state.t("Why — reasons, answers and sources", "理由 — 回答と出典"),
      lines: lines, scroll: scroll)
  case .jump(let jump):
    let targets = jumpTargets(state, filter: jump.filter.text)
    let height = frame.height - 4
    frame.box(
      top: 2, left: left, width: width, height: height,
      title: state.t("Jump to a question", "質問へ移動"))
    let x = frame.put(state.t("Filter: ", "絞り込み: "), row: 3, column: left + 2, role: .muted)
    let shown = jump.filter.visible(width: width - (x - left) - 3)
    frame.put(shown.text, row: 3, column: x, role: .text)
    frame.cursor = CursorPosition(row: 3, column: x + shown.cursorColumn)
    let capacity = height - 4
    let first = max(0, min(jump.cursor - capacity / 2, targets.count - capacity))
    var row = 5
    let answers = state.workbench?.interview.answers ?? [:]
    for (index, question) in targets.enumerated().dropFirst(first).prefix(capacity) {
      let selected = index == jump.cursor
      if selected { frame.fill(row: row, role: .selection, from: left + 1, to: left + width - 1) }
      let section =
        state.rulebook.sections.first { $0.id == question.section }?.title.text(state.language)
        ?? ""
      let mark = answers[question.id] == nil ? "·" : answers[question.id] == .unknown ? "?" : "✓"
      let text =
        "\(selected ? "▸" : " ") \(mark) \(section) › \(question.text.text(state.language))"
      frame.put(
        DisplayWidth.truncate(text, to: width - 4), row: row, column: left + 2,
        role: selected ? .selection : .text)
      row += 1
    }
  case .note(let field, let isPrivate):
    let top = frame.height / 2 - 3
    frame.box(top: top, left: left, width: width, height: 6, title: state.t("Note", "メモ"))
    let shown = field.visible(width: width - 6)
    frame.put("[", row: top + 2, column: left + 2, role: .muted)
    frame.put(shown.text, row: top + 2, column: left + 3, role: .text)
    frame.put("]", row: top + 2, column: left + width - 3, role: .muted)
    frame.cursor = CursorPosition(row: top + 2, column: left + 3 + shown.cursorColumn)
    let privacy =
      isPrivate
      ? state.t("private: kept out of client exports", "非公開: 顧客向け出力に含めない")
      : state.t("shared: appears in exports", "共有: 出力に含める")
    frame.put(
      DisplayWidth.truncate(
        state.t(
          "Enter/Esc save · Ctrl-G cancel · Ctrl-T ",
          "Enter/Esc 保存 · Ctrl-G 取消 · Ctrl-T ") + privacy,
        to: width - 4),
      row: top + 4, column: left + 2, role: .muted)
  case .prompt(let purpose, let field, let problem):
    let top = frame.height / 2 - 3
    frame.box(top: top, left: left, width: width, height: 7, title: promptTitle(state, purpose))
    let shown = field.visible(width: width - 6)
    frame.put("[", row: top + 2, column: left + 2, role: .muted)
    frame.put(shown.text, row: top + 2, column: left + 3, role: .text)
    frame.put("]", row: top + 2, column: left + width - 3, role: .muted)
    frame.cursor = CursorPosition(row: top + 2, column: left + 3 + shown.cursorColumn)
    if let problem {
      frame.put(
        DisplayWidth.truncate(problem, to: width - 4), row: top + 3, column: left + 2,
        role: .error)
    }
    frame.put(
      DisplayWidth.truncate(promptHint(state, purpose), to: width - 4),
      row: top + 5, column: left + 2, role: .muted)
  case .newProject(let form):
    let top = frame.height / 2 - 5
    frame.box(
      top: top, left: left, width: width, height: 10, title: state.t("New project", "新規プロジェクト"))
    let labels = [state.t("Name", "名前"), state.t("Client", "顧客"), state.t("System", "システム")]
    for (index, label) in labels.enumerated() {
      let row = top + 2 + index * 2
      frame.put(label, row: row, column: left + 2, role: index == form.focus ? .accent : .muted)
      let shown = form.fields[index].visible(width: width - 18)
      frame.put("[" + shown.text, row: row, column: left + 12, role: .text)
      frame.put("]", row: row, column: left + width - 4, role: .muted)
      if index == form.focus {
        frame.cursor = CursorPosition(row: row, column: left + 13 + shown.cursorColumn)
      }
    }
    let footer =
      form.problem.map { "✗ " + $0 }
      ?? state.t("Tab next field · Enter create · Esc cancel", "Tab 次の欄 · Enter 作成 · Esc 取消")
    frame.put(
      DisplayWidth.truncate(footer, to: width - 4), row: top + 8, column: left + 2,
      role: form.problem == nil ? .muted : .error)
  case .export(let cursor):
    let top = frame.height / 2 - 4
    frame.box(
      top: top, left: left, width: width, height: 8, title: state.t("Export the report", "レポートを出力"))
    let names = [
      state.t("Markdown (.md)", "Markdown (.md)"),
      state.t("HTML, one printable file", "HTML（印刷用の1ファイル）"),
      state.t("JSON", "JSON"),
    ]
    for (index, name) in names.enumerated() {
      let row = top + 2 + index
      if index == cursor {
        frame.fill(row: row, role: .selection, from: left + 1, to: left + width - 1)
      }
      frame.put(
        (index == cursor ? "▸ " : "  ") + name, row: row, column: left + 2,
        role: index == cursor ? .selection : .text)
    }
    frame.put(
      DisplayWidth.truncate(
        state.t(
          "Written to the exports folder beside the project; private notes stay out.",
          "プロジェクトの exports フォルダーに書き出します（非公開メモは含めません）。"), to: width - 4),
      row: top + 6, column: left + 2, role: .muted)
  case .inputRecovery(let input):
    renderInputRecovery(state, input, &frame, left: left, width: width)
  case .recovery:
    let top = frame.height / 2 - 3
    frame.box(
      top: top, left: left, width: width, height: 6,
      title: state.t("Unsaved changes found", "未保存の変更があります"))
    frame.put(
      DisplayWidth.truncate(
        state.t(
          "The last session ended before saving. Restore its changes?",
          "前回のセッションは保存前に終了しました。変更を復元しますか？"),
        to: width - 4), row: top + 2, column: left + 2, role: .text)
    frame.put(
      state.t(
        "y restore them (the saved file becomes the .bak) · n discard them",
        "y 復元（保存済みのファイルは .bak に） · n 破棄"), row: top + 4, column: left + 2, role: .accent)
  }
}

/// The keys of a one-line prompt: Esc keeps typing except in the date dialog.
func promptHint(_ state: AppState, _ purpose: PromptPurpose) -> String {
  if case .stepDate = purpose {
    return state.t("Enter save · Esc cancel", "Enter 保存 · Esc 取消")
  }
  return state.t("Enter save · Esc keep · Ctrl-G cancel", "Enter 保存 · Esc 保持 · Ctrl-G 取消")
}

/// The "unsaved typing found" dialog: where it was typed and what would be restored.
private func renderInputRecovery(
  _ state: AppState, _ input: PendingInput, _ frame: inout Frame, left: Int, width: Int
) {
  let inner = width - 4
  let shown = inputShownText(input)
  let inert = shown.split(separator: "\n", omittingEmptySubsequences: false).map {
    Printable.escaped(String($0))
  }
  var lines = DisplayWidth.wrap(inert.joined(separator: "\n"), width: inner - 2)
  if lines.isEmpty { lines = [""] }
  let room = max(1, min(8, frame.height - 12))
  if lines.count > room {
    lines = Array(lines.prefix(room))
    lines[room - 1] = DisplayWidth.truncate(lines[room - 1] + " …", to: inner - 2)
  }
  let height = lines.count + 7
  let top = max(1, (frame.height - height) / 2)
  frame.box(
    top: top, left: left, width: width, height: height,
    title: state.t("Unsaved typing found", "未保存の入力があります"))
  frame.put(
    DisplayWidth.truncate(
      state.t(
        "The last session ended while this was being typed, before it was saved:",
        "前回のセッションは、次の入力を保存する前に終了しました:"), to: inner),
    row: top + 1, column: left + 2, role: .text)
  frame.put(
    DisplayWidth.truncate(inputPlace(state, input), to: inner), row: top + 2, column: left + 2,
    role: .accent)
  for (index, line) in lines.enumerated() {
    frame.put(line, row: top + 3 + index, column: left + 4, role: .text)
  }
  let count = shown.count
  frame.put(
    DisplayWidth.truncate(
      state.t("\(count) characters", "\(count) 文字"), to: inner),
    row: top + 3 + lines.count, column: left + 2, role: .muted)
  frame.put(
    DisplayWidth.truncate(
      state.t(
        "y restore it where it was typed · n discard it",
        "y 入力していた場所に復元 · n 破棄"), to: inner),
    row: top + height - 2, column: left + 2, role: .accent)
}

private func scrollingBox(
  _ state: AppState, _ frame: inout Frame, title: String, lines: [StyledLine], scroll: Int
) {
  let width = min(frame.width - 4, 100)
  let left = (frame.width - width) / 2
  let height = frame.height - 2
  // A full-height dialog: blank what is behind it so nothing peeks out at the sides.
  for row in 1..<(frame.height - 1) { frame.fill(row: row, role: .text) }
  frame.box(top: 1, left: left, width: width, height: height, title: title)
  let capacity = height - 2
  let offset = min(scroll, max(0, lines.count - capacity))
  for (index, line) in lines.dropFirst(offset).prefix(capacity).enumerated() {
    frame.draw(line, row: 2 + index, column: left + 2, limit: left + width - 2)
  }
  if lines.count > capacity {
    let more = " \(offset + 1)–\(min(lines.count, offset + capacity))/\(lines.count) ↑↓ "
    frame.put(more, row: height, column: left + width - DisplayWidth.of(more) - 2, role: .muted)
  }
}

/// The help overlay's lines, generated from the keymap.
func helpLines(_ state: AppState, width: Int) -> [StyledLine] {
  var builder = LineBuilder(width: width)
  let context: KeyContext
  switch state.screen {
  case .browser: context = .browser
  case .workbench: context = state.workbench.map { Keymap.context(for: $0.pane) } ?? .pane
  }
  for binding in Keymap.bindings(for: context) {
    let keys = binding.keys.map(\.label).joined(separator: " ")
    let padded = keys + String(repeating: " ", count: max(1, 19 - DisplayWidth.of(keys)))
    builder.line(Segment(padded, .key), Segment(binding.help.text(state.language), .text))
  }
  builder.blank()
  builder.line(Segment(state.t("In text fields", "入力欄では"), .accent))
  builder.paragraph(
    state.t(
      "Ctrl-A/E start/end · Ctrl-B/F or ←/→ move · Alt-B/F word · Ctrl-K/U kill to end/start · Ctrl-W kill word · paste works",
      "Ctrl-A/E 先頭/末尾 · Ctrl-B/F または ←/→ 移動 · Alt-B/F 単語移動 · Ctrl-K/U 末尾/先頭まで削除 · Ctrl-W 単語削除 · 貼り付け可"
    ),
    .text)
  if context == .disclosure || context == .sandbox {
    builder.blank()
    builder.line(Segment(state.t("In the text editor", "本文の編集中は"), .accent))
    builder.paragraph(
      state.t(
        "Enter new line · ↑↓ move by screen row · Ctrl-A/E/K/U/W/Y as above · Alt-U or Ctrl-_ undo · Alt-E redo · Ctrl-S save · Esc done (keeps the text) · Ctrl-G cancel (puts the text back)",
        "Enter 改行 · ↑↓ 表示行の移動 · Ctrl-A/E/K/U/W/Y は上と同じ · Alt-U または Ctrl-_ 元に戻す · Alt-E やり直し · Ctrl-S 保存 · Esc 完了（本文を保持） · Ctrl-G 取消（元の本文に戻す）"
      ), .text)
  }
  builder.blank()
  builder.paragraph(
    state.t(
      "Every change is saved at once. The tier is shinsa's triage tier, not a statutory category.",
      "変更はすぐに保存されます。区分はshinsaのトリアージ区分で、法令上の区分ではありません。"), .muted)
  return builder.lines
}

/// The "why" overlay: the trace of the tier, each regulator and each obligation.
func whyLines(_ state: AppState, width: Int) -> [StyledLine] {
  var builder = LineBuilder(width: width)
  guard let workbench = state.workbench else { return [] }
  let language = state.language
  let assessment = workbench.assessment
  func because(_ entry: TraceEntry, appliesBecause: String? = nil) {
    builder.paragraph(
      appliesBecause.map { state.t("Applies because: ", "適用理由: ") + $0 }
        ?? state.t("Answers: ", "回答: ") + AssessmentWording.because(entry.because, language),
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
  builder.paragraph(state.rulebook.notice.text(language), .muted)
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
      state.rulebook.regulator(finding.id).map { "\($0.abbreviation) — \($0.name.text(language))" }
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
      appliesBecause: AssessmentWording.appliesBecause(finding, state.rulebook, language))
  }
  if !assessment.review.isEmpty {
    builder.blank()
    builder.line(Segment(state.t("Open answers that could change this", "結論を変えうる未回答・不明"), .warning))
    for item in assessment.review {
      let questions = item.questions.map { id in
        state.rulebook.question(id).map { "“" + $0.text.text(language) + "”" } ?? id
      }
      builder.paragraph(
        "• " + AssessmentWording.reviewConclusion(item.conclusion, state.rulebook, language) + ": "
          + questions.joined(separator: state.t(", ", "、")), .text, indent: 2)
    }
  }
  return builder.lines
}

/// The title of a one-line prompt.
func promptTitle(_ state: AppState, _ purpose: PromptPurpose) -> String {
  switch purpose {
  case .disclosureReason(_, let wanted):
    return wanted == .withheld
      ? state.t("Why is it withheld? (for example: trade secret)", "非開示の理由（例: 営業秘密）")
      : state.t("Why does it not apply?", "対象外とする理由")
  case .evidence: return state.t("Evidence (where it is, what it shows)", "根拠資料（所在と内容）")
  case .stepDate:
    return state.t("Date done (YYYY-MM-DD, empty: not yet)", "実施日（YYYY-MM-DD、空欄: 未実施）")
  case .stepNote: return state.t("Note on this step", "この手順のメモ")
  }
}
