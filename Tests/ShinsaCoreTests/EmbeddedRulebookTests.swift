import Foundation
import Testing

@testable import ShinsaCore

/// The rulebook built into the binary (generated from jp-ai.json by the EmbedRulebook plugin)
/// is the rulebook the JSON describes.
@Suite struct EmbeddedRulebookTests {
  /// The members compared below; a member added to `Rulebook` must be added here too.
  static let members: Set<String> = [
    "format", "formatVersion", "id", "version", "asOf", "title", "notice", "universalReason",
    "jurisdictions", "tiers", "sources", "assumptions", "sections", "questions", "regulators",
    "tierRules", "regulatorRules", "obligations", "disclosureFields", "sandbox", "origin",
    "questionIndex", "sourceIndex", "regulatorIndex",
  ]

  /// The names of the members of `lhs` and `rhs` that differ.
  static func differences(_ lhs: Rulebook, _ rhs: Rulebook) -> [String] {
    var differing: [String] = []
    func check<T: Equatable>(_ name: String, _ value: (Rulebook) -> T) {
      if value(lhs) != value(rhs) { differing.append(name) }
    }
    check("format") { $0.format }
    check("formatVersion") { $0.formatVersion }
    check("id") { $0.id }
    check("version") { $0.version }
    check("asOf") { $0.asOf }
    check("title") { $0.title }
    check("notice") { $0.notice }
    check("universalReason") { $0.universalReason }
    check("jurisdictions") { $0.jurisdictions }
    check("tiers") { $0.tiers }
    check("sources") { $0.sources }
    check("assumptions") { $0.assumptions }
    check("sections") { $0.sections }
    check("questions") { $0.questions }
    check("regulators") { $0.regulators }
    check("tierRules") { $0.tierRules }
    check("regulatorRules") { $0.regulatorRules }
    check("obligations") { $0.obligations }
    check("disclosureFields") { $0.disclosureFields }
    check("sandbox") { $0.sandbox }
    check("origin") { $0.origin }
    check("questionIndex") { $0.questionIndex }
    check("sourceIndex") { $0.sourceIndex }
    check("regulatorIndex") { $0.regulatorIndex }
    return differing
  }

  @Test func embeddedRulebookEqualsTheJSONFile() throws {
    let embedded = try RulebookLoader.bundled()
    let file = Support.fixtures.deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Sources/ShinsaCore/Resources/jp-ai.json").path
    var fromJSON = try RulebookLoader.load(path: file)
    fromJSON.origin = embedded.origin
    #expect(Self.differences(embedded, fromJSON) == [])
    #expect(try Self.differences(embedded, RulebookLoader.bundledFromJSON()) == [])
    // Every stored member is compared: a new one must be added to `members` and the check.
    let labels = Set(Mirror(reflecting: embedded).children.compactMap(\.label))
    #expect(labels == Self.members)
  }

  @Test func comparisonSeesADifference() throws {
    let embedded = try RulebookLoader.bundled()
    var changed = embedded
    changed.questions[3].help.ja += "。"
    #expect(Self.differences(embedded, changed) == ["questions"])
    changed = embedded
    changed.obligations[0].when = .never
    #expect(Self.differences(embedded, changed) == ["obligations"])
  }

  @Test func embeddedTextsAreTheFiles() throws {
    let resources = Support.fixtures.deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Sources/ShinsaCore/Resources")
    let rulebook = try Data(contentsOf: resources.appendingPathComponent("jp-ai.json"))
    #expect(RulebookLoader.bundledBytes() == [UInt8](rulebook))
    let changelog = try Data(contentsOf: resources.appendingPathComponent("jp-ai-changelog.json"))
    #expect(EmbeddedRulebook.changelogJSON.withUTF8Buffer { Array($0) } == [UInt8](changelog))
  }
}
