import Testing

@testable import ShinsaCore
@testable import ShinsaUI

/// The optional mouse: off by default; F2 switches it; clicks hit what the screen shows
/// there; the wheel is ↑/↓ three times.
@Suite struct MouseTests {
  /// The cell where `text` first appears on the screen `state` draws (row, column).
  static func cell(of text: String, in state: AppState, after row: Int = 0) throws -> (Int, Int) {
    let lines = render(state).text.split(separator: "\n", omittingEmptySubsequences: false)
    for (index, line) in lines.enumerated() where index >= row {
      if let range = line.range(of: text) {
        return (index, DisplayWidth.of(String(line[..<range.lowerBound])))
      }
    }
    throw Missing(text: text)
  }

  struct Missing: Error { var text: String }

  /// What a mouse event could change: the pane, the cursors and scrolls, and the screen.
  static func seen(_ state: AppState) -> String {
    let workbench = state.workbench
    return [
      "\(String(describing: workbench?.pane)) \(String(describing: workbench?.itemCursor))",
      "\(String(describing: workbench?.scroll)) \(String(describing: workbench?.sandboxCursor))",
      "\(String(describing: workbench?.planPane.selected))",
      render(state).text,
    ].joined(separator: "\n")
  }

  /// Clicks the cell where `text` appears.
  @discardableResult
  static func click(_ state: inout AppState, _ text: String, after row: Int = 0) throws
    -> [Effect]
  {
    let (row, column) = try cell(of: text, in: state, after: row)
    return UI.press(&state, "click:\(column + 1),\(row)")
  }

  static func mouseOn(_ state: AppState) -> AppState {
    var state = state
    UI.press(&state, "F2")
    return state
  }

