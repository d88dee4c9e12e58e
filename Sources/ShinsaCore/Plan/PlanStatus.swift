/// What `shinsa status --fail-on` can fail on.
public enum PlanFailOn: String, Sendable, Equatable, CaseIterable {
  /// An obligation whose status is gap.
  case gap
  /// An obligation whose status is unknown (never set, or reopened by a rulebook change).
  case unknown
  /// Evidence that is not ok: stale, changed or missing.
  case stale
}

/// Where a project stands on each obligation that applies or may apply on its answers today,
/// with each obligation's evidence (and its state) and actions.
public struct PlanStatusReport: Sendable, Equatable {
  /// One evidence item with its state today.
  public struct Evidence: Sendable, Equatable {
    public var item: EvidenceItem
    public var state: EvidenceState
  }

  /// One action, overdue when open past its due date.
  public struct Action: Sendable, Equatable {
    public var action: PlanAction
    public var overdue: Bool
  }

  /// One obligation's row.
  public struct Row: Sendable, Equatable {
    public var obligation: Obligation
    /// `.yes` when it applies, `.unknown` when an open answer leaves it open.
    public var applies: Truth
    public var status: EffectiveStatus
    public var evidence: [Evidence]
    public var actions: [Action]
  }

  public var today: String
  public var rows: [Row]
  /// Every evidence item with its state, in the order added.
  public var evidence: [Evidence]
  /// Every action, in the order added.
  public var actions: [Action]
  /// Obligation ids the plan names (statuses, evidence, actions) that the rulebook does not
  /// have (any more), sorted.
  public var notInRulebook: [String]

  /// The report for `plan` on `assessment`; `state` gives an evidence item's state today.
  public init(
    plan: Plan, assessment: Assessment, rulebook: Rulebook, today: String,
    state: (EvidenceItem) -> EvidenceState
  ) {
    self.today = today
    evidence = plan.evidence.map { Evidence(item: $0, state: state($0)) }
    actions = plan.actions.map { Action(action: $0, overdue: $0.isOverdue(today: today)) }
    let evidence = self.evidence
    let actions = self.actions
    rows = assessment.obligations.filter { $0.applies != .no }.map { finding in
      let id = finding.obligation.id
      return Row(
        obligation: finding.obligation, applies: finding.applies,
        status: plan.status(of: finding.obligation),
        evidence: evidence.filter { $0.item.supports.contains(id) },
        actions: actions.filter { $0.action.targets.contains(id) })
    }
    let known = Set(rulebook.obligations.map(\.id))
    let named =
      Array(plan.obligations.keys) + plan.evidence.flatMap(\.supports)
      + plan.actions.flatMap(\.targets)
    notInRulebook = Set(named.filter { !$0.contains(":") && !known.contains($0) }).sorted()
  }

  /// How many rows have each status.
  public func count(_ status: ObligationStatus) -> Int {
    rows.filter { $0.status.status == status }.count
  }

  /// What trips `failOn`: the obligation ids (and, for `.stale`, the `disclosure:FIELD`
  /// targets of evidence that is not ok), in report order.
  public func tripped(_ failOn: PlanFailOn) -> [String] {
    switch failOn {
    case .gap: return rows.filter { $0.status.status == .gap }.map(\.obligation.id)
    case .unknown: return rows.filter { $0.status.status == .unknown }.map(\.obligation.id)
    case .stale:
      let rowIDs = rows.filter { $0.evidence.contains { $0.state != .ok } }.map(\.obligation.id)
      let fields = evidence.filter { $0.state != .ok }.flatMap(\.item.supports).filter {
        $0.hasPrefix("disclosure:")
      }
      var seen: Set<String> = []
      return (rowIDs + fields).filter { seen.insert($0).inserted }
    }
  }

  // MARK: Output

  /// The report as JSON: `obligations` (each with `id`, `status`, `reason`, `reopened`,
  /// `evidence` and `actions`), every evidence item and action, and `notInRulebook`.
  public func json(project: String, language: Language) -> JSONOut {
    guard case .object(let members) = json(language: language) else { return .null }
    return .object([("project", .string(project))] + members)
  }

  /// The same as `json(project:language:)` without the project: the `plan` of a project
  /// export.
  public func json(language: Language) -> JSONOut {
    .object([
      ("today", .string(today)),
      (
        "counts",
        .object(ObligationStatus.allCases.map { ($0.rawValue, .int(count($0))) })
      ),
      (
        "obligations",
        .array(
          rows.map { row in
            .object([
              ("id", .string(row.obligation.id)),
              ("title", .string(row.obligation.title.text(language))),
              ("applies", .string(row.applies == .yes ? "yes" : "unknown")),
              ("status", .string(row.status.status.rawValue)),
              ("reason", .string(row.status.reason)),
              ("reopened", .bool(row.status.reopened)),
              ("evidence", .array(row.evidence.map(Self.json))),
              ("actions", .array(row.actions.map(Self.json))),
            ])
          })
      ),
      ("evidence", .array(evidence.map(Self.json))),
      ("actions", .array(actions.map(Self.json))),
      ("notInRulebook", .array(notInRulebook.map { .string($0) })),
    ])
  }

