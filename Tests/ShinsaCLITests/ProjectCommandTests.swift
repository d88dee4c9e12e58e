import Foundation
import ShinsaCore
import Testing

/// End-to-end runs of the project commands through the built binary.
@Suite struct ProjectCommandTests {
  private let scenarios = Binary.fixtures.appendingPathComponent("scenarios")

  @Test func newListAssessExportDiffReassessDemo() throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let dir = folder.appendingPathComponent("projects").path

    let demo = try Binary.run(["demo", "--dir", dir])
    #expect(demo.status == 0, "\(demo.stderr)")
    #expect(demo.stdout.contains("demo-hikari-credit.shinsa.json"))
    #expect(try Binary.run(["demo", "--dir", dir]).stdout.contains("already"))

    let created = try Binary.run([
      "new", "school", "--client", "Mirai Edtech 株式会社", "--system", "AI tutor", "--dir", dir,
      "--answers", scenarios.appendingPathComponent("school-ai-tutor.json").path,
    ])
    #expect(created.status == 0, "\(created.stderr)")
    let schoolPath = dir + "/school.shinsa.json"
    #expect(FilePaths.mode(schoolPath) == 0o600)
    #expect(FilePaths.mode(dir) == 0o700)
    #expect(try Binary.run(["new", "school", "--dir", dir]).status == 73)
    #expect(try Binary.run(["new", "../escape", "--dir", dir]).status == 64)

    let list = try Binary.run(["list", "--dir", dir])
    #expect(list.status == 0)
    #expect(list.stdout.contains("Mirai Edtech 株式会社"))
    #expect(list.stdout.contains("specially-designated"))
    let json = try Binary.run(["list", "--dir", dir, "--format", "json", "--search", "mirai"])
    let root = try JSONParser.parse(Array(json.stdout.utf8))
    guard case .array(let rows) = root.value else {
      Issue.record("list --format json is not an array")
      return
    }
    #expect(rows.count == 1)
    #expect(rows.first?["tier"]?.value == .string("important"))

    let assess = try Binary.run(["assess", schoolPath, "--format", "json"])
    #expect(assess.status == 0)
    #expect(assess.stdout.contains("\"primaryRegulator\"") || assess.stdout.contains("\"mext\""))

