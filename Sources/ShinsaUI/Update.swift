import ShinsaCore

/// The only place state changes: applies `action` and returns the effects to perform.
public func update(_ state: inout AppState, _ action: Action) -> [Effect] {
  let paneBefore = state.workbench?.pane
  var effects = apply(&state, action)
  effects += planEvidenceCheck(&state, paneBefore: paneBefore)
  // An open help, why or about dialog keeps its wrapped lines: made when it opens, or when
  // the width or language changes. Keys inside it, the clock and save results change
  // nothing it shows; anything else might, so its lines are made again then.
  let rebuild: Bool
  switch action {
  case .key, .tick, .resize, .saveFinished, .failed, .notice, .exported: rebuild = false
  default: rebuild = true
  }
  // The disclosure and sandbox panes' sheet and advice and the counterfactuals, made again
  // only after a change (before the dialog text, which may use them).
  let whyOpen: Bool
  if case .why? = state.overlay { whyOpen = true } else { whyOpen = false }
  state.workbench?.keepDerivedViews(state.rulebook, whyOpen: whyOpen)
  // The report pane's lines and the plan report, after the counterfactuals they use.
  if var workbench = state.workbench, workbench.pane == .report || workbench.pane == .plan {
    workbench.keepPaneText(state)
    state.workbench = workbench
  }
  keepDialogText(&state, rebuild: rebuild)
  keepStatusHints(&state)
  return effects
}

/// Applies `action` (everything ``update(_:_:)`` does but keeping the dialog's lines).
private func apply(_ state: inout AppState, _ action: Action) -> [Effect] {
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
  case .opened(let path, let document, let notice, let recovery, let reason):
    openWorkbench(&state, path: path, document: document, notice: notice, reason: reason)
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
  case .homeworkRead(let path, let text):
    return homeworkFormRead(&state, path: path, text: text)
  case .exported(let path):
    state.flash = exportNotice(state, path: path)
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
  case .evidenceChecked, .evidenceRead, .pathListed:
    return applyPlanResult(&state, action)
  case .key(.mouse(let event)):
    return handleMouse(&state, event)
  case .key(let key):
    state.flash = nil
    state.armedChoice = nil
    if state.overlay != nil { return handleOverlayKey(&state, key) }
    switch state.screen {
    case .browser: return handleBrowserKey(&state, key)
    case .workbench: return handleWorkbenchKey(&state, key)
    }
  }
}

/// Shows an opened project in the workbench.
func openWorkbench(
  _ state: inout AppState, path: String, document: ProjectDocument, notice: String?,
  reason: ReadOnlyReason? = nil
) {
  let interview = document.interview(rulebook: state.rulebook)
  var workbench = WorkbenchState(
    path: path, document: document, interview: interview,
    assessment: state.assessor.assess(
      active: interview.active, completeDisclosureFields: document.completeDisclosureFields))
  let notice = notice.map {
    readOnlyOpenNotice(state, english: $0, reason: reason, path: path)
  }
  if let notice {
    workbench.saveState = .readOnly(notice)
    workbench.readOnlyReason = reason
  }
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
    // The drafts follow: the new language's text comes first (not while one is being edited).
    if state.workbench?.draftEditor == nil { state.workbench?.draftLanguage = state.language }
    return []
  case .palette:
    state.overlay = .palette(PaletteState())
    return []
  case .mouse:
    state.mouse.toggle()
    state.flash =
      state.mouse
      ? state.t(
        "Mouse on (Shift-drag selects text). F2 turns it off.", "マウス有効（Shift+ドラッグで文字を選択）。F2 で無効に。")
      : state.t("Mouse off: the terminal selects text again.", "マウス無効：端末での文字選択に戻りました。")
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
  // A read-only project refuses an edit before any dialog or editor opens.
  if refuseWhenReadOnly(&state, workbench, command) { return [] }
  var effects: [Effect] = []
  switch command {
  case .pane1, .pane2, .pane3, .pane4, .pane5, .pane6:
    let number =
      [Command.pane1, .pane2, .pane3, .pane4, .pane5, .pane6].firstIndex(of: command) ?? 0
    workbench.pane = Pane(rawValue: number + 1) ?? .interview
  case .nextPane:
    workbench.pane = Pane(rawValue: workbench.pane.rawValue % Pane.allCases.count + 1) ?? .interview
  case .previousPane:
    let count = Pane.allCases.count
    workbench.pane = Pane(rawValue: (workbench.pane.rawValue + count - 2) % count + 1) ?? .interview
  case .why: state.overlay = .why(scroll: 0)
  case .about: state.overlay = .about(scroll: 0)
  case .export: state.overlay = .export(cursor: 0)
  case .conflicts:
    if workbench.document.conflicts.isEmpty {
      state.flash = state.t("No merge conflicts.", "マージの競合はありません。")
    } else {
      state.overlay = .conflicts(cursor: 0)
    }
  case .homeworkExport, .homeworkImport: effects = homeworkCommand(&state, &workbench, command)
  case .assessor:
    let name = workbench.document.metadata.assessor
    state.overlay = .prompt(.assessor, TextField(name, limit: 200), problem: nil)
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
    case .plan: effects = planPaneCommand(&state, &workbench, command)
    }
  }
  state.workbench = workbench
  return effects
}
