import Testing

@testable import ShinsaCore
@testable import ShinsaUI

/// Notes and long text answers in the multi-line editor: Enter starts a line, Esc keeps
/// the text, Ctrl-G cancels, and the typing is journalled until the project holds it.
@Suite struct MultiLineEditorTests {
  static func type(_ state: inout AppState, _ text: String) {
    UI.press(&state, keys: Array(text).map(Key.char))
  }

  // MARK: The note

  @Test func aNoteTakesSeveralLinesAndEscSavesThem() throws {
    var state = UI.workbench()
    UI.press(&state, "e C-u")
    Self.type(&state, "Ask legal")
    UI.press(&state, "Enter")
    Self.type(&state, "Then the CFO")
    guard case .note(let area, let isPrivate)? = state.overlay else {
      Issue.record("Enter closed the note")
      return
    }
    #expect(area.text == "Ask legal\nThen the CFO")
    #expect(area.lines.count == 2)
    #expect(!isPrivate)
    let effects = UI.press(&state, "Esc")
    #expect(state.overlay == nil)
    let bench = try state.bench()
    #expect(effects == [.save(bench.document)])
    #expect(bench.document.meta["offered_in_eu"]?.note == "Ask legal\nThen the CFO")
  }

  @Test func aNoteKeepsItsPrivateToggleAndCtrlGCancels() throws {
    var state = UI.workbench()
    UI.press(&state, "e Enter C-t")
    guard case .note(_, let isPrivate)? = state.overlay else {
      Issue.record("the note closed")
      return
    }
    #expect(isPrivate)
    UI.press(&state, "C-g")
    #expect(state.overlay == nil)
    #expect(try state.bench().document == UI.demoDocument())
  }

  @Test func aMultiLineNoteIsJournalledAndComesBackWhole() throws {
    var state = UI.workbench()
    UI.press(&state, "e C-u")
    Self.type(&state, "line one")
    UI.press(&state, "Enter")
    Self.type(&state, "line two")
    UI.press(&state, "C-t")
    let input = try #require(pendingInput(state))
    #expect(
      input
        == PendingInput(
          kind: .note, subject: "offered_in_eu", text: "line one\nline two", option: "private"))
    // Ctrl-C: the project is saved without the typing, which stays for the journal.
    let effects = update(&state, .terminate)
    #expect(effects == [.save(try state.bench().document), .quit])
    #expect(pendingInput(state) == input, "offered again on reopening")
    // Reopened: the typing goes back into the note editor, lines and privacy intact.
    var reopened = UI.workbench()
    _ = update(&reopened, .inputFound(input))
    UI.press(&reopened, "y")
    #expect(reopened.overlay == .note(TextArea("line one\nline two", limit: 4000), isPrivate: true))
    UI.press(&reopened, "Esc")
    let meta = try reopened.bench().document.meta["offered_in_eu"]
    #expect(meta?.note == "line one\nline two")
    #expect(meta?.notePrivate == true)
  }

  // MARK: Long answers

  @Test func ctrlOInTheAnswerFieldGoesOnInTheMultiLineEditor() throws {
    var state = UI.workbench()
    UI.press(&state, "g model_name Enter")
    #expect(state.currentID == "model_name")
    UI.press(&state, "Enter")
    #expect(state.workbench?.editing != nil, "a short answer opens the one-line field")
    UI.press(&state, "End C-o")
    #expect(state.workbench?.editing == nil)
    guard case .longAnswer(let area)? = state.overlay else {
      Issue.record("Ctrl-O did not open the multi-line editor")
      return
    }
    #expect(area.text == "Fine-tuned open-weight model, version to confirm")
    UI.press(&state, "Enter")
    Self.type(&state, "Base: Llama")
    #expect(
      pendingInput(state)
        == PendingInput(
          kind: .answer, subject: "model_name",
          text: "Fine-tuned open-weight model, version to confirm\nBase: Llama"))
    let effects = UI.press(&state, "Esc")
    #expect(state.overlay == nil)
    #expect(state.currentID == "model_name", "Esc saves and stays")
    let bench = try state.bench()
    #expect(effects == [.save(bench.document)])
    #expect(
      bench.interview.answers["model_name"]
        == .text("Fine-tuned open-weight model, version to confirm\nBase: Llama"))
    #expect(pendingInput(state) == nil)
  }

  @Test func ctrlGInTheLongAnswerLeavesTheAnswerAsItWas() throws {
    var state = UI.workbench()
    UI.press(&state, "g model_name Enter Enter C-o")
    Self.type(&state, " more")
    #expect(UI.press(&state, "C-g") == [])
    #expect(state.overlay == nil)
    #expect(
      try state.bench().interview.answers["model_name"]
        == .text("Fine-tuned open-weight model, version to confirm"))
  }

  @Test func aLongAnswerOpensInTheMultiLineEditor() throws {
    var state = UI.workbench()
    UI.press(&state, "g system_purpose Enter Enter")
    #expect(state.workbench?.editing == nil)
    guard case .longAnswer(let area)? = state.overlay else {
      Issue.record("a long answer opened in the one-line field")
      return
    }
    #expect(area.text.hasPrefix("Scores retail loan applications"))
    #expect(isLongAnswer(area.text))
    #expect(!isLongAnswer("Fine-tuned open-weight model, version to confirm"))
    #expect(isLongAnswer("a\nb"))
    #expect(UI.press(&state, "Esc") == [], "nothing changed: Esc just closes")
    #expect(state.overlay == nil)
  }

  @Test func pastingSeveralLinesIntoTheFieldGoesOnInTheEditor() throws {
    var state = UI.workbench()
    UI.press(&state, "g model_name Enter Enter C-a C-k")
    UI.press(&state, keys: [.paste("first\nsecond")])
    guard case .longAnswer(let area)? = state.overlay else {
      Issue.record("the paste stayed in the one-line field")
      return
    }
    #expect(area.text == "first\nsecond")
    // A number question's field keeps its one line.
    var number = UI.workbench(at: "people_affected")
    UI.press(&number, "Enter C-o")
    #expect(number.overlay == nil)
    #expect(number.workbench?.editing != nil)
  }

  @Test func aFoundMultiLineAnswerIsRestoredIntoTheEditor() throws {
    var state = UI.workbench()
    let input = PendingInput(kind: .answer, subject: "model_name", text: "one\ntwo")
    _ = update(&state, .inputFound(input))
    UI.press(&state, "y")
    #expect(state.currentID == "model_name")
    #expect(state.overlay == .longAnswer(TextArea("one\ntwo", limit: 20_000)))
    #expect(pendingInput(state) == input)
  }

  @Test func aReadOnlyProjectOpensNoEditor() {
    var state = UI.workbench(notice: "held elsewhere")
    UI.press(&state, "e")
    #expect(state.overlay == nil)
  }
}
