extension ProjectExport {
  /// The report as one self-contained, printable HTML file: inline styles only, no scripts,
  /// no external resources. Every piece of text is escaped.
  public func html() -> String { ProjectExport.htmlFile([self]) }

  /// One HTML file holding `exports`: the first one's head, then each body (in an article
  /// of its language when there are several).
  static func htmlFile(_ exports: [ProjectExport]) -> String {
    guard let first = exports.first else { return "" }
    var out = ["<!DOCTYPE html>", "<html lang=\"\(first.language.rawValue)\">", "<head>"]
    out.append(contentsOf: first.htmlHead())
    out.append(contentsOf: ["</head>", "<body>"])
    for export in exports {
      guard exports.count > 1 else {
        out.append(contentsOf: export.htmlBody())
        continue
      }
      out.append("<article lang=\"\(export.language.rawValue)\">")
      out.append(contentsOf: export.htmlBody())
      out.append("</article>")
    }
    out.append(contentsOf: ["</body>", "</html>"])
    return out.joined(separator: "\n") + "\n"
  }

  private var htmlHeading: String {
    "\(title): \(document.metadata.client) — \(document.metadata.system)"
  }

  /// The inside of the head: character set, viewport, title and the style sheet.
  func htmlHead() -> [String] {
    [
      "<meta charset=\"utf-8\">",
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
      "<title>\(ReportHTML.escape(htmlHeading))</title>", "<style>",
    ] + ProjectExport.styleSheet + ["</style>"]
  }

  /// The inside of the body: header, sections and footer.
  func htmlBody() -> [String] {
    let e = { (text: String) in ReportHTML.escape(text) }
    var out = ReportHTML.lines([headerBlock()]) + ["<main>"]
    if sections.contains(.assessment) {
      out += ReportHTML.lines([summary.blocks()])
      out.append("<section id=\"assessment\">")
      out.append("<h2>\(e(sectionHeadings.assessment))</h2>")
      out.append(contentsOf: assessmentHTML())
      out.append("</section>")
      out.append(
        contentsOf: ReportHTML.lines([answersSection(), followUpsSection(), planSection()]))
    }
    if sections.contains(.disclosure) {
      out.append(contentsOf: ReportHTML.lines(disclosureSection()))
    }
    if showsSandbox {
      out.append("<section id=\"sandbox\">")
      out.append("<h2>\(e(sectionHeadings.sandbox))</h2>")
      out.append(contentsOf: sandboxHTML())
      out.append("</section>")
    }
    out += ["</main>", "<footer>", "<p>\(e(footer))</p>", "</footer>"]
    return out
  }

  /// The tier name with its honesty label.
  private var tierHTML: String {
    let e = { (text: String) in ReportHTML.escape(text) }
    return "<strong class=\"tier-name\">\(e(tierName))</strong>"
      + "<span class=\"honesty\">\(e(paren(Tier.notStatutoryLabel(language))))</span>"
  }

