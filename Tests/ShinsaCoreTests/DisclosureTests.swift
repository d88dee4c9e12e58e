import Testing

@testable import ShinsaCore

/// Requiredness, prefill, states, progress and the wording check of the disclosure.
@Suite struct DisclosureTests {
  static func finding(_ id: String, _ answers: [String: Answer]) -> DisclosureFinding? {
    Support.assess(answers).disclosure.first { $0.fieldID == id }
  }

  static func sheet(_ answers: [String: Answer], drafts: [String: DisclosureDraft] = [:])
    -> DisclosureSheet
  {
    var document = ProjectDocument(
      rulebook: Support.rulebook, client: "Sakura Bank", system: "Loans", assessor: "T",
      now: "2026-11-25T10:00:00Z")
    document.answers = answers
    document.disclosure = drafts
    return DisclosureSheet(
      rulebook: Support.rulebook, assessment: Support.assess(answers), document: document)
  }

  // MARK: Requiredness

  @Test func theFactoryNeedsNoTierDrivenFields() {
    let assessment = Support.assess(Support.factory)
    #expect(assessment.tier == .standard)
    #expect(assessment.disclosure.allSatisfy { $0.requiredByTier == nil })
    #expect(Self.finding("how-it-works", Support.factory)?.need != .required)
  }

  @Test func anImportantTierMakesTheTierFieldsRequired() throws {
    // Healthcare diagnosis support informing decisions is at least Important; make its own
    // conditions silent for how-it-works by keeping decision_role at none.
    var answers = Support.factory
    answers["sector"] = .choices(["healthcare"])
    answers["use_case"] = .choices(["clinical-documentation"])
    answers["people_affected"] = .number(50_000)
    answers["personal_data"] = .choice("special-care")
    let assessment = Support.assess(answers)
    try #require(assessment.tier >= .important, "tier is \(assessment.tier)")
    let fields = Support.rulebook.disclosureFields.filter { $0.requiredFromTier != nil }
    #expect(!fields.isEmpty)
    for field in fields where assessment.tier >= (field.requiredFromTier ?? .speciallyDesignated) {
      let finding = try #require(assessment.disclosure.first { $0.fieldID == field.id })
      #expect(finding.need == .required, "\(field.id)")
      #expect(!finding.undecided)
    }
    let byTier = assessment.disclosure.filter { $0.requiredByTier != nil }
    #expect(!byTier.isEmpty)
    for finding in byTier { #expect(finding.requiredByTier == assessment.tier) }
  }

  @Test func ownConditionsComeBeforeTheTier() throws {
    let finding = try #require(Self.finding("redress", Support.bank))
    #expect(finding.need == .required)
    #expect(finding.requiredByTier == nil)
    #expect(finding.because.contains { $0.question == "decision_role" })
  }

  @Test func safetyEvaluationIsRequiredOnlyFromSpeciallyDesignated() throws {
    let field = try #require(
      Support.rulebook.disclosureFields.first { $0.id == "safety-evaluation" })
    #expect(field.requiredFromTier == .speciallyDesignated)
    let bank = Support.assess(Support.bank)
    #expect(bank.tier == .speciallyDesignated)
    #expect(bank.disclosure.first { $0.fieldID == "safety-evaluation" }?.need == .required)
  }

  // MARK: Prefill

  @Test func prefillStatesWhatTheAnswersSayInBothLanguages() throws {
    var answers = Support.bank
    answers["model_name"] = .text("Acme LLM 2")
    let prefill = DisclosurePrefill(
      rulebook: Support.rulebook, answers: answers, organisation: "Sakura Bank")
    let aiUse = try #require(prefill.draft(for: "ai-use"))
    #expect(aiUse.state == .draft)
    #expect(aiUse.en.contains("credit decisions"))
    #expect(aiUse.ja.contains("与信審査"))
    #expect(aiUse.en.contains("without a person deciding"))
    let model = try #require(prefill.draft(for: "model-identity"))
    #expect(model.en.contains("Acme LLM 2"))
    #expect(model.en.contains("fine-tuned"))
    #expect(model.ja.contains("Acme LLM 2"))
    let personal = try #require(prefill.draft(for: "personal-data"))
    #expect(personal.en.contains("outside Japan"))
    #expect(personal.ja.contains("外国にある第三者に提供しています"))
    let accountability = try #require(prefill.draft(for: "accountability"))
    #expect(accountability.en.hasPrefix("Sakura Bank is responsible for this system. "))
    #expect(TranslationPlaceholder.isPending(accountability.en), "the contact point is left to add")
  }

