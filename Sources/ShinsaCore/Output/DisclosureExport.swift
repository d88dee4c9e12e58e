/// The transparency disclosure on its own: every field with its need, state, frameworks and
/// text, in English, Japanese or both. Markdown, one self-contained HTML file, or JSON.
///
/// Empty required fields say "More information needed" / 要確認 so that nobody publishes a
/// disclosure with a hole in it unnoticed. Deterministic: the same project gives the same bytes.
public struct DisclosureExport: Sendable {
  public let document: ProjectDocument
  public let rulebook: Rulebook
  /// The languages of the texts, in order; chrome (headings, labels) in the same languages.
  public let languages: [Language]
  public let sheet: DisclosureSheet
  let assessment: Assessment

  /// Prepares the disclosure of `document` in `languages` (one or both).
  public init(document: ProjectDocument, rulebook: Rulebook, languages: [Language]) {
    self.document = document
    self.rulebook = rulebook
    self.languages = languages.isEmpty ? [.en] : languages
    assessment = Assessor(rulebook: rulebook).assess(
      document.answers, completeDisclosureFields: document.completeDisclosureFields)
    sheet = DisclosureSheet(rulebook: rulebook, assessment: assessment, document: document)
  }

  /// Text in the export's languages: "English / 日本語" when both.
  func t(_ en: String, _ ja: String) -> String {
    languages.map { $0 == .en ? en : ja }.joined(separator: " / ")
  }

  func localized(_ text: Localized) -> String { t(text.en, text.ja) }

  var title: String {
    t("Transparency disclosure", "透明性に関する開示") + ": " + document.metadata.client
      + (document.metadata.system.isEmpty ? "" : " — " + document.metadata.system)
  }

  var notice: String {
    t(
      "Drafted with shinsa. \"Required\" and \"recommended\" are shinsa's reading of the frameworks listed with each field, whose legal status is given; they are not legal advice. The triage tier is shinsa's own, not a statutory category.",
      "shinsa で作成した下書きです。「必要」「推奨」は各項目に示した枠組み（法的位置付けを併記）に基づく shinsa の判断であり、法的助言ではありません。トリアージ区分は shinsa 独自のもので、法令上の区分ではありません。"
    )
  }

  func needText(_ row: DisclosureRow) -> String {
    switch row.finding.need {
    case .required:
      if let tier = row.finding.requiredByTier {
        let label =
          rulebook.tierInfo(tier)?.label ?? Localized(en: tier.rawValue, ja: tier.rawValue)
        return t(
          "required (triage tier \(label.en); shinsa's tier, not a statutory category)",
          "必要（トリアージ区分「\(label.ja)」による。法令上の区分ではありません）")
      }
      return t("required", "必要")
    case .recommended: return t("recommended", "推奨")
    case .notApplicable: return t("not needed for these answers", "この回答では不要")
    }
  }

  /// The state of `draft`, flagging one marked done while a language is unfinished.
  func stateText(_ draft: DisclosureDraft) -> String {
    languages.map { draft.stateLabel($0) }.joined(separator: " / ")
  }

  /// A wording issue, saying which language's text it concerns.
  func issueText(_ issue: WordingIssue) -> String {
    t(issue.described(.en), issue.described(.ja))
  }

  func stateText(_ state: DisclosureFieldState) -> String {
    languages.map { state.label($0) }.joined(separator: " / ")
  }

  func languageName(_ language: Language) -> String {
    language == .en ? t("English", "英語") : t("Japanese", "日本語")
  }

  var moreInformation: String { localized(DisclosureNeed.moreInformationNeeded) }

  var progressLine: String {
    let progress = sheet.progress
    let needed = sheet.rows.filter(\.needsInformation).count
    return t(
      "Required fields settled: \(progress.requiredDone) of \(progress.requiredTotal); recommended: \(progress.recommendedDone) of \(progress.recommendedTotal); needing information: \(needed).",
      "必要項目の対応: \(progress.requiredTotal) 項目中 \(progress.requiredDone)、推奨: \(progress.recommendedTotal) 項目中 \(progress.recommendedDone)、要確認: \(needed)。"
    )
  }

