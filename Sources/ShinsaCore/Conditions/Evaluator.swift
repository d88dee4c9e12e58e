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
      var result = Truth.yes
      for part in parts {
        switch truth(of: part, in: answers, missing: missing) {
        case .no: return .no
        case .unknown: result = .unknown
        case .yes: break
        }
      }
      return result
    case .or(let parts):
      var result = Truth.no
      for part in parts {
        switch truth(of: part, in: answers, missing: missing) {
        case .yes: return .yes
        case .unknown: result = .unknown
        case .no: break
        }
      }
      return result
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

  /// The indices of the questions whose answers made a true `condition` true.
  ///
  /// For `or` only the first true branch counts; for `not`, every question inside.
  public static func because(_ condition: Condition, in answers: ActiveAnswers) -> [Int] {
    var indices: [Int] = []
    collectBecause(condition, answers, &indices)
    return indices
  }

  private static func collectBecause(
    _ condition: Condition, _ answers: ActiveAnswers, _ indices: inout [Int]
  ) {
    switch condition {
    case .always, .never: return
    case .and(let parts):
      for part in parts { collectBecause(part, answers, &indices) }
    case .or(let parts):
      if let first = parts.first(where: { truth(of: $0, in: answers) == .yes }) {
        collectBecause(first, answers, &indices)
      }
    case .not(let inner):
      collectAll(inner, &indices)
    case .test(let test):
      if !indices.contains(test.questionIndex) { indices.append(test.questionIndex) }
    }
  }

  private static func collectAll(_ condition: Condition, _ indices: inout [Int]) {
    switch condition {
    case .always, .never: return
    case .and(let parts), .or(let parts): parts.forEach { collectAll($0, &indices) }
    case .not(let inner): collectAll(inner, &indices)
    case .test(let test):
      if !indices.contains(test.questionIndex) { indices.append(test.questionIndex) }
    }
  }

  /// The indices of questions whose missing or unknown answers leave `condition` undecided.
  public static func undecidedBy(_ condition: Condition, in answers: ActiveAnswers) -> [Int] {
    var indices: [Int] = []
    collectUndecided(condition, answers, &indices)
    return indices
  }

  private static func collectUndecided(
    _ condition: Condition, _ answers: ActiveAnswers, _ indices: inout [Int]
  ) {
    switch condition {
    case .always, .never: return
    case .and(let parts), .or(let parts):
      for part in parts where truth(of: part, in: answers) == .unknown {
        collectUndecided(part, answers, &indices)
      }
    case .not(let inner):
      collectUndecided(inner, answers, &indices)
    case .test(let test):
      if truth(of: test, in: answers) == .unknown, !indices.contains(test.questionIndex) {
        indices.append(test.questionIndex)
      }
    }
  }
}
