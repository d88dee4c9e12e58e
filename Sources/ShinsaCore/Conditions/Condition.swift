/// A compiled condition of the rulebook's condition language.
///
/// Conditions are parsed and type-checked against the questions when the
/// rulebook loads, so evaluation never meets an unknown id or value.
public indirect enum Condition: Sendable, Equatable {
  /// Always true (no condition).
  case always
  /// Always false.
  case never
  case and([Condition])
  case or([Condition])
  case not(Condition)
  case test(ConditionTest)

  /// The question ids the condition mentions, in order of first mention.
  public var questionIDs: [String] {
    var ids: [String] = []
    collect(into: &ids)
    return ids
  }

  private func collect(into ids: inout [String]) {
    switch self {
    case .always, .never: return
    case .and(let parts), .or(let parts): parts.forEach { $0.collect(into: &ids) }
    case .not(let inner): inner.collect(into: &ids)
    case .test(let test):
      if !ids.contains(test.question) { ids.append(test.question) }
    }
  }

  /// The assumption ids the condition mentions.
  public var assumptionIDs: [String] {
    switch self {
    case .always, .never: return []
    case .and(let parts), .or(let parts): return parts.flatMap(\.assumptionIDs)
    case .not(let inner): return inner.assumptionIDs
    case .test(let test): return test.assumption.map { [$0] } ?? []
    }
  }
}

/// The comparison a test makes.
public enum ConditionOperator: String, Sendable, Equatable {
  case has
  case `in`
  case equal = "=="
  case notEqual = "!="
  case atLeast = ">="
  case greater = ">"
  case atMost = "<="
  case less = "<"
  case answered
}

/// A value a test compares with.
public enum ConditionValue: Sendable, Equatable, CustomStringConvertible {
  case word(String)
  case bool(Bool)
  case number(Int)

  public var description: String {
    switch self {
    case .word(let word): return word
    case .bool(let flag): return flag ? "true" : "false"
    case .number(let number): return String(number)
    }
  }
}

/// One test on one question's answer.
public struct ConditionTest: Sendable, Equatable {
  /// The question id.
  public var question: String
  /// The question's index in the rulebook, for fast lookup.
  public var questionIndex: Int
  public var op: ConditionOperator
  public var values: [ConditionValue]
  /// The assumption a numeric value came from, if any (for traces).
  public var assumption: String?
}
