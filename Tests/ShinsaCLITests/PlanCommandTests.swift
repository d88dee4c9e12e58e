import Foundation
import ShinsaCore
import Testing

/// End-to-end runs of the plan commands (status, obligation, evidence add, action add) through
/// the built binary, with today's date fixed by SHINSA_TODAY.
@Suite struct PlanCommandTests {
  /// A projects folder holding the bank-credit project "bank" (it has no plan yet).
  private struct Setup {
    let folder: URL
    let dir: String
    let project: String

    init() throws {
      folder = try Binary.temporaryFolder()
      dir = folder.appendingPathComponent("projects").path
      project = try Binary.newProject("bank", in: dir, scenario: "bank-credit-scoring")
    }

    func bytes() throws -> [UInt8] { Array(try Data(contentsOf: URL(fileURLWithPath: project))) }

    func document() throws -> ProjectDocument {
      try ProjectCodec.decode(try bytes(), file: project, rulebook: try RulebookLoader.bundled())
        .document
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }
  }

  /// Runs `shinsa ARGUMENTS --dir DIR` with SHINSA_TODAY set to `today`.
  private func run(_ arguments: [String], _ setup: Setup, today: String = "2026-12-02") throws
    -> Binary.Run
  {
    try Binary.runShell(
      "SHINSA_TODAY=\"$1\"; export SHINSA_TODAY; shift; exec \"$0\" \"$@\"",
      arguments: [today] + arguments + ["--dir", setup.dir])
  }

  /// `shinsa status bank --format json`, parsed.
  private func status(_ setup: Setup, today: String = "2026-12-02", _ extra: [String] = [])
    throws -> JSONNode
  {
    let result = try run(["status", "bank", "--format", "json"] + extra, setup, today: today)
    #expect(result.status == 0, "\(result.stderr)")
    return try JSONParser.parse(Array(result.stdout.utf8))
  }

  /// The JSON object of obligation `id` in a status report.
  private func row(_ id: String, in report: JSONNode) throws -> JSONNode {
    guard case .array(let rows)? = report["obligations"]?.value else {
      throw CocoaError(.coderValueNotFound)
    }
    return try #require(rows.first { $0["id"]?.value == .string(id) }, "no row for \(id)")
  }

  private func text(_ node: JSONNode?) -> String? {
    if case .string(let text)? = node?.value { return text }
    return nil
  }

  private func evidenceStates(_ report: JSONNode) -> [String] {
    guard case .array(let items)? = report["evidence"]?.value else { return [] }
    return items.compactMap { text($0["state"]) }
  }

  @Test func everyStatusRuleThroughTheCommandLine() throws {
    let setup = try Setup()
    defer { setup.remove() }
    let untouched = try setup.bytes()

    let metBare = try run(["obligation", "bank", "appi.security", "--status", "met"], setup)
    #expect(metBare.status == 65)
    #expect(metBare.stderr.contains("\"met\" needs a reason or evidence"))
    let naBare = try run(
      ["obligation", "bank", "appi.security", "--status", "not-applicable"], setup)
    #expect(naBare.status == 65)
    #expect(naBare.stderr.contains("\"not applicable\" needs a reason"))
    #expect(try setup.bytes() == untouched, "a refused status writes nothing")

    for (word, reason) in [
      ("partly", ""), ("gap", "no inventory"), ("not-applicable", "no personal data"),
      ("met", "policy v3"),
    ] {
      let result = try run(
        ["obligation", "bank", "appi.security", "--status", word, "--reason", reason], setup)
      #expect(result.status == 0, "\(word): \(result.stderr)")
      #expect(result.stdout.hasPrefix("appi.security: \(word)"))
      let shown = try row("appi.security", in: try status(setup))
      #expect(text(shown["status"]) == word)
      #expect(text(shown["reason"]) == reason)
      #expect(shown["reopened"]?.value == .bool(false))
    }
    let log = try setup.document().changeLog.filter { $0.kind == "status" }
    #expect(log.map(\.to) == ["partly", "gap", "not-applicable", "met"])
    #expect(log.map(\.from) == ["unknown", "partly", "gap", "not-applicable"])

    let cleared = try run(["obligation", "bank", "appi.security", "--status", "unknown"], setup)
    #expect(cleared.status == 0)
    #expect(try setup.document().plan.obligations["appi.security"] == nil)
    #expect(text(try row("appi.security", in: try status(setup))["status"]) == "unknown")

    let typo = try run(["obligation", "bank", "appi.securty", "--status", "gap"], setup)
    #expect(typo.status == 64)
    #expect(typo.stderr.contains("did you mean 'appi.security'?"))
    let badStatus = try run(["obligation", "bank", "appi.security", "--status", "done"], setup)
    #expect(badStatus.status == 64)
  }

