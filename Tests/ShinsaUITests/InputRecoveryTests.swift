import Testing

@testable import ShinsaCore
@testable import ShinsaUI

/// Typing not yet in the project: what `pendingInput` reports for the runner to journal,
/// saving the editor on a signal, Esc keeping dialog text, and putting typing back.
@Suite struct InputRecoveryTests {
  static func type(_ state: inout AppState, _ text: String) {
    UI.press(&state, keys: Array(text).map(Key.char))
  }

  // MARK: What is journalled

  @Test func nothingTypedIsNothingToJournal() {
    var state = UI.workbench()
    #expect(pendingInput(state) == nil)
    UI.press(&state, "e")
    #expect(pendingInput(state) == nil, "a note dialog that still holds the saved note")
    UI.press(&state, "C-g 3 Enter")
    #expect(state.workbench?.draftEditor != nil)
    UI.press(&state, "C-g")
    #expect(pendingInput(state) == nil)
  }

  @Test func theDraftEditorsTextIsJournalledUntilTheDraftHoldsIt() throws {
    var state = DisclosurePaneTests.onPurpose()
    UI.press(&state, "Enter C-a C-k")
    // The one-a-second autosave has just written the emptied text: type within that second.
    Self.type(&state, "Used for credit")
    let input = try #require(pendingInput(state))
    #expect(input.kind == .disclosure)
    #expect(input.subject == "purpose")
    #expect(input.language == .en)
    #expect(input.text == "Used for credit")
    // Once the autosave has put the text in the draft, the journal has nothing to add.
    _ = update(&state, .tick(now: "2026-11-25T10:00:05Z"))
    Self.type(&state, "!")
    #expect(state.workbench?.document.disclosure["purpose"]?.en == "Used for credit!")
    #expect(pendingInput(state) == nil)
  }

  @Test func japaneseAndPlanEditorsSayWhichLanguageAndSection() throws {
    var state = DisclosurePaneTests.onPurpose()
    UI.press(&state, "t Enter")
    Self.type(&state, "与信")
    #expect(pendingInput(state)?.language == .ja)
    var sandbox = UI.sandboxWorkbench()
    SandboxPaneTests.go(&sandbox) { $0 == .plan(0) }
    UI.press(&sandbox, "Enter C-a C-k")
    Self.type(&sandbox, "Objective text")
    let input = try #require(pendingInput(sandbox))
    #expect(input.kind == .plan)
    #expect(input.subject == sandbox.workbench?.draftEditor?.target.id)
  }

  @Test func dialogsAndTheAnswerFieldAreJournalled() throws {
    var state = UI.workbench()
    UI.press(&state, "e C-u")
    Self.type(&state, "Ask legal")
    #expect(
      pendingInput(state)
        == PendingInput(kind: .note, subject: "offered_in_eu", text: "Ask legal", option: "shared"))
    UI.press(&state, "C-g")

