import Foundation
import Testing

/// Runs the built `shinsa` binary and captures what it prints.
enum Binary {
  struct Run {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  static let fixtures: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")

  /// The `shinsa` executable next to the test bundle (SwiftPM builds it as a test dependency).
  static let executable: URL = {
    var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    for _ in 0..<4 {
      let candidate = directory.appendingPathComponent("shinsa")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
      directory = directory.deletingLastPathComponent()
    }
    let root = fixtures.deletingLastPathComponent().deletingLastPathComponent()
    return root.appendingPathComponent(".build/debug/shinsa")
  }()

  /// The `shinsa-stress` fault-injection helper built beside `shinsa`.
  static var stressExecutable: URL {
    executable.deletingLastPathComponent().appendingPathComponent("shinsa-stress")
  }

  /// Runs `shinsa` under `/bin/sh -c script`, with the binary as $0 and `arguments` as $1….
  static func runShell(_ script: String, arguments: [String]) throws -> Run {
    try run(
      ["-c", script, executable.path] + arguments, executable: URL(fileURLWithPath: "/bin/sh"))
  }

  static func run(
    _ arguments: [String], stdin: String? = nil, executable program: URL? = nil,
    leading: [String] = []
  ) throws -> Run {
    let process = Process()
    process.executableURL = program ?? executable
    process.arguments = leading + arguments
    // Standard input and error go through files: a pipe holds 64 KB, so writing a larger
    // input before the process runs, or reading stdout to its end while it fills stderr,
    // would hang the test.
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
      "shinsa-run-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }
    let errFile = scratch.appendingPathComponent("stderr")
    _ = FileManager.default.createFile(atPath: errFile.path, contents: nil)
    let err = try FileHandle(forWritingTo: errFile)
    defer { try? err.close() }
    let out = Pipe()
    process.standardOutput = out
    process.standardError = err
    var input: FileHandle?
    defer { try? input?.close() }
    if let stdin {
      let inFile = scratch.appendingPathComponent("stdin")
      try Data(stdin.utf8).write(to: inFile)
      input = try FileHandle(forReadingFrom: inFile)
      process.standardInput = input
    } else {
      process.standardInput = FileHandle.nullDevice
    }
    try process.run()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let errData = try Data(contentsOf: errFile)
    return Run(
      status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData, as: UTF8.self))
  }

  /// The bundled rulebook file in the source tree.
  static let bundledRulebookPath: String = fixtures.deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Sources/ShinsaCore/Resources/jp-ai.json")
    .path

  /// A copy of the bundled rulebook with `replacements` applied, written into `folder`.
  static func rulebookCopy(
    _ replacements: [(String, String)], named name: String, in folder: URL
  ) throws -> String {
    var text = try String(contentsOfFile: bundledRulebookPath, encoding: .utf8)
    for (old, new) in replacements {
      // A replacement that finds nothing would make the copy the bundled rulebook unchanged.
      guard text.contains(old) else {
        throw CocoaError(
          .fileReadCorruptFile, userInfo: [NSDebugDescriptionErrorKey: "not found: \(old)"])
      }
      text = text.replacingOccurrences(of: old, with: new)
    }
    return try write(text, named: name, in: folder)
  }

  /// Creates project NAME in `dir` from a scenario's answers; returns its path.
  @discardableResult
  static func newProject(_ name: String, in dir: String, scenario: String) throws -> String {
    let answers = fixtures.appendingPathComponent("scenarios/\(scenario).json").path
    _ = try run(["new", name, "--dir", dir, "--answers", answers])
    return dir + "/\(name).shinsa.json"
  }

  /// A fresh temporary folder.
  static func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "shinsa-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  static func write(_ text: String, named name: String, in folder: URL) throws -> String {
    let url = folder.appendingPathComponent(name)
    try Data(text.utf8).write(to: url)
    return url.path
  }
}
