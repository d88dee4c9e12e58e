import ShinsaCore

/// Short words for a field's need, for the list.
func needShort(_ state: AppState, _ need: DisclosureNeed) -> (String, StyleRole) {
  switch need {
  case .required: return (state.t("req", "必要"), .warning)
  case .recommended: return (state.t("rec", "推奨"), .accent)
  case .notApplicable: return ("—", .muted)
  }
}

/// The mark of a draft in lists: "!" when it needs information or is marked done unfinished.
func stateMark(_ draft: DisclosureDraft, needsInformation: Bool) -> (String, StyleRole) {
  if needsInformation || (draft.state == .done && !draft.isFinishedDone) { return ("!", .warning) }
  switch draft.state {
  case .empty: return ("·", .muted)
  case .draft: return ("✎", .accent)
  case .done: return ("✓", .success)
  case .withheld: return ("⊘", .muted)
  case .notApplicable: return ("–", .muted)
  }
}

/// The name of a language, in the UI language.
func languageName(_ state: AppState, _ language: Language) -> String {
  language == .en ? state.t("English", "英語") : state.t("Japanese", "日本語")
}

/// " · the Japanese text lags behind (s: mark in sync)", or the empty-language form.
func lagText(_ state: AppState, _ draft: DisclosureDraft, _ lagging: Language) -> String {
  let name = languageName(state, lagging)
  if draft.isBlank(lagging) {
    return state.t(" · the \(name) text is empty", " · \(name)の本文が空です")
  }
  return state.t(
    " · the \(name) text lags behind (s: mark in sync)", " · \(name)が遅れています（s で一致済みに）")
}
