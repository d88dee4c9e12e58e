import Foundation

/// One weak spot in a disclosure draft, with a short reason and what to do about it.
public struct WordingIssue: Sendable, Equatable {
  /// What kind of weakness this is.
  public enum Kind: String, Sendable, Equatable, CaseIterable {
    /// Redress or accountability text with no way to reach anyone.
    case missingContact = "missing-contact"
    /// "May use AI" without saying where or for what.
    case vagueAIUse = "vague-ai-use"
    /// Limits stated without a single example.
    case limitsWithoutExample = "limits-without-example"
    /// A required field withheld or marked not applicable with no reason.
    case withheldWithoutReason = "withheld-without-reason"
    /// Marked done while one language is still empty.
    case doneButEmpty = "done-but-empty"
    /// Marked done while one language still holds a placeholder to translate or fill in.
    case doneButUnfinished = "done-but-unfinished"
    /// An absolute claim no AI system can back: "100% accurate", "completely safe", 「絶対」.
    case absoluteClaim = "absolute-claim"
  }

  public var kind: Kind
  /// The language of the text the issue was found in (nil: not about one language's text).
  public var language: Language?
  public var message: Localized

  /// The message in `ui`, saying which language's text it concerns.
  public func described(_ ui: Language) -> String {
    guard let language else { return message.text(ui) }
    let prefix: String
    switch (language, ui) {
    case (.en, .en): prefix = "English text: "
    case (.ja, .en): prefix = "Japanese text: "
    case (.en, .ja): prefix = "英語の本文："
    case (.ja, .ja): prefix = "日本語の本文："
    }
    return prefix + message.text(ui)
  }
}

/// Flags weak disclosure practice. Heuristics, not legal findings: each issue says why.
public enum DisclosureWordingCheck {
  /// Fields where a reader needs a way to reach the organisation.
  static let contactFields: Set<String> = ["redress", "accountability"]
  /// Fields that describe limits and should give an example of one.
  static let limitFields: Set<String> = ["how-it-works", "output-reliability"]

  /// The issues of `draft` for field `fieldID`, assessed as `need`.
  public static func issues(fieldID: String, draft: DisclosureDraft, need: DisclosureNeed)
    -> [WordingIssue]
  {
    var found: [WordingIssue] = []
    if draft.state == .withheld || draft.state == .notApplicable, need == .required,
      draft.reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
    {
      found.append(
        WordingIssue(
          kind: .withheldWithoutReason, language: nil,
          message: Localized(
            en: "Required but withheld without a reason: say why (for example, a trade secret).",
            ja: "必要な項目ですが、理由なく非開示になっています。理由（営業秘密など）を記載してください。")))
    }
    if draft.state == .done {
      for language in Language.allCases where isBlank(draft.text(language)) {
        found.append(
          WordingIssue(
            kind: .doneButEmpty, language: language,
            message: language == .en
              ? Localized(
                en: "Marked done, but the English text is empty.", ja: "完了になっていますが、英語の本文が空です。")
              : Localized(
                en: "Marked done, but the Japanese text is empty.", ja: "完了になっていますが、日本語の本文が空です。")
          ))
      }
    }
    if draft.state == .done {
      for language in Language.allCases
      where !isBlank(draft.text(language)) && TranslationPlaceholder.isPending(draft.text(language))
      {
        found.append(
          WordingIssue(
            kind: .doneButUnfinished, language: language,
            message: Localized(
              en: "Marked done, but a placeholder (［要翻訳：…］ or [To add: …]) is still in the text.",
              ja: "完了になっていますが、本文に未記入の箇所（［要翻訳：…］や［追記：…］）が残っています。")))
      }
    }
    guard draft.state != .withheld, draft.state != .notApplicable else { return found }
    for language in Language.allCases {
      let text = draft.text(language)
      guard !isBlank(text) else { continue }
      let lower = text.lowercased()
      if let claim = absoluteClaim(lower) {
        found.append(
          WordingIssue(
            kind: .absoluteClaim, language: language,
            message: Localized(
              en:
                "Absolute claim “\(claim)”: no AI system can promise this; say what it does and where it can fail.",
              ja: "「\(claim)」という断定的な表現があります。AIでは保証できないため、できることと誤りうる場面を書いてください。")))
      }
      if contactFields.contains(fieldID), !mentionsContact(lower) {
        found.append(
          WordingIssue(
            kind: .missingContact, language: language,
            message: Localized(
              en: "No contact point: give an address, form, phone number or desk people can reach.",
              ja: "問い合わせ先がありません。連絡できる窓口（メールアドレス、フォーム、電話番号など）を記載してください。")))
      }
      if mentionsVagueUse(lower) {
        found.append(
          WordingIssue(
            kind: .vagueAIUse, language: language,
            message: Localized(
              en:
                "Says AI \"may\" be used without saying where: name the features or steps that use it.",
              ja: "AIを「利用する場合がある」とだけ書かれています。AIを使う機能や工程を具体的に示してください。")))
      }
      if limitFields.contains(fieldID), mentionsLimits(lower), !givesExample(lower) {
        found.append(
          WordingIssue(
            kind: .limitsWithoutExample, language: language,
            message: Localized(
              en:
                "States limits without an example: give one concrete case where the output can fail.",
              ja: "限界を述べていますが例がありません。出力が誤りうる具体例を一つ挙げてください。")))
      }
    }
    return found
  }

