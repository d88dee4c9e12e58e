import Foundation
import ShinsaCore

/// A problem with a theme file, a config file or a theme name: "file:line: message".
public struct ThemeError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The file the problem is in (or `--theme` for a command-line value).
  public var file: String
  /// The line, counting from 1; 0 when the problem is not on one line.
  public var line: Int
  /// What is wrong, in one sentence.
  public var message: String

  /// Creates an error.
  public init(file: String, line: Int, message: String) {
    self.file = file
    self.line = line
    self.message = message
  }

  public var description: String {
    line > 0 ? "\(file):\(line): \(message)" : "\(file): \(message)"
  }
}

/// Reads the `NAME.theme` format (docs/themes.md): `#` comments, `name = NAME`,
/// `monochrome = true|false` and one `ROLE = [COLOUR] [on COLOUR] [ATTRIBUTE ...]` line per role.
public enum ThemeLoader {
  /// The largest theme or config file read (64 KB); reading is the caller's job.
  public static let maximumBytes = 64 * 1024

  /// Parses the text of a theme file. Strict: unknown keys, colours and attributes, a key set
  /// twice and a missing role are errors naming `file` and the line.
  public static func parse(_ text: String, file: String) throws(ThemeError) -> Theme {
    var name: String?
    var monochrome: Bool?
    var styles: [StyleRole: CellStyle] = [:]
    var keyLines: [String: Int] = [:]
    let lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
    for (index, rawLine) in lines.enumerated() {
      let number = index + 1
      var content = rawLine
      if number == 1, content.first == "\u{FEFF}" { content = content.dropFirst() }
      if let hash = content.firstIndex(of: "#") { content = content[..<hash] }
      let trimmed = content.trimmingCharacters(in: .whitespacesAndNewlines)
      if trimmed.isEmpty { continue }
      func fail(_ message: String) -> ThemeError {
        ThemeError(file: file, line: number, message: message)
      }
      guard let equals = trimmed.firstIndex(of: "="),
        case let key = trimmed[..<equals].trimmingCharacters(in: .whitespaces), !key.isEmpty
      else {
        throw fail(
          "expected 'role = colour [on colour] [attributes]', found \(TextSafety.quotedWord(trimmed))"
        )
      }
      let value = trimmed[trimmed.index(after: equals)...].trimmingCharacters(in: .whitespaces)
      let role = StyleRole(rawValue: key)
      guard role != nil || key == "name" || key == "monochrome" else {
        throw fail(unknownKeyMessage(key))
      }
      if let first = keyLines[key] {
        throw fail("\(TextSafety.quotedWord(key)) is set twice (first on line \(first))")
      }
      keyLines[key] = number
      switch role {
      case .some(let role):
        styles[role] = try parseStyle(value, role: key, file: file, line: number)
      case .none where key == "name":
        guard !value.isEmpty, !value.unicodeScalars.contains(where: isControl) else {
          throw fail("the theme's name is empty or not printable")
        }
        name = value
      case .none:
        switch value {
        case "true": monochrome = true
        case "false": monochrome = false
        default: throw fail("monochrome must be true or false, not \(TextSafety.quotedWord(value))")
        }
      }
    }

    let missing = StyleRole.allCases.filter { styles[$0] == nil }
    if !missing.isEmpty {
      let lastLine = max(1, lines.last?.isEmpty == true ? lines.count - 1 : lines.count)
      let list = missing.map(\.rawValue).joined(separator: ", ")
      let noun = missing.count == 1 ? "role" : "roles"
      throw ThemeError(
        file: file, line: lastLine,
        message:
          "missing \(missing.count) \(noun): \(list) "
          + "(a theme sets all \(StyleRole.allCases.count) roles)")
    }
    let isMonochrome = monochrome ?? false
    if isMonochrome {
      for role in StyleRole.allCases {
        guard let style = styles[role] else { continue }
        for colour in [style.foreground, style.background] where colour != .terminalDefault {
          throw ThemeError(
            file: file, line: keyLines[role.rawValue] ?? 0,
            message:
              "\(TextSafety.quotedWord(role.rawValue)) uses the colour \(TextSafety.quotedWord(colourName(colour))), but the "
              + "theme is monochrome: use only 'default' and attributes, "
              + "or set monochrome = false")
        }
      }
    }
    let fileName = (file as NSString).lastPathComponent
    let stem = fileName.hasSuffix(".theme") ? String(fileName.dropLast(6)) : fileName
    return Theme(name: name ?? stem, monochrome: isMonochrome, styles: styles)
  }

