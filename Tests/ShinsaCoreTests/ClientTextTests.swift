import Foundation
import Testing

@testable import ShinsaCore

/// Client-facing text is safe to hand over: Japanese text never carries the English free-text
/// answers, shinsa's own suggestions pass its own wording check, absolute claims are caught,
/// and every warning says which language it concerns.
@Suite struct ClientTextTests {
  /// The walkthrough's clinic: a chain of 14 clinics with an AI medical scribe for clinical
  /// documentation, system_purpose and human_oversight typed in English.
  static func clinic() throws -> ProjectDocument {
    let url = Support.fixtures.appendingPathComponent("projects/clinic-scribe.shinsa.json")
    let bytes = try #require(FileManager.default.contents(atPath: url.path))
    return try ProjectCodec.decode(
      Array(bytes), file: "clinic-scribe.shinsa.json", rulebook: Support.rulebook
    ).document
  }

  /// The clinic with every suggestion taken, as `P` and `p` do in the panes.
  static func clinicWithSuggestions() throws -> ProjectDocument {
    var document = try clinic()
    let now = "2026-12-01T11:00:00Z"
    let prefill = DisclosurePrefill(
      rulebook: Support.rulebook, answers: document.answers,
      organisation: document.metadata.client)
    for field in Support.rulebook.disclosureFields where document.disclosure[field.id] == nil {
      guard let suggestion = prefill.draft(for: field.id) else { continue }
      var draft = DisclosureDraft()
      draft.adopt(suggestion, at: now)
      document.disclosure[field.id] = draft
    }
    for item in Support.rulebook.sandbox.planItems {
      guard
        let suggestion = SandboxPrefill.draft(
          for: item, answers: document.answers, rulebook: Support.rulebook)
      else { continue }
      var draft = DisclosureDraft()
      draft.adopt(suggestion, at: now)
      document.sandbox.plan[item.id] = draft
    }
    return document
  }

  /// Runs of five or more Latin-script words: an English sentence, not a name or a code.
  static func latinSentences(_ text: String) -> [String] {
    let pattern = #"[A-Za-z][A-Za-z'’\-]*(?:[ ,]+[A-Za-z0-9][A-Za-z0-9'’.\-]*){4,}"#
    guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
    let range = NSRange(text.startIndex..., in: text)
    return regex.matches(in: text, range: range).compactMap {
      Range($0.range, in: text).map { String(text[$0]) }
    }
  }

  static let clinicAnswersEnglish = [
    "Listens to recorded consultations", "Every draft note is read",
  ]

