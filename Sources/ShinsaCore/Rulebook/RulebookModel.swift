/// What kind of publication a source is.
public enum SourceKind: String, Codable, Sendable, CaseIterable {
  /// The instrument's own official text: e-Gov, the ministry's or the EU's own page.
  case official
  /// A translation published by the government body itself (or an official translation
  /// service such as Japanese Law Translation).
  case officialTranslation = "official-translation"
  /// Anyone else's account of it: law firms, news, mirrors, books. Never cited alone.
  case commentary
}

/// A document or web page a conclusion rests on.
public struct Source: Codable, Sendable, Equatable {
  public var id: String
  public var title: Localized
  public var publisher: Localized
  /// "YYYY-MM-DD", or coarser where the day is unknown.
  public var date: String
  public var url: String
  /// Official text, official translation or commentary.
  public var kind: SourceKind
  /// The jurisdiction whose law the source documents (nil: Japan). A foreign source's status
  /// is shown with its jurisdiction, so it never reads as Japanese law.
  public var jurisdiction: String?
  /// The legal status of what the source publishes (commentary is never `binding`).
  public var status: LegalStatus
  /// False where shinsa's research could not confirm the item.
  public var verified: Bool
  public var note: Localized?
}

/// A threshold shinsa chose itself (for example what "many individuals" means).
public struct Assumption: Codable, Sendable, Equatable {
  public var id: String
  public var value: Int
  public var title: Localized
  public var text: Localized
}

/// A group of questions in the interview.
public struct Section: Codable, Sendable, Equatable {
  public var id: String
  public var title: Localized
}

/// The kind of answer a question takes.
public enum QuestionKind: String, Codable, Sendable {
  /// Several options may be chosen.
  case multi
  /// Exactly one option.
  case single
  /// Yes or no.
  case yesno
  /// A whole number within bounds.
  case number
  /// Free text.
  case text
}

/// One choice of a single- or multi-choice question.
public struct ChoiceOption: Codable, Sendable, Equatable {
  public var value: String
  public var label: Localized
  public var explain: Localized
  /// For a use case: the sector values it belongs to (the interview lists it when one of
  /// them is chosen); nil for every sector.
  public var sectors: [String]? = nil
}

/// An interview question.
public struct Question: Codable, Sendable, Equatable {
  public var id: String
  public var section: String
  public var kind: QuestionKind
  /// Whether the id and values are part of the public answers-file contract.
  public var contract: Bool
  public var text: Localized
  /// Why the question is asked and what the answer changes.
  public var why: Localized
  public var help: Localized
  public var options: [ChoiceOption]?
  public var min: Int?
  public var max: Int?
  public var unit: Localized?
  /// The visibility condition as written in the rulebook.
  public var visibleIfSource: String?
  /// The compiled visibility condition (`.always` when there is none).
  public internal(set) var visibleIf: Condition = .always

  enum CodingKeys: String, CodingKey {
    case id, section, kind, contract, text, why, help, options, min, max, unit
    case visibleIfSource = "visibleIf"
  }

  /// The option values, in rulebook order.
  public var optionValues: [String] { options?.map(\.value) ?? [] }

  /// The option with `value`, if any.
  public func option(_ value: String) -> ChoiceOption? { options?.first { $0.value == value } }
}

/// A regulator's document, with its date and legal status.
public struct RegulatorDocument: Codable, Sendable, Equatable {
  public var title: Localized
  public var date: String
  public var status: LegalStatus
  public var sources: [String]
}

/// A ministry or agency with a role for AI in Japan.
public struct Regulator: Codable, Sendable, Equatable {
  public var id: String
  public var name: Localized
  public var abbreviation: String
  public var role: Localized
  public var documents: [RegulatorDocument]
  public var watch: [Localized]?
  public var sources: [String]
  /// The Japanese short name (for example 個情委 for the PPC); the Japanese name stands in
  /// when there is none.
  public var abbreviationJa: String? = nil

