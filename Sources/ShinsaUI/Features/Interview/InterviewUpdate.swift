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
  if workbench.interview.current != before.current {
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
  guard let step = moveStep(command) else {
    return interviewCommand(&state, &workbench, command)
  }
  let count = workbench.currentQuestion?.items.count ?? 1
  workbench.itemCursor = max(0, min(count - 1, workbench.itemCursor + step))
  return []
}

/// The interview's commands on the current question and item.
private func interviewCommand(
  _ state: inout AppState, _ workbench: inout WorkbenchState, _ command: Command
) -> [Effect] {
  guard let question = workbench.currentQuestion else { return [] }
  let id = question.id
  let items = question.items
  let item = items[min(workbench.itemCursor, items.count - 1)]
  switch command {
  case .back: return apply(&state, &workbench, .back, log: nil)
  case .forward: return apply(&state, &workbench, .next, log: nil)
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
      TextField(meta?.note ?? "", limit: 4000), isPrivate: meta?.notePrivate ?? false)
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
    workbench.editing = TextField(
      text, limit: question.kind == .number ? 15 : AnswersFile.maximumTextLength)
    return []
  }
  if advance, workbench.interview.answers[id] != nil {
    effects += apply(&state, &workbench, .next, log: nil)
  }
  return effects
}