    var sandbox = UI.sandboxWorkbench()
    SandboxPaneTests.go(&sandbox) { $0 == .criterion(0) }
    UI.press(&sandbox, "Enter")
    Self.type(&sandbox, "patent")
    #expect(
      pendingInput(sandbox) == PendingInput(kind: .evidence, subject: "novel", text: "patent"))

    var interview = UI.workbench(at: "people_affected")
    UI.press(&interview, "Enter")
    Self.type(&interview, "1200")
    #expect(
      pendingInput(interview)
        == PendingInput(kind: .answer, subject: "people_affected", text: "1200"))

    var browser = UI.browser(projects: [])
    UI.press(&browser, "n")
    #expect(pendingInput(browser) == nil, "an empty form")
    Self.type(&browser, "acme")
    UI.press(&browser, "Tab")
    Self.type(&browser, "Acme K.K.")
    #expect(
      pendingInput(browser)
        == PendingInput(kind: .newProject, subject: "", text: "acme", more: ["Acme K.K.", "", ""]))
  }

  @Test func aReadOnlyProjectJournalsNothing() {
    var state = UI.workbench(notice: "held elsewhere")
    UI.press(&state, "3 Enter")
    Self.type(&state, "text")
    #expect(pendingInput(state) == nil)
  }

  // MARK: Signals

  @Test func aSignalSavesTheEditorsTextWithTheProject() throws {
    var state = DisclosurePaneTests.onPurpose()
    UI.press(&state, "Enter C-a C-k")
    Self.type(&state, "Typed just before Ctrl-C")
    #expect(state.workbench?.document.disclosure["purpose"]?.en != "Typed just before Ctrl-C")
    let effects = update(&state, .terminate)
    let saved = try #require(
      effects.compactMap { effect -> ProjectDocument? in
        if case .save(let document) = effect { return document }
        return nil
      }.first)
    #expect(saved.disclosure["purpose"]?.en == "Typed just before Ctrl-C")
    #expect(effects.last == .quit)
    #expect(pendingInput(state) == nil, "the saved project holds the text")
  }

  @Test func aSignalLeavesADialogsTextToTheJournal() throws {
    var state = UI.workbench()
    UI.press(&state, "e C-u")
    Self.type(&state, "unconfirmed")
    let effects = update(&state, .terminate)
    #expect(effects == [.save(try state.bench().document), .quit])
    #expect(try state.bench().document.meta["offered_in_eu"]?.note != "unconfirmed")
    #expect(pendingInput(state)?.text == "unconfirmed", "offered again on reopening")
  }

  // MARK: Esc in dialogs

  @Test func escInTheEvidenceDialogKeepsTheTextAndCtrlGCancels() {
    var state = UI.sandboxWorkbench()
    SandboxPaneTests.go(&state) { $0 == .criterion(0) }
    UI.press(&state, "Enter")
    Self.type(&state, "patent")
    UI.press(&state, "Esc")
    #expect(state.overlay == nil)
    #expect(SandboxPaneTests.work(state).checklist["novel"]?.evidence == "patent")
    UI.press(&state, "Enter")
    Self.type(&state, " more")
    UI.press(&state, "C-g")
    #expect(state.overlay == nil)
    #expect(SandboxPaneTests.work(state).checklist["novel"]?.evidence == "patent")
  }

  @Test func escInTheDateDialogStillBacksOut() {
    var state = UI.sandboxWorkbench()
    SandboxPaneTests.go(&state) { if case .step = $0 { return true } else { return false } }
    UI.press(&state, "D")
    guard case .prompt(.stepDate, _, _)? = state.overlay else {
      Issue.record("no date prompt: \(String(describing: state.overlay))")
      return
    }
    #expect(UI.press(&state, "Esc") == [])
    #expect(SandboxPaneTests.work(state).steps.isEmpty)
  }

  // MARK: Offering typing back

  @Test func foundTypingIsOfferedAndRestoredIntoTheSameEditor() throws {
    var state = UI.workbench()
    let input = PendingInput(
      kind: .disclosure, subject: "input-training", language: .ja, text: "学習には使いません")
    #expect(update(&state, .inputFound(input)) == [])
    #expect(state.overlay == .inputRecovery(input))
    #expect(pendingInput(state) == input, "kept journalled while the user decides")
    #expect(UI.press(&state, "x Esc") == [], "only y or n answer")
    #expect(state.overlay == .inputRecovery(input))
    #expect(UI.press(&state, "y") == [])
    let bench = try state.bench()
    #expect(bench.pane == .disclosure)
    #expect(bench.draftLanguage == .ja)
    let editor = try #require(bench.draftEditor)
    #expect(editor.target == .disclosure("input-training"))
    #expect(editor.area.text == "学習には使いません")
    let row = bench.disclosureSheet(UI.rulebook).rows[bench.disclosureCursor]
    #expect(row.field.id == "input-training")
    #expect(pendingInput(state) == input, "still journalled until closed")
    // Esc in the editor keeps it, as always.
    let effects = UI.press(&state, "Esc")
    #expect(try state.bench().document.disclosure["input-training"]?.ja == "学習には使いません")
    #expect(effects.contains { if case .save = $0 { true } else { false } })
    #expect(pendingInput(state) == nil)
  }

  @Test func discardingFoundTypingClearsItAndChangesNothing() throws {
    var state = UI.workbench()
    let input = PendingInput(kind: .evidence, subject: "novel", text: "patent")
    _ = update(&state, .inputFound(input))
    #expect(UI.press(&state, "n") == [])
    #expect(state.overlay == nil)
    #expect(pendingInput(state) == nil)
    #expect(try state.bench().document == UI.demoDocument())
  }

  @Test func restoringANoteGoesToItsQuestion() throws {
    var state = UI.workbench()
    let input = PendingInput(kind: .note, subject: "sector", text: "ask", option: "private")
    _ = update(&state, .inputFound(input))
    UI.press(&state, "y")
    #expect(state.currentID == "sector")
    #expect(try state.bench().pane == .interview)
    #expect(state.overlay == .note(TextArea("ask", limit: 4000), isPrivate: true))
  }

  @Test func restoringDialogsAndFields() throws {
    var state = UI.sandboxWorkbench()
    _ = update(&state, .inputFound(PendingInput(kind: .evidence, subject: "novel", text: "pat")))
    UI.press(&state, "y")
    #expect(
      state.overlay
        == .prompt(.evidence(criterion: "novel"), TextField("pat", limit: 2000), problem: nil))
    #expect(try state.bench().pane == .sandbox)

    var interview = UI.workbench()
    _ = update(
      &interview, .inputFound(PendingInput(kind: .answer, subject: "people_affected", text: "12")))
    UI.press(&interview, "y")
    #expect(interview.currentID == "people_affected")
    #expect(try interview.bench().editing?.text == "12")

    var browser = UI.browser(projects: [])
    _ = update(
      &browser,
      .inputFound(PendingInput(kind: .newProject, subject: "", text: "acme", more: ["A", "B"])))
    UI.press(&browser, "y")
    guard case .newProject(let form)? = browser.overlay else {
      Issue.record("no form: \(String(describing: browser.overlay))")
      return
    }
    // A journal from before the Assessor field has two more fields: the fourth stays empty.
    #expect(form.fields.map(\.text) == ["acme", "A", "B", ""])

    var withAssessor = UI.browser(projects: [])
    _ = update(
      &withAssessor,
      .inputFound(
        PendingInput(kind: .newProject, subject: "", text: "acme", more: ["A", "B", "Sato"])))
    UI.press(&withAssessor, "y")
    guard case .newProject(let restored)? = withAssessor.overlay else {
      Issue.record("no form: \(String(describing: withAssessor.overlay))")
      return
    }
    #expect(restored.fields.map(\.text) == ["acme", "A", "B", "Sato"])
  }

  @Test func theOfferShowsWhereAndWhat() {
    for language in [Language.en, .ja] {
      for (width, height) in [(80, 24), (120, 40)] {
        var state = UI.workbench(language: language, width: width, height: height)
        _ = update(
          &state,
          .inputFound(
            PendingInput(
              kind: .disclosure, subject: "input-training", language: .en,
              text: "Recordings are never used to train any model.")))
        let screen = render(state).text
        #expect(screen.contains("Recordings are never used to train any model."), "\(screen)")
        #expect(
          screen.contains(language == .en ? "Use of user inputs for training" : "利用者の入力"),
          "\(screen)")
        #expect(screen.contains(language == .en ? "y restore" : "y 入力していた場所に復元"), "\(screen)")
      }
    }
  }
}
