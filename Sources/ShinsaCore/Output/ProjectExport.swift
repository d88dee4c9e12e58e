/// A project's client-facing report: Markdown, one self-contained printable HTML file, or JSON.
///
/// The report holds the project's metadata, the assessment of its answers, every visible
/// question with its answer, the follow-ups and open answers, the disclosure fields with their
/// drafts and, when a sandbox route applies, the eligibility criteria and checklist. Private
/// notes stay out unless asked for. Every output is deterministic: the same project renders to
/// the same bytes.
public struct ProjectExport: Sendable {
  /// The project being exported.
  public let document: ProjectDocument
  /// The rulebook the project is assessed against and whose texts the report uses.
  public let rulebook: Rulebook
  /// The language of titles, questions, labels and drafts.
  public let language: Language
  /// Whether notes marked private appear (marked "(private)").
  public let includePrivateNotes: Bool
  /// The assessment of the project's answers, with its complete disclosure fields.
  public let assessment: Assessment
  /// The sections rendered (the metadata is always included).
  public let sections: ExportSections
  /// The sandbox advice for the project (shinsa's advice, not an official determination).
  public let sandboxAdvice: SandboxAdvice

  let answers: [ExportAnswer]
  let disclosure: [ExportDisclosure]

  /// Prepares an export of `document` against `rulebook`.
  public init(
    document: ProjectDocument, rulebook: Rulebook, language: Language = .en,
    includePrivateNotes: Bool = false, sections: ExportSections = .all
  ) {
    self.document = document
    self.rulebook = rulebook
    self.language = language
    self.includePrivateNotes = includePrivateNotes
    self.sections = sections
    let assessment = Assessor(rulebook: rulebook).assess(
      document.answers, completeDisclosureFields: document.completeDisclosureFields)
    self.assessment = assessment
    sandboxAdvice = SandboxAdvisor(rulebook: rulebook).advise(
      assessment: assessment, work: document.sandbox, answers: document.answers)

    let interview = document.interview(rulebook: rulebook)
    answers = interview.visibleQuestions.map { question in
      let meta = document.meta[question.id] ?? QuestionMeta()
      let answer = interview.activeAnswer(question.id)
      let showNote = !meta.note.isEmpty && (!meta.notePrivate || includePrivateNotes)
      return ExportAnswer(
        question: question, answer: answer,
        display: ProjectExport.display(answer, for: question, language),
        confidence: meta.confidence, note: showNote ? meta.note : "",
        notePrivate: showNote && meta.notePrivate, followUp: meta.followUp)
    }
    disclosure = rulebook.disclosureFields.map { field in
      let draft = document.disclosure[field.id] ?? DisclosureDraft()
      let finding = assessment.disclosure.first { $0.fieldID == field.id }
      let need = finding?.need ?? .notApplicable
      let text = language == .en ? draft.en : draft.ja
      let hasText = !text.allSatisfy(\.isWhitespace)
      let open =
        draft.state == .empty || ((draft.state == .draft || draft.state == .done) && !hasText)
      return ExportDisclosure(
        field: field, draft: draft, need: need, undecided: finding?.undecided ?? false,
        because: finding?.because ?? [], frameworks: finding?.frameworks ?? [], text: text,
        hasText: hasText,
        moreInformationNeeded: need == .required && open)
    }
  }

  // MARK: Wording shared by every format

  func t(_ en: String, _ ja: String) -> String { language == .en ? en : ja }

  private var title: String { t("shinsa report", "shinsa 評価報告書") }

  private var tierName: String {
    rulebook.tierInfo(assessment.tier)?.label.text(language) ?? assessment.tier.rawValue
  }

  private var rulebookLine: String {
    "\(rulebook.id) \(rulebook.version)" + paren("\(t("checked", "確認日")) \(rulebook.asOf)")
  }

  /// " (text)" in English, "（text）" in Japanese.
  func paren(_ text: String) -> String { t(" (\(text))", "（\(text)）") }

