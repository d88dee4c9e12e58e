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

  // MARK: Use cases by sector

  /// A session on the use-case question with `sectors` chosen.
  private func onUseCases(_ sectors: [String]) throws -> (PlainSession, Question) {
    var plain = session()
    _ = plain.handle(sectors.joined(separator: " "), now: now)
    let question = try #require(plain.interview.current.flatMap(rulebook.question))
    #expect(question.id == "use_case")
    return (plain, question)
  }

  /// The rulebook's use cases of `sectors`, in order (written here from the `sectors` field,
  /// not with the function under test).
  private func useCases(of sectors: Set<String>, in question: Question) -> [String] {
    (question.options ?? []).filter { $0.sectors.map { !sectors.isDisjoint(with: $0) } ?? true }
      .map(\.value)
  }

  @Test func theUseCasesAreTheChosenSectorsAndNumbersCountWhatIsListed() throws {
    var (plain, question) = try onUseCases(["finance"])
    let listed = useCases(of: ["finance"], in: question)
    #expect(listed.count < question.optionValues.count)
    #expect(plain.shownOptions(question) == listed)
    let text = plain.prompt()
    let hidden = question.optionValues.count - listed.count
    #expect(text.contains("o (or all) lists every one (\(hidden) more for other sectors)"))
    for (index, value) in listed.enumerated() {
      let label = question.option(value)?.label.en ?? value
      #expect(text.contains("  \(index + 1). \(label) [\(value)]"))
    }
    #expect(!text.contains("  \(listed.count + 1). "))
    for value in question.optionValues where !listed.contains(value) {
      #expect(!text.contains("[\(value)]"), "\(value) is listed")
    }
    // The fifth listed is not the rulebook's fifth: the number answers what was listed.
    #expect(listed[4] != question.optionValues[4])
    _ = plain.handle("5", now: now)
    #expect(plain.document.answers["use_case"] == .choices([listed[4]]))
    // A number beyond the list is refused with the listed count.
    _ = plain.handle("b", now: now)
    let step = plain.handle("\(listed.count + 1)", now: now)
    #expect(
      step.output.hasPrefix(
        "\"\(listed.count + 1)\" is not one of the options: type a number from 1 to \(listed.count)"
      ))
  }

  @Test func oOrAllListsEveryUseCaseAndAnIdAlwaysWorks() throws {
    for command in ["o", "all", "ALL"] {
      var (plain, question) = try onUseCases(["finance"])
      let step = plain.handle(command, now: now)
      #expect(!step.save)
      #expect(plain.shownOptions(question) == question.optionValues)
      #expect(step.output.contains("\(question.optionValues.count). "))
      #expect(step.output.contains("o lists only the chosen sectors' again"))
      // Numbers now count every option.
      _ = plain.handle("\(question.optionValues.count)", now: now)
      #expect(plain.document.answers["use_case"] == .choices([question.optionValues.last ?? ""]))
      // Back on the question, the list is the sectors' again.
      _ = plain.handle("b", now: now)
      #expect(plain.interview.current == "use_case")
      #expect(!plain.showAllOptions)
    }
    // An id of a use case not listed answers too.
    var (plain, question) = try onUseCases(["finance"])
    let other = try #require(
      question.optionValues.first { !useCases(of: ["finance"], in: question).contains($0) })
    _ = plain.handle(other, now: now)
    #expect(plain.document.answers["use_case"] == .choices([other]))
    // Without a sector answer (or on a question without sectors) o is an ordinary line.
    var plain2 = session()
    #expect(plain2.handle("o", now: now).output.hasPrefix("\"o\" is not one of the options"))
  }

  @Test func aChosenUseCaseOfAnotherSectorStaysListed() throws {
    var (plain, question) = try onUseCases(["finance"])
    let other = try #require(
      question.optionValues.first { !useCases(of: ["finance"], in: question).contains($0) })
    _ = plain.handle(other, now: now)
    _ = plain.handle("b", now: now)
    #expect(plain.shownOptions(question).contains(other))
    #expect(plain.prompt().contains("[\(other)]"))
  }

  // MARK: Notes, messages

  @Test func nSetsTheNoteOfTheQuestionLoggedAndSaved() throws {
    var plain = session()
    let first = try #require(plain.interview.current)
    let asked = plain.handle("n", now: now)
    #expect(!asked.save && plain.awaitingNote)
    #expect(asked.output.hasSuffix("Note> "))
    let saved = plain.handle("Client unsure about\tthe insurer", now: "2026-12-02T02:00:00Z")
    #expect(saved.save)
    #expect(saved.output.hasPrefix("The note is saved.\nQuestion 1 of"))
    #expect(plain.interview.meta[first]?.note == "Client unsure about  the insurer")
    #expect(plain.document.changeLog.last?.kind == "note")
    #expect(plain.document.changeLog.last?.subject == first)
    #expect(plain.document.metadata.modified == "2026-12-02T02:00:00Z")
    #expect(plain.interview.current == first)
    #expect(plain.prompt().contains("Note: Client unsure about  the insurer"))
    // An empty line keeps it; "-" removes it; the answers never moved.
    _ = plain.handle("n", now: now)
    #expect(!plain.handle("", now: now).save)
    #expect(plain.interview.meta[first]?.note == "Client unsure about  the insurer")
    _ = plain.handle("n", now: now)
    #expect(plain.handle("-", now: now).output.hasPrefix("The note is removed."))
    let removed = plain.interview.meta[first]?.note ?? ""
    #expect(removed.isEmpty)
    #expect(plain.document.answers.isEmpty)
    // A note longer than the workbench takes is refused.
    _ = plain.handle("n", now: now)
    let long = plain.handle(String(repeating: "a", count: QuestionMeta.noteLimit + 1), now: now)
    #expect(!long.save && long.output.contains("more than \(QuestionMeta.noteLimit)"))
    // Read-only refuses n at once.
    var review = session(readOnly: .review)
    #expect(review.handle("n", now: now).output.hasPrefix("Read-only"))
    #expect(!review.awaitingNote)
  }

  @Test func aMessageIsOneLineThenTheQuestionInOneLine() throws {
    var plain = session()
    let question = try #require(plain.interview.current.flatMap(rulebook.question))
    let step = plain.handle("99", now: now)
    let lines = step.output.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.count == 3)
    #expect(
      lines[1]
        == "Question 1 of \(plain.interview.position.count): \(question.text.en) (r repeats the whole question)"
    )
    #expect(lines[2] == "> ")
    // The options are not read out again; r prints the whole question.
    #expect(!step.output.contains("  1. "))
    #expect(plain.handle("r", now: now).output == plain.prompt())
    #expect(!plain.handle("?", now: now).output.contains("  1. "))
    // b on the first question says so, in one line.
    let back = plain.handle("b", now: now).output.split(separator: "\n")
    #expect(back.first == "This is the first question.")
    #expect(back.count == 3)
  }

  @Test func unknownSaysItClearsTheChoicesMade() throws {
    var plain = session()
    #expect(!plain.prompt().contains("it clears the choices above"))
    _ = plain.handle("1", now: now)
    _ = plain.handle("b", now: now)
    #expect(
      plain.prompt().contains(
        "u. Unknown (a real answer: shinsa marks what it leaves open); it clears the choices above")
    )
  }

  @Test func theLanguageIsFlagThenConfigThenLocale() {
    let resolve = InterfaceLanguage.resolve
    #expect(resolve(.en, .ja, ["LANG": "ja_JP.UTF-8"]) == .en)
    #expect(resolve(nil, .ja, ["LANG": "C.UTF-8"]) == .ja)
    #expect(resolve(nil, .en, ["LANG": "ja_JP.UTF-8"]) == .en)
    #expect(resolve(nil, nil, ["LANG": "ja_JP.UTF-8"]) == .ja)
    #expect(resolve(nil, nil, ["LC_ALL": "en_US.UTF-8", "LANG": "ja_JP.UTF-8"]) == .en)
    #expect(resolve(nil, nil, ["LC_ALL": "", "LC_MESSAGES": "ja_JP", "LANG": "C"]) == .ja)
    #expect(resolve(nil, nil, [:]) == .en)
  }
}
