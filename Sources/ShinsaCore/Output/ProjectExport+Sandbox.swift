/// The sandbox section of a project report: the route and why, its costs, the checklist with
/// the verdict, the plan drafts and the process steps.
extension ProjectExport {
  /// Whether the report has a sandbox section: when it is asked for and a route applies, or
  /// always when the report is not the full report (so `--sandbox` alone says "no route").
  var showsSandbox: Bool {
    sections.contains(.sandbox) && (assessment.sandbox.route != .none || sections != .all)
  }

  private var advice: SandboxAdvice { sandboxAdvice }

  // MARK: Wording

  func originLabel(_ origin: ChecklistOrigin) -> String {
    switch origin {
    case .answers: return t("from the answers", "回答から")
    case .checklist: return t("from the checklist", "チェックリストから")
    }
  }

  func confirmedLabel(_ confirmed: Bool) -> String {
    confirmed ? t("confirmed", "確認済み") : t("not confirmed", "未確認")
  }

  var moreInformationNeeded: String { DisclosureNeed.moreInformationNeeded.text(language) }

  /// Why the route was chosen, in words.
  var routeWhy: String {
    if advice.noRouteNeeded {
      return t("No existing rule stands in the way", "妨げとなる既存の規制はありません")
        + paren(
          AssessmentWording.because(advice.because, language))
    }
    if advice.because.isEmpty {
      return t(
        "No route is chosen yet: answer the questions on regulatory barriers",
        "まだ制度を選べません。規制上の障壁に関する質問に回答してください")
    }
    return AssessmentWording.because(advice.because, language)
  }

  var verdictNote: String {
    t(
      "shinsa's advice from the answers and the checklist, not an official determination.",
      "回答とチェックリストに基づくshinsaの助言であり、公式の判断ではありません。")
  }

  /// The sources cited in the sandbox section, in first-use order.
  var sandboxSources: [String] {
    var ids: [String] = []
    let all =
      advice.route.sources + advice.publication.sources + advice.items.flatMap(\.sources)
      + advice.plan.flatMap(\.item.sources) + advice.steps.flatMap(\.step.sources)
    for id in all where !ids.contains(id) { ids.append(id) }
    return ids
  }

  private func sourceLine(_ id: String) -> String {
    guard let source = rulebook.source(id) else { return id }
    let unverified = source.verified ? "" : t(" (unverified)", "（未検証）")
    return "\(source.title.text(language)), \(source.publisher.text(language)), \(source.date). "
      + "\(source.status.label(language))\(unverified)."
  }

  private func planText(_ row: PlanRow) -> (text: String, needsInfo: Bool) {
    if let draft = row.draft, draft.state == .withheld || draft.state == .notApplicable {
      let reason = draft.reason.isEmpty ? t("no reason given", "理由の記載なし") : draft.reason
      let label =
        draft.state == .withheld ? t("Withheld: ", "非開示の理由：") : t("Not applicable: ", "該当しない理由：")
      return (label + reason, false)
    }
    if row.moreInformationNeeded(language) { return (moreInformationNeeded, true) }
    let text = row.text(language)
    return text.allSatisfy(\.isWhitespace) ? (t("Not drafted", "未作成"), false) : (text, false)
  }

  private func prefillText(_ row: PlanRow) -> String? {
    guard row.text(language).allSatisfy(\.isWhitespace), let prefill = row.prefill else {
      return nil
    }
    return language == .en ? prefill.en : prefill.ja
  }

  private func stepDone(_ row: StepRow) -> String {
    guard let progress = row.progress, !progress.date.isEmpty else {
      return t("not done", "未了")
    }
    return t("done ", "完了 ") + progress.date
  }

  // MARK: Markdown

