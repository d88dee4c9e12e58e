/// The report's first page: where the project stands at a glance. Built once from the
/// project and rendered by every format (Markdown, HTML, text, JSON) and by the workbench's
/// Report pane, so they all say the same thing.
public struct ReportSummary: Sendable, Equatable {
  /// A visible question still open: not answered, or answered "unknown".
  public struct OpenQuestion: Sendable, Equatable {
    public var id: String
    /// The question's text in the summary's language.
    public var text: String
    /// True when answered "unknown", false when not answered.
    public var unknown: Bool
  }

  /// One answer change that would move the tier, worded in the summary's language.
  public struct TierChange: Sendable, Equatable {
    public var change: Counterfactual
    /// "Question: answer → answer: tier …" with question text and option labels.
    public var sentence: String
  }

  /// A regulator by id, with its name for the summary's language.
  public struct NamedRegulator: Sendable, Equatable {
    public var id: String
    /// "Financial Services Agency (FSA)".
    public var name: String
  }

  /// How many obligations have one status.
  public struct StatusCount: Sendable, Equatable {
    public var status: ObligationStatus
    public var count: Int
  }

  public var language: Language
  public var tier: Tier
  /// The tier's name in the summary's language.
  public var tierLabel: String
  /// shinsa's "not a statutory category" label for the tier.
  public var notStatutory: String
  /// The primary regulator's id and name ("Financial Services Agency (FSA)"), if any.
  public var primaryRegulator: NamedRegulator?
  /// The number of obligations that apply or may apply, by status, in `ObligationStatus`
  /// order.
  public var counts: [StatusCount]
  /// Open actions past their due date, in the order added.
  public var overdueActions: [PlanAction]
  /// Visible questions not answered or answered "unknown", in interview order.
  public var openQuestions: [OpenQuestion]
  /// Every single-answer change that moves the tier.
  public var tierChanges: [TierChange]

  /// The summary of a project: `interview` gives its visible questions and answers,
  /// `plan` where it stands (computed for one date), `counterfactuals` every single-answer
  /// change (of which those moving the tier are kept).
  public init(
    interview: Interview, assessment: Assessment, rulebook: Rulebook, plan: PlanStatusReport,
    counterfactuals: [Counterfactual], language: Language
  ) {
    self.language = language
    tier = assessment.tier
    tierLabel = rulebook.tierInfo(assessment.tier)?.label.text(language) ?? assessment.tier.rawValue
    notStatutory = Tier.notStatutoryLabel(language)
    primaryRegulator = assessment.primaryRegulator.map { finding in
      guard let regulator = rulebook.regulator(finding.id) else {
        return NamedRegulator(id: finding.id, name: finding.id)
      }
      return NamedRegulator(
        id: finding.id,
        name: regulator.name.text(language)
          + (language == .en ? " (\(regulator.abbreviation))" : "（\(regulator.abbreviation)）"))
    }
    counts = ObligationStatus.allCases.map { StatusCount(status: $0, count: plan.count($0)) }
    overdueActions = plan.actions.filter(\.overdue).map(\.action)
    openQuestions = interview.visibleQuestions.compactMap { question in
      let answer = interview.activeAnswer(question.id)
      guard answer == nil || answer == .unknown else { return nil }
      return OpenQuestion(
        id: question.id, text: question.text.text(language), unknown: answer == .unknown)
    }
    tierChanges = counterfactuals.filter { $0.effect.tier != nil }.map {
      TierChange(
        change: $0,
        sentence: CounterfactualWording.sentence($0, rulebook: rulebook, language: language))
    }
  }

  /// The number of obligations with `status`.
  public func count(_ status: ObligationStatus) -> Int {
    counts.first { $0.status == status }?.count ?? 0
  }

  /// The number of obligations that apply or may apply.
  public var obligations: Int { counts.reduce(0) { $0 + $1.count } }

  func t(_ en: String, _ ja: String) -> String { language == .en ? en : ja }

  // MARK: Wording

  /// "Summary" / 概要.
  public var heading: String { t("Summary", "概要") }

  /// The labels of the summary's lines, in order.
  public var labels:
    (
      tier: String, regulator: String, obligations: String, overdue: String, open: String,
      changes: String
    )
  {
    (
      t("Tier", "区分"), t("Primary regulator", "主管省庁"), t("Obligations", "義務"),
      t("Overdue actions", "期限切れの対応"), t("Open questions", "未確定の質問"),
      t("What would change the tier", "区分を変える回答")
    )
  }

