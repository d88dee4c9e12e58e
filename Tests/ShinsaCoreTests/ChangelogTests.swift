import Foundation
import Testing

@testable import ShinsaCore

/// The rulebook changelog: loading, validation against the rulebook, and rendering.
@Suite struct ChangelogTests {
  static let changelog: RulebookChangelog = {
    do {
      return try RulebookChangelogLoader.bundled(for: Support.rulebook)
    } catch {
      fatalError("the bundled changelog does not load: \(error)")
    }
  }()

  private func load(_ text: String) throws(RulebookError) -> RulebookChangelog {
    try RulebookChangelogLoader.load(
      bytes: Array(text.utf8), fileName: "log.json", for: Support.rulebook)
  }

  private func log(area: String = "foreign", sources: String = "[]") -> String {
    """
    {"format": "shinsa-rulebook-changelog", "rulebook": "jp-ai", "releases": [
      {"version": "2027.01", "date": "2027-01-05", "summary": "s", "changes": [
        {"area": "\(area)", "items": ["eu.ai-act"], "audit": ["omission 7", "9", "ja-wording 1"],
         "change": "c", "reason": "r", "sources": \(sources)}]}]}
    """
  }

  @Test func bundledChangelogDescribesTheBundledRulebook() {
    let log = Self.changelog
    #expect(log.rulebook == Support.rulebook.id)
    #expect(log.release(Support.rulebook.version) != nil)
    let ids = Set(Support.rulebook.sources.map(\.id))
    for change in log.releases.flatMap(\.changes) {
      #expect(ChangeArea(rawValue: change.areaName) != nil)
      #expect(!change.change.isEmpty && !change.reason.isEmpty)
      for id in change.sources { #expect(ids.contains(id), "unknown source \(id)") }
    }
  }

  @Test func foreignAuditRowsAreAnswered() throws {
    let release = try #require(Self.changelog.release("2026.12"))
    let rows = ChangelogReport.auditRows(release)
    for row in ["8", "9", "10", "omission 7"] { #expect(rows.contains(row), "row \(row)") }
  }

  /// The December 2026 audit: errors 1–26, omissions 1–10 and the nine rows of its Japanese
  /// wording table must each be fixed or answered by an entry of release 2026.12.
  @Test func everyAuditRowIsAnswered() throws {
    let release = try #require(Self.changelog.release("2026.12"))
    let rows = ChangelogReport.auditRows(release)
    let expected =
      (1...26).map(String.init) + (1...10).map { "omission \($0)" }
      + (1...9).map { "ja-wording \($0)" }
    for row in expected { #expect(rows.contains(row), "audit row \(row) is not answered") }
  }

  @Test func unknownAreaIsRejectedWithItsPosition() {
    #expect {
      try load(log(area: "foriegn"))
    } throws: { error in
      let error = error as? RulebookError
      return error?.message.contains("unknown area \"foriegn\"") == true && error?.position != nil
    }
  }

  @Test func unknownSourceIsRejectedWithASuggestion() {
    #expect {
      try load(log(sources: "[\"eu-ai-akt\"]"))
    } throws: { error in
      (error as? RulebookError)?.message
        == "unknown source \"eu-ai-akt\" (did you mean 'eu-ai-act'?)"
    }
  }

  @Test func aChangelogForAnotherRulebookIsRejected() {
    let text = log().replacingOccurrences(
      of: "\"rulebook\": \"jp-ai\"", with: "\"rulebook\": \"x\"")
    #expect(throws: RulebookError.self) { try load(text) }
  }

  @Test func malformedJSONNamesTheFile() {
    #expect {
      try load("{\"format\": ")
    } throws: { error in
      (error as? RulebookError)?.description.hasPrefix("log.json:1:") == true
    }
  }

  @Test func auditRowsSortErrorsThenOmissionsThenWording() throws {
    let release = try #require(try load(log(sources: "[\"eu-ai-act\"]")).releases.first)
    #expect(ChangelogReport.auditRows(release) == ["9", "omission 7", "ja-wording 1"])
  }

  @Test func everyFormatShowsEveryChange() throws {
    let report = ChangelogReport(changelog: Self.changelog, rulebook: Support.rulebook)
    let text = report.text()
    let markdown = report.markdown()
    let json = try JSONSerialization.jsonObject(with: Data(report.json().utf8))
    for change in Self.changelog.releases.flatMap(\.changes) {
      #expect(text.contains(change.change))
      #expect(markdown.contains(ReportMarkdown.escape(change.change)))
    }
    let releases = try #require((json as? [String: Any])?["releases"] as? [Any])
    #expect(releases.count == Self.changelog.releases.count)
  }

  @Test func changesTouchingItemsAreFound() {
    let touching = Self.changelog.changes(touching: ["eu.ai-act-high-risk"])
    #expect(!touching.isEmpty)
    #expect(touching.allSatisfy { $0.change.items.contains("eu.ai-act-high-risk") })
    #expect(Self.changelog.changes(touching: ["no-such-item"]).isEmpty)
  }
}
