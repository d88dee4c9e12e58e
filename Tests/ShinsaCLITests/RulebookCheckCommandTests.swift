import Foundation
import Testing

@Suite struct RulebookCheckCommandTests {
  static let bundledPath = Binary.bundledRulebookPath

  @Test func bundledRulebookPasses() throws {
    let run = try Binary.run(["rulebook", "check", "--samples", "2000"])
    #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
    #expect(run.stdout.contains("Result: passed"))
  }

  @Test func brokenCopyFailsWithAPreciseMessage() throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let original = try String(contentsOfFile: Self.bundledPath, encoding: .utf8)
    let broken = original.replacingOccurrences(
      of: "\"infrastructure_operator == true\"",
      with: "\"infrastructure_operator == true and infrastructure_operator == false\"")
    #expect(broken != original)
    let path = try Binary.write(broken, named: "jp-ai-broken.json", in: folder)
    let run = try Binary.run(["rulebook", "check", path, "--samples", "1000"])
    #expect(run.status == 65)
    #expect(run.stdout.contains("✗ tier rule tier.sd.infrastructure never fires"), "\(run.stdout)")
    #expect(run.stdout.contains("Result: failed"))
  }

  @Test func invalidConditionFailsToLoadWithFileLineAndColumn() throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let original = try String(contentsOfFile: Self.bundledPath, encoding: .utf8)
    let broken = original.replacingOccurrences(
      of: "\"infrastructure_operator == true\"", with: "\"infrastructure_operater == true\"")
    let path = try Binary.write(broken, named: "typo.json", in: folder)
    let run = try Binary.run(["rulebook", "check", path])
    #expect(run.status == 65)
    #expect(run.stdout.isEmpty)
    let pattern = #"typo\.json:\d+:\d+: unknown question id 'infrastructure_operater'"#
    #expect(run.stderr.range(of: pattern, options: .regularExpression) != nil, "\(run.stderr)")
  }
}
