import Testing

@testable import ShinsaCore

@Suite struct ConditionTests {
  private static func question(_ id: String, _ kind: QuestionKind, _ options: [String] = [])
    -> Question
  {
    let text = Localized(en: id, ja: id)
    return Question(
      id: id, section: "s", kind: kind, contract: false, text: text, why: text, help: text,
      options: options.isEmpty
        ? nil : options.map { ChoiceOption(value: $0, label: text, explain: text) },
      min: kind == .number ? 0 : nil, max: kind == .number ? 1000 : nil, unit: nil,
      visibleIfSource: nil)
  }

  private static let questions = [
    question("sector", .multi, ["finance", "healthcare", "other"]),
    question("role", .single, ["developer", "provider"]),
    question("people", .number),
    question("eu", .yesno),
    question("purpose", .text),
  ]

  private static let scope = ConditionScope(
    questions: Dictionary(uniqueKeysWithValues: questions.enumerated().map { ($1.id, ($0, $1)) }),
    assumptions: ["many": 100])

  private func compile(_ text: String) throws(ConditionError) -> Condition {
    try ConditionParser.compile(text, scope: Self.scope)
  }

  private func failure(_ text: String) -> ConditionError? {
    do {
      _ = try compile(text)
      return nil
    } catch {
      return error
    }
  }

  /// A rulebook-free evaluation context over the five questions, all visible.
  private func truth(_ text: String, _ answers: [String: Answer]) throws -> Truth {
    let condition = try compile(text)
    var active = ActiveAnswersStub(questions: Self.questions, answers: answers)
    return active.truth(condition)
  }

  @Test func parsesEveryOperator() throws {
    let condition = try compile(
      "sector has finance and role in [developer, provider] or not (people >= $many) and eu == true and purpose answered and people < 5 and role != developer"
    )
    #expect(condition.questionIDs == ["sector", "role", "people", "eu", "purpose"])
    #expect(condition.assumptionIDs == ["many"])
  }

  @Test func andBindsTighterThanOr() throws {
    let condition = try compile("eu == true or eu == false and role == developer")
    guard case .or(let parts) = condition else {
      Issue.record("expected or at the top: \(condition)")
      return
    }
    #expect(parts.count == 2)
  }

  @Test(arguments: [
    ("sectr has finance", 0, "unknown question id 'sectr' (did you mean 'sector'?)"),
    ("sector has banking", 11, "'banking' is not an option of 'sector'"),
    ("sector == finance", 7, "'==' does not fit multi question 'sector'"),
    ("people >= lots", 10, "not a whole number"),
    ("people >= $few", 10, "unknown assumption '$few'"),
    ("eu == yes", 6, "expected true or false"),
    ("role in [developer", 18, "expected ',' or ']'"),
    ("(eu == true", 11, "expected ')'"),
    ("eu = true", 3, "did you mean '=='"),
    ("eu == true eu == false", 11, "expected 'and', 'or' or the end"),
    ("", 0, "the condition is empty"),
    ("purpose has x", 8, "text questions only take 'answered'"),
    ("role @ developer", 5, "unexpected character '@'"),
  ])
  func rejectsBadConditionsWithPosition(text: String, offset: Int, message: String) {
    let error = failure(text)
    #expect(error?.offset == offset, "\(String(describing: error))")
    #expect(error?.message.contains(message) == true, "\(String(describing: error))")
  }

  @Test func forbiddenQuestionsAreRefusedWithReason() {
    let scope = ConditionScope(
      questions: Self.scope.questions, assumptions: [:],
      forbidden: ["eu": "comes later in the interview"])
    do {
      _ = try ConditionParser.compile("eu == true", scope: scope)
      Issue.record("accepted a forbidden question")
    } catch {
      #expect(error.message == "question 'eu' comes later in the interview")
    }
  }

  @Test func threeValuedLogic() throws {
    #expect(try truth("eu == true", [:]) == .unknown)
    #expect(try truth("eu == true", ["eu": .unknown]) == .unknown)
    #expect(try truth("eu == true", ["eu": .bool(true)]) == .yes)
    #expect(try truth("eu == true and role == developer", ["eu": .bool(false)]) == .no)
    #expect(try truth("eu == true or role == developer", ["eu": .bool(true)]) == .yes)
    #expect(try truth("eu == true or role == developer", ["eu": .bool(false)]) == .unknown)
    #expect(try truth("not (eu == true)", [:]) == .unknown)
    #expect(try truth("not (eu == true)", ["eu": .bool(false)]) == .yes)
    #expect(try truth("people >= $many", ["people": .number(100)]) == .yes)
    #expect(try truth("people > $many", ["people": .number(100)]) == .no)
    #expect(try truth("people answered", ["people": .unknown]) == .no)
    #expect(try truth("purpose answered", ["purpose": .text("")]) == .no)
    #expect(
      try truth("sector in [finance, other]", ["sector": .choices(["healthcare", "other"])]) == .yes
    )
    #expect(try truth("sector has finance", ["sector": .choices(["healthcare"])]) == .no)
    #expect(try truth("role in [provider]", ["role": .choice("provider")]) == .yes)
    #expect(try truth("role != provider", ["role": .choice("developer")]) == .yes)
  }

  /// Kleene's tables: "and" is no with any no, else unknown with any unknown; "or" the dual.
  @Test(
    arguments: [
      ([], Truth.yes, Truth.no),
      ([.yes, .yes], .yes, .yes),
      ([.yes, .unknown], .unknown, .yes),
      ([.unknown, .no], .no, .unknown),
      ([.no, .yes], .no, .yes),
      ([.unknown, .unknown], .unknown, .unknown),
      ([.no, .no], .no, .no),
    ] as [([Truth], Truth, Truth)])
  func truthTables(values: [Truth], all: Truth, any: Truth) {
    #expect(Truth.all(values) == all)
    #expect(Truth.any(values) == any)
  }

  @Test func allStopsAtTheFirstNoAndAnyAtTheFirstYes() {
    var read = 0
    let values: [Truth] = [.unknown, .no, .yes, .unknown]
    #expect(
      Truth.all(
        values.lazy.map {
          read += 1; return $0
        }) == .no)
    #expect(read == 2)
    read = 0
    #expect(
      Truth.any(
        values.reversed().lazy.map {
          read += 1; return $0
        }) == .yes)
    #expect(read == 2)
  }
}

/// Evaluates conditions over hand-made questions without a full rulebook.
private struct ActiveAnswersStub {
  var questions: [Question]
  var answers: [String: Answer]

  mutating func truth(_ condition: Condition) -> Truth {
    let active = ActiveAnswers(
      visible: Array(repeating: true, count: questions.count),
      answers: questions.map { answers[$0.id] })
    return Evaluator.truth(of: condition, in: active)
  }
}
