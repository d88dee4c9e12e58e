// The words for the plan's states in reports and on screens: an obligation's status and an
// evidence item's state, lower case as the screens show them.

extension ObligationStatus {
  /// The status's name: "met" / 対応済み, "partly met" / 一部対応, "gap" / 未対応,
  /// "not applicable" / 対象外, "unknown" / 未確認.
  public func reportLabel(_ language: Language) -> String {
    switch self {
    case .met: return language == .en ? "met" : "対応済み"
    case .partly: return language == .en ? "partly met" : "一部対応"
    case .gap: return language == .en ? "gap" : "未対応"
    case .notApplicable: return DisclosureFieldState.notApplicableLabel.text(language)
    case .unknown: return language == .en ? "unknown" : "未確認"
    }
  }
}

extension EvidenceState {
  /// The state's name: "ok" / 有効, "changed" / 変更あり, "missing" / 所在不明,
  /// "stale" / 見直し期限切れ.
  public func reportLabel(_ language: Language) -> String {
    switch self {
    case .ok: return language == .en ? "ok" : "有効"
    case .changed: return language == .en ? "changed" : "変更あり"
    case .missing: return language == .en ? "missing" : "所在不明"
    case .stale: return language == .en ? "stale" : "見直し期限切れ"
    }
  }
}
