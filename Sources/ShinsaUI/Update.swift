import ShinsaCore

/// The only place state changes: applies `action` and returns the effects to perform.
public func update(_ state: inout AppState, _ action: Action) -> [Effect] {
  switch action {
  case .tick(let now):
    state.now = now
    return []
  case .resize(let width, let height):
    state.width = max(1, width)
    state.height = max(1, height)
    return []
  case .projectsListed(let projects):
    state.browser.projects = projects
    state.browser.loaded = true
    state.browser.selected = min(state.browser.selected, max(0, state.browser.visible.count - 1))
    return []
  case .opened(let path, let document, let notice, let recovery):
    openWorkbench(&state, path: path, document: document, notice: notice)
    if recovery != nil { state.overlay = .recovery }
    return []
  case .saveFinished(let error):
    if let error {
      state.flash = error
      // A quit asked for by a key waits: the user sees the failure and nothing is lost.
      if state.quitting, !state.terminating {
        state.quitting = false
        state.flash =
          error + state.t(" — not quitting, so nothing is lost", " — 終了を中止しました（変更は失われていません）")
      }
    }
    guard var workbench = state.workbench, !workbench.readOnly else { return [] }
    workbench.saveState = error.map { .failed($0) } ?? .saved
    state.workbench = workbench
    return []
  case .failed(let message):
    state.flash = message
    return []
  case .exported(let path):
    state.flash = state.t("Exported to \(path)", "\(path) に出力しました")
    return []
  case .terminate:
    state.terminating = true
    // The editor's text goes into the saved project, as its autosave would put it.
    if var workbench = state.workbench, let editor = workbench.draftEditor, !workbench.readOnly {
      _ = storeEditorText(&state, &workbench, editor, closing: false)
      state.workbench = workbench
    }
    return quit(&state)
  case .inputFound(let input):
    state.overlay = .inputRecovery(input)
    return []
  case .externalEditFinished(let target, let language, let result):
    return finishExternalEdit(&state, target, language, result)
  case .key(let key):
    state.flash = nil
    if state.overlay != nil { return handleOverlayKey(&state, key) }
    switch state.screen {
    case .browser: return handleBrowserKey(&state, key)
    case .workbench: return handleWorkbenchKey(&state, key)
    }
  }
}

/// Shows an opened project in the workbench.
func openWorkbench(
  _ state: inout AppState, path: String, document: ProjectDocument, notice: String?
) {
  let interview = document.interview(rulebook: state.rulebook)
  var workbench = WorkbenchState(
    path: path, document: document, interview: interview,
    assessment: state.assessor.assess(
      active: interview.active, completeDisclosureFields: document.completeDisclosureFields))
  if let notice { workbench.saveState = .readOnly(notice) }
  workbench.itemCursor = workbench.initialCursor()
  workbench.draftLanguage = state.language
  state.workbench = workbench
  state.screen = .workbench
  state.overlay = nil
  if let notice { state.flash = notice }
}

private func quit(_ state: inout AppState) -> [Effect] {
  state.quitting = true
  if let workbench = state.workbench, !workbench.readOnly {
    return [.save(workbench.document), .quit]
  }
  return [.quit]
}

// MARK: Global commands

private func handleCommon(_ state: inout AppState, _ command: Command) -> [Effect]? {
  switch command {
  case .help:
    state.overlay = .help(scroll: 0)
    return []
  case .language:
    state.language = state.language == .en ? .ja : .en
    return []
  case .quit:
    return quit(&state)
  default:
    return nil
  }
}

// MARK: Browser

private func handleBrowserKey(_ state: inout AppState, _ key: Key) -> [Effect] {
  if state.browser.filtering {
    switch Keymap.command(for: key, in: .filter) {
    case .accept?:
      state.browser.filtering = false
      return []
    case .cancel?:
      state.browser.filtering = false
      state.browser.filter = TextField("", limit: 100)
      return []
    case .up?, .down?:
      break
    default:
      state.browser.filter.handle(key)
      state.browser.selected = 0
      return []
    }
  }
  guard let command = Keymap.command(for: key, in: .browser) else { return [] }
  if command == .cancel {
    if !state.browser.filter.text.isEmpty {
      state.browser.filter = TextField("", limit: 100)
      state.browser.selected = 0
    }
    return []
  }
  if command != .archive { state.browser.pendingArchive = nil }
  if let effects = handleCommon(&state, command) { return effects }
  let visible = state.browser.visible
  switch command {
  case .up: state.browser.selected = max(0, state.browser.selected - 1)
  case .down: state.browser.selected = min(max(0, visible.count - 1), state.browser.selected + 1)
  case .pageUp: state.browser.selected = max(0, state.browser.selected - 10)
  case .pageDown:
    state.browser.selected = min(max(0, visible.count - 1), state.browser.selected + 10)
  case .filter: state.browser.filtering = true
  case .new: state.overlay = .newProject(NewProjectForm())
  case .demo: return [.openDemo]
  case .open, .duplicate, .archive:
    guard visible.indices.contains(state.browser.selected) else { return [] }
    let project = visible[state.browser.selected]
    if command == .open {
      if let problem = project.problem {
        state.flash = problem
        return []
      }
      return [.open(path: project.path)]
    }
    if command == .duplicate { return [.duplicate(path: project.path)] }
    // Archiving moves the file away: ask for the key twice.
    if state.browser.pendingArchive == project.path {
      state.browser.pendingArchive = nil
      return [.archive(path: project.path)]
    }
    state.browser.pendingArchive = project.path
    state.flash = state.t(
      "Press a again to move \(project.name) to the archive folder.",
      "もう一度 a を押すと \(project.name) をアーカイブに移します。")
    return []
  default: break
  }
  return []
}

