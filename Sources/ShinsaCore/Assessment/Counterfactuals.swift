/// What one answer change would change: only the conclusions that move are set.
public struct CounterfactualEffect: Sendable, Equatable {
  /// The triage tier the change leads to.
  public var tier: Tier?
  /// The primary regulator's id the change leads to.
  public var primaryRegulator: String?
  /// The sandbox route the change leads to.
  public var sandboxRoute: SandboxRouteID?

  /// True when the change moves none of the three conclusions.
  public var isEmpty: Bool { tier == nil && primaryRegulator == nil && sandboxRoute == nil }
}

/// One single-answer change that would change the tier, the primary regulator or the sandbox
/// route, computed by assessing the changed answers (never written by hand).
public struct Counterfactual: Sendable, Equatable {
  /// The question whose answer would change.
  public var question: String
  /// The current answer (nil when the question is not answered yet).
  public var from: Answer?
  /// The answer that would make the difference.
  public var to: Answer
  public var effect: CounterfactualEffect
}

/// Finds every single-answer change that moves the tier, the primary regulator or the
/// sandbox route.
///
/// Each question on the current path is tried with the answers that matter to the rulebook:
/// every other option of a choice question, each option added to or taken from a multi-choice
/// answer, the other yes/no value, and for numbers each threshold the rulebook's conditions
/// name (one below, at and one above it). Free-text questions are not tried. Every option
/// that moves a conclusion is listed; for a number, of the values with the same effect only
/// the one nearest the current answer is, so "people affected: 5,000 → 10,000" is listed
/// once, at the threshold.
public struct CounterfactualFinder: Sendable {
  public let rulebook: Rulebook
  private let assessor: Assessor
  private let numbers: [String: [Int]]

  /// Prepares a finder for `rulebook`.
  public init(rulebook: Rulebook) {
    self.rulebook = rulebook
    self.assessor = Assessor(rulebook: rulebook)
    var numbers: [String: Set<Int>] = [:]
    for condition in Self.conditions(of: rulebook) {
      for (question, values) in condition.mentionedNumbers {
        numbers[question, default: []].formUnion(values)
      }
    }
    self.numbers = numbers.mapValues { $0.sorted() }
  }

  /// The changes for `answers`, in question order, then in the order the values were tried.
  public func find(_ answers: [String: Answer]) -> [Counterfactual] {
    let active = ActiveAnswers(rulebook: rulebook, answers: answers)
    let base = assessor.assess(active: active)
    var found: [Counterfactual] = []
    for (index, question) in rulebook.questions.enumerated() where active.visible[index] {
      let current = answers[question.id]
      var byEffect: [(effect: CounterfactualEffect, to: Answer)] = []
      for candidate in candidates(for: question, current: current) {
        var changed = answers
        changed[question.id] = candidate
        let effect = Self.effect(of: assessor.assess(changed), against: base)
        guard !effect.isEmpty else { continue }
        if case .number = candidate,
          let existing = byEffect.firstIndex(where: { $0.effect == effect })
        {
          if Self.nearer(candidate, than: byEffect[existing].to, to: current) {
            byEffect[existing].to = candidate
          }
        } else {
          byEffect.append((effect, candidate))
        }
      }
      found += byEffect.map {
        Counterfactual(question: question.id, from: current, to: $0.to, effect: $0.effect)
      }
    }
    return found
  }

  /// What moved between `base` and `changed`.
  static func effect(of changed: Assessment, against base: Assessment) -> CounterfactualEffect {
    var effect = CounterfactualEffect()
    if changed.tier != base.tier { effect.tier = changed.tier }
    let primary = changed.primaryRegulator?.id
    if primary != base.primaryRegulator?.id { effect.primaryRegulator = primary }
    if changed.sandbox.route != base.sandbox.route { effect.sandboxRoute = changed.sandbox.route }
    return effect
  }

  /// The answers worth trying for `question`, other than `current`.
  func candidates(for question: Question, current: Answer?) -> [Answer] {
    var result: [Answer] = []
    switch question.kind {
    case .single:
      result = question.optionValues.map { .choice($0) }
    case .yesno:
      result = [.bool(true), .bool(false)]
    case .number:
      let minimum = question.min ?? 0
      let maximum = question.max ?? Int.max
      var values: Set<Int> = [minimum]
      for number in numbers[question.id] ?? [] {
        for value in [number - 1, number, number + 1] where value >= minimum && value <= maximum {
          values.insert(value)
        }
      }
      result = values.sorted().map { .number($0) }
    case .multi:
      var chosen: [String] = []
      if case .choices(let values)? = current { chosen = values }
      for option in question.optionValues {
        let toggled =
          chosen.contains(option)
          ? chosen.filter { $0 != option }
          : question.optionValues.filter {
            $0 == option || chosen.contains($0)
          }
        if !toggled.isEmpty { result.append(.choices(toggled)) }
      }
    case .text:
      return []
    }
    return result.filter { $0 != current }
  }

  /// Whether the number `candidate` is a smaller change from `current` than `other`.
  static func nearer(_ candidate: Answer, than other: Answer, to current: Answer?) -> Bool {
    guard case .number(let new) = candidate, case .number(let old) = other else { return false }
    guard case .number(let now)? = current else { return new < old }
    let newDistance = new.distance(to: now).magnitude
    let oldDistance = old.distance(to: now).magnitude
    return newDistance < oldDistance || (newDistance == oldDistance && new < old)
  }

  /// Every compiled condition of the rulebook.
  static func conditions(of rulebook: Rulebook) -> [Condition] {
    rulebook.questions.map(\.visibleIf) + rulebook.tierRules.map(\.when)
      + rulebook.regulatorRules.map(\.when) + rulebook.obligations.map(\.when)
      + rulebook.jurisdictions.map(\.exposure)
      + rulebook.sandbox.routes.flatMap { [$0.when] + ($0.desks ?? []).map(\.when) }
      + rulebook.sandbox.criteria.map(\.met)
  }
}

extension Condition {
  /// The numbers each question is compared with, by question id.
  public var mentionedNumbers: [String: [Int]] {
    var numbers: [String: [Int]] = [:]
    collectNumbers(into: &numbers)
    return numbers
  }

  private func collectNumbers(into numbers: inout [String: [Int]]) {
    switch self {
    case .always, .never: return
    case .and(let parts), .or(let parts): parts.forEach { $0.collectNumbers(into: &numbers) }
    case .not(let inner): inner.collectNumbers(into: &numbers)
    case .test(let test):
      for case .number(let number) in test.values {
        numbers[test.question, default: []].append(number)
      }
    }
  }
}