  @Test func theScriptWritesClicksAndTheWheel() {
    #expect(KeyScript.parse("click:10,3") == [.mouse(MouseEvent(.press, row: 3, column: 10))])
    #expect(
      KeyScript.parse("wheel-down wheel-up:4,5") == [
        .mouse(MouseEvent(.wheelDown, row: 0, column: 0)),
        .mouse(MouseEvent(.wheelUp, row: 5, column: 4)),
      ])
    // Not a cell: typed as it is.
    #expect(KeyScript.parse("click:x").count == "click:x".count)
    #expect(KeyScript.parse("click").count == 5)
  }

  @Test func offByDefaultClicksAndTheWheelDoNothing() throws {
    var state = UI.workbench()
    #expect(!state.mouse)
    let before = Self.seen(state)
    try Self.click(&state, "4 Sandbox")
    UI.press(&state, "wheel-down wheel-down")
    try Self.click(&state, "▸")
    #expect(Self.seen(state) == before)
  }

  @Test func f2SwitchesTheMouseOnAndOffWithANotice() {
    var state = UI.workbench()
    UI.press(&state, "F2")
    #expect(state.mouse)
    #expect(state.flash?.contains("Shift-drag") == true)
    UI.press(&state, "F2")
    #expect(!state.mouse)
    // The palette finds it by name.
    #expect(Keymap.command(for: .function(2), in: .browser) == .mouse)
  }

  @Test func aClickOnATabOpensItsPaneInBothLanguagesAndSizes() throws {
    for (language, width, height) in [(Language.en, 80, 24), (.ja, 120, 40)] {
      var state = Self.mouseOn(UI.workbench(language: language, width: width, height: height))
      for pane in Pane.allCases.reversed() {
        try Self.click(&state, "\(pane.rawValue) \(pane.title.text(language))")
        #expect(state.workbench?.pane == pane)
      }
    }
  }

  @Test func aClickOnAnOptionMovesThereAndASecondChoosesItAsSpaceDoes() throws {
    var clicked = Self.mouseOn(UI.workbench(UI.document()))
    var typed = clicked
    let question = try #require(clicked.workbench?.currentQuestion)
    let items = try #require(clicked.workbench?.items(for: question))
    #expect(items.count > 2)
    // The third option as drawn.
    let layout = WorkbenchLayout(clicked)
    let firstItem = try Self.cell(of: "▸", in: clicked, after: layout.pane.top).0
    UI.press(&clicked, "click:5,\(firstItem + 2)")
    #expect(clicked.workbench?.itemCursor == 2)
    #expect(clicked.workbench?.document.answers == typed.workbench?.document.answers)
    UI.press(&clicked, "click:5,\(firstItem + 2)")
    UI.press(&typed, "Down Down Space")
    #expect(clicked.workbench?.document.answers[question.id] != nil)
    #expect(clicked.workbench?.document.answers == typed.workbench?.document.answers)
    #expect(clicked.workbench?.itemCursor == typed.workbench?.itemCursor)
  }

  @Test func aClickOnABrowserRowSelectsItAndASecondOpensIt() throws {
    var state = Self.mouseOn(UI.browser(projects: UI.twoProjects))
    #expect(state.browser.selected == 0)
    #expect(try Self.click(&state, "minato-factory").isEmpty)
    #expect(state.browser.selected == 1)
    let effects = try Self.click(&state, "minato-factory")
    #expect(effects == [.open(path: UI.twoProjects[1].path)])
  }

  @Test func aClickOnTheSelectedRowOpensItWhileTheFilterIsTyped() throws {
    var state = Self.mouseOn(UI.browser(projects: UI.twoProjects))
    UI.press(&state, "/ m i n a t o")
    #expect(state.browser.filtering)
    let effects = try Self.click(&state, "minato-factory")
    #expect(effects == [.open(path: UI.twoProjects[1].path)])
    #expect(!state.browser.filtering)
    #expect(state.browser.filter.text == "minato")
  }

  @Test func aClickOnASandboxRowSelectsIt() throws {
    var state = Self.mouseOn(UI.sandboxWorkbench())
    UI.press(&state, "4")
    let advice = try #require(state.workbench?.sandboxAdvice(UI.rulebook))
    let entries = sandboxEntries(advice)
    let before = try #require(state.workbench?.sandboxCursor)
    let (row, _) = try Self.cell(of: "Route and verdict", in: state)
    UI.press(&state, "click:3,\(row + 3)")
    let after = try #require(state.workbench?.sandboxCursor)
    #expect(after != before)
    #expect(entries.indices.contains(after))
    // The row clicked is the one now marked.
    let lines = render(state).text.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines[row + 3].hasPrefix("▸"))
    // A heading is not a row: the cursor stays.
    let heading = try #require(
      lines.indices.first {
        $0 > WorkbenchLayout(state).pane.top + 1 && lines[$0].hasPrefix(" ")
          && !lines[$0].hasPrefix("  ")
      })
    UI.press(&state, "click:3,\(heading)")
    #expect(state.workbench?.sandboxCursor == after)
  }

  @Test func aClickOnAPlanRowSelectsIt() throws {
    var state = Self.mouseOn(UI.workbench(UI.planDocument()))
    UI.press(&state, "6")
    let listTop = WorkbenchLayout(state).pane.top + 2
    UI.press(&state, "click:4,\(listTop + 2)")
    var typed = UI.workbench(UI.planDocument())
    UI.press(&typed, "6 Down Down")
    #expect(state.workbench?.planPane.selected != nil)
    #expect(state.workbench?.planPane.selected == typed.workbench?.planPane.selected)
  }

  @Test func aClickBelowTheHeadingsSelectsTheEntryItsLineShows() throws {
    // At the end of the list (the last action selected), the extras are on the screen.
    var state = Self.mouseOn(
      UI.planExtrasWorkbench(width: 120, height: 40, script: PlanExtrasTests.end))
    let last = PlanEntry.action(obligation: PlanExtras.otherTarget, item: "a4")
    #expect(state.workbench?.planPane.selected == last)
    // A heading selects nothing; a line under one selects the entry it shows.
    try Self.click(&state, "Other actions")
    #expect(state.workbench?.planPane.selected == last)
    try Self.click(&state, "Name a person responsibl")
    #expect(
      state.workbench?.planPane.selected == .action(obligation: PlanExtras.otherTarget, item: "a3"))
    try Self.click(&state, "ok evidence/ai-notice.html")
    #expect(
      state.workbench?.planPane.selected == .evidence(obligation: "disclosure:ai-use", item: "ev3"))
  }

  @Test func theWheelIsThreeArrowsInThePaneOrTheDialog() {
    for script in ["2", "5", "?", "w", "1"] {
      var wheeled = Self.mouseOn(UI.workbench())
      var typed = wheeled
      UI.press(&wheeled, script + " wheel-down wheel-down wheel-up")
      UI.press(&typed, script + " Down Down Down Down Down Down Up Up Up")
      #expect(Self.seen(wheeled) == Self.seen(typed), "\(script)")
      #expect(wheeled.overlay == typed.overlay, "\(script)")
      #expect(render(wheeled).text == render(typed).text, "\(script)")
    }
  }

  @Test func aClickInADialogOrAnOpenEditorDoesNothing() throws {
    var state = Self.mouseOn(UI.workbench())
    UI.press(&state, "?")
    let before = Self.seen(state)
    UI.press(&state, "click:20,2")
    #expect(Self.seen(state) == before)
    #expect(state.overlay != nil)
  }
}
