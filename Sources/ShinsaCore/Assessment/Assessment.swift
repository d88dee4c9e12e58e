/// One answer a conclusion rests on. `answer` is nil when the question was not answered.
public struct TraceAnswer: Sendable, Equatable {
  public var question: String
  public var answer: Answer?
}

/// Why one conclusion was reached: the rule, the answers, the status and the sources.
public struct TraceEntry: Sendable, Equatable {
  /// The rule id ("tier.sd.credit-at-scale").
  public var rule: String
  /// What the rule concluded ("specially-designated", "fsa", an obligation id).
  public var conclusion: String
  public var because: [TraceAnswer]
  public var status: LegalStatus
  public var sources: [String]
  /// Thresholds shinsa chose that the rule used.
  public var assumptions: [String]
  /// True when the conclusion holds for every business (see `Rulebook.universalReason`), so
  /// it rests on no answer.
  public var universal: Bool = false
}

/// A regulator that applies, with its role and the rules that brought it in.
public struct RegulatorFinding: Sendable, Equatable {
  public var id: String
  public var role: RegulatorRole
  /// True when no primary rule fired and this regulator is the rulebook's default.
  public var isDefault: Bool
  public var why: [Localized]
  public var trace: [TraceEntry]
}

/// An obligation that applies (or may apply, when an answer is missing).
public struct ObligationFinding: Sendable, Equatable {
  public var obligation: Obligation
  /// `.yes` when it applies, `.unknown` when a missing or unknown answer leaves it open.
  public var applies: Truth
  public var trace: TraceEntry
}

/// How strongly shinsa asks for a disclosure field.
public enum DisclosureNeed: String, Sendable, Equatable {
  case required
  case recommended
  case notApplicable = "not-applicable"
}

/// The assessed need for one disclosure field.
public struct DisclosureFinding: Sendable, Equatable {
  public var fieldID: String
  public var need: DisclosureNeed
  /// True when a missing or unknown answer could make the field required.
  public var undecided: Bool
  public var because: [TraceAnswer]
  /// Set when the field is required because of the triage tier rather than its own condition.
  public var requiredByTier: Tier? = nil
  /// The frameworks that ask for the field here: Japanese ones always, a foreign one only
  /// where its jurisdiction's exposure holds or is still open.
  public var frameworks: [DisclosureFramework] = []
}

/// Whether a sandbox route is open to the applicant.
public enum Eligibility: String, Sendable, Equatable {
  case yes
  case no
  case unknown
}

/// One eligibility criterion as assessed.
public struct CriterionFinding: Sendable, Equatable {
  public var criterion: SandboxCriterion
  public var met: Truth
}

/// The sandbox route that fits, its eligibility and the gaps to close.
public struct SandboxFinding: Sendable, Equatable {
  public var route: SandboxRouteID
  public var eligible: Eligibility
  public var criteria: [CriterionFinding]
  /// Other routes the answers also point to.
  public var alternatives: [SandboxRouteID]
  public var trace: TraceEntry
  /// The desk for the route on these answers (a regulator id): the first of the route's
  /// conditional desks that applies, otherwise its default desk.
  public var desk: String = ""

  /// Criteria not (yet) met.
  public var gaps: [CriterionFinding] { criteria.filter { $0.met != .yes } }

  /// "not-needed" when no sandbox route is needed (route `none`), otherwise the eligibility
  /// for the route: "yes", "no" or "unknown". `eligible` alone says "no" for both.
  public var eligibility: String { route == .none ? "not-needed" : eligible.rawValue }
}

/// A conclusion that could change once a missing or unknown answer is given.
public struct ReviewItem: Sendable, Equatable {
  /// What could change: "tier", "regulator:ppc", "obligation:appi.security", "sandbox", "disclosure:ai-use".
  public var conclusion: String
  /// The questions whose answers would settle it.
  public var questions: [String]
}

/// The result of assessing one set of answers against a rulebook.
public struct Assessment: Sendable, Equatable {
  public var rulebookID: String
  public var rulebookVersion: String
  public var rulebookAsOf: String
  /// shinsa's triage tier: not a statutory category.
  public var tier: Tier
  /// The tier rules that fired (highest tier first), or the default entry for standard.
  public var tierTrace: [TraceEntry]
  /// Primary first, then secondary in rulebook order.
  public var regulators: [RegulatorFinding]
  public var obligations: [ObligationFinding]
  public var disclosure: [DisclosureFinding]
  /// Disclosure fields marked complete (filled in a project; zero for an answers file).
  public var disclosureComplete: Int
  public var sandbox: SandboxFinding
  public var review: [ReviewItem]

  /// True wherever a missing or unknown answer could change a conclusion.
  public var requiresReview: Bool { !review.isEmpty }

  /// The one primary regulator.
  public var primaryRegulator: RegulatorFinding? { regulators.first { $0.role == .primary } }
}
