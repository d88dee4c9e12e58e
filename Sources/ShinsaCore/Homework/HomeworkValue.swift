import Foundation

/// Turns the text of an answer line into an answer, through the answers file's own checks.
///
/// The line is translated into the JSON value an answers file would hold (option labels in
/// either language become option ids, "yes"/"はい" become true, "不明" becomes "unknown"), and
/// ``AnswersFile/decodeAnswer(_:question:path:fileName:)`` checks it: one parser and one set
/// of messages for options, bounds and kinds.
enum HomeworkValue {
  /// The answer `text` gives `question`; `position` is where the value starts.
  static func answer(
    _ text: String, question: Question, position: TextPosition, fileName: String
  ) throws(DataFileError) -> Answer {
    let cleaned = stripQuotes(text)
    if HomeworkForm.unknownWords.contains(normalized(cleaned)) { return .unknown }
    func node(_ value: JSONValue) -> JSONNode { JSONNode(value, at: position) }
    let json: JSONNode
    switch question.kind {
    case .multi:
      let separators: Set<Character> = [",", "、", "，", ";"]
      let items = text.split(whereSeparator: { separators.contains($0) })
        .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        .map { node(.string(optionValue($0, of: question))) }
      json = node(.array(items))
    case .single:
      json = node(.string(optionValue(cleaned, of: question)))
    case .yesno:
      switch normalized(cleaned) {
      case "yes", "y", "true", "はい": json = node(.bool(true))
      case "no", "n", "false", "いいえ": json = node(.bool(false))
      default:
        var error = DataFileError(
          file: fileName, position: position, path: question.id,
          message:
            "\(question.id) takes yes or no (はい or いいえ), or unknown; found \"\(cleaned)\"")
        error.homeworkProblem = .expectsYesNo(question: question.id, found: cleaned)
        throw error
      }
    case .number:
      let digits = normalized(cleaned).filter { $0 != "," && $0 != "_" && $0 != " " }
      if let parsed = try? JSONParser.parse(Array(digits.utf8)), case .number = parsed.value {
        json = node(parsed.value)
      } else {
        let low = question.min ?? 0
        let range = question.max.map { "from \(low) to \($0)" } ?? "of \(low) or more"
        var error = DataFileError(
          file: fileName, position: position, path: question.id,
          message:
            "\(question.id) takes a whole number \(range), or unknown; found \"\(cleaned)\"")
        error.homeworkProblem = .expectsWholeNumber(
          question: question.id, min: low, max: question.max, found: cleaned)
        throw error
      }
    case .text:
      json = node(.string(text))
    }
    return try AnswersFile.decodeAnswer(
      json, question: question, path: [.key(question.id)], fileName: fileName)
  }

  /// The option id `word` names (by id or by label in either language, ignoring case and
  /// character width), or `word` itself when it names none.
  static func optionValue(_ word: String, of question: Question) -> String {
    let wanted = normalized(stripQuotes(word.trimmingCharacters(in: .whitespaces)))
    for option in question.options ?? [] {
      if normalized(option.value) == wanted || normalized(option.label.en) == wanted
        || normalized(option.label.ja) == wanted
      {
        return option.value
      }
    }
    return stripQuotes(word)
  }

  /// Width- and case-folded text: full-width letters and digits become ASCII (NFKC).
  static func normalized(_ text: String) -> String {
    text.precomposedStringWithCompatibilityMapping.lowercased()
      .trimmingCharacters(in: .whitespaces)
  }

  /// `text` without the backticks or quotes a client may copy from the options list.
  static func stripQuotes(_ text: String) -> String {
    let pairs: [(Character, Character)] = [("`", "`"), ("\"", "\""), ("「", "」")]
    for (open, close) in pairs where text.count >= 2 && text.first == open && text.last == close {
      return String(text.dropFirst().dropLast())
    }
    return text
  }
}
