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

  /// Reads a theme or config file: at most `maximumBytes`, UTF-8 text. Errors name `path`.
  static func readFile(_ path: String) throws(ThemeError) -> String {
    func fail(_ message: String) -> ThemeError { ThemeError(file: path, line: 0, message: message) }
    let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
    guard FileManager.default.fileExists(atPath: resolved),
      let attributes = try? FileManager.default.attributesOfItem(atPath: resolved)
    else {
      throw fail("no such file")
    }
    if let type = attributes[.type] as? FileAttributeType, type != .typeRegular {
      throw fail(type == .typeDirectory ? "is a folder, not a file" : "is not a regular file")
    }
    if let size = attributes[.size] as? NSNumber, size.intValue > maximumBytes {
      throw fail("is larger than 64 KB, too large for a theme or config file")
    }
    guard let handle = FileHandle(forReadingAtPath: resolved) else {
      throw fail("cannot be read (permission denied?)")
    }
    defer { try? handle.close() }
    let data: Data
    do {
      data = try handle.read(upToCount: maximumBytes + 1) ?? Data()
    } catch {
      throw fail("could not be read (\(error.localizedDescription))")
    }
    if data.count > maximumBytes {
      throw fail("is larger than 64 KB, too large for a theme or config file")
    }
    guard !data.contains(0), let text = String(data: data, encoding: .utf8) else {
      throw fail("is not a text file (not UTF-8 text)")
    }
    return text
  }
}

