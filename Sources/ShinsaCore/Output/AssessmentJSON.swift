extension Answer {
  /// The answer in answers-file JSON form.
  public var jsonOut: JSONOut {
    switch self {
    case .unknown: return .string("unknown")
    case .choice(let value): return .string(value)
    case .choices(let values): return .array(values.map { .string($0) })
    case .bool(let flag): return .bool(flag)
    case .number(let number): return .int(number)
    case .text(let text): return .string(text)
    }
  }
}

extension Truth {
  var word: String {
    switch self {
    case .yes: return "yes"
    case .no: return "no"
    case .unknown: return "unknown"
    }
  }
}

/// The `--format json` rendering of an assessment (the public contract of docs/assess.md).
public struct AssessmentJSON {
  public let assessment: Assessment
  public let rulebook: Rulebook
  public let language: Language
  /// The single-answer changes that would move the tier, the primary regulator or the
  /// sandbox route (`shinsa assess` gives them; nil leaves the key out).
  public let counterfactuals: [Counterfactual]?

  /// Creates a renderer.
  public init(
    assessment: Assessment, rulebook: Rulebook, language: Language = .en,
    counterfactuals: [Counterfactual]? = nil
  ) {
    self.assessment = assessment
    self.rulebook = rulebook
    self.language = language
    self.counterfactuals = counterfactuals
  }

  /// The JSON document.
  public func render() -> String { document().rendered() }