  @Test func evidenceIsOkThenStaleChangedAndMissingAndMakesMetPossible() throws {
    let setup = try Setup()
    defer { setup.remove() }
    let inside = setup.dir + "/evidence/policy.txt"
    try FileManager.default.createDirectory(
      atPath: setup.dir + "/evidence", withIntermediateDirectories: true)
    try Data("policy v1\n".utf8).write(to: URL(fileURLWithPath: inside))

    let added = try run(
      [
        "evidence", "add", "bank", "appi.security", inside, "--note", "規程 v1", "--review-by",
        "2027-03-31",
      ], setup)
    #expect(added.status == 0, "\(added.stderr)")
    #expect(added.stdout == "Added ev1: evidence/policy.txt for appi.security.\n")
    let item = try #require(try setup.document().plan.evidence.first)
    #expect(item.path == "evidence/policy.txt", "stored relative to the project's folder")
    #expect(item.sha256 == SHA256.hex(Array("policy v1\n".utf8)))
    #expect(item.added == "2026-12-02")

    // Evidence lets "met" stand without a reason.
    let met = try run(["obligation", "bank", "appi.security", "--status", "met"], setup)
    #expect(met.status == 0, "\(met.stderr)")

    // The same file for a disclosure field joins the item.
    let again = try run(["evidence", "add", "bank", "disclosure:ai-use", inside], setup)
    #expect(again.status == 0, "\(again.stderr)")
    #expect(
      try setup.document().plan.evidence.map(\.supports) == [
        ["appi.security", "disclosure:ai-use"]
      ])

    #expect(evidenceStates(try status(setup)) == ["ok"])
    #expect(evidenceStates(try status(setup, today: "2027-03-31")) == ["ok"])
    #expect(evidenceStates(try status(setup, today: "2027-04-01")) == ["stale"])
    let shown = try row("appi.security", in: try status(setup, today: "2027-04-01"))
    guard case .array(let rowEvidence)? = shown["evidence"]?.value else {
      Issue.record("no evidence in the row")
      return
    }
    #expect(rowEvidence.map { text($0["state"]) } == ["stale"])

    // Edited after it was added.
    try Data("policy v2\n".utf8).write(to: URL(fileURLWithPath: inside))
    #expect(evidenceStates(try status(setup)) == ["changed"])
    #expect(evidenceStates(try status(setup, today: "2027-04-01")) == ["changed"])
    // Adding it again records the new content.
    let refreshed = try run(["evidence", "add", "bank", "appi.security", inside], setup)
    #expect(refreshed.stdout.contains("its content had changed"))
    #expect(evidenceStates(try status(setup)) == ["ok"])
    let log = try #require(try setup.document().changeLog.last)
    #expect(log.kind == "evidence")
    #expect(log.from == SHA256.hex(Array("policy v1\n".utf8)))
    #expect(log.to == SHA256.hex(Array("policy v2\n".utf8)))

    try FileManager.default.removeItem(atPath: inside)
    #expect(evidenceStates(try status(setup)) == ["missing"])

