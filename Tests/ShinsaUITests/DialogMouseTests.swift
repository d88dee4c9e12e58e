import Testing

@testable import ShinsaCore
@testable import ShinsaUI

/// Clicks in open dialogs (the mouse on): a row is selected by a click and acted on by a
/// second, as Enter; a choice drawn as its key is run by a second click; a click outside
/// closes only what Esc closes with nothing typed in it.
@Suite struct DialogMouseTests {
  /// Clicks the first cell of `text` as drawn at or below `row`.
  @discardableResult
  static func click(_ state: inout AppState, _ text: String, after row: Int = 0) throws
    -> [Effect]
  {
    let (row, column) = try MouseTests.cell(of: text, in: state, after: row)
    return UI.press(&state, "click:\(column),\(row)")
  }

  /// A click on the top-left cell, outside every dialog.
  @discardableResult
  static func clickOutside(_ state: inout AppState) -> [Effect] {
    UI.press(&state, "click:0,0")
  }

  @Test func paletteAClickSelectsACommandAndASecondRunsItAsEnter() throws {
    var clicked = MouseTests.mouseOn(UI.workbench())
    UI.press(&clicked, ":")
    var typed = clicked
    // The palette's rows start on line 5, the first command selected.
    let row = "click:\(WorkbenchLayout(clicked).dialog.left + 3),\(5 + 3)"
    #expect(
      render(clicked).text.split(separator: "\n", omittingEmptySubsequences: false)[8].contains(
        paletteMatches(clicked, PaletteState())[3].name(.en)))
    #expect(UI.press(&clicked, row).isEmpty)
    guard case .palette(let palette)? = clicked.overlay else {
      Issue.record("the palette closed")
      return
    }
    #expect(palette.cursor == 3)
    let effects = UI.press(&clicked, row)
    let keyed = UI.press(&typed, "Down Down Down Enter")
    #expect(effects == keyed)
    #expect(clicked.overlay == typed.overlay)
    #expect(MouseTests.seen(clicked) == MouseTests.seen(typed))
  }

  @Test func paletteAClickOutsideClosesItOnlyWithNothingTyped() {
    var state = MouseTests.mouseOn(UI.workbench())
    UI.press(&state, ": e x")
    Self.clickOutside(&state)
    guard case .palette(let palette)? = state.overlay else {
      Issue.record("the palette closed with a filter typed")
      return
    }
    #expect(palette.filter.text == "ex")
    UI.press(&state, "Esc")
    #expect(state.overlay == .palette(PaletteState()))
    #expect(Self.clickOutside(&state).isEmpty)
    #expect(state.overlay == nil)
  }

  @Test func jumpAClickSelectsAQuestionAndASecondGoesThere() throws {
    for language in [Language.en, .ja] {
      var clicked = MouseTests.mouseOn(UI.workbench(language: language, width: 120, height: 40))
      UI.press(&clicked, "g")
      var typed = clicked
      guard case .jump(let jump)? = clicked.overlay else {
        Issue.record("no jump list")
        return
      }
      // The list opens on the current question: click the one above it.
      let targets = jumpTargets(clicked, filter: "")
      let above = jump.cursor - 1
      #expect(above >= 0)
      let text = "› " + String(targets[above].text.text(language).prefix(10))
      try Self.click(&clicked, text)
      #expect(clicked.overlay == .jump(JumpState(cursor: above)))
      let effects = try Self.click(&clicked, text)
      #expect(effects == UI.press(&typed, "Up Enter"))
      #expect(clicked.overlay == nil)
      #expect(clicked.workbench?.pane == .interview)
      #expect(clicked.workbench?.currentQuestion?.id == targets[above].id)
      #expect(MouseTests.seen(clicked) == MouseTests.seen(typed))
    }
  }

  @Test func jumpAClickInsideButOffTheRowsChangesNothing() throws {
    var state = MouseTests.mouseOn(UI.workbench())
    UI.press(&state, "g")
    let before = MouseTests.seen(state)
    let overlay = state.overlay
    // The filter's line is in the box but not a row.
    try Self.click(&state, "Filter:")
    #expect(MouseTests.seen(state) == before)
    #expect(state.overlay == overlay)
  }

  @Test func exportAClickChoosesAFormatAndASecondExports() throws {
    var state = MouseTests.mouseOn(UI.workbench())
    UI.press(&state, "x")
    #expect(try Self.click(&state, "JSON").isEmpty)
    #expect(state.overlay == .export(cursor: 2))
    #expect(render(state).text.contains("▸ JSON"))
    let effects = try Self.click(&state, "JSON")
    #expect(effects == [.export(format: .json, language: .en)])
    #expect(state.overlay == nil)
    // Outside: closed as Esc, nothing exported.
    UI.press(&state, "x")
    #expect(Self.clickOutside(&state).isEmpty)
    #expect(state.overlay == nil)
  }

  @Test func conflictsAClickSelectsARecordAndAChoiceNeedsTwoClicks() throws {
    var clicked = MouseTests.mouseOn(UI.conflictWorkbench())
    UI.press(&clicked, "M")
    var typed = clicked
    let system = conflictTitle(clicked, clicked.workbench!.document.conflicts[1])
    try Self.click(&clicked, system)
    #expect(clicked.overlay == .conflicts(cursor: 1))
    // A second click on the selected record: Enter does nothing here, nor does the click.
    #expect(try Self.click(&clicked, system).isEmpty)
    #expect(clicked.overlay == .conflicts(cursor: 1))
    #expect(clicked.workbench?.document.conflicts.count == 2)
    // The first click on a choice only arms it (highlighted, with a word why).
    #expect(try Self.click(&clicked, "b take base").isEmpty)
    #expect(clicked.workbench?.document.conflicts.count == 2)
    #expect(clicked.flash?.contains("Click again") == true)
    let (row, column) = try MouseTests.cell(of: "b take base", in: clicked)
    let frame = render(clicked)
    #expect(frame.cells[row * frame.width + column].role == .selection, "drawn armed")
    #expect(frame.cells[row * frame.width + column - 4].role == .accent, "the others are not")
    let effects = try Self.click(&clicked, "b take base")
    #expect(effects == UI.press(&typed, "j b"))
    #expect(clicked.workbench?.document.metadata.system == "Credit")
    #expect(clicked.workbench?.document == typed.workbench?.document)
    #expect(clicked.overlay == typed.overlay)
  }

  @Test func conflictsAnArmedChoiceIsForgottenWhenTheSelectionMoves() throws {
    var state = MouseTests.mouseOn(UI.conflictWorkbench())
    UI.press(&state, "M")
    try Self.click(&state, "t take theirs")
    #expect(state.armedChoice == ArmedChoice(overlay: .conflicts(cursor: 0), command: .takeTheirs))
    UI.press(&state, "j")
    // Now on another record: this click arms again, it does not resolve.
    #expect(try Self.click(&state, "t take theirs").isEmpty)
    #expect(state.workbench?.document.conflicts.count == 2)
    // A click elsewhere in the box disarms it.
    try Self.click(&state, "Theirs")
    #expect(state.armedChoice == nil)
    #expect(try Self.click(&state, "t take theirs").isEmpty)
    #expect(state.workbench?.document.conflicts.count == 2)
    // Outside: closed as Esc, the conflicts kept.
    Self.clickOutside(&state)
    #expect(state.overlay == nil)
    #expect(state.workbench?.document.conflicts.count == 2)
  }

  @Test func recoveryAChoiceRunsOnTheSecondClickAndOutsideIsIgnored() throws {
    for (choice, accepted) in [("y restore them", true), ("n discard them", false)] {
      var state = MouseTests.mouseOn(UI.workbench())
      state.overlay = .recovery
      #expect(Self.clickOutside(&state).isEmpty)
      #expect(state.overlay == .recovery)
      #expect(try Self.click(&state, choice).isEmpty)
      #expect(state.overlay == .recovery)
      #expect(try Self.click(&state, choice) == [.acceptRecovery(accepted)])
      #expect(state.overlay == nil)
    }
  }

  @Test func inputRecoveryRestoresOnTheSecondClickAsY() throws {
    var clicked = MouseTests.mouseOn(UI.workbench())
    let input = PendingInput(kind: .evidence, subject: "novel", text: "patent")
    _ = update(&clicked, .inputFound(input))
    var typed = clicked
    #expect(Self.clickOutside(&clicked).isEmpty)
    #expect(clicked.overlay == .inputRecovery(input))
    #expect(try Self.click(&clicked, "y restore it").isEmpty)
    #expect(clicked.overlay == .inputRecovery(input))
    let effects = try Self.click(&clicked, "y restore it")
    #expect(effects == UI.press(&typed, "y"))
    #expect(clicked.overlay == typed.overlay)
    #expect(clicked.overlay != .inputRecovery(input))
  }

  @Test func newProjectAClickMovesTheTypingToAFieldAndNeverCreatesOrCloses() throws {
    var state = MouseTests.mouseOn(UI.browser(projects: UI.twoProjects))
    UI.press(&state, "n a b c")
    try Self.click(&state, "System")
    guard case .newProject(let form)? = state.overlay else {
      Issue.record("the form closed")
      return
    }
    #expect(form.focus == 2)
    #expect(form.fields[0].text == "abc")
    // Again on the field in focus, and outside: still open, nothing created.
    #expect(try Self.click(&state, "System").isEmpty)
    #expect(Self.clickOutside(&state).isEmpty)
    #expect(state.overlay == .newProject(form))
  }

  @Test func helpAndWhyCloseOnAClickOutsideAsEscUnlessSomethingIsTyped() throws {
    var state = MouseTests.mouseOn(UI.workbench())
    UI.press(&state, "?")
    let before = MouseTests.seen(state)
    // Inside: nothing.
    UI.press(&state, "click:20,3")
    #expect(MouseTests.seen(state) == before)
    UI.press(&state, "e x p")
    Self.clickOutside(&state)
    #expect(state.overlay != nil)
    #expect(state.dialogSearch.field.text == "exp")
    UI.press(&state, "Esc")
    Self.clickOutside(&state)
    #expect(state.overlay == nil)

    UI.press(&state, "w /")
    #expect(state.dialogSearch.typing)
    Self.clickOutside(&state)
    #expect(state.overlay != nil)
    UI.press(&state, "Esc")
    #expect(!state.dialogSearch.typing)
    Self.clickOutside(&state)
    #expect(state.overlay == nil)
  }

  @Test func theMouseOffDialogsIgnoreClicks() throws {
    var state = UI.workbench()
    UI.press(&state, "x")
    try Self.click(&state, "JSON")
    Self.clickOutside(&state)
    #expect(state.overlay == .export(cursor: 0))
  }
}
