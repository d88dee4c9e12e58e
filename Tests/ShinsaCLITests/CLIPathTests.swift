import Foundation
import ShinsaCore
import Testing

/// The command-line paths a builder in CI and a consultant hit: `--dir` naming a file,
/// `export -o FOLDER`, mistyped commands, what-if reassessments, `diff` of answers files.
@Suite struct CLIPathTests {
  private static func scenario(_ name: String) -> String {
    Binary.fixtures.appendingPathComponent("scenarios/\(name).json").path
  }

  private static func json(_ text: String) throws -> JSONNode {
    try JSONParser.parse(Array(text.utf8))
  }

  // MARK: --dir

  @Test(arguments: [["list"], ["list", "--format", "json"], ["new", "x"], ["demo"]])
  func aDirThatIsAFileIsAUsageError(command: [String]) throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = try Binary.write("notes", named: "notes.txt", in: folder)
    let run = try Binary.run(command + ["--dir", file])
    #expect(run.status == 64, "\(command): \(run.stdout)\(run.stderr)")
    #expect(run.stdout.isEmpty)
    #expect(
      run.stderr
        == "shinsa: --dir \(file) is a file, not a folder of projects; give the projects folder.\n"
    )
    #expect(try String(contentsOfFile: file, encoding: .utf8) == "notes")
  }

  @Test func aMissingDirIsStillAnEmptyList() throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let run = try Binary.run(["list", "--dir", folder.path + "/none"])
    #expect(run.status == 0)
    #expect(run.stdout.contains("No projects yet"))
  }

  // MARK: export -o FOLDER

  @Test func exportIntoAFolderUsesTheDefaultName() throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let dir = folder.appendingPathComponent("projects").path
    try Binary.newProject("bank", in: dir, scenario: "bank-credit-scoring")
    let out = folder.appendingPathComponent("reports").path
    try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)

    let html = try Binary.run(["export", "bank", "--dir", dir, "--format", "html", "-o", out])
    #expect(html.status == 0, "\(html.stderr)")
    #expect(html.stdout == "Wrote \(out)/bank-report-en.html\n")
    let text = try String(contentsOfFile: out + "/bank-report-en.html", encoding: .utf8)
    #expect(text.hasPrefix("<!DOCTYPE html>"))
    #expect(FilePaths.mode(out + "/bank-report-en.html") == 0o600)

    let cases: [([String], String)] = [
      (["--lang", "ja"], "bank-report-ja.md"),
      (["--disclosure", "--format", "json", "--lang", "both"], "bank-disclosure-both.json"),
      (["--sandbox"], "bank-sandbox-en.md"),
      (["--sandbox", "--disclosure"], "bank-disclosure-sandbox-en.md"),
    ]
    for (options, name) in cases {
      let run = try Binary.run(["export", "bank", "--dir", dir, "-o", out + "/"] + options)
      #expect(run.status == 0, "\(options): \(run.stderr)")
      #expect(FilePaths.exists(out + "/" + name), "\(options): \(run.stdout)")
    }
    // Again: the report is replaced, as with -o FILE.
    let again = try Binary.run(["export", "bank", "--dir", dir, "--format", "html", "-o", out])
    #expect(again.status == 0, "\(again.stderr)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: out).count == cases.count + 1)
  }

  @Test func exportIntoAFolderWhoseReportNameIsAFolderIsRefused() throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let dir = folder.appendingPathComponent("projects").path
    try Binary.newProject("bank", in: dir, scenario: "bank-credit-scoring")
    let blocker = folder.path + "/bank-report-en.md"
    try FileManager.default.createDirectory(atPath: blocker, withIntermediateDirectories: true)
    let run = try Binary.run(["export", "bank", "--dir", dir, "-o", folder.path])
    #expect(run.status == 73, "\(run.stderr)")
    #expect(run.stdout.isEmpty)
    #expect(run.stderr == "shinsa: \(blocker) is a folder; name the file to write with -o.\n")
  }

  /// The HTML report shows the sandbox route in full once, in its own section, and no list
  /// item holds only a nested list (an empty bullet).
  @Test func theHTMLReportShowsTheSandboxOnceWithoutEmptyBullets() throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let bank = try String(contentsOfFile: Self.scenario("bank-credit-scoring"), encoding: .utf8)
    let grayZone = try Binary.write(
      bank.replacingOccurrences(
        of: "\"regulatory_barrier\": \"none\"", with: "\"regulatory_barrier\": \"unclear\""),
      named: "gray.json", in: folder)
    let dir = folder.appendingPathComponent("projects").path
    #expect(try Binary.run(["new", "gray", "--dir", dir, "--answers", grayZone]).status == 0)
    for lang in ["en", "ja"] {
      let html = try Binary.run([
        "export", "gray", "--dir", dir, "--format", "html", "--lang", lang,
      ])
      #expect(html.status == 0, "\(html.stderr)")
      #expect(html.stdout.contains("<code>gray-zone</code>"))
      #expect(!html.stdout.contains("<li><ul>"), "\(lang): an empty bullet")
      let eligibility = lang == "en" ? "Eligibility:</span>" : "適格性:</span>"
      #expect(
        html.stdout.components(separatedBy: eligibility).count == 2,
        "\(lang): the eligibility is shown more than once")
      #expect(html.stdout.contains("<a href=\"#sandbox\">"))
      #expect(html.stdout.components(separatedBy: "<section id=\"sandbox\">").count == 2)
    }
  }

  // MARK: Mistyped commands

  @Test(arguments: [
    (["lst"], "lst", "list"), (["asses", "--answers", "f.json"], "asses", "assess"),
    (["exprot", "demo"], "exprot", "export"), (["reasess", "x"], "reasess", "reassess"),
    (["rulebok", "check"], "rulebok", "rulebook"), (["hlep"], "hlep", "help"),
  ])
  func aMistypedCommandSuggestsTheCommand(arguments: [String], word: String, command: String)
    throws
  {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let run = try Binary.run(arguments + ["--dir", folder.path])
    #expect(run.status == 64, "\(arguments): \(run.stderr)")
    #expect(run.stdout.isEmpty)
    #expect(run.stderr == "shinsa: unknown command '\(word)' (did you mean '\(command)'?)\n")
  }

  @Test func anExistingProjectOrFileIsNotATypo() throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let dir = folder.path
    try Binary.newProject("lst", in: dir, scenario: "factory-visual-inspection")
    // "lst" is a project in --dir, so it is opened (which needs a terminal: exit 64 saying so).
    let project = try Binary.run(["lst", "--dir", dir])
    #expect(project.status == 64)
    #expect(project.stderr.contains("interactive terminal"), "\(project.stderr)")
    // A word far from every command is still a project name.
    let far = try Binary.run(["zzzzzz", "--dir", dir])
    #expect(far.status == 66, "\(far.stderr)")
    #expect(far.stderr.contains("zzzzzz.shinsa.json: no such file"))
  }

  // MARK: reassess

  /// A newer rulebook edition that moves the bank's tier down.
  /// The bundled rulebook's edition.
  private static var current: String { (try? RulebookLoader.bundled().version) ?? "?" }

  private static func newerRulebook(in folder: URL) throws -> String {
    try Binary.rulebookCopy(
      [
        ("\"version\": \"\(current)\"", "\"version\": \"2027.01\""),
        (
          "\"use_case has credit-decision and people_affected >= $many-individuals\"",
          "\"use_case has credit-decision and people_affected >= 5000000\""
        ),
      ], named: "jp-ai-2027.json", in: folder)
  }

  @Test func reassessWithAnotherRulebookIsAWhatIfUnlessRecorded() throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let dir = folder.path
    let path = try Binary.newProject("bank", in: dir, scenario: "bank-credit-scoring")
    let newer = try Self.newerRulebook(in: folder)
    let before = try Data(contentsOf: URL(fileURLWithPath: path))

    let whatIf = try Binary.run(["reassess", "bank", "--dir", dir, "--rulebook", newer])
    #expect(whatIf.status == 0, "\(whatIf.stderr)")
    #expect(whatIf.stdout.contains("tier: specially-designated → important"))
    #expect(whatIf.stdout.contains("Not recorded: a what-if run against the rulebook \(newer)"))
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    #expect(!FilePaths.exists(path + ".bak"))

    let json = try Self.json(
      try Binary.run([
        "reassess", "bank", "--dir", dir, "--rulebook", newer, "--format", "json",
      ]).stdout)
    #expect(json["recorded"]?.value == .bool(false))
    if case .string(let reason)? = json["notRecordedBecause"]?.value {
      #expect(reason.contains("what-if"))
    } else {
      Issue.record("no notRecordedBecause")
    }

    // The next plain reassess finds nothing to record: the what-if left no history.
    let plain = try Binary.run(["reassess", "bank", "--dir", dir])
    #expect(plain.stdout.contains("No change"), "\(plain.stdout)")
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)

    let recorded = try Binary.run([
      "reassess", "bank", "--dir", dir, "--rulebook", newer, "--record",
    ])
    #expect(recorded.status == 0, "\(recorded.stderr)")
    #expect(!recorded.stdout.contains("Not recorded"))
    let document = try ProjectFile.read(
      path: path, rulebook: try RulebookLoader.load(path: newer)
    ).document
    #expect(document.rulebookVersion == "2027.01")
    #expect(document.lastAssessment?.tier == .important)
  }

  @Test func plainReassessDoesNotRecordADowngradeOfTheRulebook() throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let dir = folder.path
    let path = try Binary.newProject("bank", in: dir, scenario: "bank-credit-scoring")
    let newer = try Self.newerRulebook(in: folder)
    _ = try Binary.run(["reassess", "bank", "--dir", dir, "--rulebook", newer, "--record"])
    let after = try Data(contentsOf: URL(fileURLWithPath: path))

    let plain = try Binary.run(["reassess", "bank", "--dir", dir])
    #expect(plain.status == 0, "\(plain.stderr)")
    #expect(plain.stdout.contains("rulebook: 2027.01 → \(Self.current)"))
    #expect(
      plain.stdout.contains(
        "Not recorded: the project was last assessed with rulebook jp-ai 2027.01, newer than \(Self.current) in use"
      ), "\(plain.stdout)")
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == after)

    let forced = try Binary.run(["reassess", "bank", "--dir", dir, "--record"])
    #expect(forced.status == 0)
    let document = try ProjectFile.read(path: path, rulebook: try RulebookLoader.bundled())
      .document
    #expect(document.rulebookVersion == Self.current)
    #expect(document.lastAssessment?.tier == .speciallyDesignated)
  }

  @Test func reassessDryRunNeverWrites() throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let dir = folder.path
    let path = try Binary.newProject("bank", in: dir, scenario: "bank-credit-scoring")
    // Make the recorded assessment stale, so that a plain reassess would record.
    var document = try ProjectFile.read(path: path, rulebook: try RulebookLoader.bundled())
      .document
    document.lastAssessment?.tier = .standard
    try Data(ProjectCodec.encode(document).utf8).write(to: URL(fileURLWithPath: path))
    let before = try Data(contentsOf: URL(fileURLWithPath: path))

    let dry = try Binary.run(["reassess", "bank", "--dir", dir, "--dry-run"])
    #expect(dry.status == 0, "\(dry.stderr)")
    #expect(dry.stdout.contains("tier: standard → specially-designated"))
    #expect(dry.stdout.contains("Not recorded: --dry-run."))
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)

    let both = try Binary.run(["reassess", "bank", "--dir", dir, "--dry-run", "--record"])
    #expect(both.status == 64)
    #expect(both.stderr.contains("either --dry-run or --record"))

    let plain = try Binary.run(["reassess", "bank", "--dir", dir])
    #expect(!plain.stdout.contains("Not recorded"))
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) != before)
  }

  @Test func rulebookVersionsCompareByNumber() {
    #expect(RulebookVersionOrder.isOlder("2026.11", than: "2027.01"))
    #expect(RulebookVersionOrder.isOlder("2026.9", than: "2026.11"))
    #expect(!RulebookVersionOrder.isOlder("2026.11", than: "2026.11"))
    #expect(!RulebookVersionOrder.isOlder("2027.01", than: "2026.11"))
    #expect(RulebookVersionOrder.isOlder("2026.11", than: "2026.11.1"))
  }

  // MARK: diff

  @Test func diffComparesAnswersFilesOnEitherSide() throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let dir = folder.path
    let bank = Self.scenario("bank-credit-scoring")
    let project = try Binary.newProject("bank", in: dir, scenario: "bank-credit-scoring")
    let larger = try Binary.write(
      #"{"answers": {"sector": ["finance"], "use_case": ["credit-decision"], "people_affected": 10}}"#,
      named: "small.json", in: folder)

    let files = try Binary.run(["diff", bank, larger])
    #expect(files.status == 0, "\(files.stderr)")
    #expect(!files.stdout.contains("Metadata"))
    #expect(files.stdout.contains("people_affected: 2000000 → 10"))
    #expect(files.stdout.contains("tier: specially-designated →"))

    // The project made from the answers file has the same answers: no metadata compared.
    let mixed = try Binary.run(["diff", "bank", bank, "--dir", dir])
    #expect(mixed.status == 0, "\(mixed.stderr)")
    #expect(mixed.stdout == "No differences in answers or assessment.\n")
    let reversed = try Self.json(
      try Binary.run(["diff", bank, project, "--format", "json"]).stdout)
    #expect(reversed["metadataCompared"]?.value == .bool(false))
    #expect(reversed["answers"]?.value == .array([]))

    let broken = try Binary.write(
      #"{"answers": {"sectr": ["finance"]}}"#, named: "broken.json", in: folder)
    let bad = try Binary.run(["diff", broken, bank])
    #expect(bad.status == 65)
    #expect(bad.stdout.isEmpty)
    #expect(bad.stderr.contains("answers.sectr"), "\(bad.stderr)")
  }

  @Test func diffInJapaneseTranslatesWhatComesFromTheRulebook() throws {
    let bank = Self.scenario("bank-credit-scoring")
    let school = Self.scenario("school-ai-tutor")
    let english = try Binary.run(["diff", bank, school])
    let japanese = try Binary.run(["diff", bank, school, "--lang", "ja"])
    #expect(japanese.status == 0, "\(japanese.stderr)")
    for word in ["Answers", "Assessment", "tier:", "regulator", "obligation"] {
      #expect(english.stdout.contains(word), "\(word)")
      #expect(!japanese.stdout.contains(word), "\(word) untranslated:\n\(japanese.stdout)")
    }
    let rulebook = try RulebookLoader.bundled()
    for heading in ["回答", "評価", "区分:", "主管当局:", "+ 規制当局", "- 規制当局", "+ 義務・指針"] {
      #expect(japanese.stdout.contains(heading), "\(heading):\n\(japanese.stdout)")
    }
    if let mext = rulebook.regulator("mext") {
      #expect(japanese.stdout.contains("\(mext.name.text(.ja)) (mext)"))
    }
    if let tier = rulebook.tierInfo(.important) {
      #expect(japanese.stdout.contains("\(tier.label.text(.ja)) (important)"))
    }
    // Ids and answer values stay as they are.
    #expect(japanese.stdout.contains("sector: finance → education"))
  }

  // MARK: sandbox eligibility

  @Test func noSandboxNeededIsNotReadAsNotEligible() throws {
    let factory = try Self.json(
      try Binary.run([
        "assess", "--answers", Self.scenario("factory-visual-inspection"), "--format", "json",
      ]).stdout)
    #expect(factory.node(at: [.key("sandbox"), .key("route")])?.value == .string("none"))
    // The contract's value stays; the added key says why.
    #expect(factory.node(at: [.key("sandbox"), .key("eligible")])?.value == .string("no"))
    #expect(
      factory.node(at: [.key("sandbox"), .key("eligibility")])?.value == .string("not-needed"))

    let drone = try Self.json(
      try Binary.run([
        "assess", "--answers", Self.scenario("drone-delivery-pilot"), "--format", "json",
      ]).stdout)
    let eligible = drone.node(at: [.key("sandbox"), .key("eligible")])?.value
    #expect(drone.node(at: [.key("sandbox"), .key("route")])?.value != .string("none"))
    #expect(drone.node(at: [.key("sandbox"), .key("eligibility")])?.value == eligible)
  }
}