  /// The sandbox section's Markdown lines, after its heading.
  func sandboxMarkdown() -> [String] {
    let md = { (text: String) in ReportMarkdown.escape(text) }
    let route = advice.route
    var lines: [String] = [""]
    lines.append(
      "- \(md(t("Route", "制度"))): \(md(route.name.text(language))) (\(code(route.id.rawValue)))")
    lines.append("- \(md(t("Why", "理由"))): \(md(routeWhy))")
    if !advice.openQuestions.isEmpty {
      lines.append(
        "- \(md(t("Open answers that could change this advice", "この助言を変えうる未回答・不明の質問"))): "
          + advice.openQuestions.map(code).joined(separator: ", "))
    }
    lines.append("- \(md(t("Summary", "概要"))): \(md(route.summary.text(language)))")
    lines.append("- \(md(t("Legal status", "法的位置付け"))): \(md(route.status.label(language)))")
    lines.append("- \(md(t("Statute", "根拠法令"))): \(md(route.statute.text(language)))")
    lines.append(
      "- \(md(t("Timing", "期間の目安"))): \(md(route.timing.text(language)))"
        + md(paren(confirmedLabel(route.timingConfirmed))))
    lines.append(
      "- \(md(t("What is published", "公表される内容"))): "
        + md(advice.publication.text.text(language))
        + md(paren(confirmedLabel(advice.publication.confirmed))))
    if let desk = advice.desk {
      lines.append("- \(md(t("Desk", "窓口"))): \(md(desk.name.text(language)))")
    }
    if !advice.alternatives.isEmpty {
      lines.append("- \(md(t("Also consider", "他の選択肢"))):")
      for alternative in advice.alternatives {
        lines.append(
          "  - \(md(alternative.name.text(language))) (\(code(alternative.id.rawValue))): "
            + md(alternative.summary.text(language)))
      }
    }
    if advice.finding.route != .none {
      lines.append(
        "- \(md(t("Eligibility", "適格性"))): "
          + md(AssessmentWording.eligibility(advice.finding.eligible, language)))
    }

    lines += ReportMarkdown.lines(sandboxVerdict())

    if !advice.items.isEmpty {
      lines.append("")
      lines.append("### \(md(t("Eligibility checklist", "適格性チェックリスト")))")
      lines.append("")
      for row in advice.items {
        let blocking = row.criterion.blocking ? paren(t("blocking", "必須")) : ""
        lines.append(
          "- **\(md(checklistLabel(row.state)))**\(md(paren(originLabel(row.origin))))"
            + "\(md(blocking)): \(md(row.criterion.title.text(language))) (\(code(row.criterion.id)))"
        )
        let suggestedTruth: Truth =
          row.suggested == .yes ? .yes : row.suggested == .no ? .no : .unknown
        lines.append(
          "  - \(md(t("Suggested by the answers", "回答からの判定"))): "
            + "**\(md(AssessmentWording.met(suggestedTruth, language)))**"
            + md(paren(AssessmentWording.because(row.because, language))))
        if let item = row.entry { lines.append(checklistLine(item, indent: "  ")) }
        lines.append(
          "  - \(md(t("Sources", "出典"))): " + row.sources.map(code).joined(separator: ", "))
      }
    }
    if !extraChecklist.isEmpty {
      lines.append("")
      lines.append("### \(md(t("Other checklist items", "その他のチェック項目")))")
      lines.append("")
      for (key, item) in extraChecklist {
        lines.append("- \(code(key))")
        lines.append(checklistLine(item, indent: "  "))
      }
    }

    if !advice.plan.isEmpty {
      lines.append("")
      lines.append("### \(md(t("Plan", "計画")))")
      lines.append("")
      for row in advice.plan {
        let need = row.item.required ? t("required", "必須") : t("if applicable", "該当する場合")
        lines.append(
          "- **\(md(row.item.title.text(language)))** (\(code(row.item.id))): "
            + md(row.item.article.text(language)) + md(paren(need)))
        lines.append(
          "  - \(md(t("State", "状態"))): \(md(stateLabel(row.draft ?? DisclosureDraft())))")
        let shown = planText(row)
        let value = shown.needsInfo ? "**\(md(shown.text))**" : mdBlock(shown.text, "    ")
        lines.append("  - \(md(t("Text", "本文"))): \(value)")
        if let prefill = prefillText(row) {
          lines.append(
            "  - \(md(t("Suggested from the answers (not saved)", "回答からの下書き案（未保存）"))): "
              + mdBlock(prefill, "    "))
        }
      }
    }

    if !advice.steps.isEmpty {
      lines.append("")
      lines.append("### \(md(t("Process steps", "手続の流れ")))")
      lines.append("")
      for (index, row) in advice.steps.enumerated() {
        lines.append(
          "\(index + 1). **\(md(row.step.title.text(language)))** (\(code(row.step.id))): "
            + md(stepDone(row)))
        let indent = String(repeating: " ", count: "\(index + 1). ".count)
        if let note = row.progress?.note, !note.isEmpty {
          lines.append("\(indent)- \(md(t("Note", "メモ"))): \(mdBlock(note, indent + "  "))")
        }
        if let evidence = row.step.evidence {
          lines.append(
            "\(indent)- \(md(t("Evidence to keep", "保存すべき記録"))): "
              + md(evidence.text(language)))
        }
        if let timing = row.step.timing {
          lines.append(
            "\(indent)- \(md(t("Timing", "期間の目安"))): \(md(timing.text(language)))"
              + md(paren(confirmedLabel(row.step.timingConfirmed ?? false))))
        }
        if let article = row.step.article {
          lines.append("\(indent)- \(md(t("Basis", "根拠"))): \(md(article.text(language)))")
        }
      }
    }

    let sources = sandboxSources
    if !sources.isEmpty {
      lines.append("")
      lines.append("### \(md(t("Sources for the sandbox advice", "サンドボックス等の助言の出典")))")
      lines.append("")
      for id in sources {
        let url = rulebook.source(id)?.url ?? ""
        let plain =
          (url.hasPrefix("https://") || url.hasPrefix("http://"))
          && !url.contains { $0 == "<" || $0 == ">" || $0.isWhitespace }
        lines.append("- \(code(id)): \(md(sourceLine(id)))\(plain ? " <\(url)>" : "")")
      }
    }
    return lines
  }