  /// The text shown for one language of a row, or nil when the row shows no text.
  func text(_ row: DisclosureRow, _ language: Language) -> String? {
    switch row.draft.state {
    case .withheld, .notApplicable: return nil
    case .empty, .draft, .done:
      let text = row.draft.text(language)
      return text.allSatisfy(\.isWhitespace) ? nil : text
    }
  }

  /// A framework with its status and, for foreign law, the jurisdiction and when it applies.
  func frameworkText(_ framework: DisclosureFramework) -> String {
    languages.map { AssessmentWording.framework(framework, rulebook, $0) }
      .joined(separator: " / ")
  }

  /// The frameworks in scope for the row (foreign ones only with their exposure).
  func frameworks(_ row: DisclosureRow) -> [DisclosureFramework] { row.finding.frameworks }

  /// Why a field is withheld or not applicable, or "(no reason given)".
  func reason(_ draft: DisclosureDraft) -> String {
    draft.reason.isEmpty ? t("(no reason given)", "（理由の記載なし）") : draft.reason
  }

  // MARK: Markdown

  /// The disclosure as Markdown.
  public func markdown() -> String {
    let escape = { (text: String) in ReportMarkdown.escape(text) }
    var out = ["# " + escape(title), "", escape(notice), "", escape(progressLine), ""]
    for (index, row) in sheet.rows.enumerated() {
      out.append("## \(index + 1). " + escape(localized(row.field.title)))
      out.append("")
      out.append("- " + t("Need", "必要性") + ": " + escape(needText(row)))
      out.append("- " + t("State", "状態") + ": " + escape(stateText(row.draft)))
      if let lagging = row.draft.lagging, languages.count == 2 {
        let english = lagging == .en ? "English" : "Japanese"
        let japanese = lagging == .en ? "英語" : "日本語"
        out.append(
          "- " + escape(t("Lags behind: \(english)", "更新が遅れている言語: \(japanese)")))
      }
      out.append("- " + t("Asked for by", "根拠となる枠組み") + ":")
      for framework in frameworks(row) {
        out.append("  - " + escape(frameworkText(framework)))
      }
      for issue in row.issues {
        out.append("- ⚠ " + escape(issueText(issue)))
      }
      out.append("")
      if row.needsInformation {
        out.append("**" + escape(moreInformation) + "**")
        out.append("")
      }
      if row.draft.state == .withheld || row.draft.state == .notApplicable {
        out.append(escape(stateText(row.draft.state) + ": " + reason(row.draft)))
        out.append("")
        continue
      }
      for language in languages {
        guard let text = text(row, language) else {
          if !row.needsInformation, row.finding.need == .required {
            out.append("*" + escape(languageName(language)) + ": " + escape(moreInformation) + "*")
            out.append("")
          }
          continue
        }
        if languages.count == 2 { out.append("*" + escape(languageName(language)) + "*") }
        out.append(
          text.split(separator: "\n", omittingEmptySubsequences: false).map {
            "> " + escape(String($0))
          }.joined(separator: "\n"))
        out.append("")
      }
    }
    out.append(escape(t("Rulebook", "ルールブック")) + ": \(rulebook.id) \(rulebook.version)")
    return out.joined(separator: "\n") + "\n"
  }

  // MARK: HTML

