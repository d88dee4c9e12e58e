/// How sure the client is of an answer.
public enum Confidence: String, Sendable, Equatable, CaseIterable, Codable {
  case low
  case medium
  case high
}

/// Notes, follow-up flag and confidence attached to one question.
public struct QuestionMeta: Sendable, Equatable {
  /// The longest note, in characters (the workbench's note editor and the plain mode).
  public static let noteLimit = 4000

  public var note: String = ""
  /// A private note stays out of client-facing exports unless asked for.
  public var notePrivate: Bool = false
  public var followUp: Bool = false
  public var confidence: Confidence?

  /// Creates metadata.
  public init(
    note: String = "", notePrivate: Bool = false, followUp: Bool = false,
    confidence: Confidence? = nil
  ) {
    self.note = note
    self.notePrivate = notePrivate
    self.followUp = followUp
    self.confidence = confidence
  }

  var isEmpty: Bool { note.isEmpty && !followUp && confidence == nil && !notePrivate }
}

/// Everything that can happen to an interview.
public enum InterviewEvent: Sendable, Equatable {
  case answer(question: String, Answer)
  case markUnknown(question: String)
  case clear(question: String)
  case next
  case back
  case jump(question: String)
  case undo
  case redo
  case setNote(question: String, text: String, isPrivate: Bool)
  case setFollowUp(question: String, Bool)
  case setConfidence(question: String, Confidence?)
}

/// An event the interview refused, in words for the user.
public struct InterviewError: Error, Sendable, Equatable, CustomStringConvertible {
  public var question: String?
  public var message: String
  public var description: String { message }
}

/// The guided interview as a value type: apply events, read the derived path.
///
/// The visible path is a function of the answers. When a changed answer hides a
/// question, that question's answer is kept but inactive: it no longer counts and
/// comes back if the question becomes visible again. Back follows the path
/// actually taken; undo and redo cover answers, notes, flags and confidence.
public struct Interview: Sendable {
  /// The most steps undo remembers.
  public static let undoLimit = 1000

  public let rulebook: Rulebook
  public private(set) var answers: [String: Answer]
  public private(set) var meta: [String: QuestionMeta]
  /// The question on screen, or nil when the rulebook has none visible.
  public private(set) var current: String?
  /// The questions visited, in order; the last is the current one.
  public private(set) var path: [String]
  /// Visibility and active answers derived from ``answers``.
  public private(set) var active: ActiveAnswers

  private struct Snapshot: Sendable, Equatable {
    var answers: [String: Answer]
    var meta: [String: QuestionMeta]
    var focus: String
  }

  private var undoStack: [Snapshot] = []
  private var redoStack: [Snapshot] = []

  /// Starts an interview, optionally from saved answers and position.
  public init(
    rulebook: Rulebook, answers: [String: Answer] = [:], meta: [String: QuestionMeta] = [:],
    current: String? = nil, path: [String] = []
  ) {
    self.rulebook = rulebook
    self.answers = answers
    self.meta = meta
    let derived = ActiveAnswers(rulebook: rulebook, answers: answers)
    self.active = derived
    let visibleIDs = Set(
      rulebook.questions.indices.filter { derived.visible[$0] }.map { rulebook.questions[$0].id })
    let firstVisible = rulebook.questions.indices.first { derived.visible[$0] }.map {
      rulebook.questions[$0].id
    }
    let start = current.flatMap { visibleIDs.contains($0) ? $0 : nil } ?? firstVisible
    self.current = start
    var restored = path.filter { rulebook.questionIndex[$0] != nil }
    if let start, restored.last != start { restored.append(start) }
    self.path = restored
  }

  // MARK: Derived views

  /// The questions visible on the current answers, in interview order.
  public var visibleQuestions: [Question] {
    rulebook.questions.indices.filter { active.visible[$0] }.map { rulebook.questions[$0] }
  }

  /// Whether `id` is visible now.
  public func isVisible(_ id: String) -> Bool {
    rulebook.questionIndex[id].map { active.visible[$0] } ?? false
  }

  /// The answer that counts for `id` (nil if unanswered or hidden).
  public func activeAnswer(_ id: String) -> Answer? {
    rulebook.questionIndex[id].flatMap { active[$0] }
  }

