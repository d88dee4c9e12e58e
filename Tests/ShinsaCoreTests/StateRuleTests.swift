import Foundation
import Testing

@testable import ShinsaCore

/// State that cannot lie: evidence and checklist state are independent, "lags behind" follows
/// real edits, done needs both languages finished, and an explicit Unknown is never called a
/// missing answer.
@Suite struct StateRuleTests {
  static let t1 = "2026-12-01T10:00:00Z"
  static let t2 = "2026-12-01T10:05:00Z"
  static let t3 = "2026-12-01T10:10:00Z"

  // MARK: Lags behind

  @Test func editingTheLaggingLanguageBringsThePairInSync() {
    // Walkthrough bug 3: edit the English, then the Japanese to match.
    var draft = DisclosureDraft()
    draft.adopt(DisclosureDraft(en: "Built on a model.", ja: "モデルを利用。"), at: Self.t1)
    #expect(draft.lagging == nil, "a suggestion is taken in both languages at once")
    draft.setText("Built on the model Acme 2.", .en, at: Self.t2)
    #expect(draft.lagging == .ja)
    draft.setText("モデル「Acme 2」を", .ja, at: Self.t3)
    #expect(draft.lagging == nil)
    // Typing on in the same translation (saved once a second) keeps it in sync.
    draft.setText("モデル「Acme 2」を利用。", .ja, at: Self.t3)
    #expect(draft.lagging == nil)
    // The English changes again: now the Japanese lags again.
    draft.setText("Built on the model Acme 3.", .en, at: Self.t3)
    #expect(draft.lagging == .ja)
  }

  @Test func editingOnlyOneLanguageOfASyncedPairMakesTheOtherLag() {
    var draft = DisclosureDraft()
    draft.adopt(DisclosureDraft(en: "Text.", ja: "本文。"), at: Self.t1)
    draft.setText("本文を直した。", .ja, at: Self.t2)
    #expect(draft.lagging == .en)
    draft.markInSync()
    #expect(draft.lagging == nil, "marking the languages in sync clears the lag")
    draft.setText("Text, revised.", .en, at: Self.t3)
    #expect(draft.lagging == .ja)
  }

  @Test func anEmptyLanguageAlwaysLagsAndSyncingDoesNotHideIt() {
    var draft = DisclosureDraft()
    draft.setText("Only English.", .en, at: Self.t1)
    #expect(draft.lagging == .ja)
    draft.markInSync()
    #expect(draft.lagging == .ja)
    draft.setText("日本語。", .ja, at: Self.t2)
    #expect(draft.lagging == nil, "writing the missing language is a translation")
  }

  @Test func anUnchangedTextIsNotARevision() {
    var draft = DisclosureDraft()
    draft.setText("Text.", .en, at: Self.t1)
    draft.setText("Text.", .en, at: Self.t2)
    #expect(draft.enRevision == 1)
    #expect(draft.enEdited == Self.t1)
  }

  // MARK: Done

