import Testing

@testable import ShinsaCore
@testable import ShinsaUI

/// The walkthrough's state bugs, replayed with keys on the clinic fixture: evidence never
/// flips a criterion, Backspace keeps the evidence, "lags behind" follows real edits and
/// clears with `s`, and done is refused while a language is unfinished.
@Suite struct StateKeysTests {
  static func clinic(evidence: Bool = true, language: Language = .en) -> AppState {
    var document = UI.clinicDocument()
    if !evidence { document.sandbox.checklist = [:] }
    return UI.workbench(document, path: UI.bankPath, language: language)
  }

  static func document(_ state: AppState) -> ProjectDocument? { state.workbench?.document }

  static func advice(_ state: AppState) -> SandboxAdvice? {
    state.workbench.map { $0.sandboxAdvice(UI.rulebook) }
  }

  @Test func typingEvidenceKeepsAMetCriterionMetAndTheVerdict() throws {
    var state = Self.clinic(evidence: false)
    #expect(Self.advice(state)?.verdict == .likelyEligible)
    UI.press(&state, "4 Down Enter e v i d e n c e Enter")
    let item = try #require(Self.document(state)?.sandbox.checklist["rule-named"])
    #expect(item == ChecklistItem(state: nil, evidence: "evidence"))
    let row = try #require(Self.advice(state)?.items.first)
    #expect(row.state == .yes && row.origin == .answers)
    #expect(Self.advice(state)?.verdict == .likelyEligible)
    let screen = render(state).text
    #expect(!screen.contains("Your checklist"))
    #expect(screen.contains("Likely eligible"))
  }

  @Test func backspaceGoesBackToTheAnswersAndKeepsTheEvidence() throws {
    var state = Self.clinic()
    let evidence = try #require(Self.document(state)?.sandbox.checklist["rule-named"]?.evidence)
    UI.press(&state, "4 Down n")
    #expect(Self.document(state)?.sandbox.checklist["rule-named"]?.state == .no)
    UI.press(&state, "BSpace")
    let item = try #require(Self.document(state)?.sandbox.checklist["rule-named"])
    #expect(item.state == nil)
    #expect(item.evidence == evidence)
    #expect(state.flash?.contains("evidence is kept") == true)
    #expect(Self.advice(state)?.items.first?.state == .yes)
    // Once back on the answers, Backspace has nothing to undo and deletes nothing.
    #expect(UI.press(&state, "BSpace").isEmpty)
    #expect(Self.document(state)?.sandbox.checklist["rule-named"]?.evidence == evidence)
  }

  static func onModelIdentity() -> AppState {
    var state = Self.clinic()
    UI.press(&state, "3 Down Down Down Down Down")
    return state
  }

  static func model(_ state: AppState) -> DisclosureDraft? {
    Self.document(state)?.disclosure["model-identity"]
  }

  @Test func editingEnglishThenJapaneseLeavesNothingLagging() throws {
    var state = Self.onModelIdentity()
    #expect(Self.model(state)?.lagging == nil)
    UI.press(&state, "Enter x Esc")
    #expect(Self.model(state)?.lagging == .ja)
    #expect(render(state).text.contains("the Japanese text lags behind"))
    UI.press(&state, "t Enter y Esc")
    #expect(Self.model(state)?.lagging == nil)
    #expect(!render(state).text.contains("lags"))
  }

  @Test func sMarksTheLanguagesInSync() throws {
    var state = Self.onModelIdentity()
    // The fixture's Japanese was last written as a translation: editing it keeps the pair in
    // sync; editing the English makes the Japanese lag.
    UI.press(&state, "t Enter y Esc")
    #expect(Self.model(state)?.lagging == nil)
    UI.press(&state, "t Enter x Esc")
    #expect(Self.model(state)?.lagging == .ja)
    let effects = UI.press(&state, "s")
    #expect(effects.count == 1)
    #expect(Self.model(state)?.lagging == nil)
    let log = try #require(Self.document(state)?.changeLog.last)
    #expect(log.subject == "model-identity" && log.to == "languages in sync")
    #expect(UI.press(&state, "s").isEmpty, "nothing lags: nothing to do")
    #expect(Keymap.bindings(for: .disclosure).contains { $0.command == .markInSync })
    #expect(Keymap.bindings(for: .sandbox).contains { $0.command == .markInSync })
  }

  @Test func doneIsRefusedWhileTheJapaneseIsEmpty() throws {
    var state = Self.clinic()
    UI.press(&state, "3 Down Down Down")
    let before = try #require(Self.document(state)?.disclosure["output-reliability"])
    #expect(before.ja.isEmpty)
    #expect(UI.press(&state, "d").isEmpty)
    #expect(Self.document(state)?.disclosure["output-reliability"] == before)
    #expect(state.flash?.contains("the Japanese text is empty") == true)
  }

  @Test func doneIsRefusedWhileAPlaceholderAsksForATranslation() throws {
    var state = Self.clinic(language: .ja)
    UI.press(&state, "3 Down p")
    let draft = try #require(Self.document(state)?.disclosure["purpose"])
    #expect(draft.ja.contains("［要翻訳："))
    #expect(UI.press(&state, "d").isEmpty)
    #expect(Self.document(state)?.disclosure["purpose"]?.state == .draft)
    #expect(state.flash?.contains("［要翻訳］") == true)
  }

  @Test func doneWorksOnceBothLanguagesAreWritten() throws {
    var state = Self.onModelIdentity()
    #expect(UI.press(&state, "d").count == 1)
    #expect(Self.model(state)?.state == .done)
    #expect(Self.document(state)?.completeDisclosureFields.contains("model-identity") == true)
  }
}
