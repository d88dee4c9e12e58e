import Foundation
import ShinsaCore
import ShinsaUI

/// Choosing the workbench's theme from `--theme`, the config file, the user's theme folder
/// and `NO_COLOR`: the file and environment reading the pure ShinsaUI leaves to the executable.
enum ThemeFiles {
  /// Reads a theme or config file (at most ``ThemeLoader/maximumBytes``, UTF-8 text,
  /// following symbolic links). Errors name `path`.
  static func readFile(_ path: String) throws(ThemeError) -> String {
    func fail(_ message: String) -> ThemeError { ThemeError(file: path, line: 0, message: message) }
    // A pipe or device would block or never end: only regular files are read.
    if FilePaths.isSpecialFile(path) {
      throw fail("is not a regular file")
    }
    let bytes: [UInt8]
    do {
      bytes = try FileLimits.read(path: path, maximumBytes: ThemeLoader.maximumBytes)
    } catch {
      throw fail(
        error.isMissingOrUnreadable
          ? error.message : error.message + ", too large for a theme or config file")
    }
    guard !bytes.contains(0), let text = String(validating: bytes, as: UTF8.self) else {
      throw fail("is not a text file (not UTF-8 text)")
    }
    return text
  }

  /// The shinsa configuration folder: `$XDG_CONFIG_HOME/shinsa` (when set to an absolute path),
  /// else `$HOME/.config/shinsa`; nil when neither is known.
  static func defaultConfigDirectory(environment: [String: String]) -> String? {
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
  static func resolve(
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
    if let noColor = environment["NO_COLOR"], !noColor.isEmpty,
      let theme = ThemeCatalog.builtin("monochrome")
    {
      return theme
    }
    return ThemeCatalog.builtin("default") ?? Theme(name: "default", monochrome: false, styles: [:])
  }

  /// The `theme = VALUE` line of a config file, if any. Other keys are left to their owners;
  /// a line that is not `key = value` or a comment is an error.
  static func configuredTheme(path: String) throws(ThemeError) -> (value: String, line: Int)? {
    try configuredValue("theme", path: path)
  }

  /// Whether the config file in `configDirectory` switches the mouse on (`mouse = on` or
  /// `off`; also true/false, yes/no); false when there is no file or no such line.
  static func configuredMouse(configDirectory: String?) throws(ThemeError) -> Bool {
    guard let folder = configDirectory else { return false }
    let path = (folder as NSString).appendingPathComponent("config")
    guard FileManager.default.fileExists(atPath: path),
      let setting = try configuredValue("mouse", path: path)
    else { return false }
    switch setting.value.lowercased() {
    case "on", "true", "yes": return true
    case "off", "false", "no": return false
    default:
      throw ThemeError(
        file: path, line: setting.line,
        message: "'mouse' must be on or off, found \(TextSafety.quotedWord(setting.value))")
    }
  }

  /// The `key = VALUE` line of a config file, if any. Other keys are left to their owners;
  /// a line that is not `key = value` or a comment is an error, and so is a key set twice.
  static func configuredValue(_ wanted: String, path: String) throws(ThemeError) -> (
    value: String, line: Int
  )? {
    let text = try readFile(path)
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
      guard key == wanted else { continue }
      let value = trimmed[trimmed.index(after: equals)...].trimmingCharacters(in: .whitespaces)
      if let found {
        throw ThemeError(
          file: path, line: number,
          message: "'\(wanted)' is set twice (first on line \(found.line))")
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
    let builtinList = ThemeCatalog.builtinNames.joined(separator: ", ")
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
    if let theme = ThemeCatalog.builtin(value) { return theme }
    let userNames = folder.map(userThemeNames(in:)) ?? []
    var message = "unknown theme \(TextSafety.quotedWord(value))"
    if let guess = Suggest.closest(
      to: value.lowercased(), among: ThemeCatalog.builtinNames + userNames, tolerance: .words)
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
      let text = try readFile(path)
      return try ThemeLoader.parse(text, file: path)
    } catch {
      guard error.line == 0 else { throw error }
      var message = error.message
      let stem = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
      if message == "no such file", ThemeCatalog.builtinNames.contains(stem) {
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
