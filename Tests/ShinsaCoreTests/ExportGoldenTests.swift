import Foundation
import Testing

@testable import ShinsaCore

/// Golden exports: every report format in English, Japanese and both, for the demo project, a
/// project with a sandbox route and a project with a plan (statuses, evidence ok, changed,
/// missing and stale, actions overdue and done), compared byte for byte with
/// Tests/Fixtures/golden/exports. Every export is made on the same date, `today`.
///
/// A missing or different file fails. To re-record on purpose after a deliberate change to the
/// exports, run `SHINSA_RECORD_GOLDEN=1 swift test --filter ExportGoldenTests` and review the
/// diff of Tests/Fixtures/golden/exports before committing.
@Suite struct ExportGoldenTests {
  static let folder = Support.fixtures.appendingPathComponent("golden")
    .appendingPathComponent("exports")

  static var recording: Bool {
    ProcessInfo.processInfo.environment["SHINSA_RECORD_GOLDEN"] == "1"
  }

  /// The date every golden export is made on: after the plan fixture's review date and some
  /// of its due dates, before others.
  static let today = "2026-12-01"

  /// The projects: the demo as `shinsa demo` wrote it (demo.shinsa.json beside the goldens),
  /// the clinic fixture, whose answers lead to a sandbox route with a checklist, and the demo
  /// with a plan (Tests/Fixtures/plan-project, its evidence files beside it).
  static func projects() throws -> [(name: String, document: ProjectDocument, folder: String)] {
    let demo = folder.appendingPathComponent("demo.shinsa.json").path
    let clinic = Support.fixtures.appendingPathComponent("projects")
      .appendingPathComponent("clinic-scribe.shinsa.json").path
    let plan = Support.fixtures.appendingPathComponent("plan-project")
      .appendingPathComponent("lending-plan.shinsa.json").path
    return try [("demo", demo), ("clinic-scribe", clinic), ("lending-plan", plan)].map {
      name, path in
      let bytes = try #require(FileManager.default.contents(atPath: path))
      return (
        name,
        try ProjectCodec.decode(Array(bytes), file: path, rulebook: Support.rulebook).document,
        URL(fileURLWithPath: path).deletingLastPathComponent().path
      )
    }
  }

  @Test func theDemoFixtureIsTheDemoProject() throws {
    let fixture = try #require(try Self.projects().first?.document)
    let demo = DemoProject.document(rulebook: Support.rulebook, now: fixture.metadata.created)
    #expect(fixture.answers == demo.answers)
    #expect(fixture.disclosure == demo.disclosure)
    #expect(fixture.sandbox == demo.sandbox)
  }

  static let languages: [(name: String, languages: [Language])] = [
    ("en", [.en]), ("ja", [.ja]), ("both", [.en, .ja]),
  ]

  @Test func everyFormatAndLanguageMatchesItsGolden() throws {
    for (name, document, projectFolder) in try Self.projects() {
      for format in ReportFormat.allCases {
        for (languageName, languages) in Self.languages {
          let text = ReportExport.render(
            document, rulebook: Support.rulebook, format: format, languages: languages,
            today: Self.today, projectFolder: projectFolder)
          compare(text, file: "\(name)-report-\(languageName).\(format.fileExtension)")
        }
      }
    }
  }

  @Test func theSandboxProjectHasASandboxSection() throws {
    let clinic = try #require(try Self.projects().first { $0.name == "clinic-scribe" }?.document)
    let text = ReportExport.render(
      clinic, rulebook: Support.rulebook, format: .markdown, languages: [.en])
    #expect(text.contains("## Regulatory sandbox checklist"))
  }

  @Test func partialReportsMatchTheirGoldens() throws {
    let demo = try #require(try Self.projects().first?.document)
    let parts: [(String, ExportSections)] = [
      ("disclosure", .disclosure), ("sandbox", .sandbox),
      ("disclosure-sandbox", [.disclosure, .sandbox]),
    ]
    for (part, sections) in parts {
      for format in ReportFormat.allCases {
        let text = ReportExport.render(
          demo, rulebook: Support.rulebook, format: format, languages: [.en, .ja],
          includePrivateNotes: true, sections: sections)
        compare(text, file: "demo-\(part)-both.\(format.fileExtension)")
      }
    }
  }

  private func compare(
    _ text: String, file: String, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let url = Self.folder.appendingPathComponent(file)
    if Self.recording {
      do {
        try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
      } catch {
        Issue.record("cannot write \(url.path): \(error)", sourceLocation: sourceLocation)
      }
      return
    }
    guard let data = FileManager.default.contents(atPath: url.path) else {
      Issue.record(
        "golden export \(file) is missing (record it with SHINSA_RECORD_GOLDEN=1)",
        sourceLocation: sourceLocation)
      return
    }
    let expected = String(decoding: data, as: UTF8.self)
    guard expected != text else { return }
    let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let new = text.split(separator: "\n", omittingEmptySubsequences: false)
    let line =
      (0..<min(old.count, new.count)).first { old[$0] != new[$0] } ?? min(old.count, new.count)
    let was = line < old.count ? String(old[line]) : "(end of file)"
    let now = line < new.count ? String(new[line]) : "(end of file)"
    Issue.record(
      Comment(
        rawValue: "golden export \(file) differs at line \(line + 1)\n- \(was)\n+ \(now)"
          + "\n(if the change is deliberate, re-record with SHINSA_RECORD_GOLDEN=1)"),
      sourceLocation: sourceLocation)
  }
}