// MARK: Workbench

private func handleWorkbenchKey(_ state: inout AppState, _ key: Key) -> [Effect] {
  guard var workbench = state.workbench else {
    state.screen = .browser
    return []
  }
  if workbench.editing != nil {
    let effects = handleEditingKey(&state, &workbench, key)
    state.workbench = workbench
    return effects
  }
  if workbench.draftEditor != nil {
    let effects = handleDraftEditorKey(&state, &workbench, key)
    state.workbench = workbench
    return effects
  }
  let context: KeyContext = Keymap.context(for: workbench.pane)
  guard let command = Keymap.command(for: key, in: context) else { return [] }
  if let effects = handleCommon(&state, command) { return effects }
  var effects: [Effect] = []
  switch command {
  case .pane1, .pane2, .pane3, .pane4, .pane5:
    let number = [Command.pane1, .pane2, .pane3, .pane4, .pane5].firstIndex(of: command) ?? 0
    workbench.pane = Pane(rawValue: number + 1) ?? .interview
  case .nextPane:
    workbench.pane = Pane(rawValue: workbench.pane.rawValue % 5 + 1) ?? .interview
  case .previousPane:
    workbench.pane = Pane(rawValue: (workbench.pane.rawValue + 3) % 5 + 1) ?? .interview
  case .why: state.overlay = .why(scroll: 0)
  case .about: state.overlay = .about(scroll: 0)
  case .export: state.overlay = .export(cursor: 0)
  case .save: effects = workbench.readOnly ? [] : [.save(workbench.document)]
  case .browser:
    state.workbench = nil
    state.screen = .browser
    let save: [Effect] = workbench.readOnly ? [] : [.save(workbench.document)]
    return save + [.closeProject, .listProjects]
  default:
    // Everything else belongs to the pane: its keymap context only offers its own commands.
    switch workbench.pane {
    case .disclosure: effects = disclosureCommand(&state, &workbench, command)
    case .sandbox: effects = sandboxCommand(&state, &workbench, command)
    case .guidance, .report: scrollPane(state, &workbench, command)
    case .interview:
      if let step = moveStep(command) {
        let count = workbench.currentQuestion?.items.count ?? 1
        workbench.itemCursor = max(0, min(count - 1, workbench.itemCursor + step))
      } else {
        effects = interviewCommand(&state, &workbench, command)
      }
    }
  }
  state.workbench = workbench
  return effects
}

/// How far ↑ ↓ PgUp PgDn move, or nil for other commands.
private func moveStep(_ command: Command) -> Int? {
  switch command {
  case .up: return -1
  case .down: return 1
  case .pageUp: return -10
  case .pageDown: return 10
  default: return nil
  }
}

/// Scrolls the guidance or report pane, within its lines.
private func scrollPane(_ state: AppState, _ workbench: inout WorkbenchState, _ command: Command) {
  guard let step = moveStep(command) else { return }
  let width = state.width >= 110 ? state.width - min(46, state.width / 3) - 1 : state.width
  let lines = paneLines(state, workbench, width: width - 2).count
  let visible = max(1, state.height - 7)
  let limit = max(0, lines - visible)
  workbench.scroll[workbench.pane] = max(
    0, min(limit, (workbench.scroll[workbench.pane] ?? 0) + step))
}

/// Applies an interview event; on a change, re-assesses and asks for a save.
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
  workbench.document.current = workbench.interview.current
  workbench.document.path = workbench.interview.path
  guard changed else { return [] }
  if workbench.readOnly {
    workbench.interview = before
    state.flash = state.t(
      "This project is read-only here; nothing was changed.", "読み取り専用のため変更できません。")
    return []
  }
  var document = workbench.document
  document.answers = workbench.interview.answers
  document.meta = workbench.interview.meta
  var entry: ChangeLogEntry?
  if let log {
    let from = before.answers[log.subject]?.display
    let to = workbench.interview.answers[log.subject]?.display
    entry = ChangeLogEntry(
      at: state.now, kind: log.kind, subject: log.subject,
      from: log.kind == "answer" ? from : nil, to: log.kind == "answer" ? to : nil)
  }
  return storeChange(&state, &workbench, document, log: entry)
}

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