  // MARK: HTML

  /// The sandbox section's HTML lines, after its heading.
  func sandboxHTML() -> [String] {
    let e = { (text: String) in ReportHTML.escape(text) }
    let route = advice.route
    var out: [String] = []
    func detail(_ label: String, _ html: String) -> String {
      "<li><span class=\"label\">\(e(label)):</span> \(html)</li>"
    }
    out.append(
      "<p><span class=\"label\">\(e(t("Route", "制度"))):</span> "
        + "<strong>\(e(route.name.text(language)))</strong> <code>\(e(route.id.rawValue))</code></p>"
    )
    out.append("<ul>")
    out.append(detail(t("Why", "理由"), e(routeWhy)))
    if !advice.openQuestions.isEmpty {
      out.append(
        detail(
          t("Open answers that could change this advice", "この助言を変えうる未回答・不明の質問"),
          advice.openQuestions.map { "<code>\(e($0))</code>" }.joined(separator: ", ")))
    }
    out.append(detail(t("Summary", "概要"), e(route.summary.text(language))))
    out.append(detail(t("Legal status", "法的位置付け"), e(route.status.label(language))))
    out.append(detail(t("Statute", "根拠法令"), e(route.statute.text(language))))
    out.append(
      detail(
        t("Timing", "期間の目安"),
        e(route.timing.text(language) + paren(confirmedLabel(route.timingConfirmed)))))
    out.append(
      detail(
        t("What is published", "公表される内容"),
        e(
          advice.publication.text.text(language)
            + paren(confirmedLabel(advice.publication.confirmed)))))
    if let desk = advice.desk {
      out.append(detail(t("Desk", "窓口"), e(desk.name.text(language))))
    }
    if !advice.alternatives.isEmpty {
      out.append(
        detail(
          t("Also consider", "他の選択肢"),
          advice.alternatives.map {
            "\(e($0.name.text(language))) <code>\(e($0.id.rawValue))</code>: "
              + e($0.summary.text(language))
          }.joined(separator: "<br>")))
    }
    if advice.finding.route != .none {
      out.append(
        detail(
          t("Eligibility", "適格性"),
          e(AssessmentWording.eligibility(advice.finding.eligible, language))))
    }
    out.append("</ul>")

    out += ReportHTML.lines(sandboxVerdict())

    if !advice.items.isEmpty {
      out.append("<h3>\(e(t("Eligibility checklist", "適格性チェックリスト")))</h3>")
      out.append("<table class=\"criteria\">")
      out.append(
        "<thead><tr><th scope=\"col\">\(e(t("Criterion", "要件")))</th>"
          + "<th scope=\"col\">\(e(t("State", "状態")))</th>"
          + "<th scope=\"col\">\(e(t("Suggested by the answers", "回答からの判定")))</th>"
          + "<th scope=\"col\">\(e(t("Evidence", "根拠資料")))</th>"
          + "<th scope=\"col\">\(e(t("Sources", "出典")))</th></tr></thead>")
      out.append("<tbody>")
      for row in advice.items {
        let blocking =
          row.criterion.blocking
          ? " <span class=\"flag\">\(e(t("(blocking)", "（必須）")))</span>" : ""
        let suggested: Truth =
          row.suggested == .yes ? .yes : row.suggested == .no ? .no : .unknown
        out.append(
          "<tr><td>\(e(row.criterion.title.text(language)))\(blocking) "
            + "<code>\(e(row.criterion.id))</code></td>"
            + "<td><strong>\(e(checklistLabel(row.state)))</strong> "
            + "<span class=\"muted\">\(e(paren(originLabel(row.origin))))</span></td>"
            + "<td>\(e(AssessmentWording.met(suggested, language)))"
            + "<span class=\"muted\">\(e(paren(AssessmentWording.because(row.because, language))))</span></td>"
            + "<td class=\"note\">\(e(row.evidence))</td>"
            + "<td>\(row.sources.map { "<code>\(e($0))</code>" }.joined(separator: " "))</td></tr>")
      }
      out.append("</tbody>")
      out.append("</table>")
    }
    if !extraChecklist.isEmpty {
      out.append("<h3>\(e(t("Other checklist items", "その他のチェック項目")))</h3>")
      out.append("<table class=\"criteria\">")
      out.append("<tbody>")
      for (key, item) in extraChecklist {
        out.append(
          "<tr><td><code>\(e(key))</code></td><td>\(e(checklistLabel(item)))</td>"
            + "<td class=\"note\">\(e(item.evidence))</td></tr>")
      }
      out.append("</tbody>")
      out.append("</table>")
    }

    if !advice.plan.isEmpty {
      out.append("<h3>\(e(t("Plan", "計画")))</h3>")
      out.append("<table class=\"plan\">")
      out.append(
        "<thead><tr><th scope=\"col\">\(e(t("Item", "項目")))</th>"
          + "<th scope=\"col\">\(e(t("State", "状態")))</th>"
          + "<th scope=\"col\">\(e(t("Text", "本文")))</th></tr></thead>")
      out.append("<tbody>")
      for row in advice.plan {
        let need = row.item.required ? t("required", "必須") : t("if applicable", "該当する場合")
        let shown = planText(row)
        var text =
          shown.needsInfo ? "<strong class=\"needed\">\(e(shown.text))</strong>" : e(shown.text)
        if let prefill = prefillText(row) {
          text +=
            "<br><span class=\"muted\">"
            + "\(e(t("Suggested from the answers (not saved)", "回答からの下書き案（未保存）"))):</span> "
            + e(prefill)
        }
        out.append(
          "<tr><td>\(e(row.item.title.text(language))) <code>\(e(row.item.id))</code><br>"
            + "<span class=\"muted\">\(e(row.item.article.text(language) + paren(need)))</span></td>"
            + "<td>\(e(stateLabel(row.draft ?? DisclosureDraft())))</td>"
            + "<td class=\"note\">\(text)</td></tr>")
      }
      out.append("</tbody>")
      out.append("</table>")
    }

    if !advice.steps.isEmpty {
      out.append("<h3>\(e(t("Process steps", "手続の流れ")))</h3>")
      out.append("<ol class=\"steps\">")
      for row in advice.steps {
        var details: [String] = []
        if let note = row.progress?.note, !note.isEmpty {
          details.append(detail(t("Note", "メモ"), "<span class=\"note\">\(e(note))</span>"))
        }
        if let evidence = row.step.evidence {
          details.append(detail(t("Evidence to keep", "保存すべき記録"), e(evidence.text(language))))
        }
        if let timing = row.step.timing {
          details.append(
            detail(
              t("Timing", "期間の目安"),
              e(timing.text(language) + paren(confirmedLabel(row.step.timingConfirmed ?? false)))))
        }
        if let article = row.step.article {
          details.append(detail(t("Basis", "根拠"), e(article.text(language))))
        }
        out.append(
          "<li><strong>\(e(row.step.title.text(language)))</strong> "
            + "<code>\(e(row.step.id))</code>: \(e(stepDone(row)))"
            + (details.isEmpty ? "" : "<ul>\(details.joined())</ul>") + "</li>")
      }
      out.append("</ol>")
    }

    let sources = sandboxSources
    if !sources.isEmpty {
      out.append("<h3>\(e(t("Sources for the sandbox advice", "サンドボックス等の助言の出典")))</h3>")
      out.append("<ul class=\"sources\">")
      for id in sources {
        let link = rulebook.source(id).map { " " + ReportHTML.link($0.url) } ?? ""
        out.append("<li><code>\(e(id))</code>: \(e(sourceLine(id)))\(link)</li>")
      }
      out.append("</ul>")
    }
    return out
  }