  // MARK: Styles

  private enum Attribute: String, CaseIterable {
    case bold, underline, reverse, dim
  }

  private static func parseStyle(_ value: String, role: String, file: String, line: Int)
    throws(ThemeError) -> CellStyle
  {
    func fail(_ message: String) -> ThemeError {
      ThemeError(file: file, line: line, message: message)
    }
    let tokens = value.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
    if tokens.isEmpty {
      throw fail(
        "\(TextSafety.quotedWord(role)) has no style: write a colour such as 'default' or an attribute such as "
          + "'bold'")
    }
    var style = CellStyle()
    var foreground: String?
    var background: String?
    var attributes: [Attribute] = []
    var index = 0
    while index < tokens.count {
      let token = tokens[index]
      index += 1
      if token == "on" {
        if background != nil { throw fail("the background is given twice") }
        if !attributes.isEmpty {
          throw fail("write 'on COLOUR' before the attributes, as in 'black on cyan bold'")
        }
        guard index < tokens.count else { throw fail("'on' needs a background colour after it") }
        let name = tokens[index]
        index += 1
        guard let colour = colour(named: name) else {
          throw fail(unknownTokenMessage(name, colourOnly: true))
        }
        style.background = colour
        background = name
        continue
      }
      if let attribute = Attribute(rawValue: token) {
        if attributes.contains(attribute) {
          throw fail("\(TextSafety.quotedWord(token)) is given twice")
        }
        attributes.append(attribute)
        switch attribute {
        case .bold: style.bold = true
        case .underline: style.underline = true
        case .reverse: style.reverse = true
        case .dim: style.dim = true
        }
        continue
      }
      if let colour = colour(named: token) {
        if !attributes.isEmpty || background != nil {
          throw fail(
            "the colour \(TextSafety.quotedWord(token)) comes too late: write the foreground, then 'on' and the "
              + "background, then the attributes, as in 'black on cyan bold'")
        }
        if let foreground {
          throw fail(
            "two foreground colours, \(TextSafety.quotedWord(foreground)) and \(TextSafety.quotedWord(token)): write "
              + "'\(foreground) on \(token)' for a background")
        }
        style.foreground = colour
        foreground = token
        continue
      }
      let expectingColour = foreground == nil && background == nil && attributes.isEmpty
      throw fail(unknownTokenMessage(token, colourOnly: false, expectingColour: expectingColour))
    }
    if style.foreground != .terminalDefault, style.foreground == style.background {
      throw fail(
        "\(TextSafety.quotedWord(role)) draws \(TextSafety.quotedWord(foreground ?? "")) on the same colour: the text would be "
          + "invisible")
    }
    return style
  }

  // MARK: Colours

  private static let basicColourNames = [
    "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
  ]

  /// Every colour name but `colorN`: default, the 8 basic names and the 8 bright ones.
  static let colourNames =
    ["default"] + basicColourNames + basicColourNames.map { "bright-" + $0 }

  /// The colour a name stands for, or nil.
  static func colour(named name: String) -> ThemeColor? {
    if name == "default" { return .terminalDefault }
    if let index = basicColourNames.firstIndex(of: name) { return .ansi(index) }
    if name.hasPrefix("bright-"),
      let index = basicColourNames.firstIndex(of: String(name.dropFirst(7)))
    {
      return .ansi(index + 8)
    }
    if let number = colourNumber(name, prefix: "color"), number <= 255 {
      return number < 16 ? .ansi(number) : .xterm(number)
    }
    return nil
  }

