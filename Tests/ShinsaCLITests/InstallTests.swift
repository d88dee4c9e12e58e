import Foundation
import ShinsaCore
import Testing

/// The binary stands alone: copied out of the build folder (no resource bundle anywhere) and
/// run from another folder, it still has its rulebook and assesses a scenario.
@Suite(.serialized) struct InstallTests {
  /// Runs `program` in `folder` with `arguments`; a plain environment (no SwiftPM paths).
  private func run(
    _ program: URL, _ arguments: [String], in folder: URL, environment: [String: String] = [:]
  ) throws -> Binary.Run {
    let process = Process()
    process.executableURL = program
    process.arguments = arguments
    process.currentDirectoryURL = folder
    process.environment = ["PATH": "/usr/bin:/bin", "HOME": folder.path, "LANG": "C.UTF-8"]
      .merging(environment) { $1 }
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Binary.Run(
      status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData, as: UTF8.self))
  }

  private func temporaryFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("shinsa-install-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }

  /// Checks that `binary`, run from `folder`, assesses the bank scenario as the fixture expects.
  private func expectAssessesBankScenario(_ binary: URL, in folder: URL) throws {
    let scenario = folder.appendingPathComponent("bank.json")
    try FileManager.default.copyItem(
      at: Binary.fixtures.appendingPathComponent("scenarios/bank-credit-scoring.json"),
      to: scenario)
    let result = try run(
      binary, ["assess", "--answers", "bank.json", "--format", "json"], in: folder)
    #expect(result.status == 0, "\(result.stderr)")
    let output = try JSONParser.parse(Array(result.stdout.utf8))
    #expect(output["tier"]?.value == .string("specially-designated"))
    #expect(
      output["rulebook"]?["version"]?.value == .string("2026.12"), "\(result.stdout.prefix(300))")
    let text = try run(binary, ["rulebook", "changelog"], in: folder)
    #expect(text.status == 0, "\(text.stderr)")
    #expect(text.stdout.contains("2026.12"))
  }

  /// The binary looks for no resource bundle: SwiftPM's bundle accessor, which names the
  /// bundle folder (and the build folder as a fallback), is not in it.
  @Test func binaryNamesNoResourceBundle() throws {
    let binary = try Data(contentsOf: Binary.executable)
    for name in ["shinsa_ShinsaCore.resources", "shinsa_ShinsaUI.resources"] {
      #expect(binary.range(of: Data(name.utf8)) == nil, "the binary looks for \(name)")
    }
  }

  /// The built binary copied into an empty folder runs from a third folder.
  @Test func copiedBinaryAssessesFromAnotherFolder() throws {
    let root = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let bin = root.appendingPathComponent("bin")
    let work = root.appendingPathComponent("work")
    try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
    try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
    let copy = bin.appendingPathComponent("shinsa")
    // Copied by a child process: a copy written here could still be open in a process forked
    // meanwhile by a parallel test, and running it would fail with "text file busy".
    let copied = try run(
      URL(fileURLWithPath: "/bin/cp"), [Binary.executable.path, copy.path], in: root)
    #expect(copied.status == 0, "\(copied.stderr)")
    try expectAssessesBankScenario(copy, in: work)
  }

  /// `scripts/install.sh PREFIX` (given the built binary: a build cannot start inside
  /// `swift test`) installs the binary, the completions and the man page (made from the
  /// installed binary's help); the installed binary, far from the build folder, assesses a
  /// scenario from another folder.
  @Test func installScriptInstallsAStandaloneBinary() throws {
    let root = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let package = Binary.fixtures.deletingLastPathComponent().deletingLastPathComponent()
    let prefix = root.appendingPathComponent("prefix")
    let install = try run(
      URL(fileURLWithPath: "/bin/sh"),
      [package.appendingPathComponent("scripts/install.sh").path, prefix.path], in: root,
      environment: ["SHINSA_BINARY": Binary.executable.path])
    #expect(install.status == 0, "\(install.stderr)")
    #expect(install.stdout.contains("installed \(prefix.path)/bin/shinsa"), "\(install.stdout)")
    for (file, word) in [
      ("share/bash-completion/completions/shinsa", "complete"),
      ("share/zsh/site-functions/_shinsa", "#compdef"),
      ("share/fish/vendor_completions.d/shinsa.fish", "complete -c 'shinsa'"),
      ("share/man/man1/shinsa.1", ".TH \"SHINSA\" \"1\""),
    ] {
      let text = try String(contentsOf: prefix.appendingPathComponent(file), encoding: .utf8)
      #expect(text.contains(word) && text.contains("assess"), "\(file)")
    }
    let work = root.appendingPathComponent("work")
    try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
    try expectAssessesBankScenario(prefix.appendingPathComponent("bin/shinsa"), in: work)
  }
}