  // MARK: JSON

  /// The sandbox member of the JSON report.
  func sandboxJSON() -> JSONOut {
    let route = advice.route
    let strings = { (ids: [String]) in JSONOut.array(ids.map { .string($0) }) }
    let because: [JSONOut] = advice.because.map {
      .object([("question", .string($0.question)), ("answer", $0.answer?.jsonOut ?? .null)])
    }
    let criteria: [JSONOut] = advice.items.map { row in
      var members: [(String, JSONOut)] = [
        ("id", .string(row.criterion.id)),
        ("title", .string(row.criterion.title.text(language))),
        (
          "met",
          .string(
            advice.finding.criteria.first { $0.criterion.id == row.criterion.id }?.met.word
              ?? "unknown")
        ),
        ("blocking", .bool(row.criterion.blocking)),
        ("suggested", .string(row.suggested.rawValue)),
        ("state", .string(row.state.rawValue)),
        ("origin", .string(row.origin.rawValue)),
        ("evidence", .string(row.evidence)),
        ("sources", strings(row.sources)),
      ]
      if let item = row.entry { members.append(("checklist", checklistOut(item))) }
      return .object(members)
    }
    let checklist: [(String, JSONOut)] = document.sandbox.checklist.keys.sorted().compactMap {
      key in document.sandbox.checklist[key].map { (key, checklistOut($0)) }
    }
    let plan: [JSONOut] = advice.plan.map { row in
      var members: [(String, JSONOut)] = [
        ("id", .string(row.item.id)),
        ("title", .string(row.item.title.text(language))),
        ("article", .string(row.item.article.text(language))),
        ("required", .bool(row.item.required)),
        ("state", .string((row.draft?.state ?? .empty).rawValue)),
        ("text", .string(row.text(language))),
        ("reason", .string(row.draft?.reason ?? "")),
        ("moreInformationNeeded", .bool(row.moreInformationNeeded(language))),
      ]
      if let prefill = prefillText(row) { members.append(("suggested", .string(prefill))) }
      return .object(members)
    }
    let steps: [JSONOut] = advice.steps.map { row in
      var members: [(String, JSONOut)] = [
        ("id", .string(row.step.id)),
        ("title", .string(row.step.title.text(language))),
        ("date", .string(row.progress?.date ?? "")),
        ("note", .string(row.progress?.note ?? "")),
        ("done", .bool(row.isDone)),
      ]
      if let evidence = row.step.evidence {
        members.append(("evidenceToKeep", .string(evidence.text(language))))
      }
      if let timing = row.step.timing {
        members.append(("timing", .string(timing.text(language))))
        members.append(("timingConfirmed", .bool(row.step.timingConfirmed ?? false)))
      }
      if let article = row.step.article {
        members.append(("article", .string(article.text(language))))
      }
      members.append(("sources", strings(row.step.sources)))
      return .object(members)
    }
    return .object([
      ("route", .string(route.id.rawValue)),
      ("name", .string(route.name.text(language))),
      ("eligible", .string(advice.finding.eligible.rawValue)),
      ("eligibility", .string(advice.finding.eligibility)),
      ("noRouteNeeded", .bool(advice.noRouteNeeded)),
      ("because", .array(because)),
      ("openQuestions", strings(advice.openQuestions)),
      ("status", .string(route.status.rawValue)),
      ("statute", .string(route.statute.text(language))),
      ("timing", .string(route.timing.text(language))),
      ("timingConfirmed", .bool(route.timingConfirmed)),
      (
        "publication",
        .object([
          ("text", .string(advice.publication.text.text(language))),
          ("confirmed", .bool(advice.publication.confirmed)),
          ("sources", strings(advice.publication.sources)),
        ])
      ),
      ("desk", .string(advice.desk?.id ?? route.desk)),
      ("alternatives", strings(advice.alternatives.map(\.id.rawValue))),
      (
        "verdict",
        .object([
          ("verdict", .string(advice.verdict.word)),
          ("label", .string(advice.verdict.label(language))),
          ("gaps", strings(advice.gaps.map(\.criterion.id))),
        ])
      ),
      ("criteria", .array(criteria)),
      ("checklist", .object(checklist)),
      ("plan", .array(plan)),
      ("steps", .array(steps)),
      ("sources", strings(sandboxSources)),
      ("notice", .string(verdictNote)),
    ])
  }
}
