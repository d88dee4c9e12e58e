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

  var title: String { t("shinsa report", "shinsa 評価報告書") }

  var tierName: String {
    rulebook.tierInfo(assessment.tier)?.label.text(language) ?? assessment.tier.rawValue
  }

  var rulebookLine: String {
    "\(rulebook.id) \(rulebook.version)" + paren("\(t("checked", "確認日")) \(rulebook.asOf)")
  }

  /// " (text)" in English, "（text）" in Japanese.
  func paren(_ text: String) -> String { t(" (\(text))", "（\(text)）") }

  /// Set when the project was saved against another rulebook than the one assessed here.
  var rulebookMismatch: String? {
    guard document.rulebookID != rulebook.id || document.rulebookVersion != rulebook.version
    else { return nil }
    return t(
      "The project was saved with rulebook \(document.rulebookID) \(document.rulebookVersion); "
        + "this report assesses it against \(rulebook.id) \(rulebook.version).",
      "このプロジェクトはルールブック \(document.rulebookID) \(document.rulebookVersion) で保存されました。"
        + "本書は \(rulebook.id) \(rulebook.version) で評価しています。")
  }

  var footer: String {
    t(
      "Not legal advice. The tier is shinsa's triage aid, not a statutory category: "
        + "check each source before relying on it.",
      "本書は法的助言ではありません。区分はshinsaのトリアージ用の目安であり、法令上の区分ではありません。"
        + "利用する前に各出典を確認してください。")
  }

  var metadataRows: [(String, String)] {
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

  var privateMark: String { t("(private)", "（非公開）") }

  func sectionTitle(_ id: String) -> String {
    rulebook.sections.first { $0.id == id }?.title.text(language) ?? id
  }

  /// Visible questions grouped by section, in interview order, numbered from 1.
  var answerGroups: [(section: String, rows: [(number: Int, row: ExportAnswer)])] {
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

  func confidenceLabel(_ confidence: Confidence) -> String {
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