  /// Set when the project was saved against another rulebook than the one assessed here.
  private var rulebookMismatch: String? {
    guard document.rulebookID != rulebook.id || document.rulebookVersion != rulebook.version
    else { return nil }
    return t(
      "The project was saved with rulebook \(document.rulebookID) \(document.rulebookVersion); "
        + "this report assesses it against \(rulebook.id) \(rulebook.version).",
      "このプロジェクトはルールブック \(document.rulebookID) \(document.rulebookVersion) で保存されました。"
        + "本書は \(rulebook.id) \(rulebook.version) で評価しています。")
  }

  private var footer: String {
    t(
      "Not legal advice. The tier is shinsa's triage aid, not a statutory category: "
        + "check each source before relying on it.",
      "本書は法的助言ではありません。区分はshinsaのトリアージ用の目安であり、法令上の区分ではありません。"
        + "利用する前に各出典を確認してください。")
  }

  private var metadataRows: [(String, String)] {
    let metadata = document.metadata
    var rows: [(String, String)] = [
      (t("Client", "依頼者"), metadata.client),
      (t("System", "対象システム"), metadata.system),
      (t("Assessor", "評価者"), metadata.assessor),
      (t("Created", "作成日時"), metadata.created),
      (t("Modified", "更新日時"), metadata.modified),
      (t("Rulebook", "ルールブック"), rulebookLine),
    ]
    if let mismatch = rulebookMismatch { rows.append((t("Note", "注記"), mismatch)) }
    return rows
  }

  var sectionHeadings:
    (
      assessment: String, answers: String, chase: String, disclosure: String, sandbox: String
    )
  {
    (
      t("Assessment", "評価結果"), t("Answers", "回答"),
      t("Follow-ups and answers to chase", "フォローアップと確認が必要な回答"),
      t("Disclosure fields", "開示項目"), t("Regulatory sandbox checklist", "規制のサンドボックス等：チェックリスト")
    )
  }

  private var privateMark: String { t("(private)", "（非公開）") }

  private func sectionTitle(_ id: String) -> String {
    rulebook.sections.first { $0.id == id }?.title.text(language) ?? id
  }

  /// Visible questions grouped by section, in interview order, numbered from 1.
  private var answerGroups: [(section: String, rows: [(number: Int, row: ExportAnswer)])] {
    var groups: [(section: String, rows: [(number: Int, row: ExportAnswer)])] = []
    for (index, row) in answers.enumerated() {
      if let last = groups.last, last.section == row.question.section {
        groups[groups.count - 1].rows.append((index + 1, row))
      } else {
        groups.append((row.question.section, [(index + 1, row)]))
      }
    }
    return groups
  }

  var followUpRows: [ExportAnswer] { answers.filter(\.followUp) }
  var unknownRows: [ExportAnswer] { answers.filter { $0.answer == .unknown } }
  var unansweredRows: [ExportAnswer] { answers.filter { $0.answer == nil } }

  private func confidenceLabel(_ confidence: Confidence) -> String {
    confidence.label(language)
  }

  /// The state of `draft`, flagging one marked done while a language is unfinished.
  func stateLabel(_ draft: DisclosureDraft) -> String {
    draft.stateLabel(language).capitalizedFirst
  }

  /// The label of a checklist entry's own state: from the answers when it has none.
  func checklistLabel(_ item: ChecklistItem) -> String {
    item.stateLabel(language).capitalizedFirst
  }

  func needLabel(_ row: ExportDisclosure) -> String {
    let base = row.need.label(language).capitalizedFirst
    guard row.undecided else { return base }
    let en = AssessmentWording.openReason(row.because, .en).map { ": " + $0 } ?? ""
    let ja = AssessmentWording.openReason(row.because, .ja).map { "：" + $0 } ?? ""
    return base + t(" (may become required\(en))", "（必要となる可能性\(ja)）")
  }

  func checklistLabel(_ state: ChecklistState) -> String {
    state.label(language).capitalizedFirst
  }

