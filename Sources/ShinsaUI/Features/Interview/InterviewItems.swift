import ShinsaCore

/// The selectable items under a question: its options (or the input field) and "Unknown".
public enum InterviewItem: Sendable, Equatable {
  case option(String)
  case yes
  case no
  case field
  case unknown
}

extension Question {
  /// The items the interview pane lists for this question.
  public var items: [InterviewItem] {
    switch kind {
    case .single, .multi: return optionValues.map { .option($0) } + [.unknown]
    case .yesno: return [.yes, .no, .unknown]
    case .number, .text: return [.field, .unknown]
    }
  }
}

extension WorkbenchState {
  /// The question on screen.
  public var currentQuestion: Question? {
    interview.current.flatMap { interview.rulebook.question($0) }
  }

  /// The item that matches the current answer, for placing the cursor on arrival.
  func initialCursor() -> Int {
    guard let question = currentQuestion else { return 0 }
    let items = question.items
    switch interview.answers[question.id] {
    case .unknown?: return items.count - 1
    case .choice(let value)?: return items.firstIndex(of: .option(value)) ?? 0
    case .choices(let values)?:
      return values.first.flatMap { items.firstIndex(of: .option($0)) } ?? 0
    case .bool(let flag)?: return flag ? 0 : 1
    default: return 0
    }
  }
}