  /// "12 obligations: 1 met, 0 partly met, 2 gap, 0 not applicable, 9 unknown".
  public var countsText: String {
    let parts = counts.map { "\($0.status.reportLabel(language)) \($0.count)" }
    return t(
      "\(obligations) apply or may apply; by status: " + parts.joined(separator: ", "),
      "該当・該当の可能性\(obligations)件：" + parts.joined(separator: "、"))
  }

  /// The primary regulator's name, or "none".
  public var regulatorText: String { primaryRegulator?.name ?? t("none", "なし") }

  /// One overdue action: "text (owner, due 2026-11-30)".
  public func actionText(_ action: PlanAction) -> String {
    var details: [String] = []
    if !action.owner.isEmpty { details.append(action.owner) }
    if let due = action.due { details.append(t("due \(due)", "期限 \(due)")) }
    guard !details.isEmpty else { return action.text }
    return action.text
      + t(" (\(details.joined(separator: ", ")))", "（\(details.joined(separator: "、"))）")
  }

  /// One open question: "text (not answered)" / "text（未回答）".
  public func questionText(_ question: OpenQuestion) -> String {
    let mark = question.unknown ? t("unknown", "不明") : t("not answered", "未回答")
    return question.text + t(" (\(mark))", "（\(mark)）")
  }

  // MARK: Output

  /// The summary as a report section (id "summary"): labelled lines, with the overdue
  /// actions, open questions and tier changes listed under theirs.
  public func blocks(level: Int = 2) -> ReportBlock {
    func items(_ texts: [String]) -> [ReportListItem] { texts.map { ReportListItem(.plain($0)) } }
    let none: [ReportInline] = .plain(t("none", "なし"))
    func listed(_ label: String, _ texts: [String]) -> ReportDefinition {
      texts.isEmpty
        ? ReportDefinition(label, none)
        : ReportDefinition("\(label) (\(texts.count))", [], nested: items(texts))
    }
    let definitions = [
      ReportDefinition(
        labels.tier,
        [
          .strong(.plain(tierLabel), role: "tier-name"),
          .span(.plain(t(" (\(notStatutory))", "（\(notStatutory)）")), role: "honesty"),
        ]),
      ReportDefinition(labels.regulator, .plain(regulatorText)),
      ReportDefinition(labels.obligations, .plain(countsText)),
      listed(labels.overdue, overdueActions.map(actionText)),
      listed(labels.open, openQuestions.map(questionText)),
      listed(labels.changes, tierChanges.map(\.sentence)),
    ]
    return .section(
      id: "summary", [.heading(level: level, .plain(heading)), .definitions(definitions)])
  }

  /// The summary as JSON: `tier`, `tierLabel`, `notStatutory`, `primaryRegulator` (id and
  /// name, or null), `counts` by status, `overdueActions` (ids), `openQuestions` (id and
  /// whether answered "unknown") and `tierChanges` (as in `assess --format json`'s
  /// `counterfactuals`, with the worded `text`).
  public func json() -> JSONOut {
    .object([
      ("tier", .string(tier.rawValue)),
      ("tierLabel", .string(tierLabel)),
      ("notStatutory", .string(notStatutory)),
      (
        "primaryRegulator",
        primaryRegulator.map { .object([("id", .string($0.id)), ("name", .string($0.name))]) }
          ?? .null
      ),
      ("obligations", .int(obligations)),
      ("counts", .object(counts.map { ($0.status.rawValue, .int($0.count)) })),
      ("overdueActions", .array(overdueActions.map { .string($0.id) })),
      (
        "openQuestions",
        .array(
          openQuestions.map {
            .object([
              ("question", .string($0.id)), ("text", .string($0.text)),
              ("unknown", .bool($0.unknown)),
            ])
          })
      ),
      (
        "tierChanges",
        .array(
          tierChanges.map {
            guard case .object(let members) = AssessmentJSON.counterfactual($0.change) else {
              return AssessmentJSON.counterfactual($0.change)
            }
            return .object(members + [("text", .string($0.sentence))])
          })
      ),
    ])
  }
}
