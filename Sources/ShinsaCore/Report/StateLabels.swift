// The words for each state that both the reports and the screens name, written once.
// Labels are lower case, as the screens show them; a report capitalises the first letter where
// it starts a cell or line (`Localized.capitalized`).
//
// "Not applicable" is 対象外 everywhere: it is the usual word for an item that is out of scope
// of a checklist or form, and the screens, the keys and the disclosure export already used it
// (the full report alone said 該当なし, which reads as "no matching entry").

extension DisclosureFieldState {
  /// The state's name: "empty" / 未記入, "draft" / 下書き, "done" / 完了, "withheld" / 非開示,
  /// "not applicable" / 対象外.
  public func label(_ language: Language) -> String {
    switch self {
    case .empty: return language == .en ? "empty" : "未記入"
    case .draft: return language == .en ? "draft" : "下書き"
    case .done: return language == .en ? "done" : "完了"
    case .withheld: return language == .en ? "withheld" : "非開示"
    case .notApplicable: return Self.notApplicableLabel.text(language)
    }
  }

  /// "not applicable" / 対象外, for a field, a checklist entry or a need.
  public static let notApplicableLabel = Localized(en: "not applicable", ja: "対象外")

  /// A field marked done while a language is unfinished.
  public static let doneButUnfinished = Localized(
    en: "marked done, but unfinished", ja: "完了扱い（ただし未完成）")
}

extension DisclosureDraft {
  /// The draft's state, flagging one marked done while a language is unfinished.
  public func stateLabel(_ language: Language) -> String {
    guard state == .done, !isFinishedDone else { return state.label(language) }
    return DisclosureFieldState.doneButUnfinished.text(language)
  }
}

extension ChecklistState {
  /// The state's name: "yes" / はい, "no" / いいえ, "unknown" / 不明,
  /// "not applicable" / 対象外.
  public func label(_ language: Language) -> String {
    switch self {
    case .yes: return language == .en ? "yes" : "はい"
    case .no: return language == .en ? "no" : "いいえ"
    case .unknown: return language == .en ? "unknown" : "不明"
    case .notApplicable: return DisclosureFieldState.notApplicableLabel.text(language)
    }
  }
}

extension ChecklistItem {
  /// The entry's own state, or "from the answers" / 回答による when it has none.
  public func stateLabel(_ language: Language) -> String {
    state?.label(language) ?? (language == .en ? "from the answers" : "回答による")
  }
}

extension Confidence {
  /// The confidence's name: "low" / 低, "medium" / 中, "high" / 高.
  public func label(_ language: Language) -> String {
    switch self {
    case .low: return language == .en ? "low" : "低"
    case .medium: return language == .en ? "medium" : "中"
    case .high: return language == .en ? "high" : "高"
    }
  }
}

extension DisclosureNeed {
  /// The need's name: "required" / 必要, "recommended" / 推奨, "not applicable" / 対象外.
  public func label(_ language: Language) -> String {
    switch self {
    case .required: return language == .en ? "required" : "必要"
    case .recommended: return language == .en ? "recommended" : "推奨"
    case .notApplicable: return DisclosureFieldState.notApplicableLabel.text(language)
    }
  }

  /// What a required field with nothing written says: "More information needed" / 要確認.
  public static let moreInformationNeeded = Localized(en: "More information needed", ja: "要確認")
}

extension String {
  /// The text with its first letter in upper case ("not applicable" → "Not applicable").
  var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
