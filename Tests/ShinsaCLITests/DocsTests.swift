import Foundation
import ShinsaCore
import ShinsaUI
import Testing

/// Documentation generated from code must match the code.
@Suite struct DocsTests {
  @Test func keysReferenceIsGeneratedFromTheKeymap() throws {
    let docs = Binary.fixtures.deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("docs/keys.md")
    let written = try String(contentsOf: docs, encoding: .utf8)
    // What `shinsa keys` prints, without starting the binary.
    #expect(
      written == KeysReference.markdown(),
      "docs/keys.md is stale: run `swift run shinsa keys > docs/keys.md`")
  }

  /// `SHINSA_RECORD_DOCS=1 swift test --filter DocsTests` rewrites the generated doc.
  @Test func rulebookChangelogDocIsGeneratedFromTheChangelog() throws {
    let docs = Binary.fixtures.deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("docs/rulebook-changelog.md")
    let generated = try Binary.run(["rulebook", "changelog", "--format", "markdown"])
    #expect(generated.status == 0)
    if ProcessInfo.processInfo.environment["SHINSA_RECORD_DOCS"] == "1" {
      try generated.stdout.write(to: docs, atomically: true, encoding: .utf8)
    }
    let written = try String(contentsOf: docs, encoding: .utf8)
    #expect(
      written == generated.stdout,
      "docs/rulebook-changelog.md is stale: run `SHINSA_RECORD_DOCS=1 swift test --filter DocsTests`"
    )
  }

  @Test func disclosureAndSandboxDocsCoverTheRulebook() throws {
    let docs = Binary.fixtures.deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("docs")
    let disclosure = try String(
      contentsOf: docs.appendingPathComponent("disclosure.md"), encoding: .utf8)
    let sandbox = try String(contentsOf: docs.appendingPathComponent("sandbox.md"), encoding: .utf8)
    let rulebook = try RulebookLoader.bundled()
    for field in rulebook.disclosureFields {
      #expect(disclosure.contains("(`\(field.id)`)"), "docs/disclosure.md lacks \(field.id)")
      for framework in field.frameworks {
        #expect(disclosure.contains(framework.name.en), "\(field.id): \(framework.name.en)")
      }
    }
    for route in rulebook.sandbox.routes {
      #expect(sandbox.contains(route.name.en), "docs/sandbox.md lacks \(route.id.rawValue)")
    }
    #expect(disclosure.contains("not a statutory category"))
  }

  /// docs/rulebook.md lists every question, obligation and source of the bundled rulebook.
  @Test func rulebookDocCoversEveryQuestionObligationAndSource() throws {
    let docs = Binary.fixtures.deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("docs")
    let text = try String(contentsOf: docs.appendingPathComponent("rulebook.md"), encoding: .utf8)
    let rulebook = try RulebookLoader.bundled()
    for question in rulebook.questions {
      #expect(
        text.contains("| `\(question.id)` |"), "docs/rulebook.md lacks question \(question.id)")
    }
    for obligation in rulebook.obligations {
      #expect(
        text.contains("`\(obligation.id)`"), "docs/rulebook.md lacks obligation \(obligation.id)")
    }
    for source in rulebook.sources {
      #expect(text.contains("`\(source.id)`"), "docs/rulebook.md lacks source \(source.id)")
    }
  }

  @Test func snapshotPrintsTheScreenHeadlessly() throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    #expect(try Binary.run(["demo", "--dir", folder.path]).status == 0)
    let run = try Binary.run([
      "snapshot", "demo-hikari-credit", "--dir", folder.path, "--size", "120x40", "--pane", "5",
      "--lang", "ja",
    ])
    #expect(run.status == 0, "\(run.stderr)")
    let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.count == 41)  // 40 rows and the final newline
    #expect(run.stdout.contains("トリアージ区分（法令上の区分ではありません）"))
    let small = try Binary.run([
      "snapshot", "demo-hikari-credit", "--dir", folder.path, "--size", "60x20",
    ])
    #expect(small.stdout.contains("Please enlarge the terminal"))
    #expect(try Binary.run(["snapshot", "--size", "big"]).status == 64)
  }

  @Test func noTerminalGivesAClearMessagePointingAtTheCLI() throws {
    let run = try Binary.run([])
    #expect(run.status == 64)
    #expect(run.stderr.contains("shinsa assess"), "\(run.stderr)")
  }
}
