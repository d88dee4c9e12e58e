/// The wording a project report shares across its formats: labels, headings, states.
extension ProjectExport {
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
}
