/// Shared phrasing for assessment output in English and Japanese.
public enum AssessmentWording {
  /// "use_case = credit-decision; people_affected = 2000000".
  public static func because(_ answers: [TraceAnswer], _ language: Language) -> String {
    if answers.isEmpty {
      return language == .en ? "no answer yet" : "回答なし"
    }
    return answers.map { item in
      let value =
        item.answer.map { $0.display }
        ?? (language == .en ? "not answered" : "未回答")
      return "\(item.question) = \(value)"
    }.joined(separator: "; ")
  }

  /// Why a conclusion is still open, from the answers it rests on: an explicit Unknown is
  /// named as such, never as a missing answer ("answered Unknown", "answer missing").
  public static func openReason(_ answers: [TraceAnswer], _ language: Language) -> String? {
    let unknown = answers.contains { $0.answer == .unknown }
    let missing = answers.contains { $0.answer == nil }
    switch (unknown, missing, language) {
    case (true, true, .en): return "answered Unknown, an answer missing"
    case (true, true, .ja): return "「不明」の回答と未回答あり"
    case (true, false, .en): return "answered Unknown"
    case (true, false, .ja): return "「不明」と回答"
    case (false, true, .en): return "answer missing"
    case (false, true, .ja): return "未回答あり"
    case (false, false, _): return nil
    }
  }

  /// "may apply: answered Unknown" / 「適用の可能性：「不明」と回答」.
  public static func mayApply(_ answers: [TraceAnswer], _ language: Language) -> String {
    let head = language == .en ? "may apply" : "適用の可能性"
    guard let reason = openReason(answers, language) else { return head }
    return head + (language == .en ? ": " : "：") + reason
  }

  /// The label of a sandbox route id.
  public static func eligibility(_ eligible: Eligibility, _ language: Language) -> String {
    switch (eligible, language) {
    case (.yes, .en): return "likely eligible"
    case (.yes, .ja): return "要件を満たす見込み"
    case (.no, .en): return "not eligible as answered"
    case (.no, .ja): return "現在の回答では要件を満たさない"
    case (.unknown, .en): return "open: gaps to close"
    case (.unknown, .ja): return "未確定（要対応の項目あり）"
    }
  }

  /// A word for three-valued truth in criteria lists.
  public static func met(_ truth: Truth, _ language: Language) -> String {
    switch (truth, language) {
    case (.yes, .en): return "met"
    case (.yes, .ja): return "充足"
    case (.no, .en): return "not met"
    case (.no, .ja): return "未充足"
    case (.unknown, .en): return "unknown"
    case (.unknown, .ja): return "不明"
    }
  }

  /// Describes a review item's conclusion for people.
  public static func reviewConclusion(
    _ conclusion: String, _ rulebook: Rulebook, _ language: Language
  ) -> String {
    let parts = conclusion.split(separator: ":", maxSplits: 1).map(String.init)
    let kind = parts.first ?? conclusion
    let id = parts.count > 1 ? parts[1] : ""
    switch (kind, language) {
    case ("tier", .en): return "the tier could be higher"
    case ("tier", .ja): return "区分が上がる可能性"
    case ("regulator", .en) where id == "primary": return "the primary regulator could change"
    case ("regulator", .ja) where id == "primary": return "主管庁が変わる可能性"
    case ("regulator", .en): return "\(rulebook.regulator(id)?.abbreviation ?? id) may be involved"
    case ("regulator", .ja): return "\(rulebook.regulator(id)?.name.ja ?? id)が関係する可能性"
    case ("obligation", _):
      let title = rulebook.obligations.first { $0.id == id }?.title.text(language) ?? id
      return language == .en ? "may apply: \(title)" : "適用の可能性: \(title)"
    case ("disclosure", _):
      let title = rulebook.disclosureFields.first { $0.id == id }?.title.text(language) ?? id
      return language == .en
        ? "disclosure field may be required: \(title)" : "開示項目が必要になる可能性: \(title)"
    case ("sandbox", .en): return "the sandbox route or eligibility could change"
    case ("sandbox", .ja): return "サンドボックスの経路・適格性が変わる可能性"
    default: return conclusion
    }
  }
}
