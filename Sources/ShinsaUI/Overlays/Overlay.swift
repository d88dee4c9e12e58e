import ShinsaCore

/// Keys while a dialog is open: each dialog's own handler, driven by its keymap context.
func handleOverlayKey(_ state: inout AppState, _ key: Key) -> [Effect] {
  guard let overlay = state.overlay else { return [] }
  switch overlay {
  case .help(let scroll): return handleScrollingKey(&state, .help, scroll: scroll, key)
  case .why(let scroll): return handleScrollingKey(&state, .why, scroll: scroll, key)
  case .about(let scroll): return handleScrollingKey(&state, .about, scroll: scroll, key)
  case .jump(let jump): return handleJumpKey(&state, jump, key)
  case .note(let area, let isPrivate): return handleNoteKey(&state, area, isPrivate, key)
  case .longAnswer(let area): return handleLongAnswerKey(&state, area, key)
  case .newProject(let form): return handleNewProjectKey(&state, form, key)
  case .export(let cursor): return handleExportKey(&state, cursor, key)
  case .prompt(let purpose, let field, _): return handlePromptKey(&state, purpose, field, key)
  case .inputRecovery(let input): return handleInputRecoveryKey(&state, input, key)
  case .recovery: return handleRecoveryKey(&state, key)
  case .conflicts(let cursor): return handleConflictKey(&state, cursor, key)
  case .palette(let palette): return handlePaletteKey(&state, palette, key)
  }
}

/// Draws a dialog over the screen.
func renderOverlay(_ state: AppState, _ overlay: Overlay, _ frame: inout Frame) {
  let dialog = WorkbenchLayout(width: frame.width, height: frame.height).dialog
  let (left, width) = (dialog.left, dialog.width)
  switch overlay {
  case .help(let scroll):
    let filter = state.dialogSearch.field.text
    scrollingBox(
      state, &frame, title: state.t("Keys — type to filter", "キー一覧 — 入力で絞り込み"),
      lines: dialogLines(state, .help), scroll: scroll,
      footer: state.t("Filter: ", "絞り込み: ") + filter, highlight: filter, typing: true)
  case .about(let scroll):
    scrollingBox(
      state, &frame, title: state.t("About this question — Esc to close", "この質問について — Escで閉じる"),
      lines: dialogLines(state, .about), scroll: scroll)
  case .why(let scroll):
    let lines = dialogLines(state, .why)
    let search = state.dialogSearch
    scrollingBox(
      state, &frame, title: state.t("Why — reasons, answers and sources", "理由 — 回答と出典"),
      lines: lines, scroll: scroll, footer: searchFooter(state, lines: lines),
      highlight: search.typing ? "" : search.query, typing: search.typing)
  case .jump(let jump): renderJump(state, jump, &frame, left: left, width: width)
  case .note(let area, let isPrivate): renderNote(state, area, isPrivate: isPrivate, &frame)
  case .longAnswer(let area): renderLongAnswer(state, area, &frame)
  case .prompt(let purpose, let field, let problem):
    renderPrompt(state, purpose, field, problem: problem, &frame, left: left, width: width)
  case .newProject(let form): renderNewProject(state, form, &frame, left: left, width: width)
  case .export(let cursor): renderExport(state, cursor, &frame, left: left, width: width)
  case .inputRecovery(let input):
    renderInputRecovery(state, input, &frame, left: left, width: width)
  case .recovery: renderRecovery(state, &frame, left: left, width: width)
  case .conflicts(let cursor): renderConflicts(state, cursor, &frame, left: left, width: width)
  case .palette(let palette): renderPalette(state, palette, &frame, left: left, width: width)
  }
}

/// The key context of what takes the keys before the screen does: a dialog, the draft
/// editor, an answer being typed or the browser's filter.
func modalContext(_ state: AppState) -> KeyContext? {
  switch state.overlay {
  case .help?: return .help
  case .why?: return state.dialogSearch.typing ? .search : .why
  case .palette?: return .palette
  case .about?: return .about
  case .jump?: return .jump
  case .note?: return .note
  case .longAnswer?: return .longAnswer
  case .newProject?: return .newProject
  case .export?: return .export
  case .recovery?: return .recovery
  case .inputRecovery?: return .inputRecovery
  case .conflicts?: return .conflict
  case .prompt(let purpose, _, _)?: return promptContext(purpose)
  case nil: break
  }
  if state.screen == .workbench, state.workbench?.draftEditor != nil { return .editor }
  if state.screen == .workbench, state.workbench?.editing != nil { return .answerField }
  if state.screen == .browser, state.browser.filtering { return .filter }
  return nil
}

/// The keys of a dialog or field, which replace the keymap's hints while it is open;
/// generated from its keymap context.
func modalHint(_ state: AppState) -> String? {
  modalContext(state).map { state.statusHints.modalHint(for: $0, language: state.language) }
}
