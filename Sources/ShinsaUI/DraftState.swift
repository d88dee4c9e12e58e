import ShinsaCore

/// Marks a draft done, or back to draft. Done is refused while a language is empty or still
/// holds a placeholder, naming the language to finish.
func toggleDone(
  _ state: inout AppState, _ workbench: inout WorkbenchState, _ target: DraftTarget
) -> [Effect] {
  let draft = workbench.draft(target)
  if draft.state == .done {
    return changeDraft(&state, &workbench, target) { $0.state = .draft }
  }
  if draft.isBlank(.en) && draft.isBlank(.ja) {
    if case .disclosure = target {
      state.flash = state.t(
        "Write the text first (Enter), or mark the field withheld (W) or not applicable (N).",
        "先に本文を書くか（Enter）、非開示（W）または対象外（N）にしてください。")
    } else {
      state.flash = state.t("Write the text first (Enter).", "先に本文を書いてください（Enter）。")
    }
    return []
  }
  if let language = draft.unfinishedLanguages.first {
    let name = languageName(state, language)
    state.flash =
      draft.isBlank(language)
      ? state.t(
        "Not done yet: the \(name) text is empty (t switches, Enter edits).",
        "未完了: \(name)の本文が空です（t で切替、Enter で編集）。")
      : state.t(
        "Not done yet: the \(name) text still holds a placeholder to replace.",
        "未完了: \(name)の本文に［要翻訳］［追記］の箇所が残っています。")
    return []
  }
  return changeDraft(&state, &workbench, target) { $0.state = .done }
}

/// Records that the two languages of a draft say the same thing, clearing a lag.
func markInSync(
  _ state: inout AppState, _ workbench: inout WorkbenchState, _ target: DraftTarget
) -> [Effect] {
  let draft = workbench.draft(target)
  guard let lagging = draft.lagging else {
    state.flash = state.t(
      "English and Japanese are already in step.", "英語と日本語は既に一致済みです。")
    return []
  }
  guard !draft.isBlank(lagging) else {
    state.flash = state.t(
      "The \(languageName(state, lagging)) text is empty: write it first.",
      "\(languageName(state, lagging))の本文が空です。先に記入してください。")
    return []
  }
  let effects = commitDocument(
    &state, &workbench,
    { document in
      var after = draft
      after.markInSync()
      switch target {
      case .disclosure(let id): document.disclosure[id] = after
      case .plan(let id): document.sandbox.plan[id] = after
      }
    },
    log: ChangeLogEntry(
      at: state.now, kind: target.logKind, subject: target.id, to: "languages in sync"))
  if !effects.isEmpty {
    state.flash = state.t(
      "Marked English and Japanese in sync.", "英語と日本語を一致済みにしました。")
  }
  return effects
}

extension DraftTarget {
  /// The change-log kind of edits to this target.
  var logKind: String {
    switch self {
    case .disclosure: return "disclosure"
    case .plan: return "sandbox"
    }
  }
}
