/// How a counterfactual reads in a report: the rulebook's question text and option labels in
/// the report's language, never ids.
public enum CounterfactualWording {
  /// "Question text: current answer → new answer: tier Important; primary regulator FSA", or
  /// in Japanese "質問：現在の回答 → 新しい回答：区分「重要」、主管「金融庁」".
  public static func sentence(_ change: Counterfactual, rulebook: Rulebook, language: Language)
    -> String
  {
    let ja = language == .ja
    guard let question = rulebook.question(change.question) else { return change.question }
    let from = ProjectExport.display(change.from, for: question, language)
    let to = ProjectExport.display(change.to, for: question, language)
    return question.text.text(language) + (ja ? "：" : ": ") + from + " → " + to
      + (ja ? "：" : ": ") + effect(change.effect, rulebook: rulebook, language: language)
  }

  /// What moves: "tier Important; sandbox route …" / "区分「重要」、制度「…」".
  public static func effect(
    _ effect: CounterfactualEffect, rulebook: Rulebook, language: Language
  ) -> String {
    let ja = language == .ja
    // A name as is in English; in Japanese in 「」, or in 『』 when it holds 「」 itself.
    func named(_ name: String) -> String {
      guard ja else { return name }
      return name.contains("「") ? "『" + name + "』" : "「" + name + "」"
    }
    var parts: [String] = []
    if let tier = effect.tier {
      let label = rulebook.tierInfo(tier)?.label.text(language) ?? tier.rawValue
      parts.append((ja ? "区分" : "tier ") + named(label))
    }
    if let id = effect.primaryRegulator {
      // The regulator's short name in the reader's language (FSA / 金融庁).
      parts.append(
        (ja ? "主管" : "primary regulator ")
          + named(rulebook.regulator(id)?.shortName(language) ?? id))
    }
    if let id = effect.sandboxRoute {
      let name = rulebook.sandbox.routes.first { $0.id == id }?.name.text(language) ?? id.rawValue
      parts.append((ja ? "制度" : "sandbox route ") + named(name))
    }
    return parts.joined(separator: ja ? "、" : "; ")
  }

  /// The heading of the changes: "What would change this" / 結論を変える回答.
  public static func heading(_ language: Language) -> String {
    language == .en ? "What would change this" : "結論を変える回答"
  }

  /// The sentence shown when no single answer change moves a conclusion.
  public static func none(_ language: Language) -> String {
    language == .en
      ? "No single answer change moves the tier, the primary regulator or the sandbox route."
      : "回答を一つ変えても、区分・主管省庁・サンドボックス制度は変わりません。"
  }
}

extension CounterfactualWording {
  /// The changes as report blocks: one list item a change, or the sentence saying there is
  /// none.
  static func blocks(_ changes: [Counterfactual], rulebook: Rulebook, language: Language)
    -> [ReportBlock]
  {
    guard !changes.isEmpty else { return [.paragraph(.plain(none(language)), role: "muted")] }
    return [
      .list(
        changes.map {
          ReportListItem(.plain(sentence($0, rulebook: rulebook, language: language)))
        })
    ]
  }
}
