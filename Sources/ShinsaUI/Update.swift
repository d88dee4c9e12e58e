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
  case .failed(let message), .notice(let message):
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

/// Saves the open project (unless read-only) and ends the program.
private func quit(_ state: inout AppState) -> [Effect] {
  state.quitting = true
  if let workbench = state.workbench, !workbench.readOnly {
    return [.save(workbench.document), .quit]
  }
  return [.quit]
}

// MARK: Global commands

/// Commands every screen shares: help, language, quit. Nil for the others.
func handleCommon(_ state: inout AppState, _ command: Command) -> [Effect]? {
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

// MARK: Workbench

/// Workbench keys: the answer field or the editor while open, the commands every pane
/// shares, then the pane's own commands.
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
    workbench.pane = Pane(rawValue: workbench.pane.rawValue % Pane.allCases.count + 1) ?? .interview
  case .previousPane:
    let count = Pane.allCases.count
    workbench.pane = Pane(rawValue: (workbench.pane.rawValue + count - 2) % count + 1) ?? .interview
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
    case .interview: effects = interviewPaneCommand(&state, &workbench, command)
    case .guidance, .report: scrollTextPane(state, &workbench, command)
    case .disclosure: effects = disclosureCommand(&state, &workbench, command)
    case .sandbox: effects = sandboxCommand(&state, &workbench, command)
    }
  }
  state.workbench = workbench
  return effects
}

private func handleEditingKey(
  _ state: inout AppState, _ workbench: inout WorkbenchState, _ key: Key
)
  -> [Effect]
{
  guard var field = workbench.editing, let question = workbench.currentQuestion else {
    workbench.editing = nil
    return []
  }
  switch key {
  case .escape:
    workbench.editing = nil
    workbench.validation = nil
    return []
  case .enter:
    let text = field.text.trimmingCharacters(in: .whitespaces)
    if text.isEmpty {
      workbench.editing = nil
      return apply(&state, &workbench, .clear(question: question.id), log: ("answer", question.id))
    }
    let answer: Answer
    if question.kind == .number {
      // Full-width digits (typed with a Japanese input method) count as digits.
      let halfWidth = String(
        String.UnicodeScalarView(
          text.unicodeScalars.map { scalar in
            (0xFF10...0xFF19).contains(scalar.value)
              ? Unicode.Scalar(scalar.value - 0xFF10 + 0x30) ?? scalar : scalar
          }))
      let digits = halfWidth.replacingOccurrences(of: ",", with: "")
        .replacingOccurrences(of: "_", with: "").replacingOccurrences(of: "，", with: "")
      guard let number = Int(digits) else {
        workbench.validation = state.t(
          "Enter a whole number (digits only), or choose Unknown.", "整数（数字のみ）を入力するか、「不明」を選んでください。")
        return []
      }
      answer = .number(number)
    } else {
      answer = .text(text)
    }
    do {
      _ = try Interview.validate(answer, for: question)
    } catch {
      workbench.validation = error.message
      return []
    }
    workbench.editing = nil
    var effects = apply(
      &state, &workbench, .answer(question: question.id, answer), log: ("answer", question.id))
    effects += apply(&state, &workbench, .next, log: nil)
    return effects
  default:
    field.handle(key)
    workbench.editing = field
    workbench.validation = nil
    return []
  }
}

// MARK: Overlays

