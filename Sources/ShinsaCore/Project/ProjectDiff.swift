/// What changed between two assessments: tier, review flag, regulators, obligations, sandbox route.
public struct AssessmentChanges: Sendable, Equatable {
  public var tier: (from: Tier, to: Tier)?
  public var requiresReview: (from: Bool, to: Bool)?
  public var primaryRegulator: (from: String, to: String)?
  public var regulatorsAdded: [String]
  public var regulatorsRemoved: [String]
  public var obligationsAdded: [String]
  public var obligationsRemoved: [String]
  public var sandboxRoute: (from: String, to: String)?
  public var rulebookVersion: (from: String, to: String)?

  /// Compares two snapshots.
  public init(from old: AssessmentSnapshot, to new: AssessmentSnapshot) {
    tier = old.tier != new.tier ? (old.tier, new.tier) : nil
    requiresReview =
      old.requiresReview != new.requiresReview ? (old.requiresReview, new.requiresReview) : nil
    primaryRegulator =
      old.primaryRegulator != new.primaryRegulator
      ? (old.primaryRegulator, new.primaryRegulator) : nil
    regulatorsAdded = new.regulators.filter { !old.regulators.contains($0) }
    regulatorsRemoved = old.regulators.filter { !new.regulators.contains($0) }
    obligationsAdded = new.obligations.filter { !old.obligations.contains($0) }
    obligationsRemoved = old.obligations.filter { !new.obligations.contains($0) }
    sandboxRoute = old.sandboxRoute != new.sandboxRoute ? (old.sandboxRoute, new.sandboxRoute) : nil
    rulebookVersion =
      old.rulebookVersion != new.rulebookVersion ? (old.rulebookVersion, new.rulebookVersion) : nil
  }

  /// True when nothing changed.
  public var isEmpty: Bool {
    tier == nil && requiresReview == nil && primaryRegulator == nil && regulatorsAdded.isEmpty
      && regulatorsRemoved.isEmpty && obligationsAdded.isEmpty && obligationsRemoved.isEmpty
      && sandboxRoute == nil
  }

  public static func == (lhs: AssessmentChanges, rhs: AssessmentChanges) -> Bool {
    lhs.lines(Rulebook?.none) == rhs.lines(Rulebook?.none)
  }

  /// The changes as lines for people, with obligation titles when a rulebook is given. In
  /// Japanese, the labels and what comes from the rulebook (tier, regulator, obligation and
  /// route names) are translated; ids stay, in parentheses.
  public func lines(_ rulebook: Rulebook?, language: Language = .en) -> [String] {
    let ja = language == .ja
    func named(_ name: String?, _ id: String) -> String { name.map { "\($0) (\(id))" } ?? id }
    func title(_ id: String) -> String {
      named(rulebook?.obligations.first { $0.id == id }?.title.text(language), id)
    }
    func tierName(_ tier: Tier) -> String {
      ja ? named(rulebook?.tierInfo(tier)?.label.text(.ja), tier.rawValue) : tier.rawValue
    }
    func regulator(_ id: String) -> String {
      ja ? named(rulebook?.regulator(id)?.name.text(.ja), id) : id
    }
    func route(_ id: String) -> String {
      ja ? named(rulebook?.sandbox.routes.first { $0.id.rawValue == id }?.name.text(.ja), id) : id
    }
    func yesNo(_ value: Bool) -> String { ja ? (value ? "あり" : "なし") : (value ? "yes" : "no") }
    var lines: [String] = []
    if let rulebookVersion {
      lines.append(
        "\(ja ? "ルールブック" : "rulebook"): \(rulebookVersion.from) → \(rulebookVersion.to)")
    }
    if let tier {
      let label = Tier.notStatutoryLabel(language)
      let note = ja ? "　※\(label)" : " (\(label))"
      lines.append("\(ja ? "区分" : "tier"): \(tierName(tier.from)) → \(tierName(tier.to))\(note)")
    }
    if let requiresReview {
      lines.append(
        "\(ja ? "要確認" : "requires review"): \(yesNo(requiresReview.from)) → \(yesNo(requiresReview.to))"
      )
    }
    if let primaryRegulator {
      lines.append(
        "\(ja ? "主管当局" : "primary regulator"): \(regulator(primaryRegulator.from)) → "
          + regulator(primaryRegulator.to))
    }
    let regulatorWord = ja ? "規制当局" : "regulator"
    let obligationWord = ja ? "義務・指針" : "obligation"
    for id in regulatorsAdded { lines.append("+ \(regulatorWord) \(regulator(id))") }
    for id in regulatorsRemoved { lines.append("- \(regulatorWord) \(regulator(id))") }
    for id in obligationsAdded { lines.append("+ \(obligationWord) \(title(id))") }
    for id in obligationsRemoved { lines.append("- \(obligationWord) \(title(id))") }
    if let sandboxRoute {
      lines.append(
        "\(ja ? "サンドボックス制度" : "sandbox route"): \(route(sandboxRoute.from)) → "
          + route(sandboxRoute.to))
    }
    return lines
  }