    // A file outside the project's folder is kept by its absolute path.
    let outside = setup.folder.appendingPathComponent("elsewhere.txt").path
    try Data("x".utf8).write(to: URL(fileURLWithPath: outside))
    #expect(try run(["evidence", "add", "bank", "appi.security", outside], setup).status == 0)
    let stored = try setup.document().plan.evidence.map(\.path)
    #expect(stored.count == 2)
    #expect(stored[1].hasPrefix("/") && stored[1].hasSuffix("/elsewhere.txt"))
  }

  @Test func failOnExits3AndNamesWhatTrippedIt() throws {
    let setup = try Setup()
    defer { setup.remove() }
    let evidence = setup.dir + "/a.txt"
    try Data("a".utf8).write(to: URL(fileURLWithPath: evidence))
    _ = try run(
      ["evidence", "add", "bank", "disclosure:ai-use", evidence, "--review-by", "2026-12-31"],
      setup)
    _ = try run(
      ["obligation", "bank", "fsa.model-risk-principles", "--status", "gap", "--reason", "none"],
      setup)

    let gap = try run(["status", "bank", "--fail-on", "gap"], setup)
    #expect(gap.status == 3)
    #expect(gap.stdout.contains("fsa.model-risk-principles"), "the report is still printed")
    #expect(gap.stderr.contains("fails --fail-on gap:"))
    #expect(gap.stderr.contains("  gap: fsa.model-risk-principles\n"))

    #expect(try run(["status", "bank", "--fail-on", "stale"], setup).status == 0)
    let stale = try run(["status", "bank", "--fail-on", "stale"], setup, today: "2027-01-01")
    #expect(stale.status == 3)
    #expect(stale.stderr.contains("  stale: disclosure:ai-use\n"))

    let unknown = try run(["status", "bank", "--fail-on", "unknown"], setup)
    #expect(unknown.status == 3)
    #expect(unknown.stderr.contains("appi.security"))
    #expect(!unknown.stderr.contains("fsa.model-risk-principles"))

    // Every obligation that applies set to something other than gap or unknown: passes.
    let report = try status(setup)
    guard case .array(let rows)? = report["obligations"]?.value else {
      Issue.record("no obligations")
      return
    }
    for id in rows.compactMap({ text($0["id"]) }) {
      let result = try run(
        ["obligation", "bank", id, "--status", "partly", "--reason", "in progress"], setup)
      #expect(result.status == 0, "\(id): \(result.stderr)")
    }
    let clean = try run(
      ["status", "bank", "--fail-on", "gap", "--fail-on", "unknown", "--fail-on", "stale"], setup)
    #expect(clean.status == 0, "\(clean.stderr)")
    #expect(clean.stderr.isEmpty)
  }

  @Test func actionsAreAddedAndOverdueIsMarked() throws {
    let setup = try Setup()
    defer { setup.remove() }
    let added = try run(
      [
        "action", "add", "bank", "Build a model inventory", "--for",
        "fsa.model-risk-principles", "--for", "question:role", "--owner", "K. Ito", "--due",
        "2026-12-15",
      ], setup)
    #expect(added.status == 0, "\(added.stderr)")
    #expect(added.stdout.hasPrefix("Added a1 for fsa.model-risk-principles, question:role"))
    #expect(try run(["action", "add", "bank", "Ask legal"], setup).status == 0)
    let actions = try setup.document().plan.actions
    #expect(actions.map(\.id) == ["a1", "a2"])
    #expect(actions[0].targets == ["fsa.model-risk-principles", "question:role"])
    #expect(actions[0].owner == "K. Ito" && actions[0].due == "2026-12-15")

    func overdue(_ today: String) throws -> [JSONValue] {
      let shown = try row("fsa.model-risk-principles", in: try status(setup, today: today))
      guard case .array(let items)? = shown["actions"]?.value else { return [] }
      return items.compactMap { $0["overdue"]?.value }
    }
    #expect(try overdue("2026-12-15") == [.bool(false)])
    #expect(try overdue("2026-12-16") == [.bool(true)])
  }

  @Test func badInputIsOneSentenceWithItsExitStatus() throws {
    let setup = try Setup()
    defer { setup.remove() }
    let untouched = try setup.bytes()
    let missing = try run(["evidence", "add", "bank", "appi.security", "no-such.pdf"], setup)
    #expect(missing.status == 66)
    #expect(missing.stderr == "shinsa: cannot add evidence: no-such.pdf: no such file.\n")
    let folder = try run(["evidence", "add", "bank", "appi.security", setup.dir], setup)
    #expect(folder.status == 66)
    #expect(folder.stderr.contains("is a folder, not a file"))
    let date = try run(
      ["evidence", "add", "bank", "appi.security", setup.project, "--review-by", "2027-02-30"],
      setup)
    #expect(date.status == 64)
    #expect(date.stderr.contains("--review-by 2027-02-30 is not a date like 2026-12-31."))
    let field = try run(["evidence", "add", "bank", "disclosure:ai-us", setup.project], setup)
    #expect(field.status == 64)
    #expect(field.stderr.contains("did you mean 'disclosure:ai-use'?"))
    let due = try run(["action", "add", "bank", "x", "--due", "tomorrow"], setup)
    #expect(due.status == 64)
    let empty = try run(["action", "add", "bank", "  "], setup)
    #expect(empty.status == 64)
    let target = try run(["action", "add", "bank", "x", "--for", "criterion:nvel"], setup)
    #expect(target.status == 64)
    #expect(target.stderr.contains("did you mean 'criterion:novel'?"))
    let today = try run(["status", "bank"], setup, today: "someday")
    #expect(today.status == 64)
    #expect(today.stderr.contains("SHINSA_TODAY=someday is not a date"))
    // The workbench refuses it the same way at start, before the terminal or the project.
    for arguments in [["open", "bank"], ["bank"], ["open", "bank", "--plain"], ["open"]] {
      let workbench = try run(arguments, setup, today: "2026-13-01")
      #expect(workbench.status == 64, "\(arguments): \(workbench.stderr)")
      #expect(
        workbench.stderr.contains("SHINSA_TODAY=2026-13-01 is not a date like 2026-12-31."),
        "\(arguments): \(workbench.stderr)")
      #expect(workbench.stderr.split(separator: "\n").count == 1, "one sentence")
    }
    let noProject = try run(["status", "nobody"], setup)
    #expect(noProject.status == 66)
    #expect(try setup.bytes() == untouched, "nothing refused was written")
  }

  @Test func theFileRoundTripsAndReadingNeverWrites() throws {
    let setup = try Setup()
    defer { setup.remove() }
    // A project without a plan: status reads it, "unknown" on an unset obligation changes
    // nothing, and the file keeps its bytes.
    let original = try setup.bytes()
    #expect(try run(["status", "bank"], setup).status == 0)
    #expect(
      try run(["obligation", "bank", "appi.security", "--status", "unknown"], setup).status == 0)
    #expect(try setup.bytes() == original)
    #expect(!String(decoding: original, as: UTF8.self).contains("\n  \"plan\": "))

    try Data("p".utf8).write(to: URL(fileURLWithPath: setup.dir + "/p.txt"))
    _ = try run(["evidence", "add", "bank", "appi.security", setup.dir + "/p.txt"], setup)
    _ = try run(["obligation", "bank", "appi.security", "--status", "met"], setup)
    _ = try run(["action", "add", "bank", "Review", "--due", "2027-01-01"], setup)
    let written = try setup.bytes()
    let document = try setup.document()
    #expect(Array(ProjectCodec.encode(document).utf8) == written, "written as shinsa writes")
    #expect(document.plan.evidence.count == 1 && document.plan.actions.count == 1)
    for format in ["text", "json", "markdown"] {
      #expect(try run(["status", "bank", "--format", format], setup).status == 0)
    }
    #expect(try setup.bytes() == written, "status never writes")
    // The backup is the version before the last change.
    let backup = Array(try Data(contentsOf: URL(fileURLWithPath: setup.project + ".bak")))
    #expect(!String(decoding: backup, as: UTF8.self).contains("\"text\": \"Review\""))
  }

  @Test func aRulebookChangeToTheObligationReopensItsStatus() throws {
    let setup = try Setup()
    defer { setup.remove() }
    _ = try run(
      ["obligation", "bank", "appi.security", "--status", "partly", "--reason", "half"], setup)
    let changed = try Binary.rulebookCopy(
      [
        (
          "Take security control measures for the personal data",
          "Take documented security control measures for the personal data"
        )
      ], named: "changed.json", in: setup.folder)
    let shown = try row(
      "appi.security", in: try status(setup, today: "2026-12-02", ["--rulebook", changed]))
    #expect(text(shown["status"]) == "unknown")
    #expect(shown["reopened"]?.value == .bool(true))
    #expect(text(shown["reason"]) == "half")
    let unchanged = try row("appi.security", in: try status(setup))
    #expect(text(unchanged["status"]) == "partly")
    // reassess says so rather than carrying the old status over silently.
    let reassess = try run(["reassess", "bank", "--rulebook", changed, "--dry-run"], setup)
    #expect(reassess.status == 0, "\(reassess.stderr)")
    #expect(
      reassess.stdout.contains(
        "plan: appi.security partly → unknown (the rulebook changed this obligation"))
    let json = try run(
      ["reassess", "bank", "--rulebook", changed, "--dry-run", "--format", "json"], setup)
    #expect(
      json.stdout.contains(
        """
          "plan": [
            {
              "id": "appi.security",
              "was": "partly",
              "now": "unknown"
            }
          ],
        """))
    let same = try run(["reassess", "bank", "--dry-run"], setup)
    #expect(!same.stdout.contains("plan:"))
  }
}