  /// The short name in `language`: the English abbreviation, or the Japanese short name.
  public func shortName(_ language: Language) -> String {
    language == .en ? abbreviation : abbreviationJa ?? name.ja
  }
}

/// A rule that raises the triage tier.
public struct TierRule: Codable, Sendable, Equatable {
  public var id: String
  public var tier: Tier
  public var whenSource: String
  public internal(set) var when: Condition = .always
  public var reason: Localized
  public var anchor: Localized
  public var status: LegalStatus
  public var sources: [String]
  public var assumptions: [String]?

  enum CodingKeys: String, CodingKey {
    case id, tier, reason, anchor, status, sources, assumptions
    case whenSource = "when"
  }
}

/// Whether a regulator leads or joins.
public enum RegulatorRole: String, Codable, Sendable {
  case primary
  case secondary
}

/// A rule that brings a regulator in.
public struct RegulatorRule: Codable, Sendable, Equatable {
  public var id: String
  public var regulator: String
  public var role: RegulatorRole
  /// For primary rules: the highest firing priority wins.
  public var priority: Int?
  public var whenSource: String
  public internal(set) var when: Condition = .always
  public var why: Localized
  public var sources: [String]

  enum CodingKeys: String, CodingKey {
    case id, regulator, role, priority, why, sources
    case whenSource = "when"
  }
}

/// A legal order whose law an item belongs to, and the exposure that brings it in.
public struct Jurisdiction: Codable, Sendable, Equatable {
  /// "jp" for Japan (the home jurisdiction, always in scope), "eu", "us-co", "cn", ...
  public var id: String
  /// What its law is called on screen ("EU law").
  public var name: Localized
  /// When it applies, in words ("applies if you offer the system in the EU").
  public var appliesIf: Localized
  /// The condition that brings it in; nil for the home jurisdiction.
  public var exposureSource: String?
  /// The compiled exposure condition (`.always` for the home jurisdiction).
  public internal(set) var exposure: Condition = .always

  enum CodingKeys: String, CodingKey {
    case id, name, appliesIf
    case exposureSource = "exposure"
  }

  /// True for the home jurisdiction (no exposure condition).
  public var isHome: Bool { exposureSource == nil }
}

/// Something the assessed business should do or watch, with its legal status.
public struct Obligation: Codable, Sendable, Equatable {
  public var id: String
  public var title: Localized
  public var summary: Localized
  public var status: LegalStatus
  public var regulator: String
  /// The condition as written. For a foreign item it is combined with its jurisdiction's
  /// exposure when compiled, so a foreign law never applies without that exposure.
  public var whenSource: String
  public internal(set) var when: Condition = .always
  /// True when the item applies to every business that develops, provides or uses AI: its
  /// "applies because" is the rulebook's `universalReason`, not an answer.
  public var universal: Bool?
  /// The jurisdiction whose law this is (nil: the home jurisdiction, Japan).
  public var jurisdiction: String?
  public var sources: [String]
  public var asOf: String
  public var verified: Bool
  public var note: Localized?

  enum CodingKeys: String, CodingKey {
    case id, title, summary, status, regulator, universal, jurisdiction, sources, asOf, verified
    case note
    case whenSource = "when"
  }

  /// Whether the item applies to every business (see ``universal``).
  public var appliesToEveryone: Bool { universal ?? false }
}

/// A framework that asks for a disclosure field.
public struct DisclosureFramework: Codable, Sendable, Equatable {
  public var name: Localized
  public var status: LegalStatus
  public var sources: [String]
  /// The jurisdiction whose law or guidance it is (nil: Japan). A foreign framework asks for
  /// the field only where its jurisdiction's exposure holds.
  public var jurisdiction: String?
}

/// One field of the transparency disclosure.
public struct DisclosureField: Codable, Sendable, Equatable {
  public var id: String
  public var title: Localized
  public var prompt: Localized
  public var frameworks: [DisclosureFramework]
  public var requiredWhenSource: String?
  public var recommendedWhenSource: String?
  /// The triage tier from which the field is required whatever the answers (nil: never).
  public var requiredFromTier: Tier?
  public internal(set) var requiredWhen: Condition = .never
  public internal(set) var recommendedWhen: Condition = .never