private func handleOverlayKey(_ state: inout AppState, _ key: Key) -> [Effect] {
  guard let overlay = state.overlay else { return [] }
  switch overlay {
  case .help(let scroll), .why(let scroll), .about(let scroll):
    var next = scroll
    let own: Key = {
      switch overlay {
      case .help: return .char("?")
      case .about: return .char("i")
      default: return .char("w")
      }
    }()
    let closing: Set<Key> = [.escape, .char("q"), .enter, own]
    if closing.contains(key) {
      state.overlay = nil
      return []
    }
    switch key {
    case .up, .char("k"): next -= 1
    case .down, .char("j"): next += 1
    case .pageUp: next -= 10
    case .pageDown, .char(" "): next += 10
    case .char("L"): state.language = state.language == .en ? .ja : .en
    default: break
    }
    let width = min(state.width - 4, 100) - 4
    let count: Int
    switch overlay {
    case .help:
      count = helpLines(state, width: width).count
      next = max(0, min(max(0, count - (state.height - 4)), next))
      state.overlay = .help(scroll: next)
    case .about:
      count = aboutLines(state, width: width).count
      next = max(0, min(max(0, count - (state.height - 4)), next))
      state.overlay = .about(scroll: next)
    default:
      count = whyLines(state, width: width).count
      next = max(0, min(max(0, count - (state.height - 4)), next))
      state.overlay = .why(scroll: next)
    }
    return []
  case .jump(var jump):
    let targets = jumpTargets(state, filter: jump.filter.text)
    switch key {
    case .escape:
      state.overlay = nil
      return []
    case .up: jump.cursor = max(0, jump.cursor - 1)
    case .down: jump.cursor = min(max(0, targets.count - 1), jump.cursor + 1)
    case .enter:
      state.overlay = nil
      guard targets.indices.contains(jump.cursor), var workbench = state.workbench else {
        return []
      }
      let effects = apply(&state, &workbench, .jump(question: targets[jump.cursor].id), log: nil)
      workbench.pane = .interview
      state.workbench = workbench
      return effects
    default:
      if jump.filter.handle(key) { jump.cursor = 0 }
    }
    state.overlay = .jump(jump)
    return []
  case .note(var field, let isPrivate):
    let saved = state.workbench.flatMap { workbench in
      workbench.interview.current.map { workbench.interview.meta[$0] }
    }
    let unchanged =
      field.text == (saved??.note ?? "") && isPrivate == (saved??.notePrivate ?? false)
    switch key {
    case .ctrl("g"):
      state.overlay = nil
    // Esc keeps what was typed, as in the text editor; only Ctrl-G throws it away.
    case .escape where unchanged:
      state.overlay = nil
    case .ctrl("t"): state.overlay = .note(field, isPrivate: !isPrivate)
    case .enter, .escape:
      state.overlay = nil
      guard var workbench = state.workbench, let id = workbench.interview.current else { return [] }
      let effects = apply(
        &state, &workbench, .setNote(question: id, text: field.text, isPrivate: isPrivate),
        log: ("note", id))
      state.workbench = workbench
      return effects
    default:
      field.handle(key)
      state.overlay = .note(field, isPrivate: isPrivate)
    }
    return []
  case .newProject(var form):
    switch key {
    case .escape:
      state.overlay = nil
      return []
    case .tab, .down: form.focus = (form.focus + 1) % form.fields.count
    case .backTab, .up: form.focus = (form.focus + form.fields.count - 1) % form.fields.count
    case .enter:
      let name = form.fields[0].text.trimmingCharacters(in: .whitespaces)
      let client = form.fields[1].text.trimmingCharacters(in: .whitespaces)
      let system = form.fields[2].text.trimmingCharacters(in: .whitespaces)
      var problem = ProjectStore.validateName(name)
      if problem == nil, state.browser.projects.contains(where: { $0.name == name }) {
        problem = state.t("a project named \(name) already exists", "\(name) という名前のプロジェクトは既にあります")
      }
      if let problem {
        form.problem = problem
        form.focus = 0
        state.overlay = .newProject(form)
        return []
      }
      state.overlay = nil
      return [.create(name: name, client: client.isEmpty ? name : client, system: system)]
    default:
      form.fields[form.focus].handle(key)
      form.problem = nil
    }
    state.overlay = .newProject(form)
    return []
  case .export(let cursor):
    let formats = ReportFormat.allCases
    switch key {
    case .escape: state.overlay = nil
    case .up, .char("k"): state.overlay = .export(cursor: max(0, cursor - 1))
    case .down, .char("j"): state.overlay = .export(cursor: min(formats.count - 1, cursor + 1))
    case .enter:
      state.overlay = nil
      return [.export(format: formats[cursor], language: state.language)]
    default: break
    }
    return []
  case .prompt(let purpose, let field, _):
    return handlePromptKey(&state, purpose, field, key)
  case .inputRecovery(let input):
    switch key {
    case .char("y"), .char("Y"):
      state.overlay = nil
      return restoreInput(&state, input)
    case .char("n"), .char("N"):
      state.overlay = nil
      state.flash = state.t("Discarded the unsaved typing.", "未保存の入力を破棄しました。")
      return []
    case .char("L"):
      state.language = state.language == .en ? .ja : .en
      return []
    default:
      return []
    }
  case .recovery:
    switch key {
    case .char("y"), .char("Y"):
      state.overlay = nil
      return [.acceptRecovery(true)]
    case .char("n"), .char("N"):
      state.overlay = nil
      return [.acceptRecovery(false)]
    default:
      return []
    }
  }
}

/// Questions the jump list offers: visible ones whose section, id or text match `filter`.
public func jumpTargets(_ state: AppState, filter: String) -> [Question] {
  guard let workbench = state.workbench else { return [] }
  let needle = filter.lowercased()
  return workbench.interview.visibleQuestions.filter { question in
    guard !needle.isEmpty else { return true }
    let section =
      state.rulebook.sections.first { $0.id == question.section }?.title.text(state.language) ?? ""
    return [question.id, question.text.text(state.language), section].contains {
      $0.lowercased().contains(needle)
    }
  }
}
