/// An answer to one question. "Unknown" is a real answer: the client does not know yet.
public enum Answer: Sendable, Equatable, Hashable {
  case unknown
  /// One option of a single-choice question.
  case choice(String)
  /// The chosen options of a multi-choice question, in rulebook order.
  case choices([String])
  case bool(Bool)
  case number(Int)
  case text(String)

  /// Whether this is a real answer rather than "unknown".
  public var isKnown: Bool { self != .unknown }

  /// The answer as it appears in traces and exports ("finance, healthcare", "2000000", "yes").
  public var display: String {
    switch self {
    case .unknown: return "unknown"
    case .choice(let value): return value
    case .choices(let values): return values.joined(separator: ", ")
    case .bool(let flag): return flag ? "yes" : "no"
    case .number(let number): return String(number)
    case .text(let text): return text
    }
  }
}

/// Three-valued truth: a test on a missing or unknown answer is `unknown`.
public enum Truth: Sendable, Equatable {
  case yes
  case no
  case unknown

  static func from(_ flag: Bool) -> Truth { flag ? .yes : .no }

  var negated: Truth {
    switch self {
    case .yes: return .no
    case .no: return .yes
    case .unknown: return .unknown
    }
  }

  /// Three-valued "and": no if any value is no, else unknown if any is unknown, else yes
  /// (yes for none). Reads `values` only up to the first no.
  static func all(_ values: some Sequence<Truth>) -> Truth {
    var result = Truth.yes
    for value in values {
      if value == .no { return .no }
      if value == .unknown { result = .unknown }
    }
    return result
  }

  /// Three-valued "or": yes if any value is yes, else unknown if any is unknown, else no
  /// (no for none). Reads `values` only up to the first yes.
  static func any(_ values: some Sequence<Truth>) -> Truth {
    all(values.lazy.map(\.negated)).negated
  }
}

/// The answers that count: those of visible questions, indexed like the rulebook's questions.
///
/// An answer to a question hidden by another answer is kept in the interview
/// but is inactive here, and tests on it are definitely false rather than unknown.
public struct ActiveAnswers: Sendable, Equatable {
  /// Per question index: whether the question is visible on the current answers.
  public private(set) var visible: [Bool]
  /// Per question index: the active answer, or nil when unanswered or hidden.
  public private(set) var answers: [Answer?]
  /// Per question index: hidden only because the answers it depends on are missing or
  /// unknown. Tests on such a question are unknown in conclusions, not false.
  public private(set) var undecided: [Bool]

  /// Derives visibility and active answers, in question order.
  public init(rulebook: Rulebook, answers all: [String: Answer]) {
    let count = rulebook.questions.count
    visible = Array(repeating: false, count: count)
    answers = Array(repeating: nil, count: count)
    undecided = Array(repeating: false, count: count)
    for (index, question) in rulebook.questions.enumerated() {
      // Visibility conditions only mention earlier questions, so they are settled.
      if question.visibleIf == .always {
        visible[index] = true
        answers[index] = all[question.id]
        continue
      }
      let shown = Evaluator.truth(of: question.visibleIf, in: self, missing: .no) != .no
      visible[index] = shown
      if shown {
        answers[index] = all[question.id]
      } else {
        undecided[index] = Evaluator.truth(of: question.visibleIf, in: self) == .unknown
      }
    }
  }

  /// Active answers given directly (for tests and tools that compute visibility themselves).
  init(visible: [Bool], answers: [Answer?]) {
    self.visible = visible
    self.answers = answers
    self.undecided = Array(repeating: false, count: visible.count)
  }

  /// The active answer of the question at `index`.
  public subscript(index: Int) -> Answer? { answers[index] }
}
