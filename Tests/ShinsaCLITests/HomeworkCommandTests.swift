import Foundation
import ShinsaCore
import Testing

/// `shinsa homework export` and `import` through the built binary: exit statuses, files
/// left byte-identical, dry runs, conflicts and --force.
@Suite struct HomeworkCommandTests {
  private struct Setup {
    let folder: URL
    let dir: String
    let project: String

    init() throws {
      folder = try Binary.temporaryFolder()
      dir = folder.appendingPathComponent("projects").path
      project = try Binary.newProject("cv", in: dir, scenario: "cv-screening-tool")
    }

    func bytes() throws -> [UInt8] { Array(try Data(contentsOf: URL(fileURLWithPath: project))) }

    func modified() throws -> Date? {
      try FileManager.default.attributesOfItem(atPath: project)[.modificationDate] as? Date
    }

    func document() throws -> ProjectDocument {
      try ProjectCodec.decode(try bytes(), file: project, rulebook: try RulebookLoader.bundled())
        .document
    }

    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    func remove() { try? FileManager.default.removeItem(at: folder) }
  }

  private func run(_ arguments: [String], _ setup: Setup) throws -> Binary.Run {
    try Binary.run(arguments + ["--dir", setup.dir])
  }

  /// `form` with the answer line under the marker of `id` filled with `value`.
  private func fill(_ form: String, _ id: String, _ value: String) throws -> String {
    var lines = form.components(separatedBy: "\n")
    let start = try #require(lines.firstIndex { $0.hasPrefix("<!-- shinsa:question=\(id) ") })
    let answer = try #require(lines[start...].firstIndex { $0.hasPrefix("Answer:") })
    lines[answer] = "Answer: " + value
    return lines.joined(separator: "\n")
  }

  @Test func exportThenImportUneditedIsANoOpAndEditsArrive() throws {
    let setup = try Setup()
    defer { setup.remove() }
    let stdout = try run(["homework", "export", "cv"], setup)
    #expect(stdout.status == 0, "\(stdout.stderr)")
    #expect(stdout.stdout.contains("<!-- shinsa:question=offered_abroad was=none -->"))
    let written = try run(["homework", "export", "cv", "-o", setup.path("form.md")], setup)
    #expect(written.status == 0)
    #expect(written.stdout == "Wrote \(setup.path("form.md"))\n")
    let form = try String(contentsOfFile: setup.path("form.md"), encoding: .utf8)

    let before = try setup.bytes()
    let stamp = try setup.modified()
    Thread.sleep(forTimeInterval: 1.1)
    let noop = try run(["homework", "import", "cv", setup.path("form.md")], setup)
    #expect(noop.status == 0, "\(noop.stderr)")
    #expect(noop.stdout.hasPrefix("form.md: applied 0 changes, 0 conflicts"))
    #expect(try setup.bytes() == before)
    #expect(try setup.modified() == stamp, "an unedited form does not even touch the file")

    let filled = try fill(form, "offered_abroad", "United Kingdom, シンガポール")
    try Data(filled.utf8).write(to: URL(fileURLWithPath: setup.path("filled.md")))
    let dry = try run(["homework", "import", "cv", setup.path("filled.md"), "--dry-run"], setup)
    #expect(dry.status == 0)
    #expect(dry.stdout.contains("would apply 1 change"))
    #expect(dry.stdout.contains("offered_abroad: (none) → uk, singapore"))
    #expect(try setup.bytes() == before, "a dry run writes nothing")

    let applied = try run(["homework", "import", "cv", setup.path("filled.md")], setup)
    #expect(applied.status == 0, "\(applied.stderr)")
    let document = try setup.document()
    #expect(document.answers["offered_abroad"] == .choices(["uk", "singapore"]))
    #expect(document.changeLog.last?.kind == "homework")
    #expect(document.changeLog.last?.subject == "offered_abroad from filled.md")
  }

  @Test func aChangeSinceTheExportIsAConflictUntilForced() throws {
    let setup = try Setup()
    defer { setup.remove() }
    _ = try run(["homework", "export", "cv", "-o", setup.path("form.md")], setup)
    let form = try String(contentsOfFile: setup.path("form.md"), encoding: .utf8)
    try Data(try fill(form, "model_name", "GPT-X").utf8).write(
      to: URL(fileURLWithPath: setup.path("filled.md")))
    // Someone answers model_name in the project after the export.
    var document = try setup.document()
    document.answers["model_name"] = .text("in-house v2")
    try Data(ProjectCodec.encode(document).utf8).write(to: URL(fileURLWithPath: setup.project))
    let before = try setup.bytes()

    let conflict = try run(["homework", "import", "cv", setup.path("filled.md")], setup)
    #expect(conflict.status == 1)
    #expect(conflict.stdout.contains("conflict, line"))
    #expect(conflict.stdout.contains("model_name: changed in the project since the export"))
    #expect(try setup.bytes() == before)

    let forced = try run(["homework", "import", "cv", setup.path("filled.md"), "--force"], setup)
    #expect(forced.status == 0, "\(forced.stderr)")
    #expect(try setup.document().answers["model_name"] == .text("GPT-X"))
  }

  @Test func invalidAndMissingFormsApplyNothing() throws {
    let setup = try Setup()
    defer { setup.remove() }
    _ = try run(["homework", "export", "cv", "-o", setup.path("form.md")], setup)
    let form = try String(contentsOfFile: setup.path("form.md"), encoding: .utf8)
    // A valid edit before the invalid one: it must not be applied either.
    let bad = try fill(try fill(form, "model_name", "GPT-X"), "offered_abroad", "mars")
    try Data(bad.utf8).write(to: URL(fileURLWithPath: setup.path("bad.md")))
    let line =
      (bad.components(separatedBy: "\n").firstIndex { $0 == "Answer: mars" } ?? -1) + 1
    let before = try setup.bytes()

    let invalid = try run(["homework", "import", "cv", setup.path("bad.md")], setup)
    #expect(invalid.status == 65)
    #expect(invalid.stderr.contains("bad.md:\(line):"), "\(invalid.stderr)")
    #expect(invalid.stderr.contains("\"mars\" is not an option of offered_abroad"))
    #expect(invalid.stderr.contains("nothing was applied"))
    #expect(invalid.stderr.components(separatedBy: "\n").count == 2, "one sentence")
    #expect(try setup.bytes() == before)

    let missing = try run(["homework", "import", "cv", setup.path("nope.md")], setup)
    #expect(missing.status == 66)
    #expect(missing.stderr.contains("nope.md"))
    let noProject = try run(["homework", "export", "nosuch"], setup)
    #expect(noProject.status == 66)
    let usage = try run(["homework", "export", "cv", "--lang", "fr"], setup)
    #expect(usage.status == 64)
    #expect(try setup.bytes() == before)
  }
}
