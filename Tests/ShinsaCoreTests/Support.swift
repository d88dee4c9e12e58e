import Foundation
import Testing

@testable import ShinsaCore

/// Shared fixtures for core tests.
enum Support {
  /// Tests/Fixtures in the source tree.
  static let fixtures: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")

  /// The bundled rulebook, loaded once.
  static let rulebook: Rulebook = {
    do {
      return try RulebookLoader.bundled()
    } catch {
      fatalError("the bundled rulebook does not load: \(error)")
    }
  }()

  /// The bundled rulebook's raw text, for making broken copies.
  static let rulebookText: String = {
    guard let url = bundledURL(),
      let text = try? String(contentsOf: url, encoding: .utf8)
    else { fatalError("cannot read the bundled rulebook") }
    return text
  }()

  private static func bundledURL() -> URL? {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Sources/ShinsaCore/Resources/jp-ai.json")
  }

  /// Scenario files: name and raw bytes.
  static func scenarios() -> [(name: String, bytes: [UInt8])] {
    let folder = fixtures.appendingPathComponent("scenarios")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(".json") }.sorted().compactMap { name in
      guard
        let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path)
      else {
        return nil
      }
      return (name, Array(data))
    }
  }

  /// A complete, benign set of contract answers (the factory scenario), to vary in tests.
  static let factory: [String: Answer] = [
    "sector": .choices(["industrial"]), "use_case": .choices(["quality-inspection"]),
    "role": .choice("developer"), "people_affected": .number(0), "decision_role": .choice("none"),
    "infrastructure_operator": .bool(false), "personal_data": .choice("none"),
    "cross_border_transfer": .bool(false), "uses_foundation_model": .bool(false),
    "fine_tuned": .bool(false), "offered_in_eu": .bool(false), "headquarters": .choice("japan"),
    "regulatory_barrier": .choice("none"),
  ]

  /// The bank-credit scenario's answers.
  static let bank: [String: Answer] = [
    "sector": .choices(["finance"]), "use_case": .choices(["credit-decision"]),
    "role": .choice("provider"),
    "people_affected": .number(2_000_000), "decision_role": .choice("decides"),
    "infrastructure_operator": .bool(false), "personal_data": .choice("personal"),
    "cross_border_transfer": .bool(true), "uses_foundation_model": .bool(true),
    "fine_tuned": .bool(true),
    "offered_in_eu": .bool(false), "headquarters": .choice("foreign"),
    "regulatory_barrier": .choice("none"),
  ]

  static func assess(_ answers: [String: Answer]) -> Assessment {
    Assessor(rulebook: rulebook).assess(answers)
  }

  static func with(_ base: [String: Answer], _ changes: [String: Answer?]) -> [String: Answer] {
    var copy = base
    for (key, value) in changes { copy[key] = value }
    return copy
  }

  /// Loads a rulebook from text, returning the error if it fails.
  static func load(_ text: String, name: String = "broken.json") -> Result<Rulebook, RulebookError>
  {
    Result { () throws(RulebookError) -> Rulebook in
      try RulebookLoader.load(bytes: Array(text.utf8), fileName: name)
    }
  }

  /// Replaces the first occurrence of `old` after `marker` (or anywhere, without a marker)
  /// in the bundled rulebook text.
  static func rulebookReplacing(_ old: String, with new: String, after marker: String? = nil)
    -> String
  {
    var text = rulebookText
    let start = marker.flatMap { text.range(of: $0)?.upperBound } ?? text.startIndex
    #expect(
      marker == nil || text.range(of: marker ?? "") != nil, "marker \(marker ?? "") not found")
    guard let range = text.range(of: old, range: start..<text.endIndex) else {
      Issue.record("\(old) not found in the rulebook")
      return text
    }
    text.replaceSubrange(range, with: new)
    return text
  }
}
