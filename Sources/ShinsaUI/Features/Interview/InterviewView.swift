import ShinsaCore

/// Draws the interview pane: where you are, the question, why it is asked, its items,
/// the note and flags, and (on narrow screens) a one-line live assessment.
func renderInterview(
  _ state: AppState, _ workbench: WorkbenchState, _ frame: inout Frame, top: Int, bottom: Int,
  width: Int,
  showSummary: Bool
) {
  let language = state.language
  guard let question = workbench.currentQuestion else {
    frame.put(state.t("No question applies.", "該当する質問はありません。"), row: top, column: 2, role: .muted)
    return
  }
  let interview = workbench.interview
  let innerWidth = width - 3
  if workbench.atEnd {
    renderInterviewEnd(state, workbench, &frame, top: top, width: innerWidth)
    return
  }
  var row = top
  let section =
    state.rulebook.sections.first { $0.id == question.section }?.title.text(language) ?? ""
  let position = interview.position
  let progress = interview.progress
  let locator = state.t(
    "\(section) · question \(position.index) of \(position.count) · \(progress.answered) answered",
    "\(section) · 質問 \(position.index)/\(position.count) · 回答済み \(progress.answered)")
  let meta = interview.meta[question.id]
  var flags: [String] = []
  if meta?.followUp == true { flags.append(state.t("⚑ follow-up", "⚑ 要フォロー")) }
  if workbench.document.conflicts.contains(where: { $0.question == question.id }) {
    flags.append(state.t("⚠ conflict", "⚠ 競合"))
  }
  if let confidence = meta?.confidence {
    flags.append(state.t("confidence: ", "確度: ") + confidence.label(state.language))
  }
  let flagText = flags.joined(separator: "  ")
  let flagWidth = flagText.isEmpty ? 0 : DisplayWidth.of(flagText) + 2
  frame.put(
    DisplayWidth.truncate(locator, to: max(10, innerWidth - flagWidth)), row: row, column: 2,
    role: .muted)
  if !flagText.isEmpty {
    frame.put(flagText, row: row, column: width - DisplayWidth.of(flagText) - 1, role: .warning)
  }
  row += 1
  for line in DisplayWidth.wrap(question.text.text(language), width: innerWidth).prefix(3) {
    frame.put(line, row: row, column: 2, role: .accent)
    row += 1
  }
  // `i` opens the question in full (its help and every option's meaning).
  let whyLabel = state.t("Why we ask (i: more): ", "質問の理由（i で詳細）: ")
  let whyLines = DisplayWidth.wrap(whyLabel + question.why.text(language), width: innerWidth)
  let room = bottom - top + 1
  let whyBudget = room >= 24 ? 4 : 2
  for (index, line) in whyLines.prefix(whyBudget).enumerated() {
    var text = line
    if index == whyBudget - 1, whyLines.count > whyBudget {
      text = DisplayWidth.truncate(line + "…", to: innerWidth)
    }
    frame.put(text, row: row, column: 2, role: .muted)
    row += 1
  }
  row += 1
  // Reserve the bottom: validation, note, the question's open actions (`+` adds one),
  // narrow-screen assessment line.
  let actions = planActions(for: "question:" + question.id, state, workbench, openOnly: true)
  let actionRows = min(actions.count, room >= 24 ? 3 : 2)
  let footerRows = 3 + actionRows
  let itemsBottom = bottom - footerRows
  let items = workbench.items(for: question)
  let rowsForItems = max(1, itemsBottom - row + 1)
  let capacity = items.count > rowsForItems ? max(1, rowsForItems - 1) : rowsForItems
  let cursor = min(workbench.itemCursor, items.count - 1)
  let first = max(0, min(cursor - capacity / 2, items.count - capacity))
  let answer = interview.answers[question.id]
  for (index, item) in items.enumerated().dropFirst(first).prefix(capacity) {
    let selected = index == cursor
    let marker = itemMarker(question, item, answer)
    let (label, explain) = itemText(state, question, item, answer)
    // Only the marker and label carry the selection colour: a cursor move then rewrites
    // two short runs, not two whole rows.
    let role: StyleRole = selected ? .selection : .text
    frame.mark(.interviewItem(index), row: row, from: 0, to: width)
    var x = frame.put(selected ? "▸ " : "  ", row: row, column: 1, role: role)
    x = frame.put(marker + " ", row: row, column: x, role: selected ? .selection : .accent)
    if item == .field, let editing = workbench.editing {
      let shown = editing.visible(width: max(4, innerWidth - x - 2))
      x = frame.put("[", row: row, column: x, role: role)
      let fieldStart = x
      x = frame.put(shown.text, row: row, column: x, role: role)
      frame.put("]", row: row, column: max(x, fieldStart), role: role)
      frame.cursor = CursorPosition(row: row, column: fieldStart + shown.cursorColumn)
    } else {
      x = frame.put(
        DisplayWidth.truncate(label, to: max(1, width - x - 2)), row: row, column: x, role: role)
      if !explain.isEmpty, x + 4 < width - 2 {
        frame.put(
          " — " + DisplayWidth.truncate(explain, to: width - x - 5), row: row, column: x,
          role: .muted)
      }
    }
    row += 1
  }
  let hidden = workbench.showAllOptions ? 0 : workbench.hiddenOptions(question)
  var more: [String] = []
  if items.count > capacity {
    more.append(state.t("↑↓ \(items.count) choices", "↑↓ 選択肢 \(items.count) 件"))
  }
  if hidden > 0 {
    more.append(state.t("o: \(hidden) more for other sectors", "o: 他業種の \(hidden) 件も表示"))
  } else if workbench.showAllOptions {
    more.append(state.t("o: only the chosen sectors'", "o: 選んだ業種のみ"))
  }
  if !more.isEmpty {
    frame.put(
      DisplayWidth.truncate(more.joined(separator: " · "), to: innerWidth - 2), row: itemsBottom,
      column: 4, role: .muted)
  }
  // Footer.
  var footer = bottom - footerRows + 1
  if let validation = workbench.validation {
    frame.put(
      DisplayWidth.truncate("✗ " + validation, to: innerWidth), row: footer, column: 2, role: .error
    )
  } else if workbench.editing != nil {
    // A text answer can go on in the multi-line editor; Ctrl-G stays in the status bar.
    let keys =
      question.kind == .text
      ? state.t(
        "Enter: save and go on · Esc: save and stay · ", "Enter: 保存して次へ · Esc: 保存して留まる · ")
        + Keymap.label(of: .multiLine, in: .answerField) + state.t(": multi-line", ": 複数行で編集")
      : state.t(
        "Enter: save and go on · Esc: save and stay · Ctrl-G: cancel",
        "Enter: 保存して次へ · Esc: 保存して留まる · Ctrl-G: 取消")
    frame.put(
      DisplayWidth.truncate(keys, to: innerWidth), row: footer, column: 2, role: .muted)
  } else if interview.answers[question.id] != nil, interview.activeAnswer(question.id) == nil {
    frame.put(
      state.t("(answer kept but inactive)", "（回答は保持・無効）"), row: footer, column: 2, role: .muted)
  }
  footer += 1
  if let note = meta?.note, !note.isEmpty {
    let label =
      meta?.notePrivate == true
      ? state.t("Note (private): ", "メモ（非公開）: ") : state.t("Note: ", "メモ: ")
    // A note longer than the line says where to read it all.
    var text = label + TextSafety.escaped(note.replacingOccurrences(of: "\n", with: " ⏎ "))
    if DisplayWidth.of(text) > innerWidth {
      let more = state.t(" … (i: all)", " …（i で全文）")
      text =
        DisplayWidth.truncate(text, to: innerWidth - DisplayWidth.of(more), ellipsis: "") + more
    }
    frame.put(text, row: footer, column: 2, role: .muted)
  } else {
    frame.put(
      state.t("e: add a note · f: follow-up · c: confidence", "e: メモ · f: 要フォロー · c: 確度"),
      row: footer, column: 2, role: .muted)
  }
  footer += 1
  // One line each; when they do not all fit, the last line counts the rest.
  let shownActions = actions.count > actionRows ? actionRows - 1 : actionRows
  for entry in actions.prefix(shownActions) {
    frame.draw(
      [Segment(state.t("Action: ", "対応: "), .muted)] + targetActionLine(state, entry), row: footer,
      column: 2, limit: 2 + innerWidth)
    footer += 1
  }
  if shownActions < actions.count {
    let more = actions.count - shownActions
    let text =
      shownActions == 0
      ? state.t(
        "\(more) open actions for this question (6: Plan pane)", "この質問の未完了の対応 \(more) 件（6: 対応計画）")
      : state.t("… \(more) more open actions (6: Plan pane)", "… ほか未完了の対応 \(more) 件（6: 対応計画）")
    frame.put(DisplayWidth.truncate(text, to: innerWidth), row: footer, column: 2, role: .muted)
    footer += 1
  }
  if showSummary {
    let assessment = workbench.assessment
    let regulators = assessment.regulators.map { finding -> String in
      let name = state.rulebook.regulator(finding.id)?.shortName(state.language) ?? finding.id
      return finding.role == .primary ? name + state.t(" (primary)", "（主管）") : name
    }
    let summary =
      state.t("Regulators: ", "関係省庁: ") + regulators.joined(separator: ", ")
      + obligationCount(state, assessment)
    frame.put(DisplayWidth.truncate(summary, to: innerWidth), row: footer, column: 2, role: .accent)
  }
}

