extension AssessmentReport {
  /// The assessment as blocks: rulebook, tier with its honesty label and the notice, why this
  /// tier, regulators, obligations by legal status, disclosure, sandbox route, answers to
  /// review and the sources cited, numbered in order of first use. A section of a larger
  /// report has no title or disclaimer, and its headings one level down.
  func blocks() -> [ReportBlock] {
    var citations: [String] = []
    func cite(_ ids: [String]) -> [ReportInline] {
      ids.map { id -> ReportInline in
        if let index = citations.firstIndex(of: id) { return .citation(index + 1) }
        citations.append(id)
        return .citation(citations.count)
      }
    }
    let level = embedded ? 3 : 2
    func detail(_ text: String, _ sources: [ReportInline] = []) -> ReportDefinition {
      ReportDefinition("", [.text(text)] + sources)
    }
    var blocks: [ReportBlock] = []
    func section(_ title: String, _ content: [ReportBlock]) {
      blocks.append(.heading(level: level, .plain(title)))
      blocks += content
    }

    let tierLabel =
      rulebook.tierInfo(assessment.tier)?.label.text(language) ?? assessment.tier.rawValue
    if !embedded {
      blocks.append(.heading(level: 1, .plain(t("shinsa assessment", "shinsa 評価結果"))))
    }
    blocks.append(
      .paragraph(
        .plain(
          t("Rulebook", "ルールブック")
            + " \(assessment.rulebookID) \(assessment.rulebookVersion) "
            + "(\(t("checked", "確認日")) \(assessment.rulebookAsOf))")))
    blocks.append(
      .paragraph([
        .text("\(t("Tier", "区分")): "), .strong(.plain(tierLabel)),
        .text(" (\(Tier.notStatutoryLabel(language)))"),
      ]))
    blocks.append(.notice(.plain(rulebook.notice.text(language))))
    blocks.append(
      .paragraph(
        .plain(
          "\(t("Requires review", "要確認")): "
            + (assessment.requiresReview
              ? t(
                "yes: some answers are missing or unknown and could change a conclusion",
                "はい（未回答・不明の回答が結論を変える可能性があります）")
              : t("no", "いいえ")))))

    let why = assessment.tierTrace.map { entry -> ReportListItem in
      var details: [ReportDefinition] = []
      let content: String
      if let rule = rulebook.tierRules.first(where: { $0.id == entry.rule }) {
        content = "\(rule.reason.text(language)) (\(entry.rule))"
        details.append(detail("\(t("Anchor", "根拠")): \(rule.anchor.text(language))"))
      } else {
        content =
          t(
            "No triage trigger fired, so the tier is standard.",
            "トリアージの契機に該当しないため、標準区分です。") + " (\(entry.rule))"
      }
      details.append(
        detail("\(t("Because", "回答")): \(AssessmentWording.because(entry.because, language))"))
      for id in entry.assumptions {
        guard let assumption = rulebook.assumption(id) else { continue }
        details.append(
          detail(
            "\(t("Assumption (shinsa's choice)", "前提（shinsaの設定）")): "
              + "\(assumption.title.text(language)) = \(assumption.value)"))
      }
      details.append(
        detail(
          "\(t("Status", "位置付け")): \(entry.status.label(language)) ", cite(entry.sources)))
      return ReportListItem(.plain(content), children: [.definitions(details)])
    }
    section(t("Why this tier", "この区分の理由"), [.list(why)])

    let regulators = assessment.regulators.map { finding -> ReportListItem in
      let regulator = rulebook.regulator(finding.id)
      let role = finding.role == .primary ? t("Primary", "主管") : t("Secondary", "関係")
      let name = regulator.map { "\($0.abbreviation) — \($0.name.text(language))" } ?? finding.id
      let isDefault =
        finding.isDefault
        ? t(" (default until the sector is answered)", "（分野の回答までの仮設定）") : ""
      var details = finding.why.map { detail($0.text(language)) }
      var unique: [String] = []
      for id in finding.trace.flatMap(\.sources) where !unique.contains(id) { unique.append(id) }
      if !unique.isEmpty { details.append(detail("\(t("Sources", "出典")): ", cite(unique))) }
      return ReportListItem(
        .plain("\(role): \(name)\(isDefault)"), children: [.definitions(details)])
    }
    section(t("Regulators", "関係省庁"), [.list(regulators)])

    var obligations: [ReportBlock] = []
    for (status, jurisdiction, group) in AssessmentWording.groups(
      assessment.obligations, rulebook)
    {
      let heading = AssessmentWording.groupHeading(status, jurisdiction, rulebook, language)
      obligations.append(.heading(level: level + 1, .plain("\(heading) (\(group.count))")))
      let items = group.map { finding -> ReportListItem in
        let obligation = finding.obligation
        let maybe =
          finding.applies == .unknown
          ? t(
            " [\(AssessmentWording.mayApply(finding.trace.because, .en))]",
            "［\(AssessmentWording.mayApply(finding.trace.because, .ja))］") : ""
        let unverified = obligation.verified ? "" : t(" [unverified]", "［未検証］")
        let because = AssessmentWording.appliesBecause(finding, rulebook, language)
        return ReportListItem(
          .plain("\(obligation.title.text(language))\(maybe)\(unverified)"),
          children: [
            .definitions([
              detail(obligation.summary.text(language)),
              detail("\(t("Applies because", "適用理由")): \(because) ", cite(obligation.sources)),
            ])
          ])
      }
      obligations.append(.list(items))
    }
    section(t("Obligations and guidance, by legal status", "義務・指針（法的位置付け別）"), obligations)

    let required = assessment.disclosure.filter { $0.need == .required }
    let recommended = assessment.disclosure.filter { $0.need == .recommended }
    let total = rulebook.disclosureFields.count
    let fields = (required + recommended).compactMap { finding -> ReportListItem? in
      guard let field = rulebook.disclosureFields.first(where: { $0.id == finding.fieldID })
      else { return nil }
      let need = finding.need == .required ? t("required", "必要") : t("recommended", "推奨")
      return ReportListItem(.plain("\(field.title.text(language)) (\(need))"))
    }
    section(
      t("Disclosure", "開示"),
      [
        .paragraph(
          .plain(
            t(
              "\(required.count) of \(total) fields required, \(recommended.count) recommended, "
                + "\(assessment.disclosureComplete) complete.",
              "全\(total)項目中、必要\(required.count)・推奨\(recommended.count)"
                + "・完了\(assessment.disclosureComplete)。"))),
        .list(fields),
      ])

    let sandbox = assessment.sandbox
    var routes: [ReportListItem] = []
    if let route = rulebook.sandbox.routes.first(where: { $0.id == sandbox.route }) {
      var first = [detail(route.summary.text(language))]
      var criteria: [ReportBlock] = []
      if sandbox.route != .none {
        let timing =
          route.timing.text(language)
          + (route.timingConfirmed ? "" : t(" (not confirmed)", "（未確認）"))
        first += [
          detail(
            "\(t("Eligibility", "適格性")): "
              + AssessmentWording.eligibility(sandbox.eligible, language)),
          detail("\(t("Statute", "根拠法令")): \(route.statute.text(language))"),
          detail("\(t("Timing", "期間の目安")): \(timing)"),
        ]
        criteria = [
          .list(
            sandbox.criteria.map {
              ReportListItem(
                .plain(
                  "\($0.criterion.title.text(language)): "
                    + AssessmentWording.met($0.met, language)))
            })
        ]
      }
      var last = [
        detail(
          "\(t("Because", "回答")): \(AssessmentWording.because(sandbox.trace.because, language)) ",
          cite(route.sources))
      ]
      if !sandbox.alternatives.isEmpty {
        last.append(
          detail(
            "\(t("Also consider", "他の選択肢")): "
              + sandbox.alternatives.map(\.rawValue).joined(separator: ", ")))
      }
      routes.append(
        ReportListItem(
          .plain("\(t("Route", "制度")): \(route.name.text(language)) (\(route.id.rawValue))"),
          children: [.definitions(first)] + criteria + [.definitions(last)]))
    }
    section(t("Regulatory sandbox", "規制のサンドボックス等"), [.list(routes)])

    if !assessment.review.isEmpty {
      let items = assessment.review.map {
        ReportListItem(
          .plain(
            AssessmentWording.reviewConclusion($0.conclusion, rulebook, language) + ": "
              + $0.questions.joined(separator: ", ")))
      }
      section(
        t("To review: answers that could change a conclusion", "要確認：結論を変えうる未回答・不明の回答"),
        [.list(items)])
    }

    if let counterfactuals {
      section(
        CounterfactualWording.heading(language),
        CounterfactualWording.blocks(counterfactuals, rulebook: rulebook, language: language))
    }

    let sources = citations.map { id -> [ReportInline] in
      guard let source = rulebook.source(id) else { return [] }
      let unverified = source.verified ? "" : t(" (unverified)", "（未検証）")
      return [
        .text(
          "\(source.title.text(language)), \(source.publisher.text(language)), \(source.date). "
            + "\(AssessmentWording.sourceStatus(source, rulebook, language))\(unverified). "),
        .link(source.url),
      ]
    }
    section(t("Sources", "出典"), [.sources(sources)])
    if !embedded {
      blocks.append(
        .paragraph(
          .plain(
            t(
              "Not legal advice. shinsa's tier is a triage aid; check each source before relying on it.",
              "本結果は法的助言ではありません。区分はshinsaのトリアージ用の目安です。各出典を確認してください。"))))
    }
    return blocks
  }
}
