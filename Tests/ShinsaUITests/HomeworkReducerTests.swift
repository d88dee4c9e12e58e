import Testing

@testable import ShinsaCore
@testable import ShinsaUI

/// The Report pane's homework keys (h: write the form, H: read one back) and applying a
/// form the runner read.
@Suite struct HomeworkReducerTests {
  /// A workbench on the bank project with `sector` unanswered, on the Report pane.
  static func reportPane() -> AppState {
    var state = UI.workbench(at: "role", answers: ["role": .choice("provider")])
    UI.press(&state, "5")
    return state
  }

  static func form(_ state: AppState, filling value: String, for id: String) throws -> String {
    let document = try #require(state.workbench?.document)
    let text = HomeworkWriter.render(
      document, rulebook: UI.rulebook,
      options: HomeworkExportOptions(projectName: "sakura-bank", exportedAt: UI.now))
    let marker = "<!-- shinsa:question=\(id) "
    var lines = text.components(separatedBy: "\n")
    let start = try #require(lines.firstIndex { $0.hasPrefix(marker) })
    let answer = try #require(lines[start...].firstIndex { $0.hasPrefix("Answer:") })
    lines[answer] += value
    return lines.joined(separator: "\n")
  }

  @Test func hAsksTheRunnerToWriteTheFormInTheScreensLanguage() {
    var state = Self.reportPane()
    #expect(UI.press(&state, "h") == [.exportHomework(language: .en)])
    UI.press(&state, "L")
    #expect(UI.press(&state, "h") == [.exportHomework(language: .ja)])
    _ = update(&state, .exported(path: "/projects/exports/sakura-bank-homework-ja.md"))
    #expect(state.flash?.contains("/projects/exports/sakura-bank-homework-ja.md") == true)
  }

  @Test func theHomeworkKeysAreTheReportPanesOwn() {
    var state = UI.workbench(at: "role")
    UI.press(&state, "2")
    #expect(UI.press(&state, "h").isEmpty)
    #expect(UI.press(&state, "H").isEmpty)
    #expect(state.overlay == nil)
    #expect(Keymap.command(for: .char("h"), in: Keymap.context(for: .report)) == .homeworkExport)
    #expect(Keymap.command(for: .char("h"), in: Keymap.context(for: .guidance)) == nil)
  }

  @Test func shiftHAsksForTheFormsPathAndReadsIt() {
    var state = Self.reportPane()
    UI.press(&state, "H")
    guard case .prompt(.homeworkForm, let field, _)? = state.overlay else {
      Issue.record("no path prompt: \(String(describing: state.overlay))")
      return
    }
    #expect(field.text == "/projects/exports/sakura-bank-homework-en.md")
    var escaped = state
    #expect(UI.press(&escaped, "Escape").isEmpty, "Esc backs out of the path prompt")
    #expect(escaped.overlay == nil)
    #expect(
      UI.press(&state, "Enter")
        == [.readHomework(path: "/projects/exports/sakura-bank-homework-en.md")])
    #expect(state.overlay == nil)
  }

  @Test func aFilledFormIsAppliedLoggedAndSaved() throws {
    var state = Self.reportPane()
    let text = try Self.form(state, filling: "Finance, 医療・ヘルスケア", for: "sector")
    let effects = update(&state, .homeworkRead(path: "/tmp/hw.md", text: text))
    let document = try #require(state.workbench?.document)
    #expect(document.answers["sector"] == .choices(["finance", "healthcare"]))
    #expect(document.changeLog.last?.kind == "homework")
    #expect(document.changeLog.last?.subject == "sector from hw.md")
    #expect(effects == [.save(document)])
    #expect(state.flash == "hw.md: applied 1, conflicts 0")
  }

  @Test func anInvalidFormIsRefusedWithItsLineAndChangesNothing() throws {
    var state = Self.reportPane()
    let before = try #require(state.workbench?.document)
    let text = try Self.form(state, filling: "banana", for: "sector")
    let line = (text.components(separatedBy: "\n").firstIndex { $0 == "Answer: banana" } ?? 0) + 1
    let effects = update(&state, .homeworkRead(path: "/tmp/hw.md", text: text))
    #expect(effects.isEmpty)
    #expect(state.workbench?.document == before)
    #expect(state.flash?.hasPrefix("hw.md:\(line):") == true)
    #expect(state.flash?.contains("\"banana\" is not an option of sector") == true)
    #expect(state.flash?.hasSuffix("nothing was applied.") == true)
  }

  @Test func anUneditedFormChangesNothing() throws {
    var state = Self.reportPane()
    let before = try #require(state.workbench?.document)
    let text = try Self.form(state, filling: "", for: "sector")
    #expect(update(&state, .homeworkRead(path: "/tmp/hw.md", text: text)).isEmpty)
    #expect(state.workbench?.document == before)
    #expect(state.flash == "hw.md: applied 0, conflicts 0")
  }
}