/// The built-in themes and how shinsa chooses one.
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

  /// The shinsa configuration folder: `$XDG_CONFIG_HOME/shinsa` (when set to an absolute path),
  /// else `$HOME/.config/shinsa`; nil when neither is known.
  public static func defaultConfigDirectory(environment: [String: String]) -> String? {
    if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") {
      return (xdg as NSString).appendingPathComponent("shinsa")
    }
    if let home = environment["HOME"], !home.isEmpty {
      return (home as NSString).appendingPathComponent(".config/shinsa")
    }
    return nil
  }

  /// Chooses the theme:
  /// 1. `requested` (the `--theme` value): a built-in name, a user theme
  ///    `CONFIG/themes/NAME.theme` (which takes precedence over a built-in of the same name),
  ///    or a path to a `.theme` file;
  /// 2. else the `theme = NAME` line of `CONFIG/config`;
  /// 3. else `monochrome` when `NO_COLOR` is set to anything non-empty;
  /// 4. else `default`.
  ///
  /// `configDirectory` is the shinsa configuration folder; nil means
  /// ``defaultConfigDirectory(environment:)``.
  public static func resolve(
    requested: String?, environment: [String: String], configDirectory: String?
  ) throws(ThemeError) -> Theme {
    let folder = configDirectory ?? defaultConfigDirectory(environment: environment)
    let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 }
    if let requested {
      return try theme(
        named: requested, source: "--theme", line: 0, folder: folder, relativeTo: nil, home: home)
    }
    if let folder {
      let configPath = (folder as NSString).appendingPathComponent("config")
      if FileManager.default.fileExists(atPath: configPath),
        let setting = try configuredTheme(path: configPath)
      {
        return try theme(
          named: setting.value, source: configPath, line: setting.line, folder: folder,
          relativeTo: folder, home: home)
      }
    }
    if let noColor = environment["NO_COLOR"], !noColor.isEmpty, let theme = builtin("monochrome") {
      return theme
    }
    return builtin("default") ?? Theme(name: "default", monochrome: false, styles: [:])
  }

  /// The `theme = VALUE` line of a config file, if any. Other keys are left to their owners;
  /// a line that is not `key = value` or a comment is an error.
  static func configuredTheme(path: String) throws(ThemeError) -> (value: String, line: Int)? {
    let text = try ThemeLoader.readFile(path)
    var found: (value: String, line: Int)?
    let lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
    for (index, rawLine) in lines.enumerated() {
      let number = index + 1
      var content = rawLine
      if number == 1, content.first == "\u{FEFF}" { content = content.dropFirst() }
      let trimmed = content.trimmingCharacters(in: .whitespacesAndNewlines)
      if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
      guard let equals = trimmed.firstIndex(of: "="),
        case let key = trimmed[..<equals].trimmingCharacters(in: .whitespaces), !key.isEmpty,
        key.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0)) })
      else {
        throw ThemeError(
          file: path, line: number,
          message:
            "expected 'key = value' or a # comment, found \(TextSafety.quotedWord(trimmed))")
      }
      guard key == "theme" else { continue }
      let value = trimmed[trimmed.index(after: equals)...].trimmingCharacters(in: .whitespaces)
      if let found {
        throw ThemeError(
          file: path, line: number, message: "'theme' is set twice (first on line \(found.line))")
      }
      found = (value, number)
    }
    return found
  }

  /// A theme named by `--theme` or the config file (`source` and `line` say which).
  private static func theme(
    named value: String, source: String, line: Int, folder: String?, relativeTo base: String?,
    home: String?
  ) throws(ThemeError) -> Theme {
    let builtinList = builtinNames.joined(separator: ", ")
    if value.isEmpty {
      throw ThemeError(
        file: source, line: line,
        message: "the theme name is empty; the built-in themes are \(builtinList)")
    }
    if value.contains("/") || value.hasSuffix(".theme") {
      var path = value
      if path.hasPrefix("~/"), let home {
        path = (home as NSString).appendingPathComponent(String(path.dropFirst(2)))
      } else if !path.hasPrefix("/"), let base {
        path = (base as NSString).appendingPathComponent(path)
      }
      guard path.hasSuffix(".theme") else {
        throw ThemeError(
          file: source, line: line,
          message:
            "\(TextSafety.quotedWord(value)) is not a theme file: theme files end in .theme "
            + "(or name a built-in theme: \(builtinList))")
      }
      return try load(path: path, source: source, line: line)
    }
    if let folder {
      let userPath = (folder as NSString).appendingPathComponent("themes/\(value).theme")
      if FileManager.default.fileExists(atPath: userPath) {
        return try load(path: userPath, source: source, line: line)
      }
    }
    if let theme = builtin(value) { return theme }
    let userNames = folder.map(userThemeNames(in:)) ?? []
    var message = "unknown theme \(TextSafety.quotedWord(value))"
    if let guess = Suggest.closest(
      to: value.lowercased(), among: builtinNames + userNames, tolerance: .words)
    {
      message += " (did you mean \(TextSafety.quotedWord(guess))?)"
    }
    message += "; the built-in themes are \(builtinList)"
    if !userNames.isEmpty {
      message += "; your themes are \(userNames.prefix(20).joined(separator: ", "))"
    }
    if let folder {
      let place = (folder as NSString).appendingPathComponent("themes/\(value).theme")
      message += "; a theme of your own goes in \(place)"
    }
    throw ThemeError(file: source, line: line, message: message)
  }

  private static func load(path: String, source: String, line: Int) throws(ThemeError) -> Theme {
    do {
      let text = try ThemeLoader.readFile(path)
      return try ThemeLoader.parse(text, file: path)
    } catch {
      guard error.line == 0 else { throw error }
      var message = error.message
      let stem = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
      if message == "no such file", builtinNames.contains(stem) {
        message += " (the built-in theme is named plain '\(stem)')"
      }
      // Point at the config line that named the file; a --theme value names the file itself.
      if line > 0 {
        throw ThemeError(file: source, line: line, message: "theme file \(path): \(message)")
      }
      throw ThemeError(file: path, line: 0, message: message)
    }
  }

  /// The names of the `.theme` files in `FOLDER/themes`, sorted.
  private static func userThemeNames(in folder: String) -> [String] {
    let themes = (folder as NSString).appendingPathComponent("themes")
    let files = (try? FileManager.default.contentsOfDirectory(atPath: themes)) ?? []
    return files.filter { $0.hasSuffix(".theme") }.map { String($0.dropLast(6)) }.sorted()
  }
}
