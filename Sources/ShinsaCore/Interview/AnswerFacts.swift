import Foundation

/// The answers that count, looked up by question id: only those to questions visible on the
/// current answers (an answer the interview now hides is kept but says nothing). Shared by
/// the disclosure and sandbox-plan suggestions.
struct AnswerFacts: Sendable {
  let rulebook: Rulebook
  let active: ActiveAnswers

  func answer(_ id: String) -> Answer? {
    rulebook.questionIndex[id].flatMap { active[$0] }
  }

  /// The option labels of a choice answer, "other" left out.
  func labels(_ id: String) -> (en: [String], ja: [String]) {
    guard let question = rulebook.question(id) else { return ([], []) }
    let values: [String]
    switch answer(id) {
    case .choices(let chosen): values = chosen
    case .choice(let value): values = [value]
    default: values = []
    }
    let options = values.filter { $0 != "other" }.compactMap { question.option($0) }
    return (options.map(\.label.en), options.map(\.label.ja))
  }

  func text(_ id: String) -> String? {
    guard case .text(let text)? = answer(id) else { return nil }
    let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
    return trimmed.isEmpty ? nil : trimmed
  }

  func choice(_ id: String) -> String? {
    guard case .choice(let value)? = answer(id) else { return nil }
    return value
  }

  /// Whether a multi-choice answer includes `value`.
  func has(_ id: String, _ value: String) -> Bool {
    guard case .choices(let values)? = answer(id) else { return false }
    return values.contains(value)
  }

  func flag(_ id: String) -> Bool? {
    guard case .bool(let flag)? = answer(id) else { return nil }
    return flag
  }
}