private func itemMarker(_ question: Question, _ item: InterviewItem, _ answer: Answer?) -> String {
  switch (item, answer) {
  case (.unknown, .unknown?): return question.kind == .multi ? "[x]" : "(•)"
  case (.unknown, _): return question.kind == .multi ? "[ ]" : "( )"
  case (.option(let value), .choices(let chosen)?): return chosen.contains(value) ? "[x]" : "[ ]"
  case (.option, _) where question.kind == .multi: return "[ ]"
  case (.option(let value), .choice(let chosen)?): return chosen == value ? "(•)" : "( )"
  case (.yes, .bool(true)?), (.no, .bool(false)?): return "(•)"
  case (.option, _), (.yes, _), (.no, _): return "( )"
  case (.field, _): return "✎"
  }
}

private func itemText(
  _ state: AppState, _ question: Question, _ item: InterviewItem, _ answer: Answer?
)
  -> (String, String)
{
  let language = state.language
  switch item {
  case .option(let value):
    let option = question.option(value)
    return (option?.label.text(language) ?? value, option?.explain.text(language) ?? "")
  case .yes: return (state.t("Yes", "はい"), "")
  case .no: return (state.t("No", "いいえ"), "")
  case .unknown:
    return (state.t("Unknown", "不明"), state.t("the client does not know yet", "現時点では不明"))
  case .field:
    let unit = question.unit?.text(language) ?? ""
    switch answer {
    case .number(let number)?: return ("\(number) \(unit)", state.t("Enter to change", "Enterで変更"))
    case .text(let text)?: return (TextSafety.escaped(text), state.t("Enter to change", "Enterで変更"))
    default:
      let hint =
        question.kind == .number
        ? state.t("Enter to type a number", "Enterで数値を入力") : state.t("Enter to type", "Enterで入力")
      return (unit.isEmpty ? "…" : "… \(unit)", hint)
    }
  }
}

/// "· 23 obligations" or "· 12 obligations, 25 may apply".
func obligationCount(_ state: AppState, _ assessment: Assessment) -> String {
  let applies = assessment.obligations.filter { $0.applies == .yes }.count
  let maybe = assessment.obligations.count - applies
  if maybe == 0 { return state.t(" · \(applies) obligations", " · 義務・指針 \(applies) 件") }
  return state.t(
    " · \(applies) obligations, \(maybe) may apply", " · 義務・指針 \(applies) 件（ほか可能性 \(maybe) 件）")
}
