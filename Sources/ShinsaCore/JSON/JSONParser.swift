/// A JSON syntax problem with the place it was found.
public struct JSONSyntaxError: Error, Sendable, Equatable {
  /// Where the problem is.
  public var position: TextPosition
  /// What is wrong, in plain words ("expected ',' or '}' after an object member").
  public var message: String
}

/// A strict JSON parser (RFC 8259) that records positions.
///
/// It refuses invalid UTF-8, duplicate object keys, trailing data, and nesting
/// deeper than ``maximumDepth``, so that hostile files fail with a clear error
/// instead of exhausting the stack.
public struct JSONParser {
  /// The deepest nesting of arrays and objects accepted.
  public static let maximumDepth = 256

  private let bytes: [UInt8]
  private var offset = 0
  private var line = 1
  private var column = 1
  private var depth = 0

  /// Parses a whole document.
  public static func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONNode {
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
      throw JSONSyntaxError(
        position: TextPosition(line: 1, column: 1),
        message: "the file is UTF-16 text; save it as UTF-8")
    }
    if let bad = UTF8Check.firstInvalidOffset(in: bytes) {
      let position = UTF8Check.position(ofOffset: bad, in: bytes)
      throw JSONSyntaxError(position: position, message: "the file is not valid UTF-8 text")
    }
    var parser = JSONParser(bytes: bytes)
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      parser.offset = 3
    }
    parser.skipWhitespace()
    if parser.offset >= bytes.count {
      throw JSONSyntaxError(
        position: parser.here, message: "the file is empty; expected a JSON value")
    }
    let node = try parser.parseValue()
    parser.skipWhitespace()
    if parser.offset < bytes.count {
      throw JSONSyntaxError(
        position: parser.here, message: "unexpected text after the end of the JSON value")
    }
    return node
  }

  private init(bytes: [UInt8]) { self.bytes = bytes }

  private var here: TextPosition { TextPosition(line: line, column: column) }

  private var peek: UInt8? { offset < bytes.count ? bytes[offset] : nil }

  private mutating func advance() {
    let byte = bytes[offset]
    offset += 1
    if byte == 0x0A {
      line += 1
      column = 1
    } else if byte & 0xC0 != 0x80 {
      column += 1
    }
  }

  private mutating func skipWhitespace() {
    while let byte = peek, byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 {
      advance()
    }
  }

  private func describe(_ byte: UInt8?) -> String {
    guard let byte else { return "the end of the file" }
    if byte == 0 { return "a NUL byte (the file looks damaged or is not text)" }
    if byte == UInt8(ascii: "'") { return "a single quote (JSON needs double quotes)" }
    if byte == UInt8(ascii: "/") { return "'/' (JSON has no comments)" }
    if byte >= 0x21 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
    if byte >= 0x80 { return "a non-ASCII character" }
    return "a control character"
  }

  private mutating func parseValue() throws(JSONSyntaxError) -> JSONNode {
    let start = here
    switch peek {
    case UInt8(ascii: "{"): return JSONNode(try parseObject(), at: start)
    case UInt8(ascii: "["): return JSONNode(try parseArray(), at: start)
    case UInt8(ascii: "\""): return JSONNode(.string(try parseString()), at: start)
    case UInt8(ascii: "t"):
      try expectWord("true")
      return JSONNode(.bool(true), at: start)
    case UInt8(ascii: "f"):
      try expectWord("false")
      return JSONNode(.bool(false), at: start)
    case UInt8(ascii: "n"):
      try expectWord("null")
      return JSONNode(.null, at: start)
    case let byte? where byte == UInt8(ascii: "-") || (byte >= 0x30 && byte <= 0x39):
      return JSONNode(.number(try parseNumber()), at: start)
    case UInt8(ascii: "N")?, UInt8(ascii: "I")?:
      throw JSONSyntaxError(
        position: start, message: "NaN and Infinity are not JSON numbers; expected a JSON value")
    default:
      throw JSONSyntaxError(
        position: start, message: "expected a JSON value but found \(describe(peek))")
    }
  }

  private mutating func expectWord(_ word: String) throws(JSONSyntaxError) {
    let start = here
    for expected in word.utf8 {
      guard peek == expected else {
        throw JSONSyntaxError(position: start, message: "expected '\(word)'")
      }
      advance()
    }
  }

  private mutating func enter() throws(JSONSyntaxError) {
    depth += 1
    if depth > Self.maximumDepth {
      throw JSONSyntaxError(
        position: here, message: "the JSON nests deeper than \(Self.maximumDepth) levels")
    }
  }

  private mutating func parseObject() throws(JSONSyntaxError) -> JSONValue {
    var members: [(key: String, keyPosition: TextPosition, value: JSONNode)] = []
    var seen = Set<String>()
    try parseElements(close: "}", each: "a member") { parser throws(JSONSyntaxError) in
      members.append(try parser.parseMember(seen: &seen))
    }
    return .object(members)
  }

  /// One `"name": value` member of an object; `seen` holds the names before it.
  private mutating func parseMember(seen: inout Set<String>) throws(JSONSyntaxError) -> (
    key: String, keyPosition: TextPosition, value: JSONNode
  ) {
    let keyPosition = here
    guard peek == UInt8(ascii: "\"") else {
      throw JSONSyntaxError(
        position: keyPosition,
        message: "expected a quoted member name but found \(describe(peek))")
    }
    let key = try parseString()
    if !seen.insert(key).inserted {
      throw JSONSyntaxError(position: keyPosition, message: "the member \"\(key)\" appears twice")
    }
    skipWhitespace()
    guard peek == UInt8(ascii: ":") else {
      throw JSONSyntaxError(
        position: here, message: "expected ':' after \"\(key)\" but found \(describe(peek))")
    }
    advance()
    skipWhitespace()
    return (key, keyPosition, try parseValue())
  }

  private mutating func parseArray() throws(JSONSyntaxError) -> JSONValue {
    var items: [JSONNode] = []
    try parseElements(close: "]", each: "an item") { parser throws(JSONSyntaxError) in
      items.append(try parser.parseValue())
    }
    return .array(items)
  }

  /// From an object's or array's opening bracket through its `close`: `element` parses each
  /// element (after its leading whitespace), and commas separate them; `each` names an
  /// element in the error for a missing comma.
  private mutating func parseElements(
    close: Unicode.Scalar, each: String,
    _ element: (inout JSONParser) throws(JSONSyntaxError) -> Void
  ) throws(JSONSyntaxError) {
    try enter()
    defer { depth -= 1 }
    advance()  // { or [
    skipWhitespace()
    if peek == UInt8(ascii: close) {
      advance()
      return
    }
    while true {
      skipWhitespace()
      try element(&self)
      skipWhitespace()
      switch peek {
      case UInt8(ascii: ","):
        advance()
      case UInt8(ascii: close):
        advance()
        return
      default:
        throw JSONSyntaxError(
          position: here,
          message: "expected ',' or '\(close)' after \(each) but found \(describe(peek))")
      }
    }
  }

  private mutating func parseNumber() throws(JSONSyntaxError) -> JSONNumber {
    let start = here
    let startOffset = offset
    func isDigit(_ byte: UInt8?) -> Bool { byte.map { $0 >= 0x30 && $0 <= 0x39 } ?? false }
    if peek == UInt8(ascii: "-") { advance() }
    guard isDigit(peek) else {
      throw JSONSyntaxError(position: start, message: "expected a digit in a number")
    }
    if peek == UInt8(ascii: "0") {
      advance()
      if isDigit(peek) {
        throw JSONSyntaxError(position: start, message: "a number may not start with 0")
      }
    } else {
      while isDigit(peek) { advance() }
    }
    if peek == UInt8(ascii: ".") {
      advance()
      guard isDigit(peek) else {
        throw JSONSyntaxError(position: here, message: "expected a digit after the decimal point")
      }
      while isDigit(peek) { advance() }
    }
    if peek == UInt8(ascii: "e") || peek == UInt8(ascii: "E") {
      advance()
      if peek == UInt8(ascii: "+") || peek == UInt8(ascii: "-") { advance() }
      guard isDigit(peek) else {
        throw JSONSyntaxError(position: here, message: "expected a digit in the exponent")
      }
      while isDigit(peek) { advance() }
    }
    if offset - startOffset > 64 {
      throw JSONSyntaxError(position: start, message: "the number is too long")
    }
    return JSONNumber(literal: String(decoding: bytes[startOffset..<offset], as: UTF8.self))
  }

  private mutating func parseString() throws(JSONSyntaxError) -> String {
    let start = here
    advance()  // opening quote
    // Fast path: no escapes and no control characters (the common case).
    var scan = offset
    var columns = 0
    while scan < bytes.count {
      let byte = bytes[scan]
      if byte == UInt8(ascii: "\"") {
        let text = String(decoding: bytes[offset..<scan], as: UTF8.self)
        offset = scan + 1
        column += columns + 1
        return text
      }
      if byte == UInt8(ascii: "\\") || byte < 0x20 { break }
      if byte & 0xC0 != 0x80 { columns += 1 }
      scan += 1
    }
    var scalars = String.UnicodeScalarView()
    var runStart = offset
    func flush(_ parser: JSONParser, upTo end: Int) {
      if end > runStart {
        scalars.append(
          contentsOf: String(decoding: parser.bytes[runStart..<end], as: UTF8.self).unicodeScalars)
      }
    }
    while true {
      guard let byte = peek else {
        throw JSONSyntaxError(
          position: start, message: "a string is not closed before the end of the file")
      }
      if byte == UInt8(ascii: "\"") {
        flush(self, upTo: offset)
        advance()
        return String(scalars)
      }
      if byte < 0x20 {
        throw JSONSyntaxError(
          position: here,
          message: "a string contains a raw control character (write it as an escape)")
      }
      if byte == UInt8(ascii: "\\") {
        flush(self, upTo: offset)
        let escapePosition = here
        advance()
        guard let code = peek else {
          throw JSONSyntaxError(
            position: escapePosition, message: "an escape is cut off by the end of the file")
        }
        advance()
        switch code {
        case UInt8(ascii: "\""): scalars.append("\"")
        case UInt8(ascii: "\\"): scalars.append("\\")
        case UInt8(ascii: "/"): scalars.append("/")
        case UInt8(ascii: "b"): scalars.append("\u{08}")
        case UInt8(ascii: "f"): scalars.append("\u{0C}")
        case UInt8(ascii: "n"): scalars.append("\n")
        case UInt8(ascii: "r"): scalars.append("\r")
        case UInt8(ascii: "t"): scalars.append("\t")
        case UInt8(ascii: "u"):
          let first = try parseHex4(escapePosition)
          if (0xD800...0xDBFF).contains(first) {
            guard peek == UInt8(ascii: "\\") else {
              throw JSONSyntaxError(
                position: escapePosition, message: "a \\u escape has an unpaired surrogate")
            }
            advance()
            guard peek == UInt8(ascii: "u") else {
              throw JSONSyntaxError(
                position: escapePosition, message: "a \\u escape has an unpaired surrogate")
            }
            advance()
            let second = try parseHex4(escapePosition)
            guard (0xDC00...0xDFFF).contains(second) else {
              throw JSONSyntaxError(
                position: escapePosition, message: "a \\u escape has an unpaired surrogate")
            }
            let combined = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
            guard let scalar = Unicode.Scalar(combined) else {
              throw JSONSyntaxError(
                position: escapePosition, message: "a \\u escape is not a character")
            }
            scalars.append(scalar)
          } else {
            guard let scalar = Unicode.Scalar(first) else {
              throw JSONSyntaxError(
                position: escapePosition, message: "a \\u escape has an unpaired surrogate")
            }
            scalars.append(scalar)
          }
        default:
          throw JSONSyntaxError(position: escapePosition, message: "unknown escape in a string")
        }
        runStart = offset
        continue
      }
      advance()
    }
  }

  private mutating func parseHex4(_ escapePosition: TextPosition) throws(JSONSyntaxError) -> UInt32
  {
    var value: UInt32 = 0
    for _ in 0..<4 {
      guard let byte = peek else {
        throw JSONSyntaxError(
          position: escapePosition, message: "a \\u escape needs four hex digits")
      }
      let digit: UInt32
      switch byte {
      case 0x30...0x39: digit = UInt32(byte - 0x30)
      case 0x41...0x46: digit = UInt32(byte - 0x41 + 10)
      case 0x61...0x66: digit = UInt32(byte - 0x61 + 10)
      default:
        throw JSONSyntaxError(
          position: escapePosition, message: "a \\u escape needs four hex digits")
      }
      value = value * 16 + digit
      advance()
    }
    return value
  }
}