  /// The disclosure as one self-contained, printable HTML file.
  public func html() -> String {
    let e = { (text: String) in ReportHTML.escape(text) }
    var out = [
      "<!DOCTYPE html>",
      "<html lang=\"\(languages.first?.rawValue ?? "en")\">",
      "<head>",
      "<meta charset=\"utf-8\">",
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
      "<title>\(e(title))</title>",
      "<style>",
    ]
    out.append(contentsOf: ProjectExport.styleSheet)
    out.append("</style>")
    out.append("</head>")
    out.append("<body>")
    out.append("<header><h1>\(e(title))</h1><p>\(e(notice))</p><p>\(e(progressLine))</p></header>")
    out.append("<main>")
    for row in sheet.rows {
      out.append("<section id=\"field-\(e(row.field.id))\">")
      out.append("<h2>\(e(localized(row.field.title)))</h2>")
      out.append("<ul>")
      out.append("<li>\(e(t("Need", "必要性"))): \(e(needText(row)))</li>")
      out.append("<li>\(e(t("State", "状態"))): \(e(stateText(row.draft)))</li>")
      out.append(
        "<li>\(e(t("Asked for by", "根拠となる枠組み"))): "
          + frameworks(row).map { e(frameworkText($0)) }.joined(separator: "; ") + "</li>")
      for issue in row.issues {
        out.append("<li class=\"warning\">⚠ \(e(issueText(issue)))</li>")
      }
      out.append("</ul>")
      if row.needsInformation {
        out.append("<p class=\"warning\"><strong>\(e(moreInformation))</strong></p>")
      }
      if row.draft.state == .withheld || row.draft.state == .notApplicable {
        out.append("<p>\(e(stateText(row.draft.state))): \(e(reason(row.draft)))</p>")
      } else {
        for language in languages {
          guard let text = text(row, language) else { continue }
          out.append("<div lang=\"\(language.rawValue)\">")
          if languages.count == 2 { out.append("<h3>\(e(languageName(language)))</h3>") }
          for paragraph in text.split(separator: "\n") {
            out.append("<p>\(e(String(paragraph)))</p>")
          }
          out.append("</div>")
        }
      }
      out.append("</section>")
    }
    out.append("</main>")
    out.append(
      "<footer><p>\(e(t("Rulebook", "ルールブック"))): \(e(rulebook.id)) \(e(rulebook.version))</p></footer>"
    )
    out.append("</body>")
    out.append("</html>")
    return out.joined(separator: "\n") + "\n"
  }

  // MARK: JSON

  /// The disclosure as JSON: ids, both languages of every text, states and findings.
  public func json() -> String {
    func localizedOut(_ text: Localized) -> JSONOut {
      .object([("en", .string(text.en)), ("ja", .string(text.ja))])
    }
    let progress = sheet.progress
    let fields: [JSONOut] = sheet.rows.map { row in
      .object([
        ("id", .string(row.field.id)),
        ("title", localizedOut(row.field.title)),
        ("need", .string(row.finding.need.rawValue)),
        ("requiredByTier", row.finding.requiredByTier.map { .string($0.rawValue) } ?? .null),
        (
          "because",
          .array(
            row.finding.because.map { answer in
              .object([
                ("question", .string(answer.question)),
                ("answer", .string(answer.answer?.display ?? "")),
              ])
            })
        ),
        ("state", .string(row.draft.state.rawValue)),
        ("moreInformationNeeded", .bool(row.needsInformation)),
        ("en", languages.contains(.en) ? .string(row.draft.en) : .null),
        ("ja", languages.contains(.ja) ? .string(row.draft.ja) : .null),
        ("reason", .string(row.draft.reason)),
        ("lagging", row.draft.lagging.map { .string($0.rawValue) } ?? .null),
        (
          "frameworks",
          .array(
            frameworks(row).map { framework in
              .object([
                ("name", localizedOut(framework.name)),
                ("status", .string(framework.status.rawValue)),
                (
                  "jurisdiction",
                  .string(rulebook.jurisdiction(framework.jurisdiction)?.id ?? "jp")
                ),
                ("sources", .array(framework.sources.map { .string($0) })),
              ])
            })
        ),
        (
          "issues",
          .array(
            row.issues.map { issue in
              .object([
                ("kind", .string(issue.kind.rawValue)),
                ("language", issue.language.map { .string($0.rawValue) } ?? .null),
                ("message", localizedOut(issue.message)),
              ])
            })
        ),
      ])
    }
    return JSONOut.object([
      ("format", .string("shinsa-disclosure")),
      ("formatVersion", .int(1)),
      (
        "rulebook", .object([("id", .string(rulebook.id)), ("version", .string(rulebook.version))])
      ),
      ("client", .string(document.metadata.client)),
      ("system", .string(document.metadata.system)),
      ("languages", .array(languages.map { .string($0.rawValue) })),
      ("tier", .string(assessment.tier.rawValue)),
      ("tierIsStatutory", .bool(false)),
      (
        "progress",
        .object([
          ("requiredDone", .int(progress.requiredDone)),
          ("requiredTotal", .int(progress.requiredTotal)),
          ("recommendedDone", .int(progress.recommendedDone)),
          ("recommendedTotal", .int(progress.recommendedTotal)),
        ])
      ),
      ("fields", .array(fields)),
    ]).rendered() + "\n"
  }
}