  @Test func doneNeedsBothLanguagesWithoutPlaceholders() {
    #expect(DisclosureDraft(state: .done, en: "Text.", ja: "本文。").isFinishedDone)
    #expect(!DisclosureDraft(state: .done, en: "Text.").isFinishedDone)
    #expect(DisclosureDraft(state: .done, en: "Text.").unfinishedLanguages == [.ja])
    let placeholder = TranslationPlaceholder.text(
      .ja, for: Localized(en: "the purpose", ja: "目的"))
    let pending = DisclosureDraft(state: .done, en: "Text.", ja: placeholder)
    #expect(pending.unfinishedLanguages == [.ja])
    #expect(!pending.isFinishedDone)
    #expect(
      DisclosureWordingCheck.issues(fieldID: "purpose", draft: pending, need: .required)
        .map(\.kind) == [.doneButUnfinished])
  }

  @Test func aDoneFieldWithAnEmptyLanguageIsNotCountedSettled() throws {
    var document = ClientTextTests.documentWith(
      "ai-use", DisclosureDraft(state: .done, en: "We use AI to inspect parts."))
    document.disclosure["purpose"] = DisclosureDraft(
      state: .done, en: "Inspection.", ja: "外観検査。")
    #expect(document.completeDisclosureFields == ["purpose"])
    let sheet = DisclosureSheet(
      rulebook: Support.rulebook, assessment: Support.assess(document.answers),
      document: document)
    let aiUse = try #require(sheet.rows.first { $0.field.id == "ai-use" })
    #expect(aiUse.issues.contains { $0.kind == .doneButEmpty && $0.language == .ja })
    #expect(sheet.progress.requiredDone <= 1)
    let markdown = DisclosureExport(
      document: document, rulebook: Support.rulebook, languages: [.ja]
    )
    .markdown()
    #expect(markdown.contains("状態: 完了扱い（ただし未完成）"))
  }

  // MARK: Checklist evidence

  static func grayZone() -> [String: Answer] {
    Support.with(
      Support.factory,
      [
        "regulatory_barrier": .choice("unclear"), "barrier_goal": .choice("unsure"),
        "grayzone_rule_named": .bool(true),
      ])
  }

  @Test func evidenceNeverChangesAStateOrTheVerdict() throws {
    let answers = Self.grayZone()
    let assessment = Support.assess(answers)
    let advisor = SandboxAdvisor(rulebook: Support.rulebook)
    let plain = advisor.advise(assessment: assessment, work: SandboxWork(), answers: answers)
    let row = try #require(plain.items.first { $0.criterion.id == "rule-named" })
    #expect(row.state == .yes)
    let work = SandboxWork(checklist: ["rule-named": ChecklistItem(evidence: "evidence")])
    let withEvidence = advisor.advise(assessment: assessment, work: work, answers: answers)
    let after = try #require(withEvidence.items.first { $0.criterion.id == "rule-named" })
    #expect(after.state == .yes)
    #expect(after.origin == .answers)
    #expect(after.evidence == "evidence")
    #expect(withEvidence.verdict == plain.verdict)
  }

  @Test func aChecklistStateOfItsOwnStillOverridesTheAnswers() throws {
    let answers = Self.grayZone()
    let work = SandboxWork(checklist: ["rule-named": ChecklistItem(state: .no, evidence: "memo")])
    let advice = SandboxAdvisor(rulebook: Support.rulebook).advise(
      assessment: Support.assess(answers), work: work, answers: answers)
    let row = try #require(advice.items.first { $0.criterion.id == "rule-named" })
    #expect(row.state == .no)
    #expect(row.origin == .checklist)
  }

  // MARK: Unknown is not missing

  @Test func anExplicitUnknownIsNamedAsSuch() {
    let unknown = [TraceAnswer(question: "personal_data", answer: .unknown)]
    let missing = [TraceAnswer(question: "personal_data", answer: nil)]
    #expect(AssessmentWording.mayApply(unknown, .en) == "may apply: answered Unknown")
    #expect(AssessmentWording.mayApply(unknown, .ja) == "適用の可能性：「不明」と回答")
    #expect(AssessmentWording.mayApply(missing, .en) == "may apply: answer missing")
    #expect(
      AssessmentWording.mayApply(unknown + missing, .en)
        == "may apply: answered Unknown, an answer missing")
  }

  @Test(arguments: [Language.en, .ja])
  func reportsNeverCallAnUnknownAnswerMissing(language: Language) {
    let answers = Support.with(Support.factory, ["personal_data": .unknown])
    let assessment = Support.assess(answers)
    #expect(assessment.obligations.contains { $0.applies == .unknown })
    let report = AssessmentReport(
      assessment: assessment, rulebook: Support.rulebook, language: language, style: .markdown
    ).render()
    var document = ClientTextTests.documentWith("purpose", DisclosureDraft())
    document.answers = answers
    let export = ProjectExport(document: document, rulebook: Support.rulebook, language: language)
    for text in [report, export.markdown(), export.html()] {
      #expect(!text.contains("answer missing"))
      #expect(!text.contains("未回答あり"))
      #expect(text.contains(language == .en ? "answered Unknown" : "「不明」と回答"))
    }
  }

  // MARK: Project files

  static func fixture(_ name: String) throws -> (text: String, document: ProjectDocument) {
    let url = Support.fixtures.appendingPathComponent("projects/\(name)")
    let bytes = try #require(FileManager.default.contents(atPath: url.path))
    let document = try ProjectCodec.decode(
      Array(bytes), file: name, rulebook: Support.rulebook
    ).document
    return (String(decoding: bytes, as: UTF8.self), document)
  }

  @Test func theClinicFixtureReadsAndIsWrittenBackByteForByte() throws {
    let (text, document) = try Self.fixture("clinic-scribe.shinsa.json")
    #expect(ProjectCodec.encode(document) == text)
    let item = try #require(document.sandbox.checklist["rule-named"])
    #expect(item.state == nil)
    #expect(!item.evidence.isEmpty)
    let model = try #require(document.disclosure["model-identity"])
    #expect(model.enRevision == 2 && model.jaSynced == 2 && model.translation == .ja)
    #expect(model.lagging == nil)
    #expect(document.disclosure["output-reliability"]?.lagging == .ja)
  }

  @Test func aFileFromBeforeRevisionsKeepsItsStateAndItsLag() throws {
    let (_, document) = try Self.fixture("clinic-2026-11.shinsa.json")
    // The Japanese was edited later: the English lags, as the file's stamps said.
    #expect(document.disclosure["model-identity"]?.lagging == .en)
    #expect(document.disclosure["purpose"]?.state == .done)
    #expect(document.disclosure["purpose"]?.isFinishedDone == false)
    #expect(
      document.sandbox.checklist["rule-named"]
        == ChecklistItem(state: .unknown, evidence: "Counsel's email"))
    // Written again, it carries the revisions and reads back the same.
    let again = try ProjectCodec.decode(
      Array(ProjectCodec.encode(document).utf8), file: "again", rulebook: Support.rulebook)
    #expect(again.document == document)
  }

  @Test func aChecklistEntryWithNothingInItIsNotWritten() {
    var document = ClientTextTests.documentWith("purpose", DisclosureDraft())
    document.sandbox.checklist["rule-named"] = ChecklistItem()
    #expect(!ProjectCodec.encode(document).contains("rule-named"))
  }

  @Test(arguments: [
    (#""revisions": {"en": -1, "ja": 0, "enSynced": 0, "jaSynced": 0}"#, "cannot be negative"),
    (#""revisions": {"en": 1, "ja": 0, "enSynced": 2, "jaSynced": 0}"#, "cannot be later"),
    (
      #""revisions": {"en": 1, "ja": 0, "enSynced": 0, "jaSynced": 0}, "translation": "fr""#,
      "en or ja"
    ),
  ])
  func badRevisionsAreRefusedWithOneSentence(members: String, fragment: String) throws {
    let (text, _) = try Self.fixture("clinic-scribe.shinsa.json")
    let start = try #require(text.range(of: "\"revisions\": {"))
    let end = try #require(text.range(of: "}", range: start.upperBound..<text.endIndex))
    var changed = text
    changed.replaceSubrange(start.lowerBound..<end.upperBound, with: members)
    changed = changed.replacingOccurrences(of: ",\n      \"translation\": \"ja\"", with: "")
    do {
      _ = try ProjectCodec.decode(Array(changed.utf8), file: "p.json", rulebook: Support.rulebook)
      Issue.record("a bad revision was accepted")
    } catch {
      #expect(error.message.contains(fragment), "\(error.message)")
    }
  }
}
