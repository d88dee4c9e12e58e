/// Evaluates compiled conditions over active answers with three-valued logic.
public enum Evaluator {
  /// The truth of `condition`: unknown where a missing or unknown answer could decide it.
  ///
  /// `missing` is what a test on an unanswered question yields: `.unknown` for
  /// conclusions, `.no` for visibility (a follow-up question waits until its
  /// parent is answered, but an explicit "unknown" answer shows it).
  public static func truth(
    of condition: Condition, in answers: ActiveAnswers, missing: Truth = .unknown
  ) -> Truth {
    switch condition {
    case .always: return .yes
    case .never: return .no
    case .and(let parts):
      return .all(parts.lazy.map { truth(of: $0, in: answers, missing: missing) })
    case .or(let parts):
      return .any(parts.lazy.map { truth(of: $0, in: answers, missing: missing) })
    case .not(let inner):
      return truth(of: inner, in: answers, missing: missing).negated
    case .test(let test):
      return truth(of: test, in: answers, missing: missing)
    }
  }

  static func truth(of test: ConditionTest, in answers: ActiveAnswers, missing: Truth = .unknown)
    -> Truth
  {
    guard answers.visible[test.questionIndex] else {
      return answers.undecided[test.questionIndex] ? missing : .no
    }
    guard let answer = answers[test.questionIndex] else {
      return test.op == .answered ? .no : missing
    }
    if test.op == .answered {
      switch answer {
      case .unknown: return .no
      case .text(let text): return .from(!text.isEmpty)
      case .choices(let values): return .from(!values.isEmpty)
      default: return .yes
      }
    }
    switch (test.op, answer) {
    case (_, .unknown):
      return .unknown
    case (.has, .choices(let chosen)):
      guard case .word(let word)? = test.values.first else { return .no }
      return .from(chosen.contains(word))
    case (.in, .choices(let chosen)):
      return .from(
        test.values.contains { value in
          if case .word(let word) = value { return chosen.contains(word) }
          return false
        })
    case (.in, .choice(let chosen)):
      return .from(test.values.contains(.word(chosen)))
    case (.equal, .choice(let chosen)):
      return .from(test.values.first == .word(chosen))
    case (.notEqual, .choice(let chosen)):
      return .from(test.values.first != .word(chosen))
    case (.equal, .bool(let flag)):
      return .from(test.values.first == .bool(flag))
    case (.notEqual, .bool(let flag)):
      return .from(test.values.first != .bool(flag))
    case (_, .number(let number)):
      guard case .number(let bound)? = test.values.first else { return .no }
      switch test.op {
      case .equal: return .from(number == bound)
      case .notEqual: return .from(number != bound)
      case .atLeast: return .from(number >= bound)
      case .greater: return .from(number > bound)
      case .atMost: return .from(number <= bound)
      case .less: return .from(number < bound)
      default: return .no
      }
    default:
      // A mistyped answer cannot reach here through the loaders; treat it as not matching.
      return .no
    }
  }

  /// The indices of the questions whose answers made a true `condition` true, each once, in
  /// the order the condition names them.
  ///
  /// For `or` only the first true branch counts; for `not`, every question inside.
  public static func because(_ condition: Condition, in answers: ActiveAnswers) -> [Int] {
    firstOccurrences(becauseIndices(condition, answers))
  }

  private static func becauseIndices(_ condition: Condition, _ answers: ActiveAnswers) -> [Int] {
    switch condition {
    case .always, .never: return []
    case .and(let parts): return parts.flatMap { becauseIndices($0, answers) }
    case .or(let parts):
      guard let first = parts.first(where: { truth(of: $0, in: answers) == .yes }) else {
        return []
      }
      return becauseIndices(first, answers)
    case .not(let inner): return allIndices(inner)
    case .test(let test): return [test.questionIndex]
    }
  }

  private static func allIndices(_ condition: Condition) -> [Int] {
    switch condition {
    case .always, .never: return []
    case .and(let parts), .or(let parts): return parts.flatMap(allIndices)
    case .not(let inner): return allIndices(inner)
    case .test(let test): return [test.questionIndex]
    }
  }

  /// The indices of questions whose missing or unknown answers leave `condition` undecided,
  /// each once, in the order the condition names them.
  public static func undecidedBy(_ condition: Condition, in answers: ActiveAnswers) -> [Int] {
    firstOccurrences(undecidedIndices(condition, answers))
  }

  private static func undecidedIndices(_ condition: Condition, _ answers: ActiveAnswers) -> [Int] {
    switch condition {
    case .always, .never: return []
    case .and(let parts), .or(let parts):
      return parts.filter { truth(of: $0, in: answers) == .unknown }.flatMap {
        undecidedIndices($0, answers)
      }
    case .not(let inner): return undecidedIndices(inner, answers)
    case .test(let test):
      return truth(of: test, in: answers) == .unknown ? [test.questionIndex] : []
    }
  }

  /// `indices` without repeats, each where it first stands.
  private static func firstOccurrences(_ indices: [Int]) -> [Int] {
    var seen = Set<Int>()
    return indices.filter { seen.insert($0).inserted }
  }
}
