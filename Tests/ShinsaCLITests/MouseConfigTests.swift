import Foundation
import Testing

@testable import shinsa

/// `mouse = on` in the config file switches the mouse on at start.
@Suite struct MouseConfigTests {
  private func folder() throws -> String {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("shinsa-mouse-config-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url.path
  }

  @Test func theMouseIsOffUnlessTheConfigSaysOn() throws {
    let folder = try folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let config = folder + "/config"
    #expect(try !ThemeFiles.configuredMouse(configDirectory: folder), "no file")
    #expect(try !ThemeFiles.configuredMouse(configDirectory: nil), "no folder")
    let cases: [(String, Bool)] = [
      ("theme = light\n", false), ("mouse = on\n", true), ("# x\nmouse = YES\n", true),
      ("mouse = true\ntheme = light\n", true), ("mouse = off\n", false), ("mouse = no\n", false),
    ]
    for (text, expected) in cases {
      try Data(text.utf8).write(to: URL(fileURLWithPath: config))
      #expect(try ThemeFiles.configuredMouse(configDirectory: folder) == expected, "\(text)")
      // The theme still reads the same file.
      _ = try ThemeFiles.resolve(requested: nil, environment: [:], configDirectory: folder)
    }
  }

  @Test func aBadValueNamesTheFileAndLine() throws {
    let folder = try folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let config = folder + "/config"
    for (text, line, expected) in [
      ("theme = light\nmouse = sometimes\n", 2, "'mouse' must be on or off, found 'sometimes'"),
      ("mouse = on\nmouse = off\n", 2, "'mouse' is set twice (first on line 1)"),
    ] {
      try Data(text.utf8).write(to: URL(fileURLWithPath: config))
      do {
        _ = try ThemeFiles.configuredMouse(configDirectory: folder)
        Issue.record("accepted \(text)")
      } catch {
        #expect(error.file == config)
        #expect(error.line == line)
        #expect(error.message.contains(expected), "\(error.message)")
      }
    }
  }
}
