/// Making text from outside (project files, rulebooks, themes, typing) safe where it goes.
///
/// Each policy is named for its destination; all share one idea of a dangerous character
/// (``needsEscape(_:)``): control, format, separator, surrogate and private-use characters,
/// which could drive a terminal, reorder text (bidi overrides) or hide in it.
public enum TextSafety {
  /// Whether `scalar` is a control, format, separator, surrogate or private-use character.
  public static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.properties.generalCategory {
    case .control, .format, .lineSeparator, .paragraphSeparator, .surrogate, .privateUse:
      return true
    default: return false
    }
  }

  /// Whether `scalar` must never be kept in typed or rendered text: ``needsEscape(_:)``
  /// except the zero-width joiner inside emoji.
  public static func isUnprintable(_ scalar: Unicode.Scalar) -> Bool {
    scalar != "\u{200D}" && needsEscape(scalar)
  }

  // MARK: Policies

  /// For messages and the screen: dangerous characters become visible escapes (`\u{1B}`),
  /// so quoted file content cannot move the cursor or retitle a terminal.
  public static func escaped(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: needsEscape) else { return text }
    var out = ""
    for scalar in text.unicodeScalars {
      if needsEscape(scalar) {
        out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
      } else {
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  /// For a line printed by the command line: control, format and separator characters
  /// (escape sequences, bidi overrides) become U+FFFD.
  public static func inert(_ text: String) -> String {
    String(
      String.UnicodeScalarView(
        text.unicodeScalars.map { scalar in
          switch scalar.properties.generalCategory {
          case .control, .format, .lineSeparator, .paragraphSeparator: return "\u{FFFD}"
          default: return scalar
          }
        }))
  }

  /// ``inert(_:)`` line by line, keeping the line breaks.
  public static func inertLines(_ text: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false).map { inert(String($0)) }
      .joined(separator: "\n")
  }

  /// For typed or pasted text to store: unprintable characters are dropped; CR LF, CR and
  /// the Unicode line and paragraph separators become line breaks; tabs become two spaces.
  public static func typed(_ text: String) -> String {
    let normalised = text.replacingOccurrences(of: "\r\n", with: "\n")
      .replacingOccurrences(of: "\r", with: "\n").replacingOccurrences(of: "\u{2028}", with: "\n")
      .replacingOccurrences(of: "\u{2029}", with: "\n").replacingOccurrences(of: "\t", with: "  ")
    return String(
      normalised.filter { character in
        character == "\n" || !character.unicodeScalars.contains(where: isUnprintable)
      })
  }

  /// For a JSON string: appends `text` quoted to `out`. Controls (C0, DEL, C1) and the other
  /// unprintable characters are written as `\u` escapes, so JSON printed to a terminal
  /// cannot drive it or reorder its text.
  public static func appendJSONString(_ text: String, to out: inout String) {
    out += "\""
    replace(text, with: jsonReplacements, into: &out) { scalar, out in
      for unit in String(scalar).utf16 {
        let hex = String(unit, radix: 16)
        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      }
    }
    out += "\""
  }

  /// For HTML element content and quoted attribute values: `&`, `<`, `>`, `"` and `'`
  /// become character references; CR LF and CR become newlines, tabs spaces; other
  /// unprintable characters become U+FFFD, so project text can never become markup.
  public static func html(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    replace(text.replacingOccurrences(of: "\r\n", with: "\n"), with: htmlReplacements, into: &out) {
      _, out in out += "\u{FFFD}"
    }
    return out
  }

  private static let jsonReplacements: [Unicode.Scalar: String] = [
    "\"": "\\\"", "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t",
    "\u{2028}": "\\u2028", "\u{2029}": "\\u2029",
  ]

  private static let htmlReplacements: [Unicode.Scalar: String] = [
    "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;", "\n": "\n", "\r": "\n",
    "\t": " ",
  ]

  /// Appends `text` to `out`: a scalar in `table` as its replacement, a control (C0, DEL,
  /// C1) or other unprintable scalar as `unprintable` writes it, the rest as it is.
  private static func replace(
    _ text: String, with table: [Unicode.Scalar: String], into out: inout String,
    unprintable: (Unicode.Scalar, inout String) -> Void
  ) {
    for scalar in text.unicodeScalars {
      if let replacement = table[scalar] {
        out += replacement
      } else if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
        || isUnprintable(scalar)
      {
        unprintable(scalar, &out)
      } else {
        out.unicodeScalars.append(scalar)
      }
    }
  }

  /// For a word from a file quoted in a message: `'word'`, control and format characters
  /// escaped as ASCII (`\u{1B}`), cut at `limit` characters with "…".
  public static func quotedWord(_ text: some StringProtocol, limit: Int = 40) -> String {
    var result = ""
    var count = 0
    for scalar in text.unicodeScalars {
      if count == limit {
        result += "…"
        break
      }
      let category = scalar.properties.generalCategory
      result +=
        category == .control || category == .format
        ? scalar.escaped(asASCII: true) : String(scalar)
      count += 1
    }
    return "'\(result)'"
  }
}