  /// The JSON value, for embedding in other documents.
  public func document() -> JSONOut {
    var cited: [String] = []
    func cite(_ ids: [String]) -> JSONOut {
      for id in ids where !cited.contains(id) { cited.append(id) }
      return .array(ids.map { .string($0) })
    }
    func trace(_ entry: TraceEntry) -> JSONOut {
      var members: [(String, JSONOut)] = [
        ("rule", .string(entry.rule)),
        ("conclusion", .string(entry.conclusion)),
        (
          "because",
          .array(
            entry.because.map {
              .object([("question", .string($0.question)), ("answer", $0.answer?.jsonOut ?? .null)])
            })
        ),
        ("status", .string(entry.status.rawValue)),
        ("sources", cite(entry.sources)),
      ]
      if entry.universal { members.append(("universal", .bool(true))) }
      if !entry.assumptions.isEmpty {
        members.append(("assumptions", .array(entry.assumptions.map { .string($0) })))
      }
      return .object(members)
    }
    let text = { (localized: Localized) in JSONOut.string(localized.text(language)) }

    let regulators: [JSONOut] = assessment.regulators.map { finding in
      let name = rulebook.regulator(finding.id)?.name.text(language) ?? finding.id
      return .object([
        ("id", .string(finding.id)),
        ("role", .string(finding.role.rawValue)),
        ("name", .string(name)),
        ("why", .string(finding.why.map { $0.text(language) }.joined(separator: " "))),
        ("default", .bool(finding.isDefault)),
        ("trace", .array(finding.trace.map(trace))),
      ])
    }
    let obligations: [JSONOut] = assessment.obligations.map { finding in
      let obligation = finding.obligation
      let jurisdiction = rulebook.jurisdiction(obligation.jurisdiction)?.id ?? "jp"
      return .object([
        ("id", .string(obligation.id)),
        ("title", text(obligation.title)),
        ("status", .string(obligation.status.rawValue)),
        (
          "statusLabel",
          .string(
            AssessmentWording.status(
              obligation.status, jurisdiction: obligation.jurisdiction, rulebook, language))
        ),
        ("jurisdiction", .string(jurisdiction)),
        ("universal", .bool(finding.trace.universal)),
        ("regulator", .string(obligation.regulator)),
        ("applies", .string(finding.applies.word)),
        ("appliesBecause", .string(AssessmentWording.appliesBecause(finding, rulebook, language))),
        ("summary", text(obligation.summary)),
        ("sources", cite(obligation.sources)),
        ("asOf", .string(obligation.asOf)),
        ("verified", .bool(obligation.verified)),
        ("trace", trace(finding.trace)),
      ])
    }
    let disclosure: JSONOut = .object([
      (
        "required",
        .array(assessment.disclosure.filter { $0.need == .required }.map { .string($0.fieldID) })
      ),
      (
        "recommended",
        .array(assessment.disclosure.filter { $0.need == .recommended }.map { .string($0.fieldID) })
      ),
      ("undecided", .array(assessment.disclosure.filter(\.undecided).map { .string($0.fieldID) })),
      (
        "frameworks",
        .object(
          assessment.disclosure.filter { $0.need != .notApplicable }.map { finding in
            (
              finding.fieldID,
              .array(
                finding.frameworks.map { framework in
                  .object([
                    ("name", text(framework.name)),
                    ("status", .string(framework.status.rawValue)),
                    (
                      "jurisdiction",
                      .string(rulebook.jurisdiction(framework.jurisdiction)?.id ?? "jp")
                    ),
                    ("sources", cite(framework.sources)),
                  ])
                })
            )
          })
      ),
      ("complete", .int(assessment.disclosureComplete)),
      ("total", .int(rulebook.disclosureFields.count)),
    ])
    let sandbox = assessment.sandbox
    let sandboxOut: JSONOut = .object([
      ("route", .string(sandbox.route.rawValue)),
      ("eligible", .string(sandbox.eligible.rawValue)),
      ("eligibility", .string(sandbox.eligibility)),
      ("gaps", .array(sandbox.gaps.map { .string($0.criterion.title.text(language)) })),
      (
        "criteria",
        .array(
          sandbox.criteria.map {
            .object([
              ("id", .string($0.criterion.id)),
              ("met", .string($0.met.word)),
              ("blocking", .bool($0.criterion.blocking)),
              ("sources", cite($0.criterion.sources)),
            ])
          })
      ),
      ("alternatives", .array(sandbox.alternatives.map { .string($0.rawValue) })),
      ("trace", trace(sandbox.trace)),
    ])
    let tierTrace = assessment.tierTrace.map(trace)
    let review: [JSONOut] = assessment.review.map {
      .object([
        ("conclusion", .string($0.conclusion)),
        ("questions", .array($0.questions.map { .string($0) })),
      ])
    }
    var usedAssumptions: [String] = []
    for entry in assessment.tierTrace + assessment.obligations.map(\.trace) {
      for id in entry.assumptions where !usedAssumptions.contains(id) { usedAssumptions.append(id) }
    }
    let assumptions: [JSONOut] = usedAssumptions.compactMap { id in
      rulebook.assumption(id).map {
        .object([
          ("id", .string($0.id)), ("value", .int($0.value)), ("title", text($0.title)),
          ("text", text($0.text)),
        ])
      }
    }
    let sources: [(String, JSONOut)] = cited.compactMap { id in
      rulebook.source(id).map { source in
        (
          id,
          .object([
            ("title", text(source.title)),
            ("date", .string(source.date)),
            ("url", .string(source.url)),
            ("status", .string(source.status.rawValue)),
            ("kind", .string(source.kind.rawValue)),
            ("jurisdiction", .string(rulebook.jurisdiction(source.jurisdiction)?.id ?? "jp")),
            ("verified", .bool(source.verified)),
          ])
        )
      }
    }
    var members: [(String, JSONOut)] = [
      (
        "rulebook",
        .object([
          ("id", .string(assessment.rulebookID)),
          ("version", .string(assessment.rulebookVersion)),
          ("asOf", .string(assessment.rulebookAsOf)),
        ])
      ),
      ("tier", .string(assessment.tier.rawValue)),
      ("tierLabel", .string(Tier.notStatutoryLabel(language))),
      ("requiresReview", .bool(assessment.requiresReview)),
      ("trace", .array(tierTrace)),
      ("regulators", .array(regulators)),
      ("obligations", .array(obligations)),
      ("disclosure", disclosure),
      ("sandbox", sandboxOut),
      ("review", .array(review)),
      ("assumptions", .array(assumptions)),
    ]
    if let counterfactuals {
      members.append(("counterfactuals", .array(counterfactuals.map(Self.counterfactual))))
    }
    members.append(("sources", .object(sources)))
    return .object(members)
  }

  /// `{"question", "from", "to", "effect": {"tier"?, "primaryRegulator"?, "sandboxRoute"?}}`;
  /// `from` is null when the question is not answered yet.
  static func counterfactual(_ change: Counterfactual) -> JSONOut {
    var effect: [(String, JSONOut)] = []
    if let tier = change.effect.tier { effect.append(("tier", .string(tier.rawValue))) }
    if let primary = change.effect.primaryRegulator {
      effect.append(("primaryRegulator", .string(primary)))
    }
    if let route = change.effect.sandboxRoute {
      effect.append(("sandboxRoute", .string(route.rawValue)))
    }
    return .object([
      ("question", .string(change.question)),
      ("from", change.from?.jsonOut ?? .null),
      ("to", change.to.jsonOut),
      ("effect", .object(effect)),
    ])
  }
}