/// UTF-8 validation that reports where the first bad byte is.
enum UTF8Check {
  /// The offset of the first byte that is not part of valid UTF-8, or nil.
  static func firstInvalidOffset(in bytes: [UInt8]) -> Int? {
    var index = 0
    let count = bytes.count
    while index < count {
      let lead = bytes[index]
      if lead < 0x80 {
        index += 1
        continue
      }
      let length: Int
      var minimum: UInt32
      var scalar: UInt32
      switch lead {
      case 0xC2...0xDF:
        length = 2
        minimum = 0x80
        scalar = UInt32(lead & 0x1F)
      case 0xE0...0xEF:
        length = 3
        minimum = 0x800
        scalar = UInt32(lead & 0x0F)
      case 0xF0...0xF4:
        length = 4
        minimum = 0x10000
        scalar = UInt32(lead & 0x07)
      default:
        return index
      }
      guard index + length <= count else { return index }
      for next in 1..<length {
        let byte = bytes[index + next]
        guard byte & 0xC0 == 0x80 else { return index }
        scalar = (scalar << 6) | UInt32(byte & 0x3F)
      }
      if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) {
        return index
      }
      index += length
    }
    return nil
  }

  /// The line and column of a byte offset.
  static func position(ofOffset target: Int, in bytes: [UInt8]) -> TextPosition {
    var line = 1
    var column = 1
    for byte in bytes[..<min(target, bytes.count)] {
      if byte == 0x0A {
        line += 1
        column = 1
      } else if byte & 0xC0 != 0x80 {
        column += 1
      }
    }
    return TextPosition(line: line, column: column)
  }
}
