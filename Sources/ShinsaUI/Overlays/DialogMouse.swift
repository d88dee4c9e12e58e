import ShinsaCore

/// A click while a dialog is open. A row (a command, question, format, conflict, field)
/// becomes the selected one, and a click on the row already selected is Enter there; a form's
/// field only takes the focus. A choice drawn as its key ("y restore them") is armed by a
/// first click (highlighted) and run by a second, as its key. Elsewhere in the box nothing
/// happens; outside it, a dialog with nothing typed in it that Esc closes is closed as Esc
/// would; one with typing in it (a filter, a search, a field, an editor) or a question to
/// answer (unsaved changes found) stays as it is.
func clickInDialog(_ state: inout AppState, _ overlay: Overlay, _ target: MouseTarget?)
  -> [Effect]
{
  if case .dialogChoice(let command)? = target {
    let armed = ArmedChoice(overlay: overlay, command: command)
    guard state.armedChoice == armed else {
      state.armedChoice = armed
      state.flash = state.t("Click again to confirm.", "もう一度クリックすると実行します。")
      return []
    }
    state.armedChoice = nil
    return press(&state, command)
  }
  state.armedChoice = nil
  switch target {
  case .dialogRow(let index)?: return clickDialogRow(&state, overlay, index)
  case .dialog?: return []
  default: return clickOutsideDialog(&state, overlay)
  }
}

/// Selects the dialog's row `index`, or does what Enter does when it is already selected.
private func clickDialogRow(_ state: inout AppState, _ overlay: Overlay, _ index: Int) -> [Effect] {
  switch overlay {
  case .palette(var palette):
    if palette.cursor == index { return press(&state, .accept) }
    palette.cursor = index
    state.overlay = .palette(palette)
  case .jump(var jump):
    if jump.cursor == index { return press(&state, .accept) }
    jump.cursor = index
    state.overlay = .jump(jump)
  case .export(let cursor):
    if cursor == index { return press(&state, .accept) }
    state.overlay = .export(cursor: index)
  case .conflicts(let cursor):
    // Enter does nothing here: a conflict is resolved by its choices.
    if cursor != index { state.overlay = .conflicts(cursor: index) }
  case .newProject(var form):
    // Enter would create the project: a click on a field only moves the typing there.
    guard form.fields.indices.contains(index) else { return [] }
    form.focus = index
    state.overlay = .newProject(form)
  default: break
  }
  return []
}

/// A click outside the dialog: Esc for one with nothing typed in it that Esc closes.
private func clickOutsideDialog(_ state: inout AppState, _ overlay: Overlay) -> [Effect] {
  let closes: Bool
  switch overlay {
  case .help: closes = state.dialogSearch.field.text.isEmpty
  case .why: closes = !state.dialogSearch.typing
  case .about, .export, .conflicts: closes = true
  case .palette(let palette): closes = palette.filter.text.isEmpty
  case .jump(let jump): closes = jump.filter.text.isEmpty
  case .note, .longAnswer, .newProject, .prompt, .recovery, .inputRecovery: closes = false
  }
  return closes ? update(&state, .key(.escape)) : []
}

/// Presses the open dialog's key for `command`, as typing it would.
private func press(_ state: inout AppState, _ command: Command) -> [Effect] {
  guard let context = modalContext(state),
    let key = Keymap.bindings(for: context).first(where: { $0.command == command })?.keys.first
  else { return [] }
  return update(&state, .key(key))
}

extension Frame {
  /// Marks a dialog's box, so a click inside it is never taken for one outside. Mark it before
  /// its rows: the last marked wins.
  mutating func markDialog(top: Int, left: Int, width: Int, height: Int) {
    for row in top..<(top + height) { mark(.dialog, row: row, from: left, to: left + width) }
  }

  /// Draws a dialog's choices on one row, each as its key and what it does ("y restore them
  /// · n discard them"), each marked for a click and the one a first click armed highlighted;
  /// cut at `limit`.
  mutating func drawChoices(
    _ state: AppState, _ choices: [(command: Command, text: String)], row: Int, column: Int,
    limit: Int
  ) {
    var x = column
    for (index, choice) in choices.enumerated() {
      if index > 0 { x = draw([Segment(" · ", .accent)], row: row, column: x, limit: limit) }
      let armed = state.armedChoice.map {
        $0.command == choice.command && $0.overlay == state.overlay
      }
      let start = x
      x = draw(
        [Segment(choice.text, armed == true ? .selection : .accent)], row: row, column: x,
        limit: limit)
      mark(.dialogChoice(choice.command), row: row, from: start, to: x)
    }
  }
}
