import Testing

@testable import ShinsaCore
@testable import ShinsaUI

/// The disclosure pane: choosing fields, the editor, states, suggestions and `$EDITOR`.
@Suite struct DisclosurePaneTests {
  /// The demo on pane 3 with the cursor on `purpose` (empty, with a suggestion).
  static func onPurpose(language: Language = .en) -> AppState {
    var state = UI.workbench(language: language)
    UI.press(&state, "3 Down")
    return state
  }

  static func draft(_ state: AppState, _ id: String = "purpose") -> DisclosureDraft? {
    state.workbench?.document.disclosure[id]
  }

  @Test func arrowsChooseTheFieldWithinTheList() {
    var state = UI.workbench()
    UI.press(&state, "3 Up")
    #expect(state.workbench?.disclosureCursor == 0)
    UI.press(&state, "Down Down")
    #expect(state.workbench?.disclosureCursor == 2)
    UI.press(&state, keys: Array(repeating: .down, count: 40))
    #expect(state.workbench?.disclosureCursor == UI.rulebook.disclosureFields.count - 1)
  }

  @Test func enterOpensTheEditorOnTheSuggestionAndEscKeepsTheText() throws {
    var state = Self.onPurpose()
    #expect(UI.press(&state, "Enter").isEmpty)
    let editor = try #require(state.workbench?.draftEditor)
    #expect(editor.target == .disclosure("purpose"))
    #expect(editor.language == .en)
    #expect(!editor.area.text.isEmpty, "starts from the answers' suggestion")
    #expect(editor.original == "")
    let effects = UI.press(&state, "C-a C-k Esc")
    #expect(state.workbench?.draftEditor == nil)
    #expect(state.workbench?.document.disclosure["purpose"] == nil, "nothing typed is nothing kept")
    #expect(effects.isEmpty)
  }

  @Test func writingJapaneseMakesADraftAndSaves() throws {
    var state = Self.onPurpose()
    UI.press(&state, "t Enter C-a C-k")
    let effects = UI.press(&state, "与信審査 の 補助 Enter 二行目 Esc")
    let draft = try #require(Self.draft(state))
    #expect(draft.ja == "与信審査の補助\n二行目")
    #expect(draft.state == .draft)
    #expect(draft.jaEdited == UI.now)
    #expect(draft.en == "")
    #expect(draft.lagging == .en)
    #expect(effects.contains { if case .save = $0 { return true } else { return false } })
    let log = try #require(state.workbench?.document.changeLog.last)
    #expect(log.kind == "disclosure" && log.subject == "purpose" && log.to == "draft")
    #expect(state.workbench?.saveState == .unsaved)
  }

