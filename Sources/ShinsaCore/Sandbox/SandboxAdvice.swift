/// Where a checklist row's effective state comes from.
public enum ChecklistOrigin: String, Sendable, Equatable {
  /// Suggested by the interview answers (no state of the user's own for the criterion; the
  /// checklist entry may still hold evidence).
  case answers
  /// Set by the user in the checklist, which overrides the answers.
  case checklist
}

/// One eligibility criterion of the advised route, as the checklist shows it.
public struct ChecklistRow: Sendable, Equatable {
  /// The criterion, with its title, `blocking` flag and sources.
  public var criterion: SandboxCriterion
  /// The state the interview answers suggest (from the criterion's `met` condition).
  public var suggested: ChecklistState
  /// The answers the suggestion rests on.
  public var because: [TraceAnswer]
  /// The user's checklist entry, if any.
  public var entry: ChecklistItem?

  /// Creates a row.
  public init(
    criterion: SandboxCriterion, suggested: ChecklistState, because: [TraceAnswer],
    entry: ChecklistItem?
  ) {
    self.criterion = criterion
    self.suggested = suggested
    self.because = because
    self.entry = entry
  }

  /// The state that counts: the state the user set when there is one, otherwise the
  /// suggestion. Evidence alone never changes it.
  public var state: ChecklistState { entry?.state ?? suggested }
  /// Whether the effective state came from the answers or the checklist.
  public var origin: ChecklistOrigin { entry?.state == nil ? .answers : .checklist }
  /// The evidence note of the checklist entry (empty when there is none).
  public var evidence: String { entry?.evidence ?? "" }
  /// The sources of the criterion.
  public var sources: [String] { criterion.sources }
  /// True when the row stops the route: a blocking criterion whose state is no.
  public var isBlockingNo: Bool { criterion.blocking && state == .no }
  /// True when the row still needs work: unknown, or no on a criterion that does not block.
  public var isGap: Bool { state == .unknown || (state == .no && !criterion.blocking) }

  /// The checklist state that a three-valued truth suggests.
  public static func state(for truth: Truth) -> ChecklistState {
    switch truth {
    case .yes: return .yes
    case .no: return .no
    case .unknown: return .unknown
    }
  }
}

/// shinsa's verdict on the advised route's checklist: advice, not an official determination.
public enum SandboxVerdict: Sendable, Equatable {
  /// Every criterion is yes or not applicable.
  case likelyEligible
  /// Some criteria are unknown, or no on a criterion that does not block: the rows to close.
  case gapsToClose([ChecklistRow])
  /// No route is needed (or none is chosen yet), or a blocking criterion is no: those rows.
  case notASandboxCase([ChecklistRow])

  /// The rows the verdict names (gaps, or blocking criteria that are no).
  public var rows: [ChecklistRow] {
    switch self {
    case .likelyEligible: return []
    case .gapsToClose(let rows), .notASandboxCase(let rows): return rows
    }
  }

  /// A stable word for machine-readable output.
  public var word: String {
    switch self {
    case .likelyEligible: return "likely-eligible"
    case .gapsToClose: return "gaps-to-close"
    case .notASandboxCase: return "not-a-sandbox-case"
    }
  }

  /// The verdict in plain words.
  public func label(_ language: Language) -> String { labels.text(language) }

  private var labels: Localized {
    switch self {
    case .likelyEligible:
      Localized(
        en: "Likely eligible (shinsa's advice, not an official decision)",
        ja: "要件を満たす見込み（shinsaの助言であり、公式の判断ではありません）")
    case .gapsToClose: Localized(en: "Gaps to close before applying", ja: "申請前に埋めるべき課題あり")
    case .notASandboxCase:
      Localized(en: "Not a sandbox case as things stand", ja: "現状ではサンドボックス等の対象外")
    }
  }
}

/// One plan item of the advised route with its saved draft and a suggestion from the answers.
public struct PlanRow: Sendable, Equatable {
  public var item: SandboxPlanItem
  /// The draft saved in the project, if any.
  public var draft: DisclosureDraft?
  /// Editable text suggested from the interview answers (state `.draft`), if any.
  public var prefill: DisclosureDraft?

  /// Creates a row.
  public init(item: SandboxPlanItem, draft: DisclosureDraft?, prefill: DisclosureDraft?) {
    self.item = item
    self.draft = draft
    self.prefill = prefill
  }

  /// The saved draft's text in `language` (empty when nothing is saved).
  public func text(_ language: Language) -> String {
    guard let draft else { return "" }
    return language == .en ? draft.en : draft.ja
  }

  /// True when the item is required and nothing is saved for it in `language` (withheld and
  /// not-applicable items need no text).
  public func moreInformationNeeded(_ language: Language) -> Bool {
    guard item.required else { return false }
    if let state = draft?.state, state == .withheld || state == .notApplicable { return false }
    return text(language).allSatisfy(\.isWhitespace)
  }
}

/// One process step of the advised route with the project's date and note for it.
public struct StepRow: Sendable, Equatable {
  public var step: SandboxStep
  /// The project's record of the step, if any.
  public var progress: ProcessStep?

  /// Creates a row.
  public init(step: SandboxStep, progress: ProcessStep?) {
    self.step = step
    self.progress = progress
  }

  /// Whether the step has a date (is done).
  public var isDone: Bool { !(progress?.date.isEmpty ?? true) }
}

/// The sandbox advice for one project: the route and why, its costs, the checklist, the
/// verdict, the plan and the steps. shinsa's advice, not an official determination.
public struct SandboxAdvice: Sendable, Equatable {
  /// The route the answers point to (the `none` route when no route fired).
  public var route: SandboxRoute
  /// The assessment's sandbox finding the advice rests on.
  public var finding: SandboxFinding
  /// The answers that chose the route (empty when no route fired).
  public var because: [TraceAnswer]
  /// True when the answers say no rule stands in the way, so no procedure is needed.
  public var noRouteNeeded: Bool
  /// Questions whose missing or unknown answers could change the route or its criteria.
  public var openQuestions: [String]
  /// The desk to contact, when the rulebook knows it.
  public var desk: Regulator?
  /// Other routes the answers also point to, highest priority first.
  public var alternatives: [SandboxRoute]
  /// One row per criterion of the route, in rulebook order.
  public var items: [ChecklistRow]
  public var verdict: SandboxVerdict
  /// The route's plan items, in rulebook order.
  public var plan: [PlanRow]
  /// The route's process steps, in rulebook order.
  public var steps: [StepRow]

  /// The cost in time: how long the procedure takes, per the rulebook.
  public var timing: Localized { route.timing }
  /// Whether a source confirms `timing`.
  public var timingConfirmed: Bool { route.timingConfirmed }
  /// The cost in disclosure: what gets published.
  public var publication: SandboxPublication { route.publication }
  /// The rows the verdict names.
  public var gaps: [ChecklistRow] { verdict.rows }
}
