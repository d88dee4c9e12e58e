/// A problem in a condition, at a character offset within the condition text.
public struct ConditionError: Error, Sendable, Equatable {
  /// 0-based offset in Unicode scalars from the start of the condition text.
  public var offset: Int
  public var message: String
}

/// What a condition may refer to while it is compiled.
public struct ConditionScope: Sendable {
  /// The questions that may be mentioned, by id, with their index.
  var questions: [String: (index: Int, question: Question)]
  /// Numeric assumptions by id.
  var assumptions: [String: Int]
  /// Questions that exist but may not be mentioned here, with the reason.
  var forbidden: [String: String]

  init(
    questions: [String: (index: Int, question: Question)], assumptions: [String: Int],
    forbidden: [String: String] = [:]
  ) {
    self.questions = questions
    self.assumptions = assumptions
    self.forbidden = forbidden
  }
}

/// Parses and type-checks condition text such as
/// `use_case has credit-decision and people_affected >= $many-individuals`.
public struct ConditionParser {
  private enum TokenKind: Equatable {
    case word(String)
    case assumption(String)
    case symbol(String)
    case end
  }

  private struct Token {
    var kind: TokenKind
    var offset: Int
  }

  /// The deepest nesting of brackets and `not` accepted, so that a hostile rulebook fails
  /// with a clear error instead of exhausting the stack.
  public static let maximumDepth = 100

  private var tokens: [Token] = []
  private var index = 0
  private var depth = 0
  private let scope: ConditionScope

  /// Compiles `text` against `scope`.
  public static func compile(_ text: String, scope: ConditionScope) throws(ConditionError)
    -> Condition
  {
    var parser = ConditionParser(scope: scope)
    parser.tokens = try tokenize(text)
    if parser.tokens.count == 1 {
      throw ConditionError(offset: 0, message: "the condition is empty")
    }
    let condition = try parser.parseOr()
    if case .end = parser.current.kind {
      return condition
    }
    throw ConditionError(
      offset: parser.current.offset,
      message: "unexpected \(parser.describe(parser.current)); expected 'and', 'or' or the end")
  }

  private init(scope: ConditionScope) { self.scope = scope }