  @Test func typingIsWrittenAtMostOnceASecond() {
    var state = Self.onPurpose()
    UI.press(&state, "Enter")
    var saves = UI.press(&state, "a b c").filter {
      if case .save = $0 { return true } else { return false }
    }
    #expect(saves.isEmpty, "the same second as opening")
    _ = update(&state, .tick(now: "2026-11-25T10:00:01Z"))
    saves = UI.press(&state, "d e").filter {
      if case .save = $0 { return true } else { return false }
    }
    #expect(saves.count == 1)
    #expect(state.workbench?.draftEditor?.area.text.hasSuffix("abcde") == true, "still editing")
    #expect(
      Self.draft(state)?.en.hasSuffix("abcd") == true, "written with the first key of the second")
  }

  @Test func ctrlGPutsTheTextBack() {
    var state = Self.onPurpose()
    UI.press(&state, "p")
    let before = Self.draft(state)
    UI.press(&state, "Enter C-a C-k")
    _ = update(&state, .tick(now: "2026-11-25T10:00:05Z"))
    UI.press(&state, "x C-g")
    #expect(state.workbench?.draftEditor == nil)
    #expect(Self.draft(state)?.en == before?.en)
  }

  @Test func theSuggestionKeyFillsBothLanguagesAsADraft() throws {
    var state = Self.onPurpose()
    let effects = UI.press(&state, "p")
    let draft = try #require(Self.draft(state))
    #expect(draft.state == .draft)
    #expect(!draft.en.isEmpty && !draft.ja.isEmpty)
    #expect(effects.count == 1)
    UI.press(&state, "p")
    #expect(state.flash?.contains("already has text") == true)
  }

  @Test func fillingAllEmptyFieldsTouchesOnlyEmptyOnes() throws {
    var state = UI.workbench()
    UI.press(&state, "3")
    let doneBefore = Self.draft(state, "ai-use")
    UI.press(&state, "P")
    let document = try #require(state.workbench?.document)
    #expect(document.disclosure["ai-use"] == doneBefore, "a done field is untouched")
    #expect(document.disclosure["purpose"]?.state == .draft)
    #expect(document.disclosure["training-data"] == nil, "no suggestion, still empty")
    #expect(state.flash?.contains("Filled") == true)
  }

  @Test func doneNeedsTextAndTogglesBackToDraft() throws {
    var state = Self.onPurpose()
    #expect(UI.press(&state, "d").isEmpty)
    #expect(state.flash?.contains("Write the text first") == true)
    UI.press(&state, "p d")
    #expect(Self.draft(state)?.state == .draft, "the Japanese suggestion asks for a translation")
    #expect(state.flash?.contains("placeholder") == true)
    UI.press(&state, "t Enter C-a C-k 与信審査 の 補助 Esc d")
    #expect(Self.draft(state)?.state == .done)
    #expect(state.workbench?.assessment.disclosureComplete == 2)
    UI.press(&state, "d")
    #expect(Self.draft(state)?.state == .draft)
  }

  @Test func withholdingAsksForAReason() throws {
    var state = Self.onPurpose()
    UI.press(&state, "W Enter")
    guard case .prompt(_, _, let problem)? = state.overlay else {
      Issue.record("no prompt")
      return
    }
    #expect(problem != nil, "an empty reason is refused")
    UI.press(&state, "C-u trade Space secret Enter")
    #expect(state.overlay == nil)
    #expect(Self.draft(state)?.state == .withheld)
    #expect(Self.draft(state)?.reason == "trade secret")
    UI.press(&state, "W")
    #expect(Self.draft(state)?.state == .empty, "W again takes it back")
  }

  @Test func notApplicableAndEscCancelsThePrompt() {
    var state = Self.onPurpose()
    UI.press(&state, "N Esc")
    #expect(state.overlay == nil)
    #expect(Self.draft(state) == nil)
    UI.press(&state, "N no Space such Space feature Enter")
    #expect(Self.draft(state)?.state == .notApplicable)
  }

  @Test func theDraftLanguageKeyChoosesWhatTheEditorEdits() {
    var state = Self.onPurpose()
    UI.press(&state, "t")
    #expect(state.workbench?.draftLanguage == .ja)
    UI.press(&state, "Enter")
    #expect(state.workbench?.draftEditor?.language == .ja)
  }

  @Test func capitalEAsksTheRunnerForTheExternalEditor() {
    var state = Self.onPurpose()
    let effects = UI.press(&state, "E")
    guard case .editExternally(let target, let language, let text)? = effects.first else {
      Issue.record("expected editExternally, got \(effects)")
      return
    }
    #expect(target == .disclosure("purpose"))
    #expect(language == .en)
    #expect(!text.isEmpty, "starts from the suggestion")
  }

  @Test func externalEditTextComesBackAsADraft() throws {
    var state = Self.onPurpose()
    let effects = update(
      &state,
      .externalEditFinished(
        target: .disclosure("purpose"), language: .ja, result: .text("外部エディター\n二行目\n\n")))
    let draft = try #require(Self.draft(state))
    #expect(draft.ja == "外部エディター\n二行目")
    #expect(draft.state == .draft)
    #expect(effects.count == 1)
    #expect(state.flash?.contains("read back") == true)
  }

  @Test func externalEditFailureChangesNothing() {
    var state = Self.onPurpose()
    let effects = update(
      &state,
      .externalEditFinished(
        target: .disclosure("purpose"), language: .en,
        result: .failed("The editor \"false\" exited with status 1; the field was not changed.")))
    #expect(effects.isEmpty)
    #expect(Self.draft(state) == nil)
    #expect(state.flash?.contains("status 1") == true)
  }

  @Test func readOnlyProjectsRefuseEditing() {
    var state = UI.workbench(notice: "Opened read-only: another shinsa is editing this project.")
    UI.press(&state, "3 Down")
    #expect(UI.press(&state, "Enter").isEmpty)
    #expect(state.workbench?.draftEditor == nil)
    #expect(UI.press(&state, "E").isEmpty)
    #expect(UI.press(&state, "p").isEmpty)
    #expect(Self.draft(state) == nil)
  }

  @Test func theEditorShowsTheCursorInsideTheBox() throws {
    var state = Self.onPurpose()
    UI.press(&state, "Enter C-a C-k 日本")
    let frame = render(state)
    let cursor = try #require(frame.cursor)
    let layout = WorkbenchLayout(width: 80, height: 24)
    #expect(cursor.column == layout.detail.left + 1 + 4)
    #expect(cursor.row > layout.pane.top && cursor.row < layout.pane.bottom)
  }

  @Test func requiredEmptyFieldsSayMoreInformationNeeded() throws {
    for language in Language.allCases {
      var state = UI.workbench(language: language, width: 120, height: 40)
      UI.press(&state, "3 Down Down Down Down")
      let workbench = try #require(state.workbench)
      let row = workbench.disclosureSheet(UI.rulebook).rows[workbench.disclosureCursor]
      #expect(row.field.id == "training-data")
      #expect(row.needsInformation && row.prefill == nil)
      let detail = disclosureDetailLines(state, workbench, row, width: 60)
        .map { $0.map(\.text).joined() }.joined(separator: "\n")
      #expect(detail.contains(language == .en ? "More information needed" : "要確認"))
    }
  }
}