    for format in ["markdown", "html", "json"] {
      let export = try Binary.run([
        "export", "demo-hikari-credit", "--dir", dir, "--format", format,
      ])
      #expect(export.status == 0, "\(format): \(export.stderr)")
      #expect(export.stdout.contains("triage tier, not a statutory category"), "\(format)")
      #expect(
        !export.stdout.contains("Vendor contract names the base model"),
        "private note leaked in \(format)")
    }
    let withPrivate = try Binary.run([
      "export", "demo-hikari-credit", "--dir", dir, "--include-private",
    ])
    #expect(withPrivate.stdout.contains("Vendor contract names the base model"))
    let htmlFile = folder.appendingPathComponent("report.html").path
    let written = try Binary.run([
      "export", "demo-hikari-credit", "--dir", dir, "--format", "html", "-o", htmlFile, "--lang",
      "ja",
    ])
    #expect(written.status == 0)
    let html = try String(contentsOfFile: htmlFile, encoding: .utf8)
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    #expect(html.contains("lang=\"ja\""))

    let diff = try Binary.run(["diff", "school", "demo-hikari-credit", "--dir", dir])
    #expect(diff.status == 0)
    #expect(diff.stdout.contains("tier: important → specially-designated"))
    #expect(diff.stdout.contains("sector: education → finance"))
    let same = try Binary.run(["diff", "school", schoolPath, "--dir", dir])
    #expect(same.stdout.contains("No differences"))

    let reassess = try Binary.run(["reassess", "school", "--dir", dir])
    #expect(reassess.status == 0, "\(reassess.stderr)")
    #expect(reassess.stdout.contains("No change"))
    let bytesBefore = try Data(contentsOf: URL(fileURLWithPath: schoolPath))
    _ = try Binary.run(["reassess", "school", "--dir", dir])
    #expect(try Data(contentsOf: URL(fileURLWithPath: schoolPath)) == bytesBefore)
  }

  @Test func reassessShowsWhatAChangedRulebookChanges() throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let dir = folder.path
    try Binary.newProject("bank", in: dir, scenario: "bank-credit-scoring")
    let newer = try Binary.rulebookCopy(
      [
        ("\"version\": \"2026.12\"", "\"version\": \"2027.01\""),
        (
          "\"use_case has credit-decision and people_affected >= $many-individuals\"",
          "\"use_case has credit-decision and people_affected >= 5000000\""
        ),
      ], named: "jp-ai-2027.json", in: folder)
    let run = try Binary.run(["reassess", "bank", "--dir", dir, "--rulebook", newer, "--record"])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.contains("rulebook: 2026.12 → 2027.01"))
    #expect(run.stdout.contains("tier: specially-designated → important"))
    let document = try ProjectFile.read(
      path: dir + "/bank.shinsa.json", rulebook: try RulebookLoader.load(path: newer)
    ).document
    #expect(document.lastAssessment?.tier == .important)
    #expect(document.rulebookVersion == "2027.01")
    #expect(document.changeLog.last?.kind == "assessed")
  }

  /// A motor insurer assessed under 2026.11 (Tests/Fixtures/rulebooks/README.md): under
  /// 2026.12 the EU high-risk item waits on the new life-or-health question (Annex III 5(c)),
  /// and reassess names the changelog entries behind that.
  @Test func reassessOfA202611ProjectShowsWhatChangedForThatClient() throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let fixture = Binary.fixtures.appendingPathComponent(
      "projects/motor-insurer-2026.11.shinsa.json")
    let path = folder.appendingPathComponent("motor.shinsa.json").path
    try FileManager.default.copyItem(atPath: fixture.path, toPath: path)
    let old = Binary.fixtures.appendingPathComponent("rulebooks/jp-ai-2026.11.json").path
    let before = try Binary.run(["reassess", path, "--rulebook", old, "--format", "json"])
    #expect(before.status == 0, "\(before.stderr)")
    // The fixture is what 2026.11 concluded: nothing changes, nothing is recorded.
    #expect(before.stdout.contains("\"recorded\": false"))
    let run = try Binary.run(["reassess", path])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.contains("with rulebook jp-ai 2026.11."))
    #expect(run.stdout.contains("rulebook: 2026.11 → 2026.12"))
    #expect(run.stdout.contains("- obligation EU AI Act (EU law): high-risk areas under Annex III"))
    #expect(run.stdout.contains("now 'may apply' until an open answer is given"))
    #expect(run.stdout.contains("Changelog entries that touch this assessment"))
    #expect(run.stdout.contains("life and health insurance"))
    // Entries about items this client does not touch stay out.
    #expect(!run.stdout.contains("infrastructure_operator"))
    let again = try Binary.run(["reassess", path, "--format", "json"])
    #expect(again.stdout.contains("\"changelog\": ["))
  }

  @Test func missingProjectsExit66AndNothingIsCreated() throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    for command in [
      ["export", "nope"], ["reassess", "nope"], ["diff", "nope", "nope"], ["recover", "nope"],
    ] {
      let run = try Binary.run(command + ["--dir", folder.path])
      #expect(run.status == 66, "\(command)")
      #expect(run.stderr.hasPrefix("shinsa: "))
      #expect(run.stdout.isEmpty)
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    let empty = try Binary.run(["list", "--dir", folder.path + "/none"])
    #expect(empty.status == 0)
    #expect(empty.stdout.contains("shinsa demo"))
  }

  @Test func aFailedSaveLeavesTheLastGoodFileIntact() throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let dir = folder.path
    let path = try Binary.newProject("bank", in: dir, scenario: "bank-credit-scoring")
    let newer = try Binary.rulebookCopy(
      [("\"version\": \"2026.12\"", "\"version\": \"2027.01\"")], named: "rules.json", in: folder)
    let before = try Data(contentsOf: URL(fileURLWithPath: path))
    // Simulate a full disk: the save's writes fail once the file passes 1 KB.
    let run = try Binary.runShell(
      "trap '' XFSZ; ulimit -f 1; exec \"$0\" reassess bank --dir \"$1\" --rulebook \"$2\" --record",
      arguments: [dir, newer])
    #expect(run.status == 74, "\(run.stdout)\(run.stderr)")
    #expect(run.stderr.contains("cannot save"), "\(run.stderr)")
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir).filter {
      $0.contains(".tmp-")
    }
    #expect(leftovers.isEmpty)
  }

  @Test func recoverRestoresJournaledChanges() throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let dir = folder.path
    let path = try Binary.newProject("bank", in: dir, scenario: "bank-credit-scoring")
    // Two journaled changes; the third step (a save) never happens.
    let stress = try Binary.run(
      ["--limit", "2"], executable: Binary.stressExecutable, leading: [path])
    #expect(stress.stdout.contains("j 2000002"))
    #expect(try Binary.run(["recover", path]).stdout.contains("Recovered"))
    let document = try ProjectFile.read(path: path, rulebook: try RulebookLoader.bundled()).document
    #expect(document.answers["people_affected"] == .number(2_000_002))
    #expect(try Binary.run(["recover", path]).stdout.contains("no unsaved changes"))
  }

  @Test func recoverReportsUnsavedTypingAndDiscardsIt() throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = try Binary.newProject("bank", in: folder.path, scenario: "bank-credit-scoring")
    let before = try Data(contentsOf: URL(fileURLWithPath: path))
    let journal = InputJournal.path(for: path)
    try InputJournal.write(
      PendingInput(kind: .evidence, subject: "novel", text: "patent JP-123"), to: journal)
    let report = try Binary.run(["recover", path])
    #expect(report.status == 0)
    #expect(report.stdout.contains("has unsaved typing (evidence novel, 13 characters)"))
    #expect(FilePaths.exists(journal), "only the workbench restores typing")
    let discarded = try Binary.run(["recover", path, "--discard"])
    #expect(discarded.stdout.contains("Discarded the unsaved typing"))
    #expect(!FilePaths.exists(journal))
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before, "the project is untouched")
  }
}