  private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return true
    default: return scalar == "_" || scalar == "-" || scalar == "."
    }
  }

  private static func tokenize(_ text: String) throws(ConditionError) -> [Token] {
    let scalars = Array(text.unicodeScalars)
    var tokens: [Token] = []
    var position = 0
    while position < scalars.count {
      let scalar = scalars[position]
      if scalar == " " || scalar == "\t" || scalar == "\n" {
        position += 1
        continue
      }
      let start = position
      if isWordScalar(scalar) || scalar == "$" {
        position += 1
        while position < scalars.count, isWordScalar(scalars[position]) { position += 1 }
        var word = String(String.UnicodeScalarView(scalars[start..<position]))
        if scalar == "$" {
          word.removeFirst()
          guard !word.isEmpty else {
            throw ConditionError(offset: start, message: "'$' must be followed by an assumption id")
          }
          tokens.append(Token(kind: .assumption(word), offset: start))
        } else {
          tokens.append(Token(kind: .word(word), offset: start))
        }
        continue
      }
      let next = position + 1 < scalars.count ? scalars[position + 1] : nil
      switch scalar {
      case "(", ")", "[", "]", ",":
        tokens.append(Token(kind: .symbol(String(scalar)), offset: start))
        position += 1
      case "=", "!", ">", "<":
        if next == "=" {
          tokens.append(Token(kind: .symbol(String(scalar) + "="), offset: start))
          position += 2
        } else if scalar == ">" || scalar == "<" {
          tokens.append(Token(kind: .symbol(String(scalar)), offset: start))
          position += 1
        } else {
          throw ConditionError(
            offset: start, message: "unexpected '\(scalar)'; did you mean '\(scalar)='?")
        }
      default:
        throw ConditionError(offset: start, message: "unexpected character '\(scalar)'")
      }
    }
    tokens.append(Token(kind: .end, offset: scalars.count))
    return tokens
  }

  private var current: Token { tokens[index] }

  private func describe(_ token: Token) -> String {
    switch token.kind {
    case .word(let word): return "'\(word)'"
    case .assumption(let name): return "'$\(name)'"
    case .symbol(let symbol): return "'\(symbol)'"
    case .end: return "end of condition"
    }
  }

  private mutating func takeKeyword(_ keyword: String) -> Bool {
    if case .word(let word) = current.kind, word == keyword {
      index += 1
      return true
    }
    return false
  }

  private mutating func takeSymbol(_ symbol: String) -> Bool {
    if case .symbol(let found) = current.kind, found == symbol {
      index += 1
      return true
    }
    return false
  }

  private mutating func parseOr() throws(ConditionError) -> Condition {
    var parts = [try parseAnd()]
    while takeKeyword("or") { parts.append(try parseAnd()) }
    return parts.count == 1 ? parts[0] : .or(parts)
  }

  private mutating func parseAnd() throws(ConditionError) -> Condition {
    var parts = [try parseUnary()]
    while takeKeyword("and") { parts.append(try parseUnary()) }
    return parts.count == 1 ? parts[0] : .and(parts)
  }

  private mutating func parseUnary() throws(ConditionError) -> Condition {
    let start = current.offset
    if takeKeyword("not") {
      try enter(at: start)
      defer { depth -= 1 }
      return .not(try parseUnary())
    }
    if takeSymbol("(") {
      try enter(at: start)
      defer { depth -= 1 }
      let inner = try parseOr()
      guard takeSymbol(")") else {
        throw ConditionError(
          offset: current.offset, message: "expected ')' but found \(describe(current))")
      }
      return inner
    }
    return try parseTest()
  }

  private mutating func enter(at offset: Int) throws(ConditionError) {
    depth += 1
    if depth > Self.maximumDepth {
      throw ConditionError(
        offset: offset,
        message: "the condition nests deeper than \(Self.maximumDepth) levels of brackets and 'not'"
      )
    }
  }

  private static let keywords: Set<String> = [
    "and", "or", "not", "has", "in", "answered", "true", "false",
  ]

  private mutating func parseTest() throws(ConditionError) -> Condition {
    let idToken = current
    guard case .word(let id) = idToken.kind, !Self.keywords.contains(id) else {
      throw ConditionError(
        offset: idToken.offset, message: "expected a question id but found \(describe(idToken))")
    }
    if let reason = scope.forbidden[id] {
      throw ConditionError(offset: idToken.offset, message: "question '\(id)' \(reason)")
    }
    guard let entry = scope.questions[id] else {
      throw ConditionError(
        offset: idToken.offset,
        message: "unknown question id '\(id)'\(Suggest.didYouMean(id, among: scope.questions.keys))"
      )
    }
    index += 1
    let question = entry.question
    let opToken = current
    let op: ConditionOperator
    switch opToken.kind {
    case .word("has"): op = .has
    case .word("in"): op = .in
    case .word("answered"): op = .answered
    case .symbol("=="): op = .equal
    case .symbol("!="): op = .notEqual
    case .symbol(">="): op = .atLeast
    case .symbol(">"): op = .greater
    case .symbol("<="): op = .atMost
    case .symbol("<"): op = .less
    default:
      throw ConditionError(
        offset: opToken.offset,
        message:
          "expected an operator (has, in, ==, !=, >=, >, <=, <, answered) after '\(id)' but found \(describe(opToken))"
      )
    }
    index += 1
    try checkOperator(op, for: question, at: opToken.offset)
    var values: [ConditionValue] = []
    var assumption: String?
    switch op {
    case .answered:
      break
    case .in:
      guard takeSymbol("[") else {
        throw ConditionError(offset: current.offset, message: "expected '[' after 'in'")
      }
      repeat {
        let (value, _) = try parseValue(for: question)
        values.append(value)
      } while takeSymbol(",")
      guard takeSymbol("]") else {
        throw ConditionError(
          offset: current.offset, message: "expected ',' or ']' but found \(describe(current))")
      }
    default:
      let parsed = try parseValue(for: question)
      values.append(parsed.0)
      assumption = parsed.1
    }
    return .test(
      ConditionTest(
        question: id, questionIndex: entry.index, op: op, values: values, assumption: assumption))
  }

  private func checkOperator(
    _ op: ConditionOperator, for question: Question, at offset: Int
  ) throws(ConditionError) {
    let allowed: Bool
    switch (op, question.kind) {
    case (.answered, _): allowed = true
    case (.has, .multi): allowed = true
    case (.in, .multi), (.in, .single): allowed = true
    case (.equal, .single), (.equal, .yesno), (.equal, .number): allowed = true
    case (.notEqual, .single), (.notEqual, .yesno), (.notEqual, .number): allowed = true
    case (.atLeast, .number), (.greater, .number), (.atMost, .number), (.less, .number):
      allowed = true
    default: allowed = false
    }
    if !allowed {
      let hint: String
      switch question.kind {
      case .multi: hint = "use 'has', 'in' or 'answered'"
      case .single: hint = "use '==', '!=', 'in' or 'answered'"
      case .yesno: hint = "use '== true', '== false' or 'answered'"
      case .number: hint = "use '==', '!=', '>=', '>', '<=', '<' or 'answered'"
      case .text: hint = "text questions only take 'answered'"
      }
      throw ConditionError(
        offset: offset,
        message:
          "'\(op.rawValue)' does not fit \(question.kind.rawValue) question '\(question.id)'; \(hint)"
      )
    }
  }

  private mutating func parseValue(for question: Question) throws(ConditionError) -> (
    ConditionValue, String?
  ) {
    let token = current
    index += 1
    switch (token.kind, question.kind) {
    case (.assumption(let name), .number):
      guard let value = scope.assumptions[name] else {
        throw ConditionError(
          offset: token.offset,
          message:
            "unknown assumption '$\(name)'\(Suggest.didYouMean(name, among: scope.assumptions.keys))"
        )
      }
      return (.number(value), name)
    case (.word(let word), .number):
      guard let number = Int(word), number >= 0 else {
        throw ConditionError(
          offset: token.offset,
          message: "'\(question.id)' is a number question; '\(word)' is not a whole number")
      }
      return (.number(number), nil)
    case (.word("true"), .yesno): return (.bool(true), nil)
    case (.word("false"), .yesno): return (.bool(false), nil)
    case (.word(let word), .yesno):
      throw ConditionError(
        offset: token.offset,
        message: "'\(question.id)' is a yes/no question; expected true or false, not '\(word)'")
    case (.word(let word), .single), (.word(let word), .multi):
      guard question.optionValues.contains(word) else {
        throw ConditionError(
          offset: token.offset,
          message:
            "'\(word)' is not an option of '\(question.id)'; allowed: \(question.optionValues.joined(separator: ", "))"
        )
      }
      return (.word(word), nil)
    default:
      throw ConditionError(
        offset: token.offset,
        message: "expected a value for '\(question.id)' but found \(describe(token))")
    }
  }
}
