import Testing

@testable import ShinsaCore

@Suite struct JSONParserTests {
  private func parse(_ text: String) -> Result<JSONNode, JSONSyntaxError> {
    Result { () throws(JSONSyntaxError) -> JSONNode in try JSONParser.parse(Array(text.utf8)) }
  }

  private func error(_ text: String) -> JSONSyntaxError? {
    if case .failure(let error) = parse(text) { return error }
    return nil
  }

  @Test func parsesValuesAndRemembersPositions() throws {
    let root = try parse("{\n  \"a\": [1, true, null],\n  \"b\": \"審査\"\n}").get()
    #expect(root["a"]?.position == TextPosition(line: 2, column: 8))
    #expect(root["b"]?.value == .string("審査"))
    #expect(root.node(at: [.key("a"), .index(1)])?.value == .bool(true))
    #expect(root.node(at: [.key("a"), .index(1)])?.position == TextPosition(line: 2, column: 12))
  }

  @Test func columnsCountCharactersNotBytes() throws {
    let root = try parse("{\"審査\": 1, \"x\": 2}").get()
    guard case .object(let members) = root.value else {
      Issue.record("not an object")
      return
    }
    #expect(members[1].keyPosition == TextPosition(line: 1, column: 11))
  }

  @Test func decodesEscapesAndSurrogatePairs() throws {
    let root = try parse(#"["a\"b\\c\n\u00e9\ud83d\ude00"]"#).get()
    #expect(root.node(at: [.index(0)])?.value == .string("a\"b\\c\né😀"))
  }

  @Test func keepsNumbersExact() throws {
    let root = try parse("[2000000, 1.5, -0, 1e3]").get()
    guard case .number(let big) = root.node(at: [.index(0)])?.value else {
      Issue.record("not a number")
      return
    }
    #expect(big.intValue == 2_000_000)
    guard case .number(let fraction) = root.node(at: [.index(1)])?.value else {
      Issue.record("not a number")
      return
    }
    #expect(!fraction.isWholeNumber)
  }

  @Test(arguments: [
    ("", "empty"),
    ("{", "expected a quoted member name"),
    ("{\"a\": 1,}", "expected a quoted member name"),
    ("[1, 2", "expected ',' or ']'"),
    ("{\"a\": 1, \"a\": 2}", "appears twice"),
    ("{\"a\" 1}", "expected ':'"),
    ("[01]", "may not start with 0"),
    ("[1.]", "digit after the decimal point"),
    ("\"abc", "not closed"),
    ("\"a\tb\"", "raw control character"),
    ("\"\\x\"", "unknown escape"),
    ("\"\\ud800\"", "unpaired surrogate"),
    ("[1] x", "unexpected text after"),
    ("nul", "expected 'null'"),
    ("{'a': 1}", "expected a quoted member name"),
  ])
  func rejectsMalformedJSON(text: String, expected: String) {
    let found = error(text)
    #expect(found != nil)
    #expect(found?.message.contains(expected) == true, "\(found?.message ?? "no error")")
  }

  @Test func reportsLineAndColumnOfErrors() {
    let found = error("{\n  \"a\": 1\n  \"b\": 2\n}")
    #expect(found?.position == TextPosition(line: 3, column: 3))
  }

  @Test func rejectsInvalidUTF8WithPosition() {
    let bytes: [UInt8] = Array("{\"a\": \"".utf8) + [0xFF] + Array("\"}".utf8)
    let result = Result { () throws(JSONSyntaxError) -> JSONNode in try JSONParser.parse(bytes) }
    guard case .failure(let error) = result else {
      Issue.record("invalid UTF-8 was accepted")
      return
    }
    #expect(error.message.contains("UTF-8"))
    #expect(error.position == TextPosition(line: 1, column: 8))
  }

  @Test func refusesDeepNestingWithoutCrashing() {
    let deep = String(repeating: "[", count: 100_000)
    #expect(error(deep)?.message.contains("nests deeper") == true)
  }

  @Test func acceptsByteOrderMark() throws {
    let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("{}".utf8)
    let root = try JSONParser.parse(bytes)
    #expect(root.value == .object([]))
  }

  @Test func writerEscapesAndRoundTrips() throws {
    let value = JSONOut.object([
      ("text", .string("審査 \"quoted\"\n\u{1}")), ("list", .array([.int(1), .bool(false), .null])),
      ("empty", .object([])),
    ])
    let text = value.rendered()
    #expect(text.contains("\"審査 \\\"quoted\\\"\\n\\u0001\""))
    let reparsed = try JSONParser.parse(Array(text.utf8))
    #expect(reparsed["text"]?.value == .string("審査 \"quoted\"\n\u{1}"))
  }
}