  /// What the report shows as a field's text: the draft, a state, or a call for information.
  func disclosureText(_ row: ExportDisclosure) -> (text: String, needsInfo: Bool) {
    switch row.draft.state {
    case .withheld:
      let reason = row.draft.reason.isEmpty ? t("no reason given", "理由の記載なし") : row.draft.reason
      return (t("Withheld: ", "非開示の理由：") + reason, false)
    case .notApplicable:
      let reason = row.draft.reason.isEmpty ? t("no reason given", "理由の記載なし") : row.draft.reason
      return (t("Not applicable: ", "該当しない理由：") + reason, false)
    case .empty, .draft, .done:
      if row.moreInformationNeeded {
        return (DisclosureNeed.moreInformationNeeded.text(language), true)
      }
      return row.hasText ? (row.text, false) : (t("Not drafted", "未作成"), false)
    }
  }

  /// Checklist entries that match no criterion of the route, in key order.
  var extraChecklist: [(String, ChecklistItem)] {
    let criteria = Set(assessment.sandbox.criteria.map(\.criterion.id))
    return document.sandbox.checklist.keys.sorted().filter { !criteria.contains($0) }
      .compactMap { key in document.sandbox.checklist[key].map { (key, $0) } }
  }

  var sandboxRoute: SandboxRoute? {
    rulebook.sandbox.routes.first { $0.id == assessment.sandbox.route }
  }

  /// An answer as people read it: option labels, "Unknown" or "Not answered", units.
  /// An answer as shown to people: option labels, grouped numbers, Unknown.
  public static func display(_ answer: Answer?, for question: Question, _ language: Language)
    -> String
  {
    let en = language == .en
    guard let answer else { return en ? "Not answered" : "未回答" }
    func label(_ value: String) -> String {
      question.option(value)?.label.text(language) ?? value
    }
    switch answer {
    case .unknown: return en ? "Unknown" : "不明"
    case .choice(let value): return label(value)
    case .choices(let values):
      if values.isEmpty { return en ? "None selected" : "選択なし" }
      return values.map(label).joined(separator: en ? ", " : "、")
    case .bool(let flag): return flag ? (en ? "Yes" : "はい") : (en ? "No" : "いいえ")
    case .number(let number):
      guard let unit = question.unit?.text(language), !unit.isEmpty else { return grouped(number) }
      return en ? "\(grouped(number)) \(unit)" : "\(grouped(number))\(unit)"
    case .text(let text): return text
    }
  }

  /// "2000000" as "2,000,000".
  static func grouped(_ number: Int) -> String {
    let digits = Array(String(number.magnitude))
    var out = ""
    for (index, digit) in digits.enumerated() {
      if index > 0 && (digits.count - index) % 3 == 0 { out.append(",") }
      out.append(digit)
    }
    return number < 0 ? "-" + out : out
  }
}

/// One visible question as the export shows it.
struct ExportAnswer: Sendable, Equatable {
  var question: Question
  /// The active answer, or nil when not answered.
  var answer: Answer?
  var display: String
  var confidence: Confidence?
  /// The note to show: empty when there is none or it is private and not included.
  var note: String
  var notePrivate: Bool
  var followUp: Bool
}

/// One disclosure field with its draft and assessed need.
struct ExportDisclosure: Sendable, Equatable {
  var field: DisclosureField
  var draft: DisclosureDraft
  var need: DisclosureNeed
  var undecided: Bool
  /// The answers the need rests on.
  var because: [TraceAnswer]
  /// The frameworks in scope for these answers (a foreign one only with its exposure).
  var frameworks: [DisclosureFramework]
  /// The draft text in the report's language.
  var text: String
  var hasText: Bool
  /// Required, and nothing drafted in the report's language.
  var moreInformationNeeded: Bool
}

// MARK: - Markdown

