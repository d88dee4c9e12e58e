import Foundation

/// The part of the rulebook a change belongs to.
public enum ChangeArea: String, Sendable, CaseIterable {
  case schema, domestic, foreign, sandbox

  /// The heading for the area.
  public func title(_ language: Language) -> String { titles.text(language) }

  private var titles: Localized {
    switch self {
    case .schema: Localized(en: "Schema and presentation", ja: "形式と表示")
    case .domestic: Localized(en: "Japanese law and guidance", ja: "日本の法令・指針")
    case .foreign: Localized(en: "Foreign law", ja: "海外の法令")
    case .sandbox: Localized(en: "Sandbox routes", ja: "サンドボックス制度")
    }
  }
}

/// One change to the rulebook: what changed, why, on which sources, and the audit rows it
/// answers.
public struct RulebookChange: Sendable, Equatable, Decodable {
  /// The area as written; ``area`` once validated.
  public var areaName: String
  /// Rulebook ids (or names such as "sources") the change touches.
  public var items: [String]
  /// Audit rows answered: "8", "omission 7", "ja-wording 2".
  public var audit: [String]
  public var change: String
  public var reason: String
  /// Ids of rulebook sources behind the change.
  public var sources: [String]
  /// Where and why shinsa reads the law differently from the audit.
  public var disagree: String?

  enum CodingKeys: String, CodingKey {
    case items, audit, change, reason, sources, disagree
    case areaName = "area"
  }

  /// The area (validated when the changelog loads).
  public var area: ChangeArea { ChangeArea(rawValue: areaName) ?? .schema }
}

/// One release of the rulebook and its changes.
public struct RulebookRelease: Sendable, Equatable, Decodable {
  public var version: String
  public var date: String
  public var summary: String
  public var changes: [RulebookChange]
}

/// The rulebook's changelog (`jp-ai-changelog.json`): every change of every release, its
/// reason and its sources.
public struct RulebookChangelog: Sendable, Equatable, Decodable {
  public var format: String
  /// The id of the rulebook it describes.
  public var rulebook: String
  /// Newest first, as written.
  public var releases: [RulebookRelease]

  /// The release with `version`.
  public func release(_ version: String) -> RulebookRelease? {
    releases.first { $0.version == version }
  }

  /// The changes of every release that touch `item`, newest release first.
  public func changes(touching items: Set<String>) -> [(release: String, change: RulebookChange)] {
    releases.flatMap { release in
      release.changes.filter { !items.isDisjoint(with: $0.items) }.map { (release.version, $0) }
    }
  }
}

/// Loads and checks changelogs against the rulebook they describe.
public enum RulebookChangelogLoader {
  /// The largest changelog file accepted.
  public static let maximumBytes = 4 * 1024 * 1024

  /// The changelog bundled with shinsa, checked against `rulebook`.
  public static func bundled(for rulebook: Rulebook) throws(RulebookError) -> RulebookChangelog {
    // Built into the binary from jp-ai-changelog.json (Plugins/EmbedRulebook); decoded on use.
    let bytes = EmbeddedRulebook.changelogJSON.withUTF8Buffer { Array($0) }
    return try load(bytes: bytes, fileName: "jp-ai-changelog.json", for: rulebook)
  }

  /// Loads the changelog at `path` and checks it against `rulebook`.
  public static func load(
    path: String, displayName: String? = nil, for rulebook: Rulebook
  ) throws(RulebookError) -> RulebookChangelog {
    let name = displayName ?? path
    let bytes = try RulebookError.readFile(path, name: name, maximumBytes: maximumBytes)
    return try load(bytes: bytes, fileName: name, for: rulebook)
  }

  /// Decodes changelog bytes and checks them: the format, the rulebook id, every area and
  /// every source id. `fileName` names the file in errors.
  public static func load(
    bytes: [UInt8], fileName: String, for rulebook: Rulebook
  ) throws(RulebookError) -> RulebookChangelog {
    let locator = JSONLocator(bytes: bytes, fileName: fileName)
    let changelog = try locator.decode(RulebookChangelog.self)
    guard changelog.format == "shinsa-rulebook-changelog" else {
      throw locator.error(
        "format must be \"shinsa-rulebook-changelog\"", at: [.key("format")])
    }
    guard changelog.rulebook == rulebook.id else {
      throw locator.error(
        "the changelog is for rulebook \"\(changelog.rulebook)\", not \"\(rulebook.id)\"",
        at: [.key("rulebook")])
    }
    let sourceIDs = Set(rulebook.sources.map(\.id))
    let areas = ChangeArea.allCases.map(\.rawValue)
    for (releaseIndex, release) in changelog.releases.enumerated() {
      for (index, change) in release.changes.enumerated() {
        let path: [JSONPathComponent] = [
          .key("releases"), .index(releaseIndex), .key("changes"), .index(index),
        ]
        guard ChangeArea(rawValue: change.areaName) != nil else {
          throw locator.error(
            "unknown area \"\(change.areaName)\" (expected \(areas.joined(separator: ", ")))",
            at: path + [.key("area")])
        }
        for (sourceIndex, id) in change.sources.enumerated() where !sourceIDs.contains(id) {
          throw locator.error(
            "unknown source \"\(id)\"\(Suggest.didYouMean(id, among: sourceIDs))",
            at: path + [.key("sources"), .index(sourceIndex)])
        }
      }
    }
    return changelog
  }
}