  /// Answers kept for questions that a later change hid.
  public var inactiveAnswers: [String] {
    rulebook.questions.filter { answers[$0.id] != nil && !isVisible($0.id) }.map(\.id)
  }

  /// Visible questions answered (unknown counts as answered) and the number visible.
  public var progress: (answered: Int, total: Int) {
    let visible = visibleQuestions
    return (visible.filter { answers[$0.id] != nil }.count, visible.count)
  }

  /// True when every visible question has an answer (possibly "unknown").
  public var isComplete: Bool {
    let counts = progress
    return counts.answered == counts.total
  }

  /// Visible questions answered "unknown".
  public var unknownQuestions: [String] {
    visibleQuestions.filter { answers[$0.id] == .unknown }.map(\.id)
  }

  /// Questions flagged for follow-up, in interview order.
  public var followUps: [String] {
    rulebook.questions.filter { meta[$0.id]?.followUp == true }.map(\.id)
  }

  /// The position of the current question among the visible ones (1-based) and their count.
  public var position: (index: Int, count: Int) {
    let visible = visibleQuestions
    let index = current.flatMap { id in visible.firstIndex { $0.id == id } } ?? 0
    return (index + 1, visible.count)
  }

  public var canUndo: Bool { !undoStack.isEmpty }
  public var canRedo: Bool { !redoStack.isEmpty }

  // MARK: Events

  /// Applies one event. Invalid answers and jumps to hidden questions throw and change nothing;
  /// navigation past either end does nothing.
  public mutating func apply(_ event: InterviewEvent) throws(InterviewError) {
    switch event {
    case .answer(let id, let answer):
      let question = try visibleQuestion(id)
      let normalized = try Self.validate(answer, for: question)
      mutate(focus: id) { $0.answers[id] = normalized }
    case .markUnknown(let id):
      _ = try visibleQuestion(id)
      mutate(focus: id) { $0.answers[id] = .unknown }
    case .clear(let id):
      _ = try visibleQuestion(id)
      guard answers[id] != nil else { return }
      mutate(focus: id) { $0.answers[id] = nil }
    case .next:
      moveNext()
    case .back:
      moveBack()
    case .jump(let id):
      _ = try visibleQuestion(id)
      guard current != id else { return }
      current = id
      path.append(id)
    case .undo:
      guard let snapshot = undoStack.popLast() else { return }
      redoStack.append(Snapshot(answers: answers, meta: meta, focus: snapshot.focus))
      restore(snapshot)
    case .redo:
      guard let snapshot = redoStack.popLast() else { return }
      undoStack.append(Snapshot(answers: answers, meta: meta, focus: snapshot.focus))
      restore(snapshot)
    case .setNote(let id, let text, let isPrivate):
      try changeMeta(id) {
        $0.note = text
        $0.notePrivate = isPrivate
      }
    case .setFollowUp(let id, let flag):
      try changeMeta(id) { $0.followUp = flag }
    case .setConfidence(let id, let confidence):
      try changeMeta(id) { $0.confidence = confidence }
    }
  }

  /// Changes the note, follow-up or confidence of question `id` (an empty entry goes).
  private mutating func changeMeta(_ id: String, _ change: (inout QuestionMeta) -> Void)
    throws(InterviewError)
  {
    _ = try knownQuestion(id)
    mutate(focus: id) { interview in
      var entry = interview.meta[id] ?? QuestionMeta()
      change(&entry)
      interview.meta[id] = entry.isEmpty ? nil : entry
    }
  }

  private func knownQuestion(_ id: String) throws(InterviewError) -> Question {
    guard let question = rulebook.question(id) else {
      throw InterviewError(
        question: id, message: "There is no question \"\(id)\" in this rulebook.")
    }
    return question
  }

  private func visibleQuestion(_ id: String) throws(InterviewError) -> Question {
    let question = try knownQuestion(id)
    guard isVisible(id) else {
      throw InterviewError(
        question: id, message: "The question \"\(id)\" does not apply with the current answers.")
    }
    return question
  }