extension ProjectExport {
  /// The report as Markdown. Project and rulebook text is escaped so that it reads as text.
  public func markdown() -> String {
    let md = { (text: String) in ReportMarkdown.escape(text) }
    let headings = sectionHeadings
    var lines: [String] = []
    lines.append(
      "# \(md(title)): \(md(document.metadata.client)) — \(md(document.metadata.system))")
    lines.append("")
    for (label, value) in metadataRows { lines.append("- **\(md(label))**: \(md(value))") }
    lines.append(
      "- **\(md(t("Tier", "区分")))**: **\(md(tierName))**"
        + md(paren(Tier.notStatutoryLabel(language))))

    // Sections left out are dropped after rendering, so that each section's code stays whole.
    let assessmentStart = lines.count
    lines.append("")
    lines.append("## \(headings.assessment)")
    lines.append("")
    lines.append(contentsOf: embeddedAssessment())

    lines.append("")
    lines.append("## \(headings.answers)")
    for group in answerGroups {
      lines.append("")
      lines.append("### \(md(sectionTitle(group.section)))")
      lines.append("")
      for (number, row) in group.rows {
        lines.append(
          "\(number). **\(md(row.question.text.text(language)))** (\(code(row.question.id)))")
        let indent = String(repeating: " ", count: "\(number). ".count)
        let detail = indent + "  "
        lines.append("\(indent)- \(md(t("Answer", "回答"))): \(mdBlock(row.display, detail))")
        if let confidence = row.confidence {
          lines.append(
            "\(indent)- \(md(t("Confidence", "確度"))): \(md(confidenceLabel(confidence)))")
        }
        if row.followUp {
          lines.append("\(indent)- \(md(t("Flagged for follow-up", "フォローアップ対象")))")
        }
        if !row.note.isEmpty {
          let label = t("Note", "メモ") + (row.notePrivate ? " " + privateMark : "")
          lines.append("\(indent)- \(md(label)): \(mdBlock(row.note, detail))")
        }
      }
    }

    lines.append(contentsOf: ReportMarkdown.lines(followUpsSection()))
    if !sections.contains(.assessment) { lines.removeSubrange(assessmentStart...) }

    if sections.contains(.disclosure) {
      lines.append(contentsOf: ReportMarkdown.lines(disclosureSection()))
    }

    if showsSandbox {
      lines.append("")
      lines.append("## \(headings.sandbox)")
      lines.append(contentsOf: sandboxMarkdown())
    }

    lines.append("")
    lines.append("---")
    lines.append("")
    lines.append(md(footer))
    return lines.joined(separator: "\n") + "\n"
  }

  func checklistLine(_ item: ChecklistItem, indent: String) -> String {
    let md = { (text: String) in ReportMarkdown.escape(text) }
    var line = "\(indent)- \(md(t("Checklist", "チェックリスト"))): \(md(checklistLabel(item)))"
    if !item.evidence.isEmpty {
      line += "; \(md(t("evidence", "根拠資料"))): \(mdBlock(item.evidence, indent + "  "))"
    }
    return line
  }

  var disclosureSummary: String {
    let required = disclosure.filter { $0.need == .required }.count
    let recommended = disclosure.filter { $0.need == .recommended }.count
    let done = disclosure.filter { $0.draft.state == .done }.count
    let needed = disclosure.filter(\.moreInformationNeeded).count
    return t(
      "\(disclosure.count) fields: \(required) required, \(recommended) recommended, "
        + "\(done) done; \(needed) required fields need more information.",
      "全\(disclosure.count)項目：必要\(required)・推奨\(recommended)・完了\(done)。"
        + "要確認の必要項目\(needed)。")
  }

  /// The Markdown assessment without its title line and closing disclaimer, headings one
  /// level down so that it nests under this report's "Assessment" heading.
  private func embeddedAssessment() -> [String] {
    let report = AssessmentReport(
      assessment: assessment, rulebook: rulebook, language: language, style: .markdown
    ).render()
    var lines = report.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if lines.first?.hasPrefix("# ") == true { lines.removeFirst() }
    while lines.last?.isEmpty == true { lines.removeLast() }
    let disclaimer = t("Not legal advice.", "本結果は法的助言ではありません。")
    if lines.last?.hasPrefix(disclaimer) == true {
      lines.removeLast()
      while lines.last?.isEmpty == true { lines.removeLast() }
    }
    return lines.map { $0.hasPrefix("##") ? "#" + $0 : $0 }
  }

