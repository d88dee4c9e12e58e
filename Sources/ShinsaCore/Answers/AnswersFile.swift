/// A malformed data file (answers file or project): the file, the place and what was expected.
public struct DataFileError: Error, Sendable, Equatable, CustomStringConvertible {
  public var file: String
  public var position: TextPosition?
  /// The JSON path of the offending value ("answers.sector[0]"), when there is one.
  public var path: String?
  public var message: String
  /// A homework form's refusal as facts, for wording it in the interface's language.
  public var homeworkProblem: HomeworkProblem?

  /// Creates an error. Text quoted from the file is made printable (control characters
  /// become visible escapes), so a message can never act on the terminal.
  public init(file: String, position: TextPosition?, path: String?, message: String) {
    self.file = TextSafety.escaped(file)
    self.position = position
    self.path = path.map(TextSafety.escaped)
    self.message = TextSafety.escaped(message)
  }

  /// "file:line:column: path: message".
  public var description: String {
    locatedMessage(file: file, position: position, path: path, message: message)
  }
}

/// "file:line:column: path: message", leaving out the parts that are missing.
func locatedMessage(file: String, position: TextPosition?, path: String?, message: String)
  -> String
{
  var text = file
  if let position { text += ":\(position.line):\(position.column)" }
  text += ": "
  if let path { text += "\(path): " }
  return text + message
}

/// Reads the public answers-file format (`{"answers": {...}}`; other top-level keys are ignored).
public enum AnswersFile {
  /// The largest answers file accepted.
  public static let maximumBytes = 20 * 1024 * 1024
  /// The longest free-text answer accepted, in characters.
  public static let maximumTextLength = 20_000

  /// Parses answers-file bytes and checks every answer against `rulebook`.
  public static func parse(
    _ bytes: [UInt8], fileName: String, rulebook: Rulebook
  ) throws(DataFileError) -> [String: Answer] {
    let root: JSONNode
    do {
      root = try JSONParser.parse(bytes)
    } catch {
      throw DataFileError(
        file: fileName, position: error.position, path: nil, message: error.message)
    }
    guard case .object = root.value else {
      throw DataFileError(
        file: fileName, position: root.position, path: nil,
        message:
          "expected an object with an \"answers\" member, but the file holds \(root.value.kindDescription)"
      )
    }
    guard let answersNode = root["answers"] else {
      throw DataFileError(
        file: fileName, position: root.position, path: nil,
        message: "the member \"answers\" is missing")
    }
    return try decodeAnswers(
      answersNode, path: [.key("answers")], fileName: fileName, rulebook: rulebook)
  }

  /// Decodes an object of answers found at `path` (shared with project files).
  public static func decodeAnswers(
    _ node: JSONNode, path: [JSONPathComponent], fileName: String, rulebook: Rulebook
  ) throws(DataFileError) -> [String: Answer] {
    guard case .object(let members) = node.value else {
      throw DataFileError(
        file: fileName, position: node.position, path: path.dotted,
        message: "expected an object of answers but found \(node.value.kindDescription)")
    }
    var answers: [String: Answer] = [:]
    for member in members {
      let memberPath = path + [.key(member.key)]
      guard let question = rulebook.question(member.key) else {
        let known = rulebook.questions.map(\.id)
        throw DataFileError(
          file: fileName, position: member.keyPosition, path: memberPath.dotted,
          message:
            "unknown question id \"\(member.key)\"\(Suggest.didYouMean(member.key, among: known)); known ids: \(known.joined(separator: ", "))"
        )
      }
      answers[question.id] = try decodeAnswer(
        member.value, question: question, path: memberPath, fileName: fileName)
    }
    return answers
  }

  /// Decodes one answer for `question`.
  public static func decodeAnswer(
    _ node: JSONNode, question: Question, path: [JSONPathComponent], fileName: String
  ) throws(DataFileError) -> Answer {
    func fail(
      _ message: String, at failing: JSONNode? = nil, path failingPath: [JSONPathComponent]? = nil
    )
      -> DataFileError
    {
      DataFileError(
        file: fileName, position: (failing ?? node).position, path: (failingPath ?? path).dotted,
        message: message)
    }
    if case .string("unknown") = node.value { return .unknown }
    var allowed: String { question.optionValues.joined(separator: ", ") }
    switch (question.kind, node.value) {
    case (.multi, .array(let items)):
      guard !items.isEmpty else {
        throw fail("choose at least one of: \(allowed) (or write \"unknown\")")
      }
      var chosen = Set<String>()
      for (index, item) in items.enumerated() {
        let itemPath = path + [.index(index)]
        guard case .string(let value) = item.value else {
          throw fail(
            "expected an option name but found \(item.value.kindDescription); allowed: \(allowed)",
            at: item, path: itemPath)
        }
        guard question.optionValues.contains(value) else {
          var error = fail(
            "\"\(value)\" is not an option of \(question.id); allowed: \(allowed)", at: item,
            path: itemPath)
          error.homeworkProblem = .notAnOption(
            question: question.id, found: value, allowed: question.optionValues)
          throw error
        }
        guard chosen.insert(value).inserted else {
          throw fail("\"\(value)\" is listed twice", at: item, path: itemPath)
        }
      }
      return .choices(question.optionValues.filter(chosen.contains))
    case (.multi, _):
      throw fail(
        "\(question.id) takes a list of options, for example [\"\(question.optionValues.first ?? "")\"]; allowed: \(allowed); found \(node.value.kindDescription)"
      )
    case (.single, .string(let value)):
      guard question.optionValues.contains(value) else {
        var error = fail(
          "\"\(value)\" is not an option of \(question.id); allowed: \(allowed) (or \"unknown\")")
        error.homeworkProblem = .notAnOption(
          question: question.id, found: value, allowed: question.optionValues)
        throw error
      }
      return .choice(value)
    case (.single, _):
      throw fail(
        "\(question.id) takes one option as a string; allowed: \(allowed) (or \"unknown\"); found \(node.value.kindDescription)"
      )
    case (.yesno, .bool(let flag)):
      return .bool(flag)
    case (.yesno, _):
      throw fail(
        "\(question.id) takes true or false (or \"unknown\"); found \(node.value.kindDescription)")
    case (.number, .number(let number)):
      let minimum = question.min ?? 0
      let maximum = question.max ?? Int.max
      guard number.isWholeNumber, let value = number.intValue else {
        throw fail(
          "\(question.id) takes a whole number from \(minimum) to \(maximum); found \(number.literal)"
        )
      }
      guard value >= minimum, value <= maximum else {
        throw fail("\(question.id) must be from \(minimum) to \(maximum); found \(value)")
      }
      return .number(value)
    case (.number, _):
      throw fail(
        "\(question.id) takes a whole number (or \"unknown\"); found \(node.value.kindDescription)")
    case (.text, .string(let text)):
      guard text.count <= maximumTextLength else {
        throw fail("\(question.id) is longer than \(maximumTextLength) characters")
      }
      return .text(text)
    case (.text, _):
      throw fail("\(question.id) takes text; found \(node.value.kindDescription)")
    }
  }
}
