import Foundation
import Testing

@testable import ShinsaUI

/// How a style is drawn on a terminal with a given number of colours.
private struct Drawn: Hashable {
  var foreground: Int16
  var background: Int16
  var bold: Bool
  var underline: Bool
  var reverse: Bool
  var dim: Bool

  init(_ style: CellStyle, colors: Int) {
    foreground = style.foreground.cursesNumber(colors: colors)
    background = style.background.cursesNumber(colors: colors)
    bold = style.bold
    underline = style.underline
    reverse = style.reverse
    dim = style.dim
  }
}

private let colourDepths = [8, 16, 256]

/// The repository's themes/ folder, found from this file's path.
private let themesFolder = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  .appendingPathComponent("themes")

private func builtin(_ name: String) throws -> Theme {
  try #require(ThemeCatalog.builtin(name), "no built-in theme \(name)")
}

private func allBuiltins() throws -> [Theme] {
  try ThemeCatalog.builtinNames.map(builtin)
}

/// A complete, valid theme text: one line per role (`default` unless overridden), minus `dropping`.
private func themeText(_ overrides: [String: String] = [:], dropping: Set<String> = [])
  -> String
{
  var lines = ["# test theme", "name = test"]
  for role in StyleRole.allCases where !dropping.contains(role.rawValue) {
    lines.append("\(role.rawValue) = \(overrides[role.rawValue] ?? "default")")
  }
  return lines.joined(separator: "\n") + "\n"
}

/// The first line (from 1) where two byte strings differ, or nil when they are equal.
private func firstDifferingLine(_ lhs: [UInt8], _ rhs: [UInt8]) -> Int? {
  if lhs == rhs { return nil }
  var line = 1
  for (left, right) in zip(lhs, rhs) {
    if left != right { break }
    if left == UInt8(ascii: "\n") { line += 1 }
  }
  return line
}

private func parseError(_ text: String, file: String = "test.theme") -> ThemeError? {
  do {
    _ = try ThemeLoader.parse(text, file: file)
    return nil
  } catch {
    return error
  }
}

@Suite struct ThemeFileTests {
  @Test func everyFileInThemesParsesAndEqualsItsBuiltinCopy() throws {
    let files = try FileManager.default.contentsOfDirectory(atPath: themesFolder.path).sorted()
    #expect(files.allSatisfy { $0.hasSuffix(".theme") }, "themes/ holds only .theme files")
    let names = files.map { String($0.dropLast(".theme".count)) }
    #expect(Set(names) == Set(ThemeCatalog.builtinNames))
    #expect(Set(BuiltinThemes.texts.keys) == Set(ThemeCatalog.builtinNames))

    if ProcessInfo.processInfo.environment["SHINSA_REGENERATE_THEMES"] == "1" {
      try regenerateBuiltinThemes()
      return
    }
    for name in names {
      let path = themesFolder.appendingPathComponent("\(name).theme").path
      let data = try Data(contentsOf: URL(fileURLWithPath: path))
      #expect(data.count <= ThemeLoader.maximumBytes)
      let copy = try #require(BuiltinThemes.texts[name])
      if let line = firstDifferingLine(Array(data), Array(copy.utf8)) {
        Issue.record(
          """
          themes/\(name).theme differs from its copy in BuiltinThemes.swift from line \(line); \
          regenerate with SHINSA_REGENERATE_THEMES=1 swift test --filter ThemeTests
          """)
      }
      let parsed = try ThemeLoader.parse(String(decoding: data, as: UTF8.self), file: path)
      #expect(parsed == ThemeCatalog.builtin(name))
      #expect(parsed.name == name, "the name line matches the file name")
    }
  }

  @Test func everyThemeStylesEveryRole() throws {
    for theme in try allBuiltins() {
      #expect(Set(theme.styles.keys) == Set(StyleRole.allCases), "\(theme.name)")
    }
  }

  @Test func monochromeUsesNoColourAndReverseForSelection() throws {
    let theme = try builtin("monochrome")
    #expect(theme.monochrome)
    for (role, style) in theme.styles {
      #expect(style.foreground == .terminalDefault, "\(role)")
      #expect(style.background == .terminalDefault, "\(role)")
    }
    #expect(theme.style(.selection).reverse)
    #expect(theme.style(.selection).bold)
    #expect(theme.style(.accent).bold)
    for name in ThemeCatalog.builtinNames where name != "monochrome" {
      #expect(try builtin(name).monochrome == false, "\(name)")
    }
  }

  @Test func tierBadgesDifferPairwiseAtEveryColourDepth() throws {
    let tiers: [StyleRole] = [.tierStandard, .tierImportant, .tierSpeciallyDesignated]
    for theme in try allBuiltins() {
      #expect(Set(tiers.map(theme.style)).count == 3, "\(theme.name)")
      for colors in colourDepths {
        let drawn = Set(tiers.map { Drawn(theme.style($0), colors: colors) })
        #expect(drawn.count == 3, "\(theme.name) at \(colors) colours")
      }
    }
  }

