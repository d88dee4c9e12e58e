/// A JSON value to write, with members in the order given (so output is stable and diffs well).
public indirect enum JSONOut: Sendable, Equatable {
  case null
  case bool(Bool)
  case int(Int)
  case string(String)
  case array([JSONOut])
  case object([(String, JSONOut)])

  public static func == (lhs: JSONOut, rhs: JSONOut) -> Bool {
    lhs.rendered() == rhs.rendered()
  }

  /// An optional string as a string or null.
  public static func string(_ text: String?) -> JSONOut { text.map { .string($0) } ?? .null }

  /// Pretty-printed JSON: two-space indent, one member per line, UTF-8 text as is, final newline.
  public func rendered() -> String {
    var out = ""
    write(into: &out, indent: 0)
    out += "\n"
    return out
  }

  /// Compact JSON on one line (no newline), for journal entries.
  public func renderedCompact() -> String {
    var out = ""
    writeCompact(into: &out)
    return out
  }

  private func writeCompact(into out: inout String) {
    switch self {
    case .null, .bool, .int, .string: write(into: &out, indent: 0)
    case .array(let items):
      out += "["
      for (index, item) in items.enumerated() {
        if index > 0 { out += "," }
        item.writeCompact(into: &out)
      }
      out += "]"
    case .object(let members):
      out += "{"
      for (index, member) in members.enumerated() {
        if index > 0 { out += "," }
        TextSafety.appendJSONString(member.0, to: &out)
        out += ":"
        member.1.writeCompact(into: &out)
      }
      out += "}"
    }
  }

  private func write(into out: inout String, indent: Int) {
    switch self {
    case .null: out += "null"
    case .bool(let flag): out += flag ? "true" : "false"
    case .int(let number): out += String(number)
    case .string(let text): TextSafety.appendJSONString(text, to: &out)
    case .array(let items):
      Self.write(items.map { (nil, $0) }, brackets: ("[", "]"), into: &out, indent: indent)
    case .object(let members):
      Self.write(members.map { ($0.0, $0.1) }, brackets: ("{", "}"), into: &out, indent: indent)
    }
  }

  /// An array's items (no keys) or an object's members, one per line, indented.
  private static func write(
    _ entries: [(key: String?, value: JSONOut)], brackets: (open: String, close: String),
    into out: inout String, indent: Int
  ) {
    if entries.isEmpty {
      out += brackets.open + brackets.close
      return
    }
    out += brackets.open + "\n"
    for (index, entry) in entries.enumerated() {
      out += String(repeating: " ", count: indent + 2)
      if let key = entry.key {
        TextSafety.appendJSONString(key, to: &out)
        out += ": "
      }
      entry.value.write(into: &out, indent: indent + 2)
      out += index == entries.count - 1 ? "\n" : ",\n"
    }
    out += String(repeating: " ", count: indent) + brackets.close
  }
}