  @Test func prefillSaysNothingItDoesNotKnow() {
    let empty = DisclosurePrefill(rulebook: Support.rulebook, answers: [:])
    for field in Support.rulebook.disclosureFields {
      #expect(empty.draft(for: field.id) == nil, "\(field.id)")
    }
    let factory = DisclosurePrefill(rulebook: Support.rulebook, answers: Support.factory)
    #expect(factory.draft(for: "training-data") == nil)
    #expect(factory.draft(for: "output-reliability") == nil)
    #expect(factory.draft(for: "personal-data") == nil)
    #expect(factory.draft(for: "model-identity") == nil)
  }

  @Test func prefillUsesTheFreeTextAnswersAsWritten() throws {
    var answers = Support.factory
    answers["decision_role"] = .choice("informs")
    answers["system_purpose"] = .text("  検品ラインの外観検査を支援します。 ")
    answers["human_oversight"] = .text("Line leads check every rejected part.")
    let prefill = DisclosurePrefill(rulebook: Support.rulebook, answers: answers)
    #expect(try #require(prefill.draft(for: "purpose")).ja.hasPrefix("検品ラインの外観検査を支援します。"))
    #expect(
      try #require(prefill.draft(for: "human-oversight")).en.hasPrefix(
        "Line leads check every rejected part."))
  }

  @Test func prefillIgnoresAnswersTheInterviewNowHides() {
    // human_oversight is asked only when the system informs or makes decisions; a stale
    // answer left from before decision_role became "none" must not reach the disclosure.
    var answers = Support.factory
    answers["human_oversight"] = .text("Line leads check every rejected part.")
    answers["model_name"] = .text("Old model")
    let prefill = DisclosurePrefill(rulebook: Support.rulebook, answers: answers)
    #expect(prefill.draft(for: "human-oversight") == nil)
    #expect(prefill.draft(for: "model-identity") == nil)
  }

  @Test func prefillListsKeepCapitalisedWords() throws {
    var answers = Support.factory
    answers["use_case"] = .choices(["student-genai-use", "personalised-learning"])
    let draft = try #require(
      DisclosurePrefill(rulebook: Support.rulebook, answers: answers).draft(for: "ai-use"))
    #expect(draft.en.contains("students using generative AI and personalised learning"))
  }

  @Test func theSheetOffersPrefillOnlyForUntouchedFields() throws {
    let untouched = Self.sheet(Support.bank)
    #expect(untouched.rows.first { $0.field.id == "ai-use" }?.prefill != nil)
    let drafted = Self.sheet(
      Support.bank, drafts: ["ai-use": DisclosureDraft(state: .draft, en: "Our text")])
    #expect(drafted.rows.first { $0.field.id == "ai-use" }?.prefill == nil)
  }

  // MARK: States and progress

  @Test func emptyRequiredFieldsNeedInformation() throws {
    let sheet = Self.sheet(
      Support.bank,
      drafts: [
        "ai-use": DisclosureDraft(state: .done, en: "We use AI.", ja: "AIを利用しています。"),
        "purpose": DisclosureDraft(state: .withheld, reason: "trade secret"),
        "redress": DisclosureDraft(state: .draft, en: "  ", ja: ""),
      ])
    let rows = Dictionary(uniqueKeysWithValues: sheet.rows.map { ($0.field.id, $0) })
    #expect(rows["ai-use"]?.needsInformation == false)
    #expect(rows["purpose"]?.needsInformation == false)
    #expect(rows["redress"]?.needsInformation == true)
    #expect(rows["how-it-works"]?.needsInformation == true)
    let progress = sheet.progress
    #expect(progress.requiredDone == 2)
    #expect(progress.requiredTotal == sheet.rows.filter { $0.finding.need == .required }.count)
    #expect(progress.fraction > 0 && progress.fraction < 1)
  }

  @Test func withheldWithoutAReasonDoesNotCountAsSettled() {
    let sheet = Self.sheet(
      Support.bank, drafts: ["purpose": DisclosureDraft(state: .withheld, reason: " ")])
    #expect(sheet.progress.requiredDone == 0)
  }

  @Test func noRequiredFieldsMeansAFullMeter() {
    let progress = DisclosureProgress(
      requiredDone: 0, requiredTotal: 0, recommendedDone: 0, recommendedTotal: 3)
    #expect(progress.fraction == 1)
  }

  @Test func laggingLanguage() {
    #expect(DisclosureDraft().lagging == nil)
    #expect(DisclosureDraft(en: "Text").lagging == .ja)
    #expect(DisclosureDraft(ja: "本文").lagging == .en)
    var draft = DisclosureDraft()
    draft.setText("First", .en, at: "2026-11-25T10:00:00Z")
    draft.setText("最初", .ja, at: "2026-11-25T10:00:00Z")
    #expect(draft.lagging == nil)
    draft.setText("Second version", .en, at: "2026-11-25T11:00:00Z")
    #expect(draft.lagging == .ja)
    // Bringing the Japanese up to date is a translation: nothing lags (walkthrough bug 3).
    draft.setText("二版", .ja, at: "2026-11-25T12:00:00Z")
    #expect(draft.lagging == nil)
    draft.setText("二版", .ja, at: "2026-11-25T13:00:00Z")
    #expect(draft.jaEdited == "2026-11-25T12:00:00Z", "an unchanged text keeps its stamp")
  }

  // MARK: Wording check

  static func kinds(_ id: String, _ draft: DisclosureDraft, _ need: DisclosureNeed = .required)
    -> [WordingIssue.Kind]
  {
    DisclosureWordingCheck.issues(fieldID: id, draft: draft, need: need).map(\.kind)
  }

  @Test func redressWithoutAContactPointIsFlagged() {
    let weak = DisclosureDraft(
      state: .draft, en: "You can ask for a review of any decision.", ja: "判断の見直しを求めることができます。")
    #expect(Self.kinds("redress", weak) == [.missingContact, .missingContact])
    let strong = DisclosureDraft(
      state: .draft, en: "Write to appeals@example.jp to ask for a review.",
      ja: "見直しはお問い合わせ窓口（0120-000-000）へ。")
    #expect(Self.kinds("redress", strong).isEmpty)
    #expect(
      Self.kinds("accountability", DisclosureDraft(en: "See https://example.jp/ai")).isEmpty)
    #expect(
      Self.kinds("purpose", DisclosureDraft(en: "We help with loans.")).isEmpty,
      "other fields need no contact")
  }

  @Test func informationIsNotAContactPoint() {
    #expect(
      Self.kinds("redress", DisclosureDraft(en: "More information on request.")) == [
        .missingContact
      ])
  }

  @Test func mayUseAIWithoutWhereIsFlaggedInEitherLanguage() {
    #expect(Self.kinds("ai-use", DisclosureDraft(en: "This service may use AI.")) == [.vagueAIUse])
    #expect(Self.kinds("ai-use", DisclosureDraft(ja: "本サービスではAIを利用する場合があります。")) == [.vagueAIUse])
    #expect(
      Self.kinds("ai-use", DisclosureDraft(en: "We use AI to rank loan applications.")).isEmpty)
  }

  @Test func limitsNeedAnExample() {
    let bare = DisclosureDraft(en: "The model has limits and may be inaccurate.")
    #expect(Self.kinds("how-it-works", bare) == [.limitsWithoutExample])
    let example = DisclosureDraft(
      en: "The model may be inaccurate, for example with handwritten payslips.")
    #expect(Self.kinds("how-it-works", example).isEmpty)
    #expect(
      Self.kinds("output-reliability", DisclosureDraft(ja: "出力には誤りが含まれることがあります。"))
        == [.limitsWithoutExample])
    #expect(
      Self.kinds("output-reliability", DisclosureDraft(ja: "例えば古い金利を答えるなど、出力には誤りが含まれることがあります。"))
        .isEmpty)
  }

  @Test func requiredFieldsWithheldWithoutAReasonAreFlagged() {
    let bare = DisclosureDraft(state: .withheld)
    #expect(Self.kinds("training-data", bare) == [.withheldWithoutReason])
    #expect(Self.kinds("training-data", bare, .recommended).isEmpty)
    #expect(
      Self.kinds("training-data", DisclosureDraft(state: .notApplicable, reason: "")) == [
        .withheldWithoutReason
      ])
    #expect(
      Self.kinds("training-data", DisclosureDraft(state: .withheld, reason: "trade secret"))
        .isEmpty)
    // Withheld text is not checked for wording.
    #expect(
      Self.kinds("redress", DisclosureDraft(state: .withheld, en: "x", reason: "secret")).isEmpty)
  }

  @Test func doneWithAnEmptyLanguageIsFlagged() {
    let issues = DisclosureWordingCheck.issues(
      fieldID: "purpose", draft: DisclosureDraft(state: .done, en: "We score loans."),
      need: .required)
    #expect(issues.map(\.kind) == [.doneButEmpty])
    #expect(issues.first?.language == .ja)
  }

  @Test func everyIssueExplainsItselfInBothLanguages() {
    let drafts = [
      ("redress", DisclosureDraft(state: .done, en: "You may use AI; limits apply.")),
      ("how-it-works", DisclosureDraft(en: "It has limits. We may use AI.")),
      ("purpose", DisclosureDraft(state: .withheld)),
      ("purpose", DisclosureDraft(state: .done, en: "It is 100% accurate.", ja: "［追記：用途］")),
    ]
    var seen: Set<WordingIssue.Kind> = []
    for (id, draft) in drafts {
      for issue in DisclosureWordingCheck.issues(fieldID: id, draft: draft, need: .required) {
        seen.insert(issue.kind)
        #expect(!issue.message.en.isEmpty && !issue.message.ja.isEmpty)
        #expect(issue.message.en != issue.message.ja)
      }
    }
    #expect(seen == Set(WordingIssue.Kind.allCases))
  }
}
