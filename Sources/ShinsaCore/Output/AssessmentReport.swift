/// The human-readable renderings of an assessment: plain text for terminals and Markdown.
public struct AssessmentReport {
  /// The output flavour.
  public enum Style: Sendable {
    case text
    case markdown
  }

  public let assessment: Assessment
  public let rulebook: Rulebook
  public let language: Language
  public let style: Style
  /// Set when the assessment is a section of a larger report: no title or closing
  /// disclaimer of its own, and Markdown headings one level down.
  let embedded: Bool

  /// Creates a report renderer.
  public init(assessment: Assessment, rulebook: Rulebook, language: Language = .en, style: Style) {
    self.init(
      assessment: assessment, rulebook: rulebook, language: language, style: style,
      embedded: false)
  }

  init(
    assessment: Assessment, rulebook: Rulebook, language: Language, style: Style, embedded: Bool
  ) {
    self.assessment = assessment
    self.rulebook = rulebook
    self.language = language
    self.style = style
    self.embedded = embedded
  }

  private func t(_ en: String, _ ja: String) -> String { language == .en ? en : ja }

  /// The rendered report.
  public func render() -> String {
    var lines: [String] = []
    var citations: [String] = []
    func cite(_ ids: [String]) -> String {
      let numbers = ids.map { id -> String in
        if let index = citations.firstIndex(of: id) { return "[\(index + 1)]" }
        citations.append(id)
        return "[\(citations.count)]"
      }
      return numbers.joined()
    }
    let md = style == .markdown
    let level = String(repeating: "#", count: embedded ? 3 : 2)
    func heading(_ text: String) {
      lines.append("")
      lines.append(md ? "\(level) \(text)" : text.uppercased())
    }
    func bullet(_ text: String, level: Int = 0) {
      let indent = String(repeating: "  ", count: level)
      lines.append(md ? "\(indent)- \(text)" : "\(indent)  • \(text)")
    }
    func detail(_ text: String, level: Int = 1) {
      let indent = String(repeating: "  ", count: level)
      lines.append(
        md ? "\(String(repeating: "  ", count: level))- \(text)" : "\(indent)    \(text)")
    }

    let tierLabel =
      rulebook.tierInfo(assessment.tier)?.label.text(language) ?? assessment.tier.rawValue
    let title = t("shinsa assessment", "shinsa 評価結果")
    if !embedded { lines.append(md ? "# \(title)" : title) }
    lines.append(
      t("Rulebook", "ルールブック")
        + " \(assessment.rulebookID) \(assessment.rulebookVersion) (\(t("checked", "確認日")) \(assessment.rulebookAsOf))"
    )
    lines.append("")
    let tierLine =
      "\(t("Tier", "区分")): \(md ? "**\(tierLabel)**" : tierLabel) (\(Tier.notStatutoryLabel(language)))"
    lines.append(tierLine)
    if md {
      lines += ["", "> \(rulebook.notice.text(language))", ""]
    } else {
      lines.append(rulebook.notice.text(language))
    }
    lines.append(
      "\(t("Requires review", "要確認")): "
        + (assessment.requiresReview
          ? t(
            "yes: some answers are missing or unknown and could change a conclusion",
            "はい（未回答・不明の回答が結論を変える可能性があります）")
          : t("no", "いいえ")))

    heading(t("Why this tier", "この区分の理由"))
    for entry in assessment.tierTrace {
      if let rule = rulebook.tierRules.first(where: { $0.id == entry.rule }) {
        bullet("\(rule.reason.text(language)) (\(entry.rule))")
        detail("\(t("Anchor", "根拠")): \(rule.anchor.text(language))")
      } else {
        bullet(
          t(
            "No triage trigger fired, so the tier is standard.",
            "トリアージの契機に該当しないため、標準区分です。") + " (\(entry.rule))")
      }
      detail("\(t("Because", "回答")): \(AssessmentWording.because(entry.because, language))")
      for id in entry.assumptions {
        if let assumption = rulebook.assumption(id) {
          detail(
            "\(t("Assumption (shinsa's choice)", "前提（shinsaの設定）")): \(assumption.title.text(language)) = \(assumption.value)"
          )
        }
      }
      detail("\(t("Status", "位置付け")): \(entry.status.label(language)) \(cite(entry.sources))")
    }

    heading(t("Regulators", "関係省庁"))
    for finding in assessment.regulators {
      let regulator = rulebook.regulator(finding.id)
      let role = finding.role == .primary ? t("Primary", "主管") : t("Secondary", "関係")
      let name = regulator.map { "\($0.abbreviation) — \($0.name.text(language))" } ?? finding.id
      bullet(
        "\(role): \(name)\(finding.isDefault ? t(" (default until the sector is answered)", "（分野の回答までの仮設定）") : "")"
      )
      for why in finding.why { detail(why.text(language)) }
      let sources = finding.trace.flatMap(\.sources)
      var unique: [String] = []
      for id in sources where !unique.contains(id) { unique.append(id) }
      if !unique.isEmpty { detail("\(t("Sources", "出典")): \(cite(unique))") }
    }

    heading(t("Obligations and guidance, by legal status", "義務・指針（法的位置付け別）"))
    for (status, jurisdiction, group) in AssessmentWording.groups(
      assessment.obligations, rulebook)
    {
      let heading = AssessmentWording.groupHeading(status, jurisdiction, rulebook, language)
      lines.append(md ? "\n\(level)# \(heading) (\(group.count))" : "  \(heading) (\(group.count))")
      for finding in group {
        let obligation = finding.obligation
        let maybe =
          finding.applies == .unknown
          ? t(
            " [\(AssessmentWording.mayApply(finding.trace.because, .en))]",
            "［\(AssessmentWording.mayApply(finding.trace.because, .ja))］") : ""
        let unverified = obligation.verified ? "" : t(" [unverified]", "［未検証］")
        bullet("\(obligation.title.text(language))\(maybe)\(unverified)", level: md ? 0 : 1)
        detail(obligation.summary.text(language), level: md ? 0 : 2)
        detail(
          "\(t("Applies because", "適用理由")): \(AssessmentWording.appliesBecause(finding, rulebook, language)) \(cite(obligation.sources))",
          level: md ? 0 : 2)
      }
    }

    heading(t("Disclosure", "開示"))
    let required = assessment.disclosure.filter { $0.need == .required }
    let recommended = assessment.disclosure.filter { $0.need == .recommended }
    lines.append(
      t(
        "\(required.count) of \(rulebook.disclosureFields.count) fields required, \(recommended.count) recommended, \(assessment.disclosureComplete) complete.",
        "全\(rulebook.disclosureFields.count)項目中、必要\(required.count)・推奨\(recommended.count)・完了\(assessment.disclosureComplete)。"
      ))
    for finding in required + recommended {
      guard let field = rulebook.disclosureFields.first(where: { $0.id == finding.fieldID }) else {
        continue
      }
      let need = finding.need == .required ? t("required", "必要") : t("recommended", "推奨")
      bullet("\(field.title.text(language)) (\(need))")
    }

    heading(t("Regulatory sandbox", "規制のサンドボックス等"))
    let sandbox = assessment.sandbox
    if let route = rulebook.sandbox.routes.first(where: { $0.id == sandbox.route }) {
      bullet("\(t("Route", "制度")): \(route.name.text(language)) (\(route.id.rawValue))")
      detail(route.summary.text(language))
      if sandbox.route != .none {
        detail(
          "\(t("Eligibility", "適格性")): \(AssessmentWording.eligibility(sandbox.eligible, language))"
        )
        detail("\(t("Statute", "根拠法令")): \(route.statute.text(language))")
        detail(
          "\(t("Timing", "期間の目安")): \(route.timing.text(language))\(route.timingConfirmed ? "" : t(" (not confirmed)", "（未確認）"))"
        )
        for finding in sandbox.criteria {
          bullet(
            "\(finding.criterion.title.text(language)): \(AssessmentWording.met(finding.met, language))",
            level: 1)
        }
      }
      detail(
        "\(t("Because", "回答")): \(AssessmentWording.because(sandbox.trace.because, language)) \(cite(route.sources))"
      )
      if !sandbox.alternatives.isEmpty {
        detail(
          "\(t("Also consider", "他の選択肢")): \(sandbox.alternatives.map(\.rawValue).joined(separator: ", "))"
        )
      }
    }

    if !assessment.review.isEmpty {
      heading(t("To review: answers that could change a conclusion", "要確認：結論を変えうる未回答・不明の回答"))
      for item in assessment.review {
        bullet(
          "\(AssessmentWording.reviewConclusion(item.conclusion, rulebook, language)): \(item.questions.joined(separator: ", "))"
        )
      }
    }

    heading(t("Sources", "出典"))
    for (index, id) in citations.enumerated() {
      guard let source = rulebook.source(id) else { continue }
      let unverified = source.verified ? "" : t(" (unverified)", "（未検証）")
      lines.append(
        "\(md ? "" : "  ")[\(index + 1)] \(source.title.text(language)), \(source.publisher.text(language)), \(source.date). \(AssessmentWording.sourceStatus(source, rulebook, language))\(unverified). \(source.url)"
      )
    }
    if embedded { return lines.joined(separator: "\n") + "\n" }
    lines.append("")
    lines.append(
      t(
        "Not legal advice. shinsa's tier is a triage aid; check each source before relying on it.",
        "本結果は法的助言ではありません。区分はshinsaのトリアージ用の目安です。各出典を確認してください。"))
    return lines.joined(separator: "\n") + "\n"
  }
}
