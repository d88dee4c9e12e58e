import Testing

@testable import ShinsaCore

/// Counterfactuals: every single-answer change that moves the tier, the primary regulator or
/// the sandbox route, checked against assessing the changed answers.
@Suite struct CounterfactualTests {
  static let finder = CounterfactualFinder(rulebook: Support.rulebook)

  static func answers(_ name: String) throws -> [String: Answer] {
    let bytes = try #require(Support.scenarios().first { $0.name == name }?.bytes)
    return try AnswersFile.parse(bytes, fileName: name, rulebook: Support.rulebook)
  }

  @Test(arguments: Support.scenarios().map(\.name))
  func everyChangeListedHasTheEffectItClaims(name: String) throws {
    let answers = try Self.answers(name)
    let base = Support.assess(answers)
    let found = Self.finder.find(answers)
    for change in found {
      #expect(answers[change.question] == change.from, "\(name): \(change.question)")
      #expect(change.to != change.from)
      #expect(!change.effect.isEmpty)
      var changed = answers
      changed[change.question] = change.to
      let after = Support.assess(changed)
      #expect(
        (after.tier != base.tier ? after.tier : nil) == change.effect.tier,
        "\(name): \(change.question) → \(change.to.display): tier")
      let primary = after.primaryRegulator?.id
      #expect(
        (primary != base.primaryRegulator?.id ? primary : nil) == change.effect.primaryRegulator,
        "\(name): \(change.question) → \(change.to.display): primary regulator")
      #expect(
        (after.sandbox.route != base.sandbox.route ? after.sandbox.route : nil)
          == change.effect.sandboxRoute,
        "\(name): \(change.question) → \(change.to.display): sandbox route")
    }
  }

  /// Tries values independently of the finder (every option, both yes/no values, a sweep of
  /// numbers) and checks that each effect they reach is listed for that question.
  @Test(arguments: Support.scenarios().map(\.name))
  func noEffectIsMissed(name: String) throws {
    let answers = try Self.answers(name)
    let base = Support.assess(answers)
    let found = Self.finder.find(answers)
    let active = ActiveAnswers(rulebook: Support.rulebook, answers: answers)
    var sweep = [0, 1, 9, 10, 99, 100, 999, 1_000, 9_999, 10_000, 99_999, 100_000, 999_999]
    sweep += [1_000_000, 9_999_999, 10_000_000, 100_000_000, 1_000_000_000]
    for (index, question) in Support.rulebook.questions.enumerated() where active.visible[index] {
      var tries: [Answer] = []
      switch question.kind {
      case .single: tries = question.optionValues.map { .choice($0) }
      case .yesno: tries = [.bool(true), .bool(false)]
      case .number:
        tries = sweep.filter { $0 >= (question.min ?? 0) && $0 <= (question.max ?? Int.max) }
          .map { .number($0) }
      case .multi:
        var chosen: [String] = []
        if case .choices(let values)? = answers[question.id] { chosen = values }
        tries = question.optionValues.map { option in
          .choices(question.optionValues.filter { ($0 == option) != chosen.contains($0) })
        }
        .filter { $0 != .choices([]) }
      case .text: continue
      }
      for value in tries where value != answers[question.id] {
        var changed = answers
        changed[question.id] = value
        let effect = CounterfactualFinder.effect(of: Support.assess(changed), against: base)
        guard !effect.isEmpty else { continue }
        let listed =
          question.kind == .number
          ? found.contains { $0.question == question.id && $0.effect == effect }
          : found.contains { $0.question == question.id && $0.to == value && $0.effect == effect }
        #expect(
          listed,
          "\(name): \(question.id) → \(value.display) changes \(effect) but is not listed")
      }
    }
  }

  @Test func aNumberIsListedOnceAtTheThresholdNearestTheAnswer() throws {
    let answers = try Self.answers("bank-credit-scoring.json")
    let found = Self.finder.find(answers).filter { $0.question == "people_affected" }
    #expect(!found.isEmpty)
    let effects = found.map(\.effect)
    #expect(Set(effects.map { "\($0)" }).count == effects.count)
    // 2,000,000 people: credit at scale is specially designated from 10,000 people
    // (the rulebook's many-individuals assumption), so 9,999 is the nearest value below.
    #expect(found.contains { $0.to == .number(9_999) && $0.effect.tier == .important })
  }

  @Test func unansweredQuestionsAreChangesFromNothing() {
    let found = Self.finder.find([:])
    #expect(!found.isEmpty)
    #expect(found.allSatisfy { $0.from == nil })
    // With nothing answered the tier is standard; one yes makes it specially designated.
    #expect(
      found.contains {
        $0.question == "infrastructure_operator" && $0.to == .bool(true)
          && $0.effect.tier == .speciallyDesignated
      })
  }

  @Test func numbersMentionedByConditionsAreCollected() {
    func test(_ question: String, _ op: ConditionOperator, _ value: ConditionValue) -> Condition {
      .test(ConditionTest(question: question, questionIndex: 0, op: op, values: [value]))
    }
    let condition: Condition = .and([
      test("people_affected", .atLeast, .number(1_000_000)),
      .or([test("people_affected", .less, .number(10)), test("role", .equal, .word("provider"))]),
    ])
    #expect(condition.mentionedNumbers == ["people_affected": [1_000_000, 10]])
  }

  @Test func candidatesToggleEachOptionOfAMultiChoiceAnswer() throws {
    let question = try #require(Support.rulebook.question("sector"))
    let finder = Self.finder
    let tries = finder.candidates(for: question, current: .choices(["finance"]))
    #expect(!tries.contains(.choices(["finance"])))
    #expect(tries.contains(.choices(["finance", "healthcare"])))
    #expect(!tries.contains(.choices([])))
  }
}
