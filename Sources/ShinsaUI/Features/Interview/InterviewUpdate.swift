import ShinsaCore

/// Applies an interview event; on a change, re-assesses and asks for a save. A move only
/// changes the interview's position, which the next save writes.
func apply(
  _ state: inout AppState, _ workbench: inout WorkbenchState, _ event: InterviewEvent,
  log: (kind: String, subject: String)?
) -> [Effect] {
  let before = workbench.interview
  do {
    try workbench.interview.apply(event)
  } catch {
    state.flash = error.message
    return []
  }
  workbench.validation = nil
  workbench.pendingUnknown = nil
  if workbench.interview.current != before.current {
    workbench.showAllOptions = false
    workbench.atEnd = false
    workbench.itemCursor = workbench.initialCursor()
  }
  let changed =
    workbench.interview.answers != before.answers || workbench.interview.meta != before.meta
  guard changed else { return [] }
  if workbench.readOnly {
    workbench.interview = before
    state.flash = readOnlyRefusal(state, workbench)
    return []
  }
  var entry: ChangeLogEntry?
  if let log {
    let from = before.answers[log.subject]?.display
    let to = workbench.interview.answers[log.subject]?.display
    entry = ChangeLogEntry(
      at: state.now, kind: log.kind, subject: log.subject,
      from: log.kind == "answer" ? from : nil, to: log.kind == "answer" ? to : nil)
  }
  return storeChange(&state, &workbench, workbench.document, log: entry)
}

/// Interview pane commands: ↑↓ PgUp PgDn move among the items, the others act on the
/// question.
func interviewPaneCommand(
  _ state: inout AppState, _ workbench: inout WorkbenchState, _ command: Command
) -> [Effect] {
  if workbench.atEnd {
    // The end of the interview: ← goes back to the last question; → and Enter stay.
    switch command {
    case .forward, .confirm: return []
    case .back:
      workbench.atEnd = false
      return []
    default: workbench.atEnd = false
    }
  }
  guard let step = moveStep(command) else {
    return interviewCommand(&state, &workbench, command)
  }
  workbench.pendingUnknown = nil
  let count = max(1, workbench.currentItems.count)
  workbench.itemCursor = max(0, min(count - 1, workbench.itemCursor + step))
  return []
}

/// The interview's commands on the current question and item.
private func interviewCommand(
  _ state: inout AppState, _ workbench: inout WorkbenchState, _ command: Command
) -> [Effect] {
  guard let question = workbench.currentQuestion else { return [] }
  let id = question.id
  let items = workbench.items(for: question)
  let item = items[min(workbench.itemCursor, items.count - 1)]
  switch command {
  case .back: return apply(&state, &workbench, .back, log: nil)
  case .forward:
    let effects = apply(&state, &workbench, .next, log: nil)
    markEndIfLast(&workbench, from: id)
    return effects
  case .showAllOptions:
    guard workbench.hiddenOptions(question) > 0 else {
      state.flash = state.t(
        "Every option of this question is listed.", "この質問の選択肢はすべて表示されています。")
      return []
    }
    workbench.showAllOptions.toggle()
    workbench.itemCursor = min(workbench.itemCursor, workbench.currentItems.count - 1)
    return []
  case .undo, .redo:
    let effects = apply(
      &state, &workbench, command == .undo ? .undo : .redo, log: (command.rawValue, ""))
    workbench.itemCursor = workbench.initialCursor()
    return effects
  case .clear: return apply(&state, &workbench, .clear(question: id), log: ("answer", id))
  case .jump:
    var jump = JumpState()
    jump.cursor = workbench.interview.visibleQuestions.firstIndex { $0.id == id } ?? 0
    state.overlay = .jump(jump)
    return []
  case .note:
    let meta = workbench.interview.meta[id]
    state.overlay = .note(
      TextArea(meta?.note ?? "", limit: noteLimit), isPrivate: meta?.notePrivate ?? false)
    return []
  case .followUp:
    let flag = !(workbench.interview.meta[id]?.followUp ?? false)
    return apply(&state, &workbench, .setFollowUp(question: id, flag), log: ("follow-up", id))
  case .confidence:
    let order: [Confidence?] = [nil, .low, .medium, .high]
    let current = workbench.interview.meta[id]?.confidence
    let next = order[((order.firstIndex(of: current) ?? 0) + 1) % order.count]
    return apply(&state, &workbench, .setConfidence(question: id, next), log: ("confidence", id))
  case .confirm, .toggle:
    return choose(&state, &workbench, question, item, advance: command == .confirm)
  case .addAction:
    // "Client to confirm the API region": an action for this question, in the plan.
    return openPlanActionPrompt(&state, "question:" + id)
  default:
    return []
  }
}

private func choose(
  _ state: inout AppState, _ workbench: inout WorkbenchState, _ question: Question,
  _ item: InterviewItem, advance: Bool
) -> [Effect] {
  let id = question.id
  var effects: [Effect] = []
  switch item {
  case .unknown:
    // Unknown on a multi-choice question clears its choices: say so, and do it on a second
    // press.
    if question.kind == .multi, case .choices(let chosen)? = workbench.interview.answers[id],
      !chosen.isEmpty, workbench.pendingUnknown != id
    {
      workbench.pendingUnknown = id
      let labels = chosen.map { question.option($0)?.label.text(state.language) ?? $0 }
      state.flash = state.t(
        "Unknown clears the choices (\(labels.joined(separator: ", "))): press again to confirm.",
        "「不明」にすると選択（\(labels.joined(separator: "、"))）が消えます。もう一度押すと確定します。")
      return []
    }
    effects = apply(&state, &workbench, .markUnknown(question: id), log: ("answer", id))
  case .yes, .no:
    effects = apply(
      &state, &workbench, .answer(question: id, .bool(item == .yes)), log: ("answer", id))
  case .option(let value):
    if question.kind == .multi {
      var chosen: [String] = []
      if case .choices(let values)? = workbench.interview.answers[id] { chosen = values }
      let alreadyChosen = chosen.contains(value)
      // Space toggles; Enter chooses the option only when nothing is chosen yet, then goes on.
      if !advance || chosen.isEmpty {
        if alreadyChosen { chosen.removeAll { $0 == value } } else { chosen.append(value) }
        effects = apply(
          &state, &workbench,
          chosen.isEmpty ? .clear(question: id) : .answer(question: id, .choices(chosen)),
          log: ("answer", id))
      }
    } else {
      effects = apply(
        &state, &workbench, .answer(question: id, .choice(value)), log: ("answer", id))
    }
  case .field:
    var text = ""
    switch workbench.interview.answers[id] {
    case .number(let number)?: text = String(number)
    case .text(let value)?: text = value
    default: break
    }
    openAnswerEditor(&state, &workbench, question, text: text)
    return []
  }
  if advance, workbench.interview.answers[id] != nil {
    effects += apply(&state, &workbench, .next, log: nil)
    markEndIfLast(&workbench, from: id)
  }
  return effects
}

/// After "next" from `id`: when there was no next question, the interview is at its end.
private func markEndIfLast(_ workbench: inout WorkbenchState, from id: String) {
  if workbench.interview.current == id, workbench.interview.visibleQuestions.last?.id == id {
    workbench.atEnd = true
  }
}
