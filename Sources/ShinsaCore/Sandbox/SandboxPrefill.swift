/// Suggests editable plan text from the interview answers. Suggestions are always drafts
/// (never done), and nothing is suggested where the answers say nothing useful.
public enum SandboxPrefill {
  /// A draft of `item` built from `answers`, or nil when the answers give nothing to start
  /// from. Only answers to questions that are visible on these answers are used.
  public static func draft(
    for item: SandboxPlanItem, answers: [String: Answer], rulebook: Rulebook
  ) -> DisclosureDraft? {
    let active = ActiveAnswers(rulebook: rulebook, answers: answers)
    let facts = AnswerFacts(rulebook: rulebook, active: active)
    let parts: [Localized]
    switch item.id {
    case "technology-business", "nb-content-timing", "zone-business": parts = technology(facts)
    case "participants-consent": parts = participants(facts)
    case "statutes", "zone-measures": parts = statutes(facts)
    default: parts = []
    }
    guard !parts.isEmpty else { return nil }
    return DisclosureDraft(
      state: .draft, en: parts.map(\.en).joined(separator: "\n"),
      ja: parts.map(\.ja).joined(separator: "\n"))
  }

  static func technology(_ facts: AnswerFacts) -> [Localized] {
    var parts: [Localized] = []
    if let purpose = facts.text("system_purpose") {
      let what = Localized(en: "the system's purpose", ja: "システムの目的")
      parts.append(
        Localized(
          en: TranslationPlaceholder.answer(purpose, in: .en, what: what),
          ja: TranslationPlaceholder.answer(purpose, in: .ja, what: what)))
    }
    for (question, en, ja) in [("use_case", "Use", "用途"), ("sector", "Business field", "事業分野")] {
      let labels = facts.labels(question)
      if !labels.en.isEmpty {
        parts.append(
          Localized(
            en: "\(en): \(labels.en.joined(separator: ", ")).",
            ja: "\(ja)：\(labels.ja.joined(separator: "、"))。"))
      }
    }
    if facts.flag("uses_foundation_model") == true {
      let fineTuned = facts.flag("fine_tuned") == true
      if let model = facts.text("model_name") {
        parts.append(
          Localized(
            en: "Built on the foundation model \(model)\(fineTuned ? ", fine-tuned" : "").",
            ja: "基盤モデル \(model) を\(fineTuned ? "ファインチューニングして" : "")利用。"))
      } else {
        parts.append(
          Localized(
            en: "Built on a foundation model\(fineTuned ? ", fine-tuned" : "").",
            ja: "基盤モデルを\(fineTuned ? "ファインチューニングして" : "")利用。"))
      }
    }
    guard !parts.isEmpty else { return [] }
    parts.append(
      Localized(
        en:
          "To add: why the technology is markedly new in its field and the value it could create.",
        ja: "追記すること：その分野で著しく新しいといえる理由と、生み出しうる付加価値。"))
    return parts
  }

  static func participants(_ facts: AnswerFacts) -> [Localized] {
    var parts: [Localized] = []
    if case .number(let count)? = facts.answer("people_affected") {
      let number = ProjectExport.grouped(count)
      parts.append(
        Localized(
          en: "The system could affect about \(number) people in normal use; the demonstration "
            + "should involve a defined subset of them.",
          ja: "通常の利用では約\(number)人に影響が及びうるため、実証ではその一部に範囲を限定します。"))
    }
    if facts.flag("sandbox_participants_defined") == true {
      parts.append(
        Localized(
          en: "The interview says the participants are defined: list them, with any third "
            + "parties whose rights or interests could be affected.",
          ja: "面談では参加者が特定済みとの回答です。権利や利益に影響が及ぶおそれのある第三者を含めて列挙してください。"))
    }
    if facts.flag("sandbox_consent") == true {
      parts.append(
        Localized(
          en: "The interview says there is a way to obtain every participant's consent: "
            + "describe it, including showing the certificate.",
          ja: "面談ではすべての参加者から同意を得る方法があるとの回答です。認定証の提示を含めて方法を書いてください。"))
    }
    return parts
  }

  static func statutes(_ facts: AnswerFacts) -> [Localized] {
    var parts: [Localized] = []
    guard case .choices(let uses)? = facts.answer("use_case") else {
      return statuteNamed(facts, parts)
    }
    if uses.contains("autonomous-driving") {
      parts.append(
        Localized(
          en: "To check (not confirmed): the Road Traffic Act and the Road Transport Vehicle "
            + "Act provisions on automated driving.",
          ja: "確認すること（未確定）：自動運転に関する道路交通法と道路運送車両法の規定。"))
    }
    if uses.contains("drone-operations") {
      parts.append(
        Localized(
          en: "To check (not confirmed): the Civil Aeronautics Act rules on unmanned aircraft.",
          ja: "確認すること（未確定）：無人航空機に関する航空法の規定。"))
    }
    return statuteNamed(facts, parts)
  }

  private static func statuteNamed(_ facts: AnswerFacts, _ parts: [Localized]) -> [Localized] {
    var parts = parts
    if facts.flag("sandbox_statute_named") == true || facts.flag("grayzone_rule_named") == true {
      parts.append(
        Localized(
          en: "The interview says the rule in question has been identified: give the statute "
            + "and the article.",
          ja: "面談では対象の規制を特定済みとの回答です。法令名と条項を書いてください。"))
    }
    return parts
  }
}
