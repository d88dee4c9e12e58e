/// The languages shinsa speaks.
public enum Language: String, Sendable, CaseIterable, Codable {
  case en
  case ja
}

/// Text in English and Japanese.
public struct Localized: Codable, Sendable, Equatable, Hashable {
  /// The English text.
  public var en: String
  /// The Japanese text.
  public var ja: String

  /// Creates text in both languages.
  public init(en: String, ja: String) {
    self.en = en
    self.ja = ja
  }

  /// The text in `language`.
  public func text(_ language: Language) -> String {
    switch language {
    case .en: return en
    case .ja: return ja
    }
  }
}

/// How much legal force an item has. Every obligation, document and rule carries one.
public enum LegalStatus: String, Codable, Sendable, CaseIterable, Comparable {
  /// Enacted law that applies (with or without sanctions).
  case binding
  /// Official guidance that is not legally binding.
  case softLaw = "soft-law"
  /// A published draft or pending bill: watch it, it does not apply yet.
  case draft
  /// Industry or professional practice, or an optional procedure.
  case practice
  /// shinsa's own judgement, not drawn from any law or guidance.
  case heuristic

  public static func < (lhs: LegalStatus, rhs: LegalStatus) -> Bool {
    let order = LegalStatus.allCases
    return order.firstIndex(of: lhs) ?? 0 < order.firstIndex(of: rhs) ?? 0
  }

  /// Plain-language name of the status.
  public func label(_ language: Language) -> String { names.text(language) }

  private var names: Localized {
    switch self {
    case .binding: Localized(en: "Binding law", ja: "法的拘束力あり")
    case .softLaw: Localized(en: "Soft law (non-binding guidance)", ja: "ソフトロー（法的拘束力なし）")
    case .draft: Localized(en: "Draft (not yet in force)", ja: "案（未施行）")
    case .practice: Localized(en: "Practice", ja: "実務慣行")
    case .heuristic: Localized(en: "shinsa heuristic", ja: "shinsa独自の目安")
    }
  }
}

/// shinsa's triage tier. Not a statutory category: the AI Promotion Act defines no tiers.
public enum Tier: String, Codable, Sendable, CaseIterable, Comparable {
  case standard
  case important
  case speciallyDesignated = "specially-designated"

  public static func < (lhs: Tier, rhs: Tier) -> Bool {
    let order = Tier.allCases
    return order.firstIndex(of: lhs) ?? 0 < order.firstIndex(of: rhs) ?? 0
  }

  /// The label shown next to every tier.
  public static func notStatutoryLabel(_ language: Language) -> String {
    switch language {
    case .en: return "triage tier, not a statutory category"
    case .ja: return "トリアージ区分（法令上の区分ではありません）"
    }
  }
}
