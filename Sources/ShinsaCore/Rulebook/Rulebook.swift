/// A versioned rulebook: questions, regulators, rules, obligations, disclosure
/// fields and sandbox routes, each with sources and legal status.
///
/// Load one with ``RulebookLoader``; every condition in it has been parsed and
/// checked against its questions by then.
public struct Rulebook: Sendable {
  public var format: String
  public var formatVersion: Int
  public var id: String
  public var version: String
  public var asOf: String
  public var title: Localized
  /// The honesty notice shown with every tier.
  public var notice: Localized
  /// Why a universal item applies ("applies to every business that develops, provides or
  /// uses AI").
  public var universalReason: Localized
  /// The legal orders items belong to; the one without an exposure condition is home.
  public var jurisdictions: [Jurisdiction]
  public var tiers: [TierInfo]
  public var sources: [Source]
  public var assumptions: [Assumption]
  public var sections: [Section]
  public var questions: [Question]
  public var regulators: [Regulator]
  public var tierRules: [TierRule]
  public var regulatorRules: [RegulatorRule]
  public var obligations: [Obligation]
  public var disclosureFields: [DisclosureField]
  public var sandbox: SandboxRules

  /// Where the rulebook was loaded from ("jp-ai.json (bundled)" or a path).
  public internal(set) var origin: String = ""
  /// Question index by id.
  public internal(set) var questionIndex: [String: Int] = [:]
  /// Source index by id.
  public internal(set) var sourceIndex: [String: Int] = [:]
  /// Regulator index by id.
  public internal(set) var regulatorIndex: [String: Int] = [:]

  /// The question with `id`.
  public func question(_ id: String) -> Question? {
    questionIndex[id].map { questions[$0] }
  }

  /// The source with `id`.
  public func source(_ id: String) -> Source? {
    sourceIndex[id].map { sources[$0] }
  }

  /// The regulator with `id`.
  public func regulator(_ id: String) -> Regulator? {
    regulatorIndex[id].map { regulators[$0] }
  }

  /// The jurisdiction with `id`; nil means the home jurisdiction.
  public func jurisdiction(_ id: String?) -> Jurisdiction? {
    guard let id else { return jurisdictions.first(where: \.isHome) }
    return jurisdictions.first { $0.id == id }
  }

  /// The label and meaning of `tier`.
  public func tierInfo(_ tier: Tier) -> TierInfo? {
    tiers.first { $0.id == tier }
  }

  /// The assumption with `id`.
  public func assumption(_ id: String) -> Assumption? {
    assumptions.first { $0.id == id }
  }
}

extension Rulebook: Decodable {
  enum CodingKeys: String, CodingKey {
    case format, formatVersion, id, version, asOf, title, notice, universalReason, jurisdictions
    case tiers, sources, assumptions
    case sections, questions, regulators, tierRules, regulatorRules, obligations
    case disclosureFields, sandbox
  }
}
