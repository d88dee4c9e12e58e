import ShinsaCore

/// Keys in "Unsaved typing found" (the input journal): restore it, discard it, or switch
/// the language to read it.
func handleInputRecoveryKey(_ state: inout AppState, _ input: PendingInput, _ key: Key) -> [Effect]
{
  switch Keymap.command(for: key, in: .inputRecovery) {
  case .restore?:
    state.overlay = nil
    return restoreInput(&state, input)
  case .discard?:
    state.overlay = nil
    state.flash = state.t("Discarded the unsaved typing.", "未保存の入力を破棄しました。")
    return []
  case .language?:
    state.language = state.language == .en ? .ja : .en
    return []
  default:
    return []
  }
}

/// The "unsaved typing found" dialog: where it was typed and what would be restored.
func renderInputRecovery(
  _ state: AppState, _ input: PendingInput, _ frame: inout Frame, left: Int, width: Int
) {
  let inner = width - 4
  let shown = inputShownText(input)
  let inert = shown.split(separator: "\n", omittingEmptySubsequences: false).map {
    TextSafety.escaped(String($0))
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
  frame.markDialog(top: top, left: left, width: width, height: height)
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
  let restore = Keymap.label(of: .restore, in: .inputRecovery)
  let discard = Keymap.label(of: .discard, in: .inputRecovery)
  let choices: [(command: Command, text: String)] = [
    (.restore, state.t("\(restore) restore it where it was typed", "\(restore) 入力していた場所に復元")),
    (.discard, state.t("\(discard) discard it", "\(discard) 破棄")),
  ]
  frame.drawChoices(
    state, choices, row: top + height - 2, column: left + 2, limit: left + 2 + inner)
}