  /// An identifier as inline code, or escaped text when it holds a backtick.
  func code(_ id: String) -> String { ReportMarkdown.code(id) }

  func mdBlock(_ text: String, _ continuation: String) -> String {
    ReportMarkdown.escape(text, continuation: continuation)
  }
}

// MARK: - HTML

extension ProjectExport {
  /// The report as one self-contained, printable HTML file: inline styles only, no scripts,
  /// no external resources. Every piece of text is escaped.
  public func html() -> String {
    let e = { (text: String) in ReportHTML.escape(text) }
    let headings = sectionHeadings
    var out: [String] = []
    let heading =
      "\(title): \(document.metadata.client) — \(document.metadata.system)"
    out.append("<!DOCTYPE html>")
    out.append("<html lang=\"\(language.rawValue)\">")
    out.append("<head>")
    out.append("<meta charset=\"utf-8\">")
    out.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
    out.append("<title>\(e(heading))</title>")
    out.append("<style>")
    out.append(contentsOf: ProjectExport.styleSheet)
    out.append("</style>")
    out.append("</head>")
    out.append("<body>")

    out.append("<header>")
    out.append("<h1>\(e(heading))</h1>")
    out.append("<table class=\"meta\">")
    for (label, value) in metadataRows {
      out.append("<tr><th scope=\"row\">\(e(label))</th><td>\(e(value))</td></tr>")
    }
    out.append(
      "<tr><th scope=\"row\">\(e(t("Tier", "区分")))</th><td>\(tierHTML)</td></tr>")
    out.append("</table>")
    out.append("</header>")

    out.append("<main>")
    // Sections left out are dropped after rendering, so that each section's code stays whole.
    let assessmentStart = out.count
    out.append("<section id=\"assessment\">")
    out.append("<h2>\(e(headings.assessment))</h2>")
    out.append(contentsOf: assessmentHTML())
    out.append("</section>")

    out.append("<section id=\"answers\">")
    out.append("<h2>\(e(headings.answers))</h2>")
    out.append(contentsOf: answersHTML())
    out.append("</section>")

    out.append(contentsOf: ReportHTML.lines(followUpsSection()))
    if !sections.contains(.assessment) { out.removeSubrange(assessmentStart...) }

    if sections.contains(.disclosure) {
      out.append(contentsOf: ReportHTML.lines(disclosureSection()))
    }

    if showsSandbox {
      out.append("<section id=\"sandbox\">")
      out.append("<h2>\(e(headings.sandbox))</h2>")
      out.append(contentsOf: sandboxHTML())
      out.append("</section>")
    }
    out.append("</main>")

    out.append("<footer>")
    out.append("<p>\(e(footer))</p>")
    out.append("</footer>")
    out.append("</body>")
    out.append("</html>")
    return out.joined(separator: "\n") + "\n"
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

  private func answersHTML() -> [String] {
    let e = { (text: String) in ReportHTML.escape(text) }
    var out: [String] = []
    out.append("<table class=\"answers\">")
    out.append(
      "<thead><tr><th scope=\"col\">#</th>"
        + "<th scope=\"col\">\(e(t("Question", "質問")))</th>"
        + "<th scope=\"col\">\(e(t("Answer", "回答")))</th>"
        + "<th scope=\"col\">\(e(t("Confidence", "確度")))</th>"
        + "<th scope=\"col\">\(e(t("Note", "メモ")))</th></tr></thead>")
    for group in answerGroups {
      out.append("<tbody>")
      out.append(
        "<tr class=\"group\"><th colspan=\"5\" scope=\"rowgroup\">"
          + "\(e(sectionTitle(group.section)))</th></tr>")
      for (number, row) in group.rows {
        let open = row.answer == nil || row.answer == .unknown
        let answerClass = open ? " class=\"note open\"" : " class=\"note\""
        let followUp =
          row.followUp
          ? " <span class=\"flag\">[\(e(t("follow up", "フォローアップ")))]</span>" : ""
        let confidence = row.confidence.map { e(confidenceLabel($0)) } ?? ""
        var note = ""
        if !row.note.isEmpty {
          let mark = row.notePrivate ? "<span class=\"private\">\(e(privateMark))</span> " : ""
          note = mark + e(row.note)
        }
        out.append(
          "<tr><td>\(number)</td>"
            + "<td>\(e(row.question.text.text(language))) <code>\(e(row.question.id))</code>"
            + "\(followUp)</td>"
            + "<td\(answerClass)>\(e(row.display))</td>"
            + "<td>\(confidence)</td>"
            + "<td class=\"note\">\(note)</td></tr>")
      }
      out.append("</tbody>")
    }
    out.append("</table>")
    return out
  }

  /// The inline style sheet: readable on screen, tidy on paper, no external resources.
  static let styleSheet: [String] = [
    "body { font-family: system-ui, -apple-system, \"Segoe UI\", \"Hiragino Sans\",",
    "  \"Hiragino Kaku Gothic ProN\", \"Noto Sans CJK JP\", \"Yu Gothic\", Meiryo, sans-serif;",
    "  line-height: 1.55; color: #1b1b1b; background: #fff;",
    "  max-width: 60rem; margin: 2rem auto; padding: 0 1.5rem; }",
    "h1 { font-size: 1.6rem; margin: 0 0 .8rem; }",
    "h2 { font-size: 1.3rem; margin: 2.2rem 0 .6rem; padding-bottom: .2rem;",
    "  border-bottom: 2px solid #333; }",
    "h3 { font-size: 1.05rem; margin: 1.4rem 0 .4rem; }",
    "table { border-collapse: collapse; width: 100%; margin: .6rem 0 1rem; font-size: .92rem; }",
    "th, td { border: 1px solid #b5b5b5; padding: .35rem .5rem; text-align: left;",
    "  vertical-align: top; overflow-wrap: anywhere; }",
    "thead th { background: #e9e9e9; }",
    "tr.group th { background: #f4f4f4; font-weight: 600; }",
    "table.meta th { width: 12rem; background: #f7f7f7; font-weight: 600; }",
    "code { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: .85em;",
    "  color: #555; }",
    "ul { padding-left: 1.4rem; }",
    ".tier { font-size: 1.1rem; }",
    ".tier-name { font-size: 1.05em; }",
    ".honesty { color: #555; font-style: italic; }",
    ".notice { margin: .8rem 0; padding: .5rem .9rem; border-left: 4px solid #777;",
    "  background: #f5f5f5; }",
    ".label { font-weight: 600; }",
    ".note { white-space: pre-wrap; }",
    ".open { color: #8a4b00; font-style: italic; }",
    ".flag { color: #8a4b00; font-size: .9em; }",
    ".private { color: #8b1a1a; font-weight: 600; }",
    ".needed { color: #8b1a1a; }",
    ".muted { color: #666; }",
    ".sources { font-size: .88rem; overflow-wrap: anywhere; }",
    "footer { margin-top: 2.5rem; padding-top: .6rem; border-top: 1px solid #999;",
    "  font-size: .9rem; color: #444; }",
    "@page { margin: 16mm 14mm; }",
    "@media print {",
    "  body { max-width: none; margin: 0; padding: 0; font-size: 10pt; }",
    "  h2, h3 { break-after: avoid; page-break-after: avoid; }",
    "  tr, li, blockquote { break-inside: avoid; page-break-inside: avoid; }",
    "  thead { display: table-header-group; }",
    "  a { color: inherit; text-decoration: none; }",
    "  thead th, tr.group th, table.meta th, .notice {",
    "    -webkit-print-color-adjust: exact; print-color-adjust: exact; }",
    "}",
  ]
}

// MARK: - JSON

extension ProjectExport {
  /// The report as one JSON object (format "shinsa-export", export version 1).
  public func json() -> String {
    let metadata = document.metadata
    let project: JSONOut = .object([
      ("client", .string(metadata.client)),
      ("system", .string(metadata.system)),
      ("assessor", .string(metadata.assessor)),
      ("created", .string(metadata.created)),
      ("modified", .string(metadata.modified)),
      (
        "savedWithRulebook",
        .object([
          ("id", .string(document.rulebookID)), ("version", .string(document.rulebookVersion)),
        ])
      ),
    ])
    let rulebookOut: JSONOut = .object([
      ("id", .string(rulebook.id)),
      ("version", .string(rulebook.version)),
      ("asOf", .string(rulebook.asOf)),
      ("title", .string(rulebook.title.text(language))),
    ])
    let answersOut: [JSONOut] = answers.map { row in
      var members: [(String, JSONOut)] = [
        ("question", .string(row.question.id)),
        ("section", .string(row.question.section)),
        ("text", .string(row.question.text.text(language))),
        ("answer", row.answer?.jsonOut ?? .null),
        ("display", .string(row.display)),
      ]
      if let confidence = row.confidence {
        members.append(("confidence", .string(confidence.rawValue)))
      }
      if !row.note.isEmpty {
        members.append(("note", .string(row.note)))
        if row.notePrivate { members.append(("notePrivate", .bool(true))) }
      }
      members.append(("followUp", .bool(row.followUp)))
      return .object(members)
    }
    let ids = { (rows: [ExportAnswer]) in JSONOut.array(rows.map { .string($0.question.id) }) }
    let chase: JSONOut = .object([
      ("followUp", ids(followUpRows)),
      ("unknown", ids(unknownRows)),
      ("notAnswered", ids(unansweredRows)),
    ])
    let disclosureOut: [JSONOut] = disclosure.map { row in
      .object([
        ("id", .string(row.field.id)),
        ("title", .string(row.field.title.text(language))),
        ("state", .string(row.draft.state.rawValue)),
        ("need", .string(row.need.rawValue)),
        ("undecided", .bool(row.undecided)),
        ("moreInformationNeeded", .bool(row.moreInformationNeeded)),
        (
          "frameworks",
          .array(
            row.frameworks.map {
              .object([
                ("name", .string($0.name.text(language))),
                ("status", .string($0.status.rawValue)),
                ("jurisdiction", .string(rulebook.jurisdiction($0.jurisdiction)?.id ?? "jp")),
                ("sources", .array($0.sources.map { .string($0) })),
              ])
            })
        ),
        ("text", .string(row.text)),
        ("reason", .string(row.draft.reason)),
      ])
    }
    let members: [(String, JSONOut)] = [
      ("format", .string("shinsa-export")),
      ("exportVersion", .int(1)),
      ("language", .string(language.rawValue)),
      ("sections", .array(sections.names.map { .string($0) })),
      ("project", project),
      ("rulebook", rulebookOut),
      (
        "assessment",
        AssessmentJSON(assessment: assessment, rulebook: rulebook, language: language).document()
      ),
      ("answers", .array(answersOut)),
      ("chase", chase),
      ("disclosure", .array(disclosureOut)),
      ("sandbox", sandboxJSON()),
      ("notice", .string(footer)),
    ]
    var left: Set<String> = []
    if !sections.contains(.assessment) { left.formUnion(["assessment", "answers", "chase"]) }
    if !sections.contains(.disclosure) { left.insert("disclosure") }
    if !sections.contains(.sandbox) { left.insert("sandbox") }
    return JSONOut.object(members.filter { !left.contains($0.0) }).rendered()
  }

  func checklistOut(_ item: ChecklistItem) -> JSONOut {
    .object([
      ("state", .string(item.state?.rawValue ?? ChecklistItem.fromAnswers)),
      ("evidence", .string(item.evidence)),
    ])
  }
}