  // The same information as AssessmentReport, as HTML.
  private func assessmentHTML() -> [String] {
    let e = { (text: String) in ReportHTML.escape(text) }
    var out: [String] = []
    var citations: [String] = []
    func cite(_ ids: [String]) -> String {
      ids.map { id -> String in
        let number: Int
        if let index = citations.firstIndex(of: id) {
          number = index + 1
        } else {
          citations.append(id)
          number = citations.count
        }
        return "<a href=\"#source-\(number)\">[\(number)]</a>"
      }.joined()
    }
    func heading(_ text: String) { out.append("<h3>\(e(text))</h3>") }
    func detail(_ label: String, _ html: String) -> String {
      "<li><span class=\"label\">\(e(label)):</span> \(html)</li>"
    }

    out.append("<p class=\"tier\">\(e(t("Tier", "区分"))): \(tierHTML)</p>")
    out.append("<blockquote class=\"notice\">\(e(rulebook.notice.text(language)))</blockquote>")
    let review =
      assessment.requiresReview
      ? t(
        "yes: some answers are missing or unknown and could change a conclusion",
        "はい（未回答・不明の回答が結論を変える可能性があります）")
      : t("no", "いいえ")
    out.append(
      "<p><span class=\"label\">\(e(t("Requires review", "要確認"))):</span> \(e(review))</p>")

    heading(t("Why this tier", "この区分の理由"))
    out.append("<ul>")
    for entry in assessment.tierTrace {
      var details: [String] = []
      if let rule = rulebook.tierRules.first(where: { $0.id == entry.rule }) {
        out.append("<li>\(e(rule.reason.text(language))) <code>\(e(entry.rule))</code>")
        details.append(detail(t("Anchor", "根拠"), e(rule.anchor.text(language))))
      } else {
        let standard = t(
          "No triage trigger fired, so the tier is standard.",
          "トリアージの契機に該当しないため、標準区分です。")
        out.append("<li>\(e(standard)) <code>\(e(entry.rule))</code>")
      }
      details.append(
        detail(t("Because", "回答"), e(AssessmentWording.because(entry.because, language))))
      for id in entry.assumptions {
        if let assumption = rulebook.assumption(id) {
          details.append(
            detail(
              t("Assumption (shinsa's choice)", "前提（shinsaの設定）"),
              e("\(assumption.title.text(language)) = \(assumption.value)")))
        }
      }
      details.append(
        detail(
          t("Status", "位置付け"), "\(e(entry.status.label(language))) \(cite(entry.sources))"))
      out.append("<ul>")
      out.append(contentsOf: details)
      out.append("</ul></li>")
    }
    out.append("</ul>")

    heading(t("Regulators", "関係省庁"))
    out.append("<ul>")
    for finding in assessment.regulators {
      let regulator = rulebook.regulator(finding.id)
      let role = finding.role == .primary ? t("Primary", "主管") : t("Secondary", "関係")
      let name = regulator.map { "\($0.abbreviation) — \($0.name.text(language))" } ?? finding.id
      let isDefault =
        finding.isDefault
        ? t(" (default until the sector is answered)", "（分野の回答までの仮設定）") : ""
      out.append(
        "<li><span class=\"label\">\(e(role)):</span> <strong>\(e(name))</strong>\(e(isDefault))")
      var details = finding.why.map { "<li>\(e($0.text(language)))</li>" }
      var unique: [String] = []
      for id in finding.trace.flatMap(\.sources) where !unique.contains(id) { unique.append(id) }
      if !unique.isEmpty { details.append(detail(t("Sources", "出典"), cite(unique))) }
      out.append("<ul>")
      out.append(contentsOf: details)
      out.append("</ul></li>")
    }
    out.append("</ul>")

    heading(t("Obligations and guidance, by legal status", "義務・指針（法的位置付け別）"))
    if assessment.obligations.isEmpty {
      out.append("<p>\(e(t("None.", "なし。")))</p>")
    } else {
      out.append("<table class=\"obligations\">")
      out.append(
        "<thead><tr><th scope=\"col\">\(e(t("Obligation or guidance", "義務・指針")))</th>"
          + "<th scope=\"col\">\(e(t("Summary", "概要")))</th>"
          + "<th scope=\"col\">\(e(t("Applies because", "適用理由")))</th>"
          + "<th scope=\"col\">\(e(t("Sources", "出典")))</th></tr></thead>")
      for (status, jurisdiction, group) in AssessmentWording.groups(
        assessment.obligations, rulebook)
      {
        let heading = AssessmentWording.groupHeading(status, jurisdiction, rulebook, language)
        out.append("<tbody>")
        out.append(
          "<tr class=\"group status-\(status.rawValue)\"><th colspan=\"4\" scope=\"rowgroup\">"
            + "\(e(heading)) (\(group.count))</th></tr>")
        for finding in group {
          let obligation = finding.obligation
          var flags: [String] = []
          if finding.applies == .unknown {
            flags.append(
              t(
                AssessmentWording.mayApply(finding.trace.because, .en),
                AssessmentWording.mayApply(finding.trace.because, .ja)))
          }
          if !obligation.verified { flags.append(t("unverified", "未検証")) }
          let flagHTML = flags.map { " <span class=\"flag\">[\(e($0))]</span>" }.joined()
          out.append(
            "<tr><td>\(e(obligation.title.text(language)))\(flagHTML)</td>"
              + "<td>\(e(obligation.summary.text(language)))</td>"
              + "<td>\(e(AssessmentWording.appliesBecause(finding, rulebook, language)))</td>"
              + "<td>\(cite(obligation.sources))</td></tr>")
        }
        out.append("</tbody>")
      }
      out.append("</table>")
    }

    heading(t("Disclosure", "開示"))
    let required = assessment.disclosure.filter { $0.need == .required }
    let recommended = assessment.disclosure.filter { $0.need == .recommended }
    let total = rulebook.disclosureFields.count
    out.append(
      "<p>"
        + e(
          t(
            "\(required.count) of \(total) fields required, \(recommended.count) recommended, "
              + "\(assessment.disclosureComplete) complete.",
            "全\(total)項目中、必要\(required.count)・推奨\(recommended.count)"
              + "・完了\(assessment.disclosureComplete)。")) + "</p>")
    if !(required + recommended).isEmpty {
      out.append("<ul>")
      for finding in required + recommended {
        guard let field = rulebook.disclosureFields.first(where: { $0.id == finding.fieldID })
        else { continue }
        let need = finding.need == .required ? t("required", "必要") : t("recommended", "推奨")
        out.append("<li>\(e(field.title.text(language))) (\(e(need)))</li>")
      }
      out.append("</ul>")
    }

    heading(t("Regulatory sandbox", "規制のサンドボックス等"))
    let sandbox = assessment.sandbox
    if let route = sandboxRoute {
      out.append(
        "<p><span class=\"label\">\(e(t("Route", "制度"))):</span> "
          + "<strong>\(e(route.name.text(language)))</strong> "
          + "<code>\(e(route.id.rawValue))</code></p>")
    }
    if let route = sandboxRoute, showsSandbox {
      // The report's own sandbox section holds the route in full: point to it, once.
      out.append(
        "<p>\(e(t("Eligibility, checklist, plan and steps", "適格性・チェックリスト・計画・手続"))): "
          + "<a href=\"#sandbox\">\(e(sectionHeadings.sandbox))</a> "
          + "\(cite(route.sources))</p>")
    } else if let route = sandboxRoute {
      out.append("<ul>")
      out.append("<li>\(e(route.summary.text(language)))</li>")
      if sandbox.route != .none {
        var eligibility = detail(
          t("Eligibility", "適格性"), e(AssessmentWording.eligibility(sandbox.eligible, language)))
        if !sandbox.criteria.isEmpty {
          // The criteria belong to the eligibility line: a list item of their own would be an
          // empty bullet.
          eligibility.removeLast("</li>".count)
          eligibility += "<ul>"
          for finding in sandbox.criteria {
            eligibility +=
              "<li>\(e(finding.criterion.title.text(language))): "
              + "<strong>\(e(AssessmentWording.met(finding.met, language)))</strong></li>"
          }
          eligibility += "</ul></li>"
        }
        out.append(eligibility)
        out.append(detail(t("Statute", "根拠法令"), e(route.statute.text(language))))
        let timing =
          route.timing.text(language)
          + (route.timingConfirmed ? "" : t(" (not confirmed)", "（未確認）"))
        out.append(detail(t("Timing", "期間の目安"), e(timing)))
      }
      out.append(
        detail(
          t("Because", "回答"),
          "\(e(AssessmentWording.because(sandbox.trace.because, language))) \(cite(route.sources))"
        ))
      if !sandbox.alternatives.isEmpty {
        out.append(
          detail(
            t("Also consider", "他の選択肢"),
            e(sandbox.alternatives.map(\.rawValue).joined(separator: ", "))))
      }
      out.append("</ul>")
    }

    if !assessment.review.isEmpty {
      heading(t("To review: answers that could change a conclusion", "要確認：結論を変えうる未回答・不明の回答"))
      out.append("<ul>")
      for item in assessment.review {
        let conclusion = AssessmentWording.reviewConclusion(item.conclusion, rulebook, language)
        out.append(
          "<li>\(e(conclusion)): "
            + item.questions.map { "<code>\(e($0))</code>" }.joined(separator: ", ") + "</li>")
      }
      out.append("</ul>")
    }

    heading(CounterfactualWording.heading(language))
    out += ReportHTML.lines(
      CounterfactualWording.blocks(counterfactuals, rulebook: rulebook, language: language))

    heading(t("Sources", "出典"))
    out.append("<ol class=\"sources\">")
    for (index, id) in citations.enumerated() {
      guard let source = rulebook.source(id) else {
        out.append("<li id=\"source-\(index + 1)\"><code>\(e(id))</code></li>")
        continue
      }
      let unverified = source.verified ? "" : t(" (unverified)", "（未検証）")
      let text =
        "\(source.title.text(language)), \(source.publisher.text(language)), \(source.date). "
        + "\(AssessmentWording.sourceStatus(source, rulebook, language))\(unverified)."
      out.append(
        "<li id=\"source-\(index + 1)\">\(e(text)) \(ReportHTML.link(source.url))</li>")
    }
    out.append("</ol>")
    return out
  }
}
