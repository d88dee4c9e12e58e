// Fuzz harness: the condition language (ConditionParser.compile) against the bundled
// rulebook's questions and assumptions, as a rule condition and as a visibility condition.
@testable import ShinsaCore

private let scopes: [ConditionScope] = {
  let rulebook = fuzzRulebook
  var all: [String: (index: Int, question: Question)] = [:]
  for (index, question) in rulebook.questions.enumerated() { all[question.id] = (index, question) }
  let assumptions = Dictionary(
    rulebook.assumptions.map { ($0.id, $0.value) }, uniquingKeysWith: { first, _ in first })
  let half = rulebook.questions.count / 2
  var earlier: [String: (index: Int, question: Question)] = [:]
  var forbidden: [String: String] = [:]
  for (index, question) in rulebook.questions.enumerated() {
    if index < half {
      earlier[question.id] = (index, question)
    } else {
      forbidden[question.id] = "comes later in the interview"
    }
  }
  return [
    ConditionScope(questions: all, assumptions: assumptions),
    ConditionScope(questions: earlier, assumptions: assumptions, forbidden: forbidden),
  ]
}()

/// Builds the scopes before the first input.
func fuzzSetUp() { _ = scopes.count }

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCondition(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  for scope in scopes {
    do {
      let condition = try ConditionParser.compile(text, scope: scope)
      _ = condition.questionIDs
      _ = condition.assumptionIDs
    } catch {
      precondition(!error.message.isEmpty, "a condition error without a message")
      precondition(
        error.offset >= 0 && error.offset <= text.unicodeScalars.count, "a bad error offset")
    }
  }
  return 0
}
