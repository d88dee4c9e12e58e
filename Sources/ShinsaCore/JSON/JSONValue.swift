/// A position in a text file: 1-based line and column (columns count Unicode scalars).
public struct TextPosition: Sendable, Equatable, Hashable, CustomStringConvertible {
  /// 1-based line number.
  public var line: Int
  /// 1-based column number.
  public var column: Int

  /// Creates a position.
  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  /// "line:column".
  public var description: String { "\(line):\(column)" }
}

/// A parsed JSON value that remembers where it stood in its file.
///
/// shinsa parses outside input (answers files, projects) with its own parser so
/// that every error can name a line and column, and so that duplicate keys and
/// invalid UTF-8 are refused rather than silently accepted.
public indirect enum JSONValue: Sendable, Equatable {
  case null
  case bool(Bool)
  case number(JSONNumber)
  case string(String)
  case array([JSONNode])
  case object([(key: String, keyPosition: TextPosition, value: JSONNode)])

  public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
    switch (lhs, rhs) {
    case (.null, .null): return true
    case (.bool(let a), .bool(let b)): return a == b
    case (.number(let a), .number(let b)): return a == b
    case (.string(let a), .string(let b)): return a == b
    case (.array(let a), .array(let b)): return a == b
    case (.object(let a), .object(let b)):
      return a.count == b.count
        && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
    default: return false
    }
  }

  /// A short name of the value's JSON type, for error messages ("a string", "an array").
  public var kindDescription: String {
    switch self {
    case .null: return "null"
    case .bool: return "true or false"
    case .number(let n): return n.isWholeNumber ? "a whole number" : "a number"
    case .string: return "a string"
    case .array: return "an array"
    case .object: return "an object"
    }
  }
}

/// A JSON number kept as its literal text, with exact whole-number access.
public struct JSONNumber: Sendable, Equatable {
  /// The literal as written in the file.
  public var literal: String

  /// Creates a number from its literal text.
  public init(literal: String) { self.literal = literal }

  /// The value as a whole number if the literal is one that fits in `Int`.
  public var intValue: Int? {
    if let exact = Int(literal) { return exact }
    return nil
  }

  /// Whether the literal has no fraction or exponent part.
  ///
  /// `2e6` counts as not whole: project and answers files write plain integers.
  public var isWholeNumber: Bool {
    !literal.contains(".") && !literal.contains("e") && !literal.contains("E")
  }

  /// The value as a double.
  public var doubleValue: Double { Double(literal) ?? .nan }
}

/// A JSON value together with the position where it starts.
public struct JSONNode: Sendable, Equatable {
  /// The value.
  public var value: JSONValue
  /// Where the value starts in its file.
  public var position: TextPosition

  /// Creates a node.
  public init(_ value: JSONValue, at position: TextPosition) {
    self.value = value
    self.position = position
  }

  /// The member named `key` when this node is an object.
  public subscript(key: String) -> JSONNode? {
    guard case .object(let members) = value else { return nil }
    return members.first { $0.key == key }?.value
  }

  /// Follows a path of object keys and array indices ("questions", 3, "visibleIf").
  public func node(at path: [JSONPathComponent]) -> JSONNode? {
    var current = self
    for component in path {
      switch (component, current.value) {
      case (.key(let key), .object):
        guard let next = current[key] else { return nil }
        current = next
      case (.index(let index), .array(let items)):
        guard items.indices.contains(index) else { return nil }
        current = items[index]
      default:
        return nil
      }
    }
    return current
  }
}

/// One step of a path into a JSON document.
public enum JSONPathComponent: Sendable, Equatable, Hashable {
  case key(String)
  case index(Int)
}

extension Array where Element == JSONPathComponent {
  /// The path written the way people read it: `answers.sector[1]`.
  public var dotted: String {
    var text = ""
    for component in self {
      switch component {
      case .key(let key):
        let plain =
          !key.isEmpty && key.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }
        if plain {
          text += text.isEmpty ? key : ".\(key)"
        } else {
          text += "[\"\(key)\"]"
        }
      case .index(let index):
        text += "[\(index)]"
      }
    }
    return text.isEmpty ? "the top level" : TextSafety.escaped(text)
  }
}