  /// The name a theme file uses for a colour.
  static func colourName(_ colour: ThemeColor) -> String {
    switch colour {
    case .terminalDefault: return "default"
    case .ansi(let index) where (0..<8).contains(index): return basicColourNames[index]
    case .ansi(let index) where (8..<16).contains(index):
      return "bright-" + basicColourNames[index - 8]
    case .ansi(let index), .xterm(let index): return "color\(index)"
    }
  }

  /// The number in `color123`, if `name` is the prefix and one to three digits.
  private static func colourNumber(_ name: String, prefix: String) -> Int? {
    guard name.hasPrefix(prefix) else { return nil }
    let digits = name.dropFirst(prefix.count)
    guard (1...3).contains(digits.count), digits.allSatisfy({ $0.isASCII && $0.isNumber }) else {
      return nil
    }
    return Int(digits)
  }

  /// Common words that are not colours or attributes here, and what to write instead.
  private static let aliases: [String: String] = [
    "grey": "bright-black", "gray": "bright-black", "orange": "yellow", "brown": "yellow",
    "purple": "magenta", "violet": "magenta", "pink": "bright-magenta", "none": "default",
    "normal": "default", "reset": "default", "inverse": "reverse", "reversed": "reverse",
    "standout": "reverse", "faint": "dim", "underscore": "underline", "bright": "bold",
  ]

  private static func unknownTokenMessage(
    _ token: String, colourOnly: Bool, expectingColour: Bool = true
  ) -> String {
    let colours =
      "default, the 8 names black … white, bright-black … bright-white, or color0 … color255"
    if let number = colourNumber(token, prefix: "color") {
      return "the colour number \(number) is out of range: write color0 … color255"
    }
    if let number = colourNumber(token, prefix: "colour"), number <= 255 {
      return "unknown colour \(TextSafety.quotedWord(token)) (did you mean 'color\(number)'?)"
    }
    let attributeNames = Attribute.allCases.map(\.rawValue)
    let candidates = colourOnly ? colourNames : colourNames + attributeNames
    var guess = Suggest.closest(
      to: token.lowercased(), among: candidates, tolerance: .words)
    if guess == nil, let alias = aliases[token.lowercased()], candidates.contains(alias) {
      guess = alias
    }
    if let guess {
      let kind = attributeNames.contains(guess) ? "attribute" : "colour"
      return
        "unknown \(kind) \(TextSafety.quotedWord(token)) (did you mean \(TextSafety.quotedWord(guess))?)"
    }
    if colourOnly || expectingColour {
      let attributes = colourOnly ? "" : "; attributes are bold, underline, reverse and dim"
      return "unknown colour \(TextSafety.quotedWord(token)): colours are \(colours)\(attributes)"
    }
    return
      "unknown attribute \(TextSafety.quotedWord(token)): attributes are bold, underline, reverse and dim"
  }

  private static func unknownKeyMessage(_ key: String) -> String {
    let roles = StyleRole.allCases.map(\.rawValue)
    if let guess = Suggest.closest(
      to: key.lowercased(), among: ["name", "monochrome"] + roles, tolerance: .words)
    {
      let kind = roles.contains(guess) ? "role" : "key"
      return
        "unknown \(kind) \(TextSafety.quotedWord(key)) (did you mean \(TextSafety.quotedWord(guess))?)"
    }
    return
      "unknown role \(TextSafety.quotedWord(key)): the roles are \(roles.joined(separator: ", ")) "
      + "(and the keys name and monochrome)"
  }

  // MARK: Helpers

  private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.generalCategory == .control || scalar.properties.generalCategory == .format
  }
}

/// The built-in themes (the executable's `ThemeFiles` chooses among them and theme files).
public enum ThemeCatalog {
  /// The themes built into the binary (copies of `themes/*.theme`).
  public static let builtinNames = ["default", "light", "high-contrast", "monochrome"]

  private static let builtins: [String: Theme] = {
    var themes: [String: Theme] = [:]
    for (name, text) in BuiltinThemes.texts {
      themes[name] = try? ThemeLoader.parse(text, file: "themes/\(name).theme")
    }
    return themes
  }()

  /// A built-in theme by name, or nil.
  public static func builtin(_ name: String) -> Theme? { builtins[name] }
}
