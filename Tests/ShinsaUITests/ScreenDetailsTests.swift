import Testing

@testable import ShinsaCore
@testable import ShinsaUI

/// The disclosure's first language, the end of the interview's keys, the export dialog's file
/// and the homework prompt's keys.
@Suite struct ScreenDetailsTests {
  @Test func theDraftLanguageFollowsL() throws {
    var state = UI.workbench(width: 120, height: 40)
    UI.press(&state, "3")
    #expect(try state.bench().draftLanguage == .en)
    UI.press(&state, "L")
    #expect(try state.bench().draftLanguage == .ja)
    // Enter edits the current language's draft.
    UI.press(&state, "Enter")
    #expect(try state.bench().draftEditor?.language == .ja)
    // While the editor is open L changes the interface only, not the text being edited.
    UI.press(&state, "Esc")
    UI.press(&state, "Enter")
    _ = update(&state, .key(.char("L")))
    #expect(try state.bench().draftEditor?.language == .ja)
  }

  @Test func theCurrentLanguagesDraftIsTheFirstColumn() {
    var state = UI.workbench(language: .ja, width: 120, height: 40)
    UI.press(&state, "3")
    let screen = render(state).text
    let rows = screen.split(separator: "\n").map(String.init)
    let header = rows.first { $0.contains("日本語") && $0.contains("英語") } ?? ""
    let japanese = header.range(of: "日本語")
    let english = header.range(of: "英語")
    #expect(japanese != nil && english != nil)
    if let japanese, let english { #expect(japanese.lowerBound < english.lowerBound) }
  }

  @Test func theEndOfTheInterviewShowsItsKeys() throws {
    var state = UI.workbench()
    let last = state.workbench?.interview.visibleQuestions.last?.id ?? ""
    UI.press(&state, "g \(last) Enter Right")
    #expect(try state.bench().atEnd)
    #expect(statusContext(state) == .interviewEnd)
    let bar = render(state).text.split(separator: "\n").last.map(String.init) ?? ""
    for hint in ["5 report", "g jump", "x export", "← back", "? help"] {
      #expect(bar.contains(hint), "\(hint) in \(bar)")
    }
    #expect(!bar.contains("Space choose"))
    // The end's keys do what they say.
    var report = state
    UI.press(&report, "5")
    #expect(try report.bench().pane == .report)
    var export = state
    UI.press(&export, "x")
    #expect(export.overlay == .export(cursor: 0))
    UI.press(&state, "Left")
    #expect(try !state.bench().atEnd)
    #expect(statusContext(state) == .interview)
  }

  @Test(arguments: Language.allCases)
  func theExportDialogNamesTheFile(language: Language) {
    var state = UI.workbench(language: language)
    UI.press(&state, "x")
    #expect(render(state).text.contains("demo-report-\(language.rawValue).md"))
    UI.press(&state, "Down")
    let screen = render(state).text
    #expect(screen.contains("demo-report-\(language.rawValue).html"))
    #expect(screen.contains("/projects/exports"), "the folder fits at 80 columns")
  }

  @Test func theHomeworkPromptSaysReadBackAndCancelAndEscKeepsThePath() {
    #expect(
      Keymap.modalHint(for: .homeworkPrompt, language: .en)
        == "Enter read · Esc back · Ctrl-G cancel")
    #expect(
      Keymap.modalHint(for: .homeworkPrompt, language: .ja) == "Enter 読込 · Esc 戻る · Ctrl-G 取消")
    var state = UI.workbench()
    UI.press(&state, "5 H")
    #expect(modalContext(state) == .homeworkPrompt)
    // Esc backs out without reading; what was typed is there the next time.
    UI.press(&state, "C-u")
    UI.press(&state, keys: Array("replies.md").map(Key.char))
    #expect(UI.press(&state, "Esc") == [])
    #expect(state.overlay == nil)
    UI.press(&state, "H")
    guard case .prompt(.homeworkForm, let field, _)? = state.overlay else {
      Issue.record("the homework prompt should open again")
      return
    }
    #expect(field.text == "replies.md")
    // Ctrl-G forgets it: the next prompt suggests the form's usual path.
    UI.press(&state, "C-g H")
    guard case .prompt(.homeworkForm, let again, _)? = state.overlay else {
      Issue.record("the homework prompt should open again")
      return
    }
    #expect(again.text.hasSuffix("demo-homework-en.md"), "\(again.text)")
  }
}