  /// The changes as JSON.
  public func json() -> JSONOut {
    func pair(_ from: String, _ to: String) -> JSONOut {
      .object([("from", .string(from)), ("to", .string(to))])
    }
    return .object([
      ("tier", tier.map { pair($0.from.rawValue, $0.to.rawValue) } ?? .null),
      (
        "requiresReview",
        requiresReview.map { .object([("from", .bool($0.from)), ("to", .bool($0.to))]) } ?? .null
      ),
      ("primaryRegulator", primaryRegulator.map { pair($0.from, $0.to) } ?? .null),
      ("regulatorsAdded", .array(regulatorsAdded.map { .string($0) })),
      ("regulatorsRemoved", .array(regulatorsRemoved.map { .string($0) })),
      ("obligationsAdded", .array(obligationsAdded.map { .string($0) })),
      ("obligationsRemoved", .array(obligationsRemoved.map { .string($0) })),
      ("sandboxRoute", sandboxRoute.map { pair($0.from, $0.to) } ?? .null),
      ("rulebookVersion", rulebookVersion.map { pair($0.from, $0.to) } ?? .null),
    ])
  }
}

/// The differences between two projects, or two versions of one.
public struct ProjectDiff: Sendable {
  /// One changed answer.
  public struct AnswerChange: Sendable, Equatable {
    public var question: String
    public var from: Answer?
    public var to: Answer?
  }

  public var metadata: [(field: String, from: String, to: String)]
  public var answers: [AnswerChange]
  public var assessment: AssessmentChanges

  /// Whether the metadata was compared (not when either side is an answers file).
  public var comparesMetadata: Bool

  /// Compares `a` with `b` under `rulebook`; `compareMetadata: false` when either side is an
  /// answers file, which has no client, system or assessor.
  public init(
    _ a: ProjectDocument, _ b: ProjectDocument, rulebook: Rulebook, compareMetadata: Bool = true
  ) {
    comparesMetadata = compareMetadata
    var metadata: [(field: String, from: String, to: String)] = []
    let pairs: [(String, String, String)] = [
      ("client", a.metadata.client, b.metadata.client),
      ("system", a.metadata.system, b.metadata.system),
      ("assessor", a.metadata.assessor, b.metadata.assessor),
    ]
    for (field, from, to) in pairs where compareMetadata && from != to {
      metadata.append((field, from, to))
    }
    self.metadata = metadata
    answers = rulebook.questions.compactMap { question in
      let from = a.answers[question.id]
      let to = b.answers[question.id]
      return from == to ? nil : AnswerChange(question: question.id, from: from, to: to)
    }
    let assessor = Assessor(rulebook: rulebook)
    let now = Timestamp.now()
    assessment = AssessmentChanges(
      from: AssessmentSnapshot(assessor.assess(a.answers), at: now),
      to: AssessmentSnapshot(assessor.assess(b.answers), at: now))
  }

  /// True when the projects' metadata, answers and assessments are the same.
  public var isEmpty: Bool { metadata.isEmpty && answers.isEmpty && assessment.isEmpty }

  /// The differences for people; in Japanese, everything but ids, answer values and what
  /// people wrote is translated.
  public func text(rulebook: Rulebook, language: Language = .en) -> String {
    let ja = language == .ja
    if isEmpty {
      if ja {
        return comparesMetadata ? "メタデータ・回答・評価に違いはありません。\n" : "回答・評価に違いはありません。\n"
      }
      return comparesMetadata
        ? "No differences in metadata, answers or assessment.\n"
        : "No differences in answers or assessment.\n"
    }
    let fieldNames = ["client": "依頼者", "system": "対象システム", "assessor": "評価者"]
    let notAnswered = ja ? "（未回答）" : "(not answered)"
    var lines: [String] = []
    if !metadata.isEmpty {
      lines.append(ja ? "メタデータ" : "Metadata")
      for change in metadata {
        let field = ja ? fieldNames[change.field] ?? change.field : change.field
        lines.append("  \(field): \(change.from) → \(change.to)")
      }
    }
    if !answers.isEmpty {
      lines.append(ja ? "回答" : "Answers")
      for change in answers {
        let from = change.from?.display ?? notAnswered
        let to = change.to?.display ?? notAnswered
        lines.append("  \(change.question): \(from) → \(to)")
      }
    }
    let assessmentLines = assessment.lines(rulebook, language: language)
    if !assessmentLines.isEmpty {
      lines.append(ja ? "評価" : "Assessment")
      lines += assessmentLines.map { "  " + $0 }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The differences as JSON.
  public func json() -> JSONOut {
    .object([
      (
        "metadata",
        .array(
          metadata.map {
            .object([
              ("field", .string($0.field)), ("from", .string($0.from)), ("to", .string($0.to)),
            ])
          })
      ),
      (
        "answers",
        .array(
          answers.map {
            .object([
              ("question", .string($0.question)), ("from", $0.from?.jsonOut ?? .null),
              ("to", $0.to?.jsonOut ?? .null),
            ])
          })
      ),
      ("assessment", assessment.json()),
      ("metadataCompared", .bool(comparesMetadata)),
    ])
  }
}
