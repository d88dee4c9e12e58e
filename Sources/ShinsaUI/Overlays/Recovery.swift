import ShinsaCore

/// Keys in "Unsaved changes found" (the autosave of a session that ended early).
func handleRecoveryKey(_ state: inout AppState, _ key: Key) -> [Effect] {
  switch Keymap.command(for: key, in: .recovery) {
  case .restore?:
    state.overlay = nil
    return [.acceptRecovery(true)]
  case .discard?:
    state.overlay = nil
    return [.acceptRecovery(false)]
  default:
    return []
  }
}

/// Draws "Unsaved changes found".
func renderRecovery(_ state: AppState, _ frame: inout Frame, left: Int, width: Int) {
  let top = frame.height / 2 - 3
  frame.box(
    top: top, left: left, width: width, height: 6,
    title: state.t("Unsaved changes found", "未保存の変更があります"))
  frame.markDialog(top: top, left: left, width: width, height: 6)
  frame.put(
    DisplayWidth.truncate(
      state.t(
        "The last session ended before saving. Restore its changes?",
        "前回のセッションは保存前に終了しました。変更を復元しますか？"),
      to: width - 4), row: top + 2, column: left + 2, role: .text)
  let restore = Keymap.label(of: .restore, in: .recovery)
  let discard = Keymap.label(of: .discard, in: .recovery)
  let choices: [(command: Command, text: String)] = [
    (
      .restore,
      state.t(
        "\(restore) restore them (the saved file becomes the .bak)",
        "\(restore) 復元（保存済みのファイルは .bak に）")
    ),
    (.discard, state.t("\(discard) discard them", "\(discard) 破棄")),
  ]
  frame.drawChoices(state, choices, row: top + 4, column: left + 2, limit: frame.width)
}