/// `shinsa export --disclosure` on the bank-credit scenario (issue 5's acceptance check).
@Suite struct DisclosureExportCommandTests {
  @Test func theBankCreditExportListsEveryFieldWithStateAndFrameworks() throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let dir = folder.path
    try Binary.newProject("bank", in: dir, scenario: "bank-credit-scoring")
    let rulebook = try RulebookLoader.bundled()
    let document = try ProjectFile.read(path: dir + "/bank.shinsa.json", rulebook: rulebook)
      .document
    let assessment = Assessor(rulebook: rulebook).assess(document.answers)
    for language in ["en", "ja"] {
      let run = try Binary.run(["export", "bank", "--dir", dir, "--disclosure", "--lang", language])
      #expect(run.status == 0, "\(run.stderr)")
      let ja = language == "ja"
      for field in rulebook.disclosureFields {
        let title = ReportMarkdown.escape(ja ? field.title.ja : field.title.en)
        #expect(run.stdout.contains(title), "\(field.id)")
        let inScope = assessment.disclosure.first { $0.fieldID == field.id }?.frameworks ?? []
        for framework in field.frameworks {
          let name = ReportMarkdown.escape(ja ? framework.name.ja : framework.name.en)
          // Foreign frameworks are listed only with the exposure the answers show.
          #expect(
            run.stdout.contains(name) == inScope.contains(framework),
            "\(field.id): \(framework.name.en)")
        }
      }
      #expect(run.stdout.contains(ja ? "状態: 未記入" : "State: empty"))
      #expect(run.stdout.contains(ja ? "**要確認**" : "**More information needed**"))
    }
    let json = try Binary.run(["export", "bank", "--dir", dir, "--disclosure", "--format", "json"])
    let root = try JSONParser.parse(Array(json.stdout.utf8))
    guard case .array(let fields)? = root["fields"]?.value else {
      Issue.record("no fields array")
      return
    }
    #expect(fields.count == rulebook.disclosureFields.count)
    var required = 0
    for field in fields {
      guard case .string(let need)? = field["need"]?.value,
        case .bool(let more)? = field["moreInformationNeeded"]?.value,
        case .string(let state)? = field["state"]?.value,
        case .array(let frameworks)? = field["frameworks"]?.value,
        case .string(let id)? = field["id"]?.value
      else {
        Issue.record("a field lacks need, state, frameworks or the information mark")
        continue
      }
      #expect(state == "empty")
      let inScope = assessment.disclosure.first { $0.fieldID == id }?.frameworks ?? []
      #expect(frameworks.count == inScope.count, "\(id)")
      #expect(more == (need == "required"))
      if need == "required" { required += 1 }
    }
    #expect(required >= 10)
  }

  @Test func aWrittenFieldIsExportedInBothLanguagesAndHTMLIsSelfContained() throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = try Binary.newProject("bank", in: folder.path, scenario: "bank-credit-scoring")
    let rulebook = try RulebookLoader.bundled()
    var document = try ProjectFile.read(path: path, rulebook: rulebook).document
    document.disclosure["ai-use"] = DisclosureDraft(
      state: .done, en: "We use AI to score <loan> applications.", ja: "与信審査にAIを利用しています。")
    try AtomicFile.write(
      Array(ProjectCodec.encode(document).utf8), to: path, keepBackup: false)
    let both = try Binary.run([
      "export", path, "--disclosure", "--lang", "both", "--format", "html",
    ])
    #expect(both.status == 0, "\(both.stderr)")
    #expect(both.stdout.contains("We use AI to score &lt;loan&gt; applications."))
    #expect(both.stdout.contains("与信審査にAIを利用しています。"))
    #expect(!both.stdout.contains("<script"))
    #expect(!both.stdout.contains("http-equiv"))
    #expect(!both.stdout.contains("<link"))
  }
}
