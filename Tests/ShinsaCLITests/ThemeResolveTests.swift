import Foundation
import ShinsaCore
import ShinsaUI
import Testing

@testable import shinsa

// Choosing the theme: `--theme`, the config file, the user's themes and NO_COLOR
// (the executable's ThemeFiles; ShinsaUI does no I/O).

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

private func resolveError(
  requested: String?, environment: [String: String] = [:], configDirectory: String? = nil
) -> ThemeError? {
  do {
    _ = try ThemeFiles.resolve(
      requested: requested, environment: environment, configDirectory: configDirectory)
    return nil
  } catch {
    return error
  }
}

/// A fresh temporary folder, removed by `body`'s end.
private func withTemporaryFolder(_ body: (String) throws -> Void) throws {
  let folder = FileManager.default.temporaryDirectory
    .appendingPathComponent("shinsa-theme-tests-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  defer { try? FileManager.default.removeItem(at: folder) }
  try body(folder.path)
}

private func write(_ text: String, to path: String) throws {
  let url = URL(fileURLWithPath: path)
  try FileManager.default.createDirectory(
    at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
  try Data(text.utf8).write(to: url)
}

@Suite struct ThemeResolveTests {
  @Test func defaultWhenNothingIsChosen() throws {
    let theme = try ThemeFiles.resolve(requested: nil, environment: [:], configDirectory: nil)
    #expect(theme == ThemeCatalog.builtin("default"))
  }

  @Test func explicitBuiltinName() throws {
    for name in ThemeCatalog.builtinNames {
      let theme = try ThemeFiles.resolve(requested: name, environment: [:], configDirectory: nil)
      #expect(theme == ThemeCatalog.builtin(name))
    }
  }

  @Test func explicitPath() throws {
    try withTemporaryFolder { folder in
      let path = folder + "/mine.theme"
      try write(
        themeText(["accent": "red bold"]).replacingOccurrences(of: "name = test\n", with: ""),
        to: path)
      let theme = try ThemeFiles.resolve(requested: path, environment: [:], configDirectory: nil)
      #expect(theme.name == "mine")
      #expect(theme.style(.accent) == CellStyle(foreground: .ansi(1), bold: true))

      let missing = try #require(resolveError(requested: folder + "/light.theme"))
      #expect(missing.file == folder + "/light.theme")
      #expect(missing.message.contains("no such file"))
      #expect(missing.message.contains("built-in theme is named plain 'light'"))

      try write("{}", to: folder + "/theme.json")
      let notTheme = try #require(resolveError(requested: folder + "/theme.json"))
      #expect(notTheme.message.contains("not a theme file"))

      try write("accent = blue\n", to: folder + "/broken.theme")
      let broken = try #require(resolveError(requested: folder + "/broken.theme"))
      #expect(broken.description.hasPrefix(folder + "/broken.theme:1: missing 13 roles"))

      try write(String(repeating: "# padding\n", count: 7000), to: folder + "/big.theme")
      let big = try #require(resolveError(requested: folder + "/big.theme"))
      #expect(big.message.contains("larger than 64 KB"))

      try FileManager.default.createDirectory(
        atPath: folder + "/dir.theme", withIntermediateDirectories: true)
      let directory = try #require(resolveError(requested: folder + "/dir.theme"))
      #expect(directory.message.contains("folder"))

      try Data([0x6E, 0x61, 0x6D, 0x65, 0xFF, 0x00]).write(
        to: URL(fileURLWithPath: folder + "/bin.theme"))
      let binary = try #require(resolveError(requested: folder + "/bin.theme"))
      #expect(binary.message.contains("not a text file"))
    }
  }

  @Test func userThemeFolder() throws {
    try withTemporaryFolder { folder in
      let ocean = themeText(["accent": "cyan"]).replacingOccurrences(
        of: "name = test", with: "name = ocean")
      try write(ocean, to: folder + "/shinsa/themes/ocean.theme")
      let direct = try ThemeFiles.resolve(
        requested: "ocean", environment: [:], configDirectory: folder + "/shinsa")
      #expect(direct.name == "ocean")
      let viaXDG = try ThemeFiles.resolve(
        requested: "ocean", environment: ["XDG_CONFIG_HOME": folder, "HOME": "/nonexistent"],
        configDirectory: nil)
      #expect(viaXDG == direct)
      let viaHome = try withTemporaryFolderValue { home in
        try write(ocean, to: home + "/.config/shinsa/themes/ocean.theme")
        return try ThemeFiles.resolve(
          requested: "ocean", environment: ["HOME": home], configDirectory: nil)
      }
      #expect(viaHome == direct)

      let unknown = try #require(
        resolveError(requested: "ocen", configDirectory: folder + "/shinsa"))
      #expect(unknown.message.contains("did you mean 'ocean'"))
      #expect(unknown.message.contains("your themes are ocean"))
    }
  }

  @Test func configFileNamesTheTheme() throws {
    try withTemporaryFolder { folder in
      try write(
        "# shinsa settings\nkeymap = vim\n\ntheme = light\nlanguage = ja\n", to: folder + "/config")
      let theme = try ThemeFiles.resolve(
        requested: nil, environment: ["NO_COLOR": "1"], configDirectory: folder)
      #expect(theme == ThemeCatalog.builtin("light"), "the config file beats NO_COLOR")
      let overridden = try ThemeFiles.resolve(
        requested: "high-contrast", environment: [:], configDirectory: folder)
      #expect(overridden == ThemeCatalog.builtin("high-contrast"), "--theme beats the config")

      try write(themeText(), to: folder + "/mine/relative.theme")
      try write("theme = mine/relative.theme\n", to: folder + "/config")
      let relative = try ThemeFiles.resolve(
        requested: nil, environment: [:], configDirectory: folder)
      #expect(relative.name == "test", "a relative path is relative to the config folder")

      try write("keymap = vim\n", to: folder + "/config")
      let noThemeLine = try ThemeFiles.resolve(
        requested: nil, environment: ["NO_COLOR": "yes"], configDirectory: folder)
      #expect(noThemeLine == ThemeCatalog.builtin("monochrome"))
    }
  }

  @Test func configFileErrorsNameTheFileAndLine() throws {
    try withTemporaryFolder { folder in
      let config = folder + "/config"
      let cases: [(String, Int, String)] = [
        ("# settings\ntheme light\n", 2, "expected 'key = value'"),
        ("theme = light\ntheme = default\n", 2, "set twice (first on line 1)"),
        ("theme =\n", 1, "name is empty"),
        ("\n\ntheme = ligth\n", 3, "unknown theme 'ligth' (did you mean 'light'?)"),
        ("theme = gone.theme\n", 1, "theme file \(folder)/gone.theme: no such file"),
      ]
      for (text, line, expected) in cases {
        try write(text, to: config)
        let error = try #require(resolveError(requested: nil, configDirectory: folder), "\(text)")
        #expect(error.file == config, "\(text)")
        #expect(error.line == line, "\(text)")
        #expect(error.message.contains(expected), "\(text): \(error.message)")
      }
      try write("theme = bad.theme\n", to: config)
      try write("text = gren\n", to: folder + "/bad.theme")
      let inTheme = try #require(resolveError(requested: nil, configDirectory: folder))
      #expect(inTheme.description.hasPrefix(folder + "/bad.theme:1: unknown colour 'gren'"))
    }
  }

  @Test func noColorSelectsMonochrome() throws {
    let theme = try ThemeFiles.resolve(
      requested: nil, environment: ["NO_COLOR": "1"], configDirectory: nil)
    #expect(theme == ThemeCatalog.builtin("monochrome"))
    let empty = try ThemeFiles.resolve(
      requested: nil, environment: ["NO_COLOR": ""], configDirectory: nil)
    #expect(empty == ThemeCatalog.builtin("default"), "an empty NO_COLOR is unset")
  }

  @Test func explicitNameBeatsNoColor() throws {
    let theme = try ThemeFiles.resolve(
      requested: "default", environment: ["NO_COLOR": "1"], configDirectory: nil)
    #expect(theme == ThemeCatalog.builtin("default"))
  }

  @Test func unknownNameListsTheBuiltinThemes() throws {
    let error = try #require(resolveError(requested: "solarized"))
    #expect(error.file == "--theme")
    #expect(error.line == 0)
    #expect(error.description.hasPrefix("--theme: unknown theme 'solarized'"))
    for name in ThemeCatalog.builtinNames { #expect(error.message.contains(name)) }

    let typo = try #require(resolveError(requested: "high-contrst"))
    #expect(typo.message.contains("did you mean 'high-contrast'"))
    let empty = try #require(resolveError(requested: ""))
    #expect(empty.message.contains("empty"))
  }
}

/// `withTemporaryFolder` for a body that returns a value.
private func withTemporaryFolderValue<T>(_ body: (String) throws -> T) throws -> T {
  var result: T?
  try withTemporaryFolder { result = try body($0) }
  return try #require(result)
}