  private static func json(_ entry: Evidence) -> JSONOut {
    .object([
      ("id", .string(entry.item.id)), ("path", .string(entry.item.path)),
      ("sha256", .string(entry.item.sha256)), ("state", .string(entry.state.rawValue)),
      ("added", .string(entry.item.added)), ("reviewBy", .string(entry.item.reviewBy)),
      ("note", .string(entry.item.note)),
      ("supports", .array(entry.item.supports.map { .string($0) })),
    ])
  }

  private static func json(_ entry: Action) -> JSONOut {
    .object([
      ("id", .string(entry.action.id)), ("text", .string(entry.action.text)),
      ("owner", .string(entry.action.owner)), ("due", .string(entry.action.due)),
      ("done", .bool(entry.action.done)), ("overdue", .bool(entry.overdue)),
      ("for", .array(entry.action.targets.map { .string($0) })),
    ])
  }

  /// The counts line: "met 1 · partly 0 · gap 2 · not-applicable 0 · unknown 5".
  public var countsLine: String {
    ObligationStatus.allCases.map { "\($0.rawValue) \(count($0))" }.joined(separator: " · ")
  }

  /// The report for people: one block per obligation.
  public func text(heading: String, language: Language) -> String {
    var lines = [heading, countsLine, ""]
    for row in rows {
      let applies = row.applies == .yes ? "" : " (may apply)"
      lines.append("\(row.obligation.id)\(applies): \(row.obligation.title.text(language))")
      lines.append("  " + Self.statusText(row.status))
      for entry in row.evidence { lines.append("  evidence " + Self.text(entry)) }
      for entry in row.actions { lines.append("  action " + Self.text(entry)) }
    }
    let others = evidence.filter { entry in
      !rows.contains { row in row.evidence.contains { $0.item.id == entry.item.id } }
    }
    if !others.isEmpty {
      lines.append("")
      lines.append("Other evidence:")
      for entry in others {
        lines.append(
          "  \(Self.text(entry)) for \(entry.item.supports.joined(separator: ", "))")
      }
    }
    let loose = actions.filter { entry in
      !rows.contains { row in row.actions.contains { $0.action.id == entry.action.id } }
    }
    if !loose.isEmpty {
      lines.append("")
      lines.append("Other actions:")
      for entry in loose { lines.append("  " + Self.text(entry)) }
    }
    if !notInRulebook.isEmpty {
      lines.append("")
      lines.append(
        "Not in this rulebook (kept in the project): \(notInRulebook.joined(separator: ", "))")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The report as a Markdown table.
  public func markdown(heading: String, language: Language) -> String {
    var lines = ["# \(Self.cell(heading))", "", countsLine, ""]
    lines.append("| Obligation | Applies | Status | Evidence | Actions |")
    lines.append("|---|---|---|---|---|")
    for row in rows {
      let evidence = row.evidence.map { Self.cell(Self.text($0)) }.joined(separator: "<br>")
      let actions = row.actions.map { Self.cell(Self.text($0)) }.joined(separator: "<br>")
      lines.append(
        "| \(row.obligation.id) \(Self.cell(row.obligation.title.text(language))) | "
          + "\(row.applies == .yes ? "yes" : "may apply") | \(Self.cell(Self.statusText(row.status))) | "
          + "\(evidence) | \(actions) |")
    }
    if !notInRulebook.isEmpty {
      lines.append("")
      lines.append(
        "Not in this rulebook (kept in the project): \(notInRulebook.joined(separator: ", "))")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private static func statusText(_ status: EffectiveStatus) -> String {
    var text = status.status.rawValue
    if status.reopened { text += " (reopened: the rulebook changed this obligation)" }
    if !status.reason.isEmpty { text += " — \(status.reason)" }
    return text
  }

  private static func text(_ entry: Evidence) -> String {
    var text = "\(entry.item.id) \(entry.item.path): \(entry.state.rawValue)"
    if let reviewBy = entry.item.reviewBy { text += " (review by \(reviewBy))" }
    if !entry.item.note.isEmpty { text += " — \(entry.item.note)" }
    return text
  }

  private static func text(_ entry: Action) -> String {
    var details: [String] = []
    if !entry.action.owner.isEmpty { details.append(entry.action.owner) }
    if let due = entry.action.due { details.append("due \(due)") }
    if entry.action.done {
      details.append("done")
    } else if entry.overdue {
      details.append("overdue")
    }
    let suffix = details.isEmpty ? "" : " (\(details.joined(separator: ", ")))"
    return "\(entry.action.id)\(suffix): \(entry.action.text)"
  }

  /// Text made safe for one Markdown table cell.
  private static func cell(_ text: String) -> String {
    text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
  }
}