  static func isBlank(_ text: String) -> Bool {
    text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
  }

  static func mentionsContact(_ text: String) -> Bool {
    let markers = [
      "@", "http://", "https://", "www.", "contact", "tel:", "tel.", "phone", "enquir", "inquir",
      "help desk", "helpdesk", "support desk", "窓口", "問い合わせ", "問合せ", "お問合せ", "連絡先", "電話", "フォーム",
      "メール",
    ]
    if markers.contains(where: { text.contains($0) }) { return true }
    // A phone number: eight or more digits, allowing separators.
    return text.filter(\.isNumber).count >= 8
  }

  /// Phrases that promise what no AI system can: the first one found, as written in the
  /// (lower-cased) text, or nil.
  static func absoluteClaim(_ text: String) -> String? {
    let normalized = text.replacingOccurrences(of: "％", with: "%")
      .replacingOccurrences(of: "１００", with: "100")
      .replacingOccurrences(of: "100 %", with: "100%")
      .replacingOccurrences(of: "100 percent", with: "100%")
    let phrases = [
      "completely safe", "totally safe", "perfectly safe", "absolutely safe", "entirely safe",
      "100% safe", "100% accurate", "100% correct", "100% reliable", "100% secure",
      "completely accurate", "perfectly accurate", "totally accurate", "always accurate",
      "always correct", "always right", "never fails", "never fail", "never wrong",
      "never makes mistakes", "never make mistakes", "never makes a mistake",
      "never need to worry", "never have to worry", "nothing to worry about", "error-free",
      "error free", "zero risk", "risk-free", "risk free", "flawless", "infallible",
      "guaranteed to be accurate", "guaranteed accurate", "guaranteed safe", "guaranteed correct",
      "絶対", "完全に安全", "完全に正確", "100%正確", "100%安全", "100%の精度", "完璧",
      "誤りはありません", "間違いはありません", "誤りがありません", "間違いがありません", "間違えません",
      "必ず正しい", "常に正しい", "常に正確", "安全性を保証", "正確性を保証", "リスクはありません",
      "心配はいりません", "心配いりません", "心配は不要", "ご安心ください",
    ]
    return phrases.first { normalized.contains($0) }
  }

  static func mentionsVagueUse(_ text: String) -> Bool {
    let phrases = [
      "may use ai", "might use ai", "may be using ai", "may use artificial intelligence",
      "ai may be used", "may involve ai", "may utilise ai", "may utilize ai", "aiを利用する場合があります",
      "aiを使用する場合があります", "aiを活用する場合があります", "aiを利用することがあります",
      "aiを使用することがあります", "aiを活用することがあります", "aiを用いる場合があります", "aiを用いることがあります",
    ]
    return phrases.contains { text.contains($0) }
  }

  static func mentionsLimits(_ text: String) -> Bool {
    let markers = [
      "limit", "inaccura", "error", "mistake", "wrong", "fail", "not always", "may not",
      "限界", "誤り", "誤る", "不正確", "間違", "失敗", "必ずしも", "苦手",
    ]
    return markers.contains { text.contains($0) }
  }

  static func givesExample(_ text: String) -> Bool {
    let markers = [
      "for example", "for instance", "e.g.", "such as", "例えば", "たとえば", "例：", "例:", "など",
      "具体例",
    ]
    return markers.contains { text.contains($0) }
  }
}
