import Foundation
import Testing

@testable import ShinsaCore

/// Inputs the fuzz harnesses (Fuzz/) found that crashed or hung a parser, kept as regressions.
/// The inputs are large and regular, so they are built here rather than stored as files.
@Suite struct FuzzRegressionTests {
  private static let ids = Support.rulebook.questions.map(\.id)

  private static func conditionFailure(_ text: String) -> ConditionError? {
    let rulebook = Support.rulebook
    var questions: [String: (index: Int, question: Question)] = [:]
    for (index, question) in rulebook.questions.enumerated() {
      questions[question.id] = (index, question)
    }
    let assumptions = Dictionary(
      rulebook.assumptions.map { ($0.id, $0.value) }, uniquingKeysWith: { first, _ in first })
    do {
      _ = try ConditionParser.compile(
        text, scope: ConditionScope(questions: questions, assumptions: assumptions))
      return nil
    } catch {
      return error
    }
  }

  private static func answersFailure(_ bytes: [UInt8]) -> DataFileError? {
    do {
      _ = try AnswersFile.parse(bytes, fileName: "huge-key.json", rulebook: Support.rulebook)
      return nil
    } catch {
      return error
    }
  }

  private static func projectFailure(_ bytes: [UInt8]) -> DataFileError? {
    do {
      _ = try ProjectCodec.decode(bytes, file: "huge.shinsa.json", rulebook: Support.rulebook)
      return nil
    } catch {
      return error
    }
  }

  /// Found by the condition harness: 100,000 opening brackets overflowed the stack
  /// (AddressSanitizer: stack-overflow in ConditionParser.parseUnary).
  @Test func deeplyBracketedConditionIsRefused() throws {
    let text = String(repeating: "(", count: 100_000) + "offered_in_eu == true"
    let error = try #require(Self.conditionFailure(text))
    #expect(error.message == "the condition nests deeper than 100 levels of brackets and 'not'")
    #expect(error.offset == 100)
  }

  /// The same crash through a chain of `not`.
  @Test func longNotChainIsRefused() throws {
    let text = String(repeating: "not ", count: 100_000) + "offered_in_eu == true"
    let error = try #require(Self.conditionFailure(text))
    #expect(error.message == "the condition nests deeper than 100 levels of brackets and 'not'")
    #expect(error.offset == 400)
  }

  /// Nesting up to the limit still compiles.
  @Test func nestingUpToTheLimitCompiles() throws {
    let depth = ConditionParser.maximumDepth
    let brackets =
      String(repeating: "(", count: depth / 2) + "offered_in_eu == true"
      + String(repeating: ")", count: depth / 2)
    let text = String(repeating: "not ", count: depth - depth / 2) + brackets
    #expect(Self.conditionFailure(text) == nil)
    // One more level: the innermost bracket is the one too deep.
    #expect(Self.conditionFailure("not " + text)?.offset == 4 * 51 + 49)
  }

  /// The stack overflow reached from a rulebook file: a clear error with the place instead.
  @Test func rulebookWithADeeplyNestedConditionIsRefused() throws {
    let original = "\"when\": \"regulatory_barrier == none\""
    let text = Support.rulebookText
    #expect(text.contains(original))
    let nested =
      "\"when\": \"" + String(repeating: "(", count: 50_000) + "regulatory_barrier == none"
      + String(repeating: ")", count: 50_000) + "\""
    let bytes = Array(text.replacingOccurrences(of: original, with: nested).utf8)
    do {
      _ = try RulebookLoader.load(bytes: bytes, fileName: "deep.json")
      Issue.record("a rulebook with a condition nested 50,000 deep loaded")
    } catch {
      #expect(error.message == "the condition nests deeper than 100 levels of brackets and 'not'")
      #expect(error.position != nil)
    }
  }

  /// Found while fuzzing answers and project files: the "did you mean" suggestion compared a
  /// huge unknown key with every id letter by letter (a 1 MB key took 21 s under the fuzz
  /// build; a 20 MB file would take minutes). Keys that cannot be close are now skipped.
  @Test func hugeUnknownIDIsRefusedQuickly() throws {
    let clock = ContinuousClock()
    let huge = String(repeating: "a", count: 2_000_000)
    let suggestion = clock.measure {
      #expect(Suggest.didYouMean(huge, among: Self.ids) == "")
    }
    #expect(suggestion < .seconds(2))

    let key = String(repeating: "a", count: 300_000)

    let bytes = Array("{\"answers\": {\"\(key)\": 1}}".utf8)
    var answersError: DataFileError?
    let answers = clock.measure { answersError = Self.answersFailure(bytes) }
    let answersMessage = try #require(answersError?.message)
    #expect(answersMessage.hasPrefix("unknown question id \"aaaa"))
    #expect(answersMessage.hasSuffix("known ids: \(Self.ids.joined(separator: ", "))"))
    #expect(answers < .seconds(5))

    let project = Array(
      "{\"format\": \"shinsa-project\", \"schemaVersion\": 1, \"\(key)\": 1}".utf8)
    var projectError: DataFileError?
    let projectTime = clock.measure { projectError = Self.projectFailure(project) }
    #expect(try #require(projectError?.message).hasPrefix("unknown member \"aaaa"))
    #expect(projectTime < .seconds(5))
  }

  /// Skipping far candidates keeps the suggestions as they were.
  @Test func suggestionsAreUnchanged() {
    #expect(Suggest.didYouMean("use_cse", among: Self.ids) == " (did you mean 'use_case'?)")
    #expect(Suggest.didYouMean("sectr", among: Self.ids) == " (did you mean 'sector'?)")
    #expect(Suggest.didYouMean("ab", among: ["abcd", "xyz"]) == " (did you mean 'abcd'?)")
    #expect(Suggest.didYouMean("abcdefgh", among: ["ab"]) == "")
  }
}