  @Test func fallbackNeverMakesForegroundEqualBackground() throws {
    for theme in try allBuiltins() {
      for role in StyleRole.allCases {
        for colors in colourDepths {
          let drawn = Drawn(theme.style(role), colors: colors)
          if drawn.foreground == -1 && drawn.background == -1 { continue }
          #expect(
            drawn.foreground != drawn.background,
            "\(theme.name) \(role.rawValue) at \(colors) colours")
        }
      }
    }
  }

  /// Against the terminal's own background (default), dark themes must not draw black text and
  /// the light theme must not draw white or yellow text, at any colour depth.
  @Test func textOnTheTerminalBackgroundStaysLegible() throws {
    let unreadable: [String: Set<Int16>] = [
      "default": [0], "high-contrast": [0], "light": [3, 7, 11, 15],
    ]
    let unreadableBehindDefaultText: [String: Set<Int16>] = [
      "default": [3, 7, 11, 15], "high-contrast": [3, 7, 11, 15], "light": [0],
    ]
    for (name, bad) in unreadable {
      let theme = try builtin(name)
      for role in StyleRole.allCases {
        for colors in colourDepths {
          let drawn = Drawn(theme.style(role), colors: colors)
          if drawn.background == -1 {
            #expect(!bad.contains(drawn.foreground), "\(name) \(role.rawValue) at \(colors)")
          }
          if drawn.foreground == -1, let behind = unreadableBehindDefaultText[name] {
            #expect(!behind.contains(drawn.background), "\(name) \(role.rawValue) at \(colors)")
          }
        }
      }
    }
  }

  @Test func highContrastPaintsItsOwnBackground() throws {
    for (role, style) in try builtin("high-contrast").styles {
      #expect(style.background != .terminalDefault, "\(role)")
    }
  }

  /// Writes Sources/ShinsaUI/BuiltinThemes.swift from themes/*.theme.
  private func regenerateBuiltinThemes() throws {
    func identifier(_ name: String) -> String {
      let parts = name.split(separator: "-").map(String.init)
      return (parts.first ?? "") + parts.dropFirst().map(\.capitalized).joined() + "Text"
    }
    var out = [
      "// The built-in themes: the text of each file in themes/, embedded so the binary works without",
      "// the repository. ThemeTests compares them byte for byte with the files, so they cannot drift.",
      "//",
      "// Do not edit by hand. After changing a file in themes/, regenerate this file with",
      "//   SHINSA_REGENERATE_THEMES=1 swift test --filter ThemeTests",
      "// and then run `swift test --filter ThemeTests` again to check it.",
      "",
      "/// The text of each built-in theme file, by theme name.",
      "enum BuiltinThemes {",
      "  static let texts: [String: String] = [",
    ]
    for name in ThemeCatalog.builtinNames {
      out.append("    \"\(name)\": \(identifier(name)),")
    }
    out.append("  ]")
    for name in ThemeCatalog.builtinNames {
      let url = themesFolder.appendingPathComponent("\(name).theme")
      let text = try String(contentsOf: url, encoding: .utf8)
      try #require(text.hasSuffix("\n") && !text.contains("\"\"\"#") && !text.contains("\r"))
      out.append("")
      out.append("  static let \(identifier(name)) = #\"\"\"")
      for line in text.dropLast().split(separator: "\n", omittingEmptySubsequences: false) {
        out.append(line.isEmpty ? "" : "    " + line)
      }
      out.append("")
      out.append("    \"\"\"#")
    }
    out.append("}")
    let source = themesFolder.deletingLastPathComponent()
      .appendingPathComponent("Sources/ShinsaUI/BuiltinThemes.swift")
    try Data((out.joined(separator: "\n") + "\n").utf8).write(to: source)
  }
}