  enum CodingKeys: String, CodingKey {
    case id, title, prompt, frameworks, requiredFromTier
    case requiredWhenSource = "requiredWhen"
    case recommendedWhenSource = "recommendedWhen"
  }
}

/// The routes the sandbox advisor can point to.
public enum SandboxRouteID: String, Codable, Sendable, CaseIterable {
  case none
  case grayZone = "gray-zone"
  case newBusinessException = "new-business-exception"
  case projectSandbox = "project-sandbox"
  case regionalSandbox = "regional-sandbox"
  /// The ordinary permits (drone flight permission, Level 4 permission, radio licences),
  /// offered beside the sandbox routes for drones and automated driving.
  case ordinaryPermits = "ordinary-permits"
}

/// A desk that replaces a route's default desk when its condition holds on the answers.
public struct SandboxDesk: Codable, Sendable, Equatable {
  /// The regulator id of the desk.
  public var regulator: String
  public var whenSource: String
  public internal(set) var when: Condition = .never

  enum CodingKeys: String, CodingKey {
    case regulator
    case whenSource = "when"
  }
}

/// A route to permission to try something an existing rule stands in the way of.
public struct SandboxRoute: Codable, Sendable, Equatable {
  public var id: SandboxRouteID
  public var name: Localized
  public var summary: Localized
  public var whenSource: String
  public internal(set) var when: Condition = .always
  public var priority: Int
  public var status: LegalStatus
  public var statute: Localized
  public var timing: Localized
  public var timingConfirmed: Bool
  /// What gets published when the route is used.
  public var publication: SandboxPublication
  /// The default desk (a regulator id).
  public var desk: String
  /// Desks chosen by condition, in order; the first whose condition is yes replaces `desk`.
  public var desks: [SandboxDesk]?
  public var sources: [String]

  enum CodingKeys: String, CodingKey {
    case id, name, summary, priority, status, statute, timing, timingConfirmed, publication, desk
    case desks, sources
    case whenSource = "when"
  }
}

/// An eligibility criterion for one or more sandbox routes.
public struct SandboxCriterion: Codable, Sendable, Equatable {
  public var id: String
  public var routes: [SandboxRouteID]
  public var title: Localized
  public var metSource: String
  public internal(set) var met: Condition = .always
  /// When true, an unmet criterion makes the route ineligible; otherwise it is a gap to close.
  public var blocking: Bool
  public var sources: [String]

  enum CodingKeys: String, CodingKey {
    case id, routes, title, blocking, sources
    case metSource = "met"
  }
}

/// Sandbox routes, their criteria, the plan's contents and the process steps.
public struct SandboxRules: Codable, Sendable, Equatable {
  public var routes: [SandboxRoute]
  public var criteria: [SandboxCriterion]
  /// The draftable contents of a plan (empty when the rulebook has none).
  public var planItems: [SandboxPlanItem]
  /// The steps of each route's process (empty when the rulebook has none).
  public var steps: [SandboxStep]

  enum CodingKeys: String, CodingKey {
    case routes, criteria, planItems, steps
  }

  /// Decodes the rules; `planItems` and `steps` may be left out.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    routes = try container.decode([SandboxRoute].self, forKey: .routes)
    criteria = try container.decode([SandboxCriterion].self, forKey: .criteria)
    planItems = try container.decodeIfPresent([SandboxPlanItem].self, forKey: .planItems) ?? []
    steps = try container.decodeIfPresent([SandboxStep].self, forKey: .steps) ?? []
  }
}

/// A tier's label and meaning in the rulebook's words.
public struct TierInfo: Codable, Sendable, Equatable {
  public var id: Tier
  public var label: Localized
  public var meaning: Localized
  /// Sources for the tier's meaning (used by the trace of the standard tier).
  public var sources: [String]?
}