  @Test func theSentenceDetectorFindsTheWalkthroughPasteAndSparesNames() {
    #expect(
      !Self.latinSentences("> Listens to recorded consultations and drafts the note.想定する用途は")
        .isEmpty)
    #expect(Self.latinSentences("基盤モデル「Whisper large-v3」を利用しています。").isEmpty)
    #expect(Self.latinSentences("透明性に関する開示: Aozora Clinics — AI medical scribe").isEmpty)
  }

  // MARK: Japanese text holds no English answers

  @Test func japaneseSuggestionsLeaveAMarkedPlaceholderForEnglishAnswers() throws {
    let document = try Self.clinic()
    let prefill = DisclosurePrefill(rulebook: Support.rulebook, answers: document.answers)
    for id in ["purpose", "human-oversight"] {
      let draft = try #require(prefill.draft(for: id))
      #expect(Self.latinSentences(draft.ja).isEmpty, "\(id): \(draft.ja)")
      #expect(draft.ja.contains("［要翻訳："), "\(id) asks for a translation")
      #expect(TranslationPlaceholder.isPending(draft.ja))
      #expect(!TranslationPlaceholder.isPending(draft.en), "the English keeps the answer")
      #expect(Self.clinicAnswersEnglish.contains { draft.en.contains($0) })
    }
  }

  @Test func answersTypedInJapaneseGoIntoTheJapaneseAndAskForAnEnglishTranslation() {
    var answers = Support.factory
    answers["system_purpose"] = .text("製造ラインで部品の外観検査を行います。")
    let draft = DisclosurePrefill(rulebook: Support.rulebook, answers: answers).draft(
      for: "purpose")
    #expect(draft?.ja.contains("製造ラインで部品の外観検査を行います。") == true)
    #expect(draft?.en.contains("[Translation needed: ") == true)
    #expect(draft?.en.contains("製造") == false)
  }

  @Test func theLanguageOfAnAnswerIsItsMainScript() {
    #expect(TranslationPlaceholder.language(of: "Drafts clinical notes.") == .en)
    #expect(TranslationPlaceholder.language(of: "診察を記録して下書きを作成") == .ja)
    #expect(TranslationPlaceholder.language(of: "GPT-4oで診察記録の下書きを作成します") == .ja)
    #expect(TranslationPlaceholder.language(of: "Uses the 電子カルテ for input notes") == .en)
  }

  @Test(arguments: ["markdown", "html", "json"])
  func japaneseDisclosureOfTheClinicHasNoEnglishSentence(format: String) throws {
    let document = try Self.clinicWithSuggestions()
    let export = DisclosureExport(document: document, rulebook: Support.rulebook, languages: [.ja])
    let text: String
    switch format {
    case "markdown": text = export.markdown()
    case "html": text = export.html()
    default: text = export.json()
    }
    for line in Self.japaneseLines(text, format: format, document) {
      #expect(Self.latinSentences(line).isEmpty, "\(format): \(line)")
    }
    #expect(text.contains("［要翻訳："))
  }

  @Test(arguments: ["markdown", "html"])
  func japaneseReportSectionsOfTheClinicHaveNoEnglishSentence(format: String) throws {
    let document = try Self.clinicWithSuggestions()
    let export = ProjectExport(
      document: document, rulebook: Support.rulebook, language: .ja,
      sections: [.disclosure, .sandbox])
    let text = format == "markdown" ? export.markdown() : export.html()
    for line in Self.japaneseLines(text, format: format, document) {
      #expect(Self.latinSentences(line).isEmpty, "\(format): \(line)")
    }
  }

  @Test func bilingualDisclosureKeepsEnglishOutOfTheJapaneseParts() throws {
    let document = try Self.clinicWithSuggestions()
    let text = DisclosureExport(
      document: document, rulebook: Support.rulebook, languages: [.en, .ja]
    ).markdown()
    var inJapanese = false
    var japaneseBlocks = 0
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      if line == "*Japanese / 日本語*" {
        inJapanese = true
        japaneseBlocks += 1
      } else if line.isEmpty || !line.hasPrefix(">") {
        inJapanese = false
      }
      if inJapanese {
        #expect(Self.latinSentences(String(line)).isEmpty, "\(line)")
      }
      // Nowhere is an English sentence glued to Japanese text (walkthrough bug 4).
      for sentence in Self.latinSentences(String(line)) {
        guard let range = line.range(of: sentence) else { continue }
        let after = line[range.upperBound...].first
        #expect(
          after.map { TranslationPlaceholder.language(of: String($0)) } != .ja,
          "\(line)")
      }
    }
    #expect(japaneseBlocks >= 5)
  }

  @Test func theLagLineNamesTheLanguageOnceInEachLanguage() throws {
    let text = DisclosureExport(
      document: try Self.clinic(), rulebook: Support.rulebook, languages: [.en, .ja]
    ).markdown()
    #expect(text.contains("- Lags behind: Japanese / 更新が遅れている言語: 日本語"))
    #expect(!text.contains("Lags behind:  /"))
  }

  /// The lines of a Japanese export that are Japanese text: not the title (the client's and
  /// the system's names), not the style sheet, in JSON only the "ja" members (JSON carries
  /// both languages of every label by design), and not the consultant's own checklist evidence
  /// note, which is quoted as typed.
  static func japaneseLines(_ text: String, format: String, _ document: ProjectDocument)
    -> [String]
  {
    var lines: [String] = []
    var inStyle = false
    let evidence = document.sandbox.checklist.values.map(\.evidence).filter { !$0.isEmpty }
    for line in text.split(separator: "\n").map(String.init) {
      if line.hasPrefix("<style") { inStyle = true }
      if line.hasPrefix("</style") { inStyle = false }
      if inStyle { continue }
      if line.contains(document.metadata.system) && line.contains(document.metadata.client) {
        continue
      }
      if evidence.contains(where: {
        line.contains($0) || line.contains(ReportHTML.escape($0))
      }) {
        continue
      }
      if format == "json", !line.trimmingCharacters(in: .whitespaces).hasPrefix("\"ja\":") {
        continue
      }
      lines.append(line)
    }
    return lines
  }

  // MARK: shinsa's suggestions pass shinsa's check

  /// Every scenario's answers, and the clinic's.
  static func answerSets() throws -> [(String, [String: Answer])] {
    var sets = try Support.scenarios().map { scenario in
      (
        scenario.name,
        try AnswersFile.parse(scenario.bytes, fileName: scenario.name, rulebook: Support.rulebook)
      )
    }
    sets.append(("clinic-scribe", try clinic().answers))
    return sets
  }

  @Test func everySuggestionForEveryScenarioPassesTheWordingCheck() throws {
    var checked = 0
    for (name, answers) in try Self.answerSets() {
      let prefill = DisclosurePrefill(
        rulebook: Support.rulebook, answers: answers, organisation: "Aozora Clinics")
      for field in Support.rulebook.disclosureFields {
        guard let draft = prefill.draft(for: field.id) else { continue }
        let issues = DisclosureWordingCheck.issues(
          fieldID: field.id, draft: draft, need: .required)
        #expect(issues.isEmpty, "\(name) \(field.id): \(issues.map(\.kind))")
        #expect(Self.latinSentences(draft.ja).isEmpty, "\(name) \(field.id): \(draft.ja)")
        checked += 1
      }
      for item in Support.rulebook.sandbox.planItems {
        guard
          let draft = SandboxPrefill.draft(for: item, answers: answers, rulebook: Support.rulebook)
        else { continue }
        let issues = DisclosureWordingCheck.issues(fieldID: item.id, draft: draft, need: .required)
        #expect(issues.isEmpty, "\(name) plan \(item.id): \(issues.map(\.kind))")
        #expect(Self.latinSentences(draft.ja).isEmpty, "\(name) plan \(item.id): \(draft.ja)")
        checked += 1
      }
    }
    #expect(checked >= 40)
  }

  // MARK: Absolute claims

  @Test(arguments: [
    ("Our AI is 100% accurate and completely safe, so doctors never need to worry.", "en"),
    ("The scribe never fails.", "en"),
    ("Transcripts are error-free.", "en"),
    ("本システムは絶対に誤りません。", "ja"),
    ("完全に安全なAIです。", "ja"),
    ("文字起こしは１００％正確です。", "ja"),
    ("100 %正確です。", "ja"),
  ])
  func absoluteClaimsAreFlaggedInTheirLanguage(text: String, language: String) throws {
    let lang = try #require(Language(rawValue: language))
    var draft = DisclosureDraft(state: .draft)
    draft.setText(text, lang, at: "2026-12-01T10:00:00Z")
    let issues = DisclosureWordingCheck.issues(
      fieldID: "output-reliability", draft: draft, need: .required)
    let claim = try #require(issues.first { $0.kind == .absoluteClaim })
    #expect(claim.language == lang)
  }

  @Test func honestLimitsAreNotAbsoluteClaims() {
    for text in [
      "A person checks 100% of the notes before they are filed.",
      "We cannot guarantee that every output is accurate.",
      "Outputs can be wrong; for example, a drug name can be misheard.",
    ] {
      #expect(DisclosureWordingCheck.absoluteClaim(text.lowercased()) == nil, "\(text)")
    }
  }

  @Test func everyWarningSaysWhichLanguageItConcerns() {
    let draft = DisclosureDraft(
      state: .draft, en: "It has limits.", ja: "完全に安全です。")
    let issues = DisclosureWordingCheck.issues(
      fieldID: "output-reliability", draft: draft, need: .required)
    #expect(issues.count == 2)
    for issue in issues {
      let name =
        issue.language == .en ? ("English text: ", "英語の本文：") : ("Japanese text: ", "日本語の本文：")
      #expect(issue.described(.en).hasPrefix(name.0))
      #expect(issue.described(.ja).hasPrefix(name.1))
    }
    let markdown = DisclosureExport(
      document: Self.documentWith("output-reliability", draft), rulebook: Support.rulebook,
      languages: [.en, .ja]
    ).markdown()
    #expect(markdown.contains("- ⚠ English text: States limits without an example"))
    #expect(markdown.contains("- ⚠ Japanese text: Absolute claim “完全に安全”"))
  }

  static func documentWith(_ field: String, _ draft: DisclosureDraft) -> ProjectDocument {
    var document = ProjectDocument(
      rulebook: Support.rulebook, client: "Aozora Clinics", system: "AI medical scribe",
      assessor: "", now: "2026-12-01T09:00:00Z")
    document.answers = Support.factory
    document.disclosure[field] = draft
    return document
  }
}