  private mutating func mutate(focus: String, _ change: (inout Interview) -> Void) {
    let before = Snapshot(answers: answers, meta: meta, focus: focus)
    change(&self)
    guard answers != before.answers || meta != before.meta else { return }
    undoStack.append(before)
    if undoStack.count > Self.undoLimit { undoStack.removeFirst(undoStack.count - Self.undoLimit) }
    redoStack.removeAll()
    refresh()
  }

  private mutating func restore(_ snapshot: Snapshot) {
    answers = snapshot.answers
    meta = snapshot.meta
    refresh()
    if isVisible(snapshot.focus), current != snapshot.focus {
      current = snapshot.focus
      path.append(snapshot.focus)
    }
  }

  private mutating func refresh() {
    active = ActiveAnswers(rulebook: rulebook, answers: answers)
    if let id = current, !isVisible(id) {
      // The current question was hidden (by undo): move to the nearest earlier visible one.
      let index = rulebook.questionIndex[id] ?? 0
      let earlier = rulebook.questions.indices.prefix(index).last { active.visible[$0] }
      let target = earlier ?? rulebook.questions.indices.first { active.visible[$0] }
      current = target.map { rulebook.questions[$0].id }
      if let current { path.append(current) }
    }
  }

  private mutating func moveNext() {
    guard let id = current, let index = rulebook.questionIndex[id] else { return }
    guard let next = rulebook.questions.indices.first(where: { $0 > index && active.visible[$0] })
    else {
      return
    }
    current = rulebook.questions[next].id
    path.append(rulebook.questions[next].id)
  }

  private mutating func moveBack() {
    var trail = path
    if trail.last == current { trail.removeLast() }
    while let candidate = trail.last, candidate == current || !isVisible(candidate) {
      trail.removeLast()
    }
    if let previous = trail.last {
      path = trail
      current = previous
      return
    }
    // The path has no earlier visible step: fall back to the previous visible question.
    guard let id = current, let index = rulebook.questionIndex[id],
      let earlier = rulebook.questions.indices.prefix(index).last(where: { active.visible[$0] })
    else { return }
    current = rulebook.questions[earlier].id
    path = [rulebook.questions[earlier].id]
  }

  /// Checks an answer against its question and puts multi-choice answers in rulebook order.
  public static func validate(_ answer: Answer, for question: Question) throws(InterviewError)
    -> Answer
  {
    let allowed = question.optionValues
    func fail(_ message: String) -> InterviewError {
      InterviewError(question: question.id, message: message)
    }
    switch (question.kind, answer) {
    case (_, .unknown):
      return .unknown
    case (.single, .choice(let value)):
      guard allowed.contains(value) else {
        throw fail(
          "\"\(value)\" is not an option; choose one of \(allowed.joined(separator: ", ")).")
      }
      return answer
    case (.multi, .choices(let values)):
      guard !values.isEmpty else {
        throw fail("Choose at least one option, or mark the answer unknown.")
      }
      for value in values where !allowed.contains(value) {
        throw fail("\"\(value)\" is not an option; choose from \(allowed.joined(separator: ", ")).")
      }
      return .choices(allowed.filter(values.contains))
    case (.yesno, .bool):
      return answer
    case (.number, .number(let value)):
      let minimum = question.min ?? 0
      let maximum = question.max ?? Int.max
      guard value >= minimum, value <= maximum else {
        throw fail("Enter a whole number from \(minimum) to \(maximum).")
      }
      return answer
    case (.text, .text(let text)):
      guard text.count <= AnswersFile.maximumTextLength else {
        throw fail("The text is longer than \(AnswersFile.maximumTextLength) characters.")
      }
      return answer
    default:
      throw fail("This question takes a \(question.kind.rawValue) answer.")
    }
  }
}

extension Interview: Equatable {
  public static func == (lhs: Interview, rhs: Interview) -> Bool {
    lhs.answers == rhs.answers && lhs.meta == rhs.meta && lhs.current == rhs.current
      && lhs.path == rhs.path && lhs.undoStack == rhs.undoStack && lhs.redoStack == rhs.redoStack
      && lhs.rulebook.id == rhs.rulebook.id && lhs.rulebook.version == rhs.rulebook.version
  }
}
