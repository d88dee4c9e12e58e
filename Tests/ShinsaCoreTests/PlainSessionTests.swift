import Testing

@testable import ShinsaCore

/// The screen-reader session without I/O: lines in, text and project changes out.
@Suite struct PlainSessionTests {
  private let rulebook: Rulebook
  private let now = "2026-12-02T00:00:00Z"

  init() throws { rulebook = try RulebookLoader.bundled() }

  private func session(_ answers: [String: Answer] = [:], readOnly: ReadOnlyReason? = nil)
    -> PlainSession
  {
    var document = ProjectDocument(
      rulebook: rulebook, client: "C", system: "S", assessor: "", now: now)
    document.answers = answers
    return PlainSession(document: document, rulebook: rulebook, language: .en, readOnly: readOnly)
  }

  @Test func aNumberAnswersAndMovesOnLikeTheWorkbench() throws {
    var plain = session()
    let first = try #require(plain.interview.current)
    let step = plain.handle("2", now: "2026-12-02T01:00:00Z")
    #expect(step.save && !step.done)
    let value = try #require(rulebook.question(first)?.optionValues[1])
    #expect(plain.document.answers[first] == .choices([value]))
    #expect(plain.document.metadata.modified == "2026-12-02T01:00:00Z")
    #expect(plain.document.changeLog.last?.subject == first)
    #expect(plain.document.lastAssessment != nil)
    #expect(plain.interview.current != first)
    #expect(step.output.contains("Question 2 of"))
  }

  @Test func multiChoiceTakesSeveralNumbersOrIds() throws {
    var plain = session()
    let first = try #require(plain.interview.current)
    let values = try #require(rulebook.question(first)?.optionValues)
    _ = plain.handle("3, \(values[0])", now: now)
    #expect(plain.document.answers[first] == .choices([values[0], values[2]]))
  }

  @Test func badLinesAreRefusedWithOneLineAndTheQuestionAgain() throws {
    var plain = session()
    let first = try #require(plain.interview.current)
    for line in ["0", "99", "nonsense", "1 99"] {
      let step = plain.handle(line, now: now)
      #expect(!step.save)
      let lines = step.output.split(separator: "\n")
      #expect(lines.first?.contains("is not one of the options") == true, "\(line)")
      #expect(lines.dropFirst().first?.hasPrefix("Question 1 of") == true)
    }
    #expect(plain.document.answers.isEmpty)
    #expect(plain.interview.current == first)
  }

  @Test func unknownBackHelpWhyAndQuit() throws {
    var plain = session()
    let first = try #require(plain.interview.current)
    _ = plain.handle("u", now: now)
    #expect(plain.document.answers[first] == .unknown)
    _ = plain.handle("b", now: now)
    #expect(plain.interview.current == first)
    #expect(plain.handle("?", now: now).output.contains("Commands:"))
    #expect(plain.handle("w", now: now).output.contains("triage tier"))
    #expect(plain.handle("q", now: now).done)
  }

  @Test func readOnlyRefusesEveryAnswer() throws {
    var plain = session(readOnly: .review)
    let step = plain.handle("1", now: now)
    #expect(!step.save)
    #expect(
      step.output.hasPrefix("Read-only: opened for review (--read-only); nothing was changed."))
    _ = plain.handle("u", now: now)
    #expect(plain.document.answers.isEmpty)
    // An empty line still moves on.
    let first = plain.interview.current
    _ = plain.handle("", now: now)
    #expect(plain.interview.current != first)
  }

  @Test func theOutputIsPlainInJapaneseToo() {
    let plain = PlainSession(
      document: ProjectDocument(rulebook: rulebook, client: "", system: "", assessor: "", now: now),
      rulebook: rulebook, language: .ja)
    let text = plain.opening()
    #expect(text.contains("質問 1 /"))
    #expect(
      !text.unicodeScalars.contains { $0.value == 0x1B || (0x2500...0x257F).contains($0.value) })
    #expect(PlainText.clean("a\u{1B}[31m─│┼b") == "a[31m-|+b")
    #expect(PlainText.normalized(" １２ ") == "12")
  }

  @Test func theEndIsMarkedWithTheTier() throws {
    let answers = try AnswersFile.parse(
      Array(
        #"{"answers":{"sector":["finance"],"use_case":["credit-decision"]}}"#.utf8),
      fileName: "a.json", rulebook: rulebook)
    var plain = session(answers)
    var output = ""
    for _ in 0..<60 where !plain.atEnd { output = plain.handle("u", now: now).output }
    #expect(plain.atEnd)
    #expect(output.contains("End of the interview."))
    #expect(output.contains("Tier: "))
    #expect(plain.handle("1", now: now).output.hasPrefix("The interview is over"))
  }
}
