import Testing

@testable import ShinsaCore

@Suite struct InterviewTests {
  private var rulebook: Rulebook { Support.rulebook }

  private func fresh() -> Interview { Interview(rulebook: rulebook) }

  private func firstVisible() -> String {
    rulebook.questions.first { $0.visibleIfSource == nil }?.id ?? ""
  }

  @Test func startsAtTheFirstVisibleQuestion() {
    let interview = fresh()
    #expect(interview.current == firstVisible())
    #expect(interview.path == [firstVisible()])
    #expect(interview.progress.answered == 0)
    #expect(!interview.isComplete)
  }

  @Test func answerRecordsAndNormalizesMultiChoiceOrder() throws {
    var interview = fresh()
    try interview.apply(.answer(question: "sector", .choices(["other", "finance"])))
    #expect(interview.answers["sector"] == .choices(["finance", "other"]))
    #expect(interview.activeAnswer("sector") == .choices(["finance", "other"]))
  }

  @Test func invalidAnswersThrowAndChangeNothing() {
    var interview = fresh()
    let before = interview
    #expect(throws: InterviewError.self) {
      try interview.apply(.answer(question: "sector", .choices(["banking"])))
    }
    #expect(throws: InterviewError.self) {
      try interview.apply(.answer(question: "sector", .choices([])))
    }
    #expect(throws: InterviewError.self) {
      try interview.apply(.answer(question: "role", .choice("boss")))
    }
    #expect(throws: InterviewError.self) {
      try interview.apply(.answer(question: "people_affected", .number(-1)))
    }
    #expect(throws: InterviewError.self) {
      try interview.apply(.answer(question: "people_affected", .bool(true)))
    }
    #expect(throws: InterviewError.self) {
      try interview.apply(.answer(question: "nope", .unknown))
    }
    #expect(interview == before)
  }

  @Test func markUnknownCountsAsAnsweredButNotKnown() throws {
    var interview = fresh()
    try interview.apply(.markUnknown(question: "people_affected"))
    #expect(interview.answers["people_affected"] == .unknown)
    #expect(interview.unknownQuestions == ["people_affected"])
    #expect(interview.progress.answered == 1)
  }

  @Test func clearRemovesTheAnswerAndIsUndoable() throws {
    var interview = fresh()
    try interview.apply(.answer(question: "role", .choice("provider")))
    try interview.apply(.clear(question: "role"))
    #expect(interview.answers["role"] == nil)
    try interview.apply(.undo)
    #expect(interview.answers["role"] == .choice("provider"))
  }

  @Test func clearingAnUnansweredQuestionAddsNoUndoStep() throws {
    var interview = fresh()
    try interview.apply(.clear(question: "role"))
    #expect(!interview.canUndo)
  }

  @Test func nextWalksVisibleQuestionsInOrderAndStopsAtTheEnd() throws {
    var interview = fresh()
    var seen = [interview.current ?? ""]
    for _ in 0..<200 {
      try interview.apply(.next)
      if interview.current == seen.last { break }
      seen.append(interview.current ?? "")
    }
    #expect(seen == interview.visibleQuestions.map(\.id))
    let atEnd = interview.current
    try interview.apply(.next)
    #expect(interview.current == atEnd)
  }

  @Test func followUpQuestionsWaitForTheirParentButShowForUnknown() throws {
    var interview = fresh()
    #expect(!interview.isVisible("fine_tuned"))
    try interview.apply(.markUnknown(question: "uses_foundation_model"))
    #expect(interview.isVisible("fine_tuned"))
    try interview.apply(.answer(question: "uses_foundation_model", .bool(false)))
    #expect(!interview.isVisible("fine_tuned"))
  }

  @Test func nextSkipsHiddenQuestions() throws {
    var interview = fresh()
    try interview.apply(.answer(question: "personal_data", .choice("none")))
    try interview.apply(.jump(question: "personal_data"))
    try interview.apply(.next)
    #expect(interview.current != "cross_border_transfer")
    #expect(!interview.isVisible("cross_border_transfer"))
  }

  @Test func backFollowsThePathActuallyTaken() throws {
    var interview = fresh()
    try interview.apply(.jump(question: "offered_in_eu"))
    try interview.apply(.jump(question: "role"))
    try interview.apply(.back)
    #expect(interview.current == "offered_in_eu")
    try interview.apply(.back)
    #expect(interview.current == firstVisible())
  }

  @Test func backAtTheStartDoesNothing() throws {
    var interview = fresh()
    try interview.apply(.back)
    #expect(interview.current == firstVisible())
  }

  @Test func backSkipsStepsHiddenSinceTheyWereVisited() throws {
    var interview = fresh()
    try interview.apply(.answer(question: "personal_data", .choice("personal")))
    try interview.apply(.jump(question: "personal_data"))
    try interview.apply(.jump(question: "cross_border_transfer"))
    try interview.apply(.jump(question: "offered_in_eu"))
    // Changing personal_data hides cross_border_transfer; back must not land on it.
    try interview.apply(.answer(question: "personal_data", .choice("none")))
    try interview.apply(.back)
    #expect(interview.current == "personal_data")
  }

  @Test func jumpToHiddenQuestionIsRefused() throws {
    var interview = fresh()
    try interview.apply(.answer(question: "uses_foundation_model", .bool(false)))
    #expect(throws: InterviewError.self) { try interview.apply(.jump(question: "fine_tuned")) }
    #expect(throws: InterviewError.self) {
      try interview.apply(.answer(question: "fine_tuned", .bool(true)))
    }
  }

  @Test func hiddenAnswersAreKeptButInactiveAndComeBack() throws {
    var interview = fresh()
    try interview.apply(.answer(question: "uses_foundation_model", .bool(true)))
    try interview.apply(.answer(question: "fine_tuned", .bool(true)))
    try interview.apply(.answer(question: "uses_foundation_model", .bool(false)))
    #expect(interview.answers["fine_tuned"] == .bool(true))
    #expect(interview.activeAnswer("fine_tuned") == nil)
    #expect(interview.inactiveAnswers == ["fine_tuned"])
    #expect(!interview.visibleQuestions.contains { $0.id == "fine_tuned" })
    try interview.apply(.answer(question: "uses_foundation_model", .bool(true)))
    #expect(interview.activeAnswer("fine_tuned") == .bool(true))
    #expect(interview.inactiveAnswers.isEmpty)
  }

  @Test func hiddenAnswersDoNotCountInTheAssessment() throws {
    var answers = Support.factory
    answers["cross_border_transfer"] = .bool(true)  // hidden: personal_data is none
    let assessment = Support.assess(answers)
    #expect(!assessment.tierTrace.contains { $0.rule == "tier.imp.cross-border" })
    #expect(!assessment.obligations.contains { $0.obligation.id == "appi.cross-border" })
  }

  @Test func hidingTheCurrentQuestionByUndoMovesToAVisibleOne() throws {
    var interview = fresh()
    try interview.apply(.answer(question: "uses_foundation_model", .bool(true)))
    try interview.apply(.jump(question: "fine_tuned"))
    try interview.apply(.undo)
    #expect(!interview.isVisible("fine_tuned"))
    #expect(interview.current.map(interview.isVisible) == true)
  }

  @Test func undoAndRedoCoverAnswersNotesFlagsAndConfidence() throws {
    var interview = fresh()
    try interview.apply(.answer(question: "role", .choice("provider")))
    try interview.apply(.setNote(question: "role", text: "ask legal", isPrivate: true))
    try interview.apply(.setFollowUp(question: "role", true))
    try interview.apply(.setConfidence(question: "role", .low))
    #expect(
      interview.meta["role"]
        == QuestionMeta(note: "ask legal", notePrivate: true, followUp: true, confidence: .low))
    #expect(interview.followUps == ["role"])
    for _ in 0..<4 { try interview.apply(.undo) }
    #expect(interview.answers["role"] == nil)
    #expect(interview.meta["role"] == nil)
    #expect(!interview.canUndo)
    try interview.apply(.undo)  // nothing left: no change
    for _ in 0..<4 { try interview.apply(.redo) }
    #expect(interview.answers["role"] == .choice("provider"))
    #expect(interview.meta["role"]?.confidence == .low)
    #expect(!interview.canRedo)
  }

  @Test func aNewChangeClearsRedo() throws {
    var interview = fresh()
    try interview.apply(.answer(question: "role", .choice("provider")))
    try interview.apply(.undo)
    #expect(interview.canRedo)
    try interview.apply(.answer(question: "role", .choice("developer")))
    #expect(!interview.canRedo)
  }

  @Test func undoReturnsToTheChangedQuestion() throws {
    var interview = fresh()
    try interview.apply(.answer(question: "role", .choice("provider")))
    try interview.apply(.jump(question: "offered_in_eu"))
    try interview.apply(.undo)
    #expect(interview.current == "role")
  }

  @Test func undoHistoryIsBounded() throws {
    var interview = fresh()
    for index in 0..<(Interview.undoLimit + 50) {
      try interview.apply(.answer(question: "people_affected", .number(index)))
    }
    var steps = 0
    while interview.canUndo {
      try interview.apply(.undo)
      steps += 1
    }
    #expect(steps == Interview.undoLimit)
  }

  @Test func sameAnswerTwiceAddsOneUndoStep() throws {
    var interview = fresh()
    try interview.apply(.answer(question: "role", .choice("provider")))
    try interview.apply(.answer(question: "role", .choice("provider")))
    try interview.apply(.undo)
    #expect(interview.answers["role"] == nil)
  }

  @Test func completesWhenEveryVisibleQuestionIsAnswered() throws {
    var interview = fresh()
    for question in rulebook.questions {
      guard interview.isVisible(question.id) else { continue }
      try interview.apply(.markUnknown(question: question.id))
    }
    #expect(interview.isComplete)
    #expect(interview.progress.answered == interview.progress.total)
  }

  @Test func restoresSavedPositionOrFallsBackWhenHidden() {
    let restored = Interview(
      rulebook: rulebook, answers: ["uses_foundation_model": .bool(false)], current: "fine_tuned",
      path: ["sector", "fine_tuned"])
    #expect(restored.current == firstVisible())
    let valid = Interview(rulebook: rulebook, answers: [:], current: "role", path: ["sector"])
    #expect(valid.current == "role")
    #expect(valid.path == ["sector", "role"])
  }

  @Test func positionCountsVisibleQuestions() throws {
    var interview = fresh()
    let total = interview.position.count
    #expect(!interview.isVisible("cross_border_transfer"))
    try interview.apply(.answer(question: "personal_data", .choice("personal")))
    #expect(interview.position.count == total + 1)
    try interview.apply(.next)
    #expect(interview.position.index == 2)
  }
}
