/// The answers a conclusion rests on, written for people: the question's text and the
/// option's label in the chosen language, never the ids (the why overlay uses these; the
/// machine-facing exports keep ``AssessmentWording/because(_:_:)``).
extension AssessmentWording {
  /// "“Which sector?”: Healthcare; “How many people?”: 2,000,000" /
  /// 「分野は？」：医療／「対象者数は？」：2,000,000人.
  public static func readableBecause(
    _ answers: [TraceAnswer], _ rulebook: Rulebook, _ language: Language
  ) -> String {
    if answers.isEmpty {
      return language == .en ? "no answer yet" : "回答なし"
    }
    return answers.map { item in
      guard let question = rulebook.question(item.question) else {
        return "\(item.question) = \(item.answer?.display ?? "—")"
      }
      let text = question.text.text(language)
      let value = ProjectExport.display(item.answer, for: question, language)
      return language == .en ? "“\(text)”: \(value)" : "「\(text)」：\(value)"
    }.joined(separator: language == .en ? "; " : "／")
  }

  /// ``appliesBecause(_:_:_:)`` with the answers written by ``readableBecause(_:_:_:)``.
  public static func readableAppliesBecause(
    _ finding: ObligationFinding, _ rulebook: Rulebook, _ language: Language
  ) -> String {
    if finding.trace.universal { return rulebook.universalReason.text(language) }
    let answers = readableBecause(finding.trace.because, rulebook, language)
    guard let label = jurisdictionLabel(finding.obligation.jurisdiction, rulebook, language) else {
      return answers
    }
    return language == .en ? "\(label). Answers: \(answers)" : "\(label)。回答: \(answers)"
  }
}
