import ShinsaCore

/// The status bar's hints and dialog lines, by key context and language, kept in
/// ``AppState`` once made: they depend only on the keymap, which never changes while shinsa
/// runs, and making them walks the whole keymap. `update` adds the ones the screen is about to
/// show; `render` makes any that are missing.
public struct StatusHints: Sendable {
  private var lists: [String: [KeyHint]] = [:]
  private var modal: [String: String] = [:]

  private static func key(_ context: KeyContext, _ language: Language) -> String {
    context.rawValue + "/" + language.rawValue
  }

  /// The status-bar hints of `context` in `language`.
  func hints(for context: KeyContext, language: Language) -> [KeyHint] {
    lists[Self.key(context, language)] ?? Keymap.hints(for: context, language: language)
  }

  /// The status-bar line of the dialog or field `context` in `language`.
  func modalHint(for context: KeyContext, language: Language) -> String {
    modal[Self.key(context, language)] ?? Keymap.modalHint(for: context, language: language)
  }

  /// Makes the hints of `context` in `language` unless they are kept already.
  mutating func keep(_ context: KeyContext, _ language: Language) {
    let key = Self.key(context, language)
    if lists[key] == nil { lists[key] = Keymap.hints(for: context, language: language) }
  }

  /// Makes the dialog line of `context` in `language` unless it is kept already.
  mutating func keepModal(_ context: KeyContext, _ language: Language) {
    let key = Self.key(context, language)
    if modal[key] == nil { modal[key] = Keymap.modalHint(for: context, language: language) }
  }
}

/// The key context whose hints the status bar shows on the current screen.
func statusContext(_ state: AppState) -> KeyContext {
  switch state.screen {
  case .browser: return .browser
  case .workbench: return state.workbench.map(workbenchStatusContext) ?? .browser
  }
}

/// The key context whose hints the workbench's status bar shows: the pane's, or at the end
/// of the interview the end's keys (report, jump, export, back).
func workbenchStatusContext(_ workbench: WorkbenchState) -> KeyContext {
  workbench.pane == .interview && workbench.atEnd
    ? .interviewEnd : Keymap.context(for: workbench.pane)
}

/// Keeps the hints the next frame's status bar shows.
func keepStatusHints(_ state: inout AppState) {
  state.statusHints.keep(statusContext(state), state.language)
  if let context = modalContext(state) { state.statusHints.keepModal(context, state.language) }
}