@Suite struct ThemeParserTests {
  @Test func aCompleteThemeParses() throws {
    let theme = try ThemeLoader.parse(
      themeText([
        "accent": "bright-cyan bold", "selection": "black on color45 reverse",
        "muted": "dim", "error": "on red", "warning": "color3 underline",
      ]),
      file: "/x/ocean.theme")
    #expect(theme.name == "test")
    #expect(theme.monochrome == false)
    #expect(theme.style(.accent) == CellStyle(foreground: .ansi(14), bold: true))
    #expect(
      theme.style(.selection)
        == CellStyle(foreground: .ansi(0), background: .xterm(45), reverse: true))
    #expect(theme.style(.muted) == CellStyle(dim: true))
    #expect(theme.style(.error) == CellStyle(background: .ansi(1)))
    #expect(theme.style(.warning) == CellStyle(foreground: .ansi(3), underline: true))
  }

  @Test func nameDefaultsToTheFileNameAndCommentsAreIgnored() throws {
    var text = themeText().replacingOccurrences(of: "name = test\n", with: "")
    text = "\u{FEFF}" + text.replacingOccurrences(of: "\n", with: "   # note\r\n")
    let theme = try ThemeLoader.parse(text, file: "/home/me/.config/shinsa/themes/ocean.theme")
    #expect(theme.name == "ocean")
  }

  @Test func unknownRoleNamesTheLineAndSuggests() throws {
    let error = try #require(parseError(themeText() + "selectoin = red\n"))
    #expect(error.line == 17)
    #expect(error.message.contains("unknown role 'selectoin'"))
    #expect(error.message.contains("did you mean 'selection'"))
    #expect(error.description.hasPrefix("test.theme:17: "))

    let far = try #require(parseError(themeText() + "wallpaper = red\n"))
    #expect(far.message.contains("tier-specially-designated"), "lists the roles")
  }

  @Test func unknownColourNamesTheLineAndSuggests() throws {
    let error = try #require(parseError(themeText(["accent": "gren bold"])))
    #expect(error.line == 5)
    #expect(error.message == "unknown colour 'gren' (did you mean 'green'?)")

    let bright = try #require(parseError(themeText(["text": "black on bright_blue"])))
    #expect(bright.message.contains("did you mean 'bright-blue'"))
    let grey = try #require(parseError(themeText(["muted": "grey"])))
    #expect(grey.message.contains("did you mean 'bright-black'"))
    let british = try #require(parseError(themeText(["muted": "colour244"])))
    #expect(british.message.contains("did you mean 'color244'"))
    let range = try #require(parseError(themeText(["muted": "color300"])))
    #expect(range.message.contains("out of range"))
    let nothing = try #require(parseError(themeText(["muted": "zzzzzz"])))
    #expect(nothing.message.contains("unknown colour 'zzzzzz'"))
    #expect(nothing.message.contains("bright-black"))
  }

  @Test func unknownAttributeSuggests() throws {
    let error = try #require(parseError(themeText(["key": "red bols"])))
    #expect(error.message == "unknown attribute 'bols' (did you mean 'bold'?)")
    let inverse = try #require(parseError(themeText(["key": "inverse"])))
    #expect(inverse.message.contains("did you mean 'reverse'"))
  }

  @Test func duplicateRoleNamesBothLines() throws {
    let error = try #require(parseError(themeText() + "text = red\n"))
    #expect(error.line == 17)
    #expect(error.message == "'text' is set twice (first on line 3)")
  }

  @Test func missingRolesAreListed() throws {
    let text = themeText(dropping: ["key", "tier-important"])
    let error = try #require(parseError(text))
    #expect(error.line == 14, "the last line of the file")
    #expect(error.message.contains("missing 2 roles: key, tier-important"))

    let empty = try #require(parseError(""))
    #expect(empty.line == 1)
    #expect(empty.message.contains("missing 14 roles"))
  }

  @Test func malformedLinesAndStylesAreErrors() throws {
    let cases: [(String, String)] = [
      ("text red", "expected 'role = colour"),
      ("{\"theme\": 1}", "expected 'role = colour"),
      ("monochrome = yes", "true or false"),
      ("name = ", "name is empty"),
      ("accent = ", "has no style"),
      ("accent = red blue", "write 'red on blue'"),
      ("accent = bold red", "comes too late"),
      ("accent = red on", "needs a background"),
      ("accent = red on blue on black", "background is given twice"),
      ("accent = bold bold", "'bold' is given twice"),
      ("accent = red on red", "invisible"),
      ("accent = on bold", "unknown colour 'bold'"),
      ("accent = red \u{1B}[31m", "'\\u{1B}[31m'"),
    ]
    for (line, expected) in cases {
      let error = try #require(parseError("# header\n" + line + "\n"), "\(line)")
      #expect(error.line == 2, "\(line)")
      #expect(error.message.contains(expected), "\(line): \(error.message)")
    }
  }

  @Test func monochromeThemesRefuseColours() throws {
    let text = themeText(["border": "blue"]).replacingOccurrences(
      of: "name = test", with: "name = test\nmonochrome = true")
    let error = try #require(parseError(text))
    #expect(error.line == 8)
    #expect(error.message.contains("'border' uses the colour 'blue'"))
  }

  @Test func colourNamesRoundTrip() {
    for index in 0..<256 {
      let colour: ThemeColor = index < 16 ? .ansi(index) : .xterm(index)
      #expect(ThemeLoader.colour(named: ThemeLoader.colourName(colour)) == colour)
    }
    #expect(ThemeLoader.colour(named: "color7") == .ansi(7))
    #expect(ThemeLoader.colour(named: "bright-white") == .ansi(15))
    #expect(ThemeLoader.colour(named: "Red") == nil)
  }
}
