import Testing

@testable import ShinsaCore
@testable import ShinsaUI

/// The why dialog made readable and searchable, help that filters as you type, and the command
/// palette (issue 16, items 2 and 3).
@Suite struct DiscoverTests {
  private func text(_ lines: [StyledLine]) -> [String] { lines.map(plainText) }

  // MARK: The why dialog

  @Test(arguments: Language.allCases)
  func whyNamesQuestionsAndOptionsNotIds(language: Language) {
    var state = UI.workbench(language: language)
    UI.press(&state, "w")
    let lines = text(dialogLines(state, .why)).joined(separator: " ")
    // The demo answers use_case = credit-decision: the question and the option by their text.
    let question = state.rulebook.question("use_case")
    let label = question?.option("credit-decision")?.label.text(language) ?? "?"
    #expect(lines.contains(question?.text.text(language) ?? "?"))
    #expect(lines.contains(label))
    #expect(!lines.contains("use_case ="))
    #expect(!lines.contains("credit-decision"))
    #expect(!lines.contains("people_affected"))
  }

  @Test func theNoticeIsFoldedToOneLineAndMUnfoldsIt() {
    var state = UI.workbench()
    UI.press(&state, "w")
    let notice = state.rulebook.notice.en
    let folded = text(dialogLines(state, .why))
    #expect(folded[1].contains("m: the full notice"))
    #expect(!folded.joined(separator: " ").contains(String(notice.prefix(40))))
    UI.press(&state, "m")
    let open = text(dialogLines(state, .why))
    #expect(open.count > folded.count)
    #expect(open.joined(separator: " ").contains(String(notice.prefix(40))))
    UI.press(&state, "m")
    #expect(text(dialogLines(state, .why)) == folded)
    // Closing and opening again folds it.
    UI.press(&state, "m Esc w")
    #expect(text(dialogLines(state, .why)) == folded)
  }

  @Test func whatWouldChangeThisStaysLast() {
    var state = UI.workbench()
    UI.press(&state, "w m")
    let lines = text(dialogLines(state, .why))
    let last = lines.lastIndex { $0 == "What would change this" }
    let headings = [
      "Regulators", "Obligations and guidance", "Open answers that could change this",
    ]
    for heading in headings {
      let index = lines.firstIndex(of: heading)
      #expect(index != nil && last != nil && index! < last!, "\(heading)")
    }
  }

  @Test func searchFindsTheNextAndPreviousLineAndScrollsToIt() throws {
    var state = UI.workbench()
    UI.press(&state, "w / credit")
    #expect(state.dialogSearch.typing)
    #expect(modalContext(state) == .search)
    UI.press(&state, "Enter")
    #expect(!state.dialogSearch.typing)
    let lines = dialogLines(state, .why)
    let matches = matchingLines(lines, "credit")
    #expect(matches.count > 2)
    #expect(state.dialogSearch.match == matches[0])
    #expect(state.overlay == .why(scroll: matches[0]))
    UI.press(&state, "n")
    #expect(state.dialogSearch.match == matches[1])
    UI.press(&state, "n N")
    #expect(state.dialogSearch.match == matches[1])
    // N before the first goes round to the last.
    UI.press(&state, "N N")
    #expect(state.dialogSearch.match == matches.last)
    let footer = searchFooter(state, lines: lines) ?? ""
    #expect(footer.contains("“credit” \(matches.count)/\(matches.count)"))
    // The screen marks the search under the dialog.
    #expect(render(state).text.contains("“credit”"))
  }

  @Test(arguments: Language.allCases)
  func aSearchWithNoMatchSaysSo(language: Language) {
    var state = UI.workbench(language: language)
    UI.press(&state, "w PgDn / zzqx Enter")
    #expect(state.dialogSearch.noMatch)
    #expect(state.overlay == .why(scroll: 20))
    let screen = render(state).text
    #expect(screen.contains(language == .en ? "no match for “zzqx”" : "「zzqx」は見つかりません"))
    // Esc closes the dialog once the search is typed; while typing it only stops the typing.
    UI.press(&state, "/ a Esc")
    #expect(state.overlay == .why(scroll: 20))
    #expect(state.dialogSearch.query == "zzqxa")
    UI.press(&state, "Esc")
    #expect(state.overlay == nil)
  }

  @Test func searchTypingTakesKeysThatWouldOtherwiseClose() {
    var state = UI.workbench()
    UI.press(&state, "w / q w L")
    #expect(state.overlay == .why(scroll: 0))
    #expect(state.dialogSearch.field.text == "qwL")
    #expect(state.language == .en)
  }

  @Test func highlightingMarksEveryOccurrence() {
    let line: StyledLine = [Segment("Credit and credit", .text)]
    let marked = highlighted(line, "credit")
    #expect(marked.map(\.text) == ["Credit", " and ", "credit"])
    #expect(marked.map(\.role) == [.selection, .text, .selection])
  }

  // MARK: Help

  @Test(arguments: Language.allCases)
  func helpShowsOnlyKeysMatchingTheFilter(language: Language) {
    var state = UI.workbench(language: language)
    let word = language == .en ? "export" : "出力"
    UI.press(&state, "? " + word)
    let lines = dialogLines(state, .help)
    let keyLines = lines.filter { $0.first?.role == .key }
    #expect(!keyLines.isEmpty)
    for line in keyLines {
      #expect(plainText(line).lowercased().contains(word), "\(plainText(line))")
    }
    // Every binding of the whole keymap that matches is listed (help is complete).
    let all = text(lines).joined(separator: "\n")
    for binding in Keymap.bindings where binding.help.text(language).contains(word) {
      #expect(all.contains(binding.help.text(language)), "\(binding.help.text(language))")
    }
    #expect(all.contains(Keymap.bindings.first { $0.command == .export }!.help.text(language)))
  }

  @Test func backspaceWidensAndEscClearsThenCloses() {
    var state = UI.workbench()
    UI.press(&state, "?")
    let full = text(dialogLines(state, .help))
    UI.press(&state, "zzqx")
    #expect(text(dialogLines(state, .help)).joined().contains("No key matches “zzqx”"))
    UI.press(&state, "BSpace BSpace BSpace BSpace")
    #expect(text(dialogLines(state, .help)) == full)
    UI.press(&state, "exp Esc")
    #expect(state.overlay == .help(scroll: 0))
    #expect(text(dialogLines(state, .help)) == full)
    UI.press(&state, "Esc")
    #expect(state.overlay == nil)
  }

  @Test func helpMatchesKeyLabels() {
    #expect(helpMatches([.ctrl("s")], "save now", "ctrl-s"))
    #expect(helpMatches([.char("x")], "export the report", "REPORT"))
    #expect(!helpMatches([.char("x")], "export the report", "note"))
  }

  // MARK: The palette

  @Test func colonAndCtrlPOpenThePaletteOnEveryScreen() {
    for script in [":", "C-p"] {
      var state = UI.workbench()
      UI.press(&state, script)
      #expect(state.overlay == .palette(PaletteState()), "\(script)")
      var browser = UI.browser(projects: UI.twoProjects)
      UI.press(&browser, script)
      #expect(browser.overlay == .palette(PaletteState()), "\(script)")
    }
  }

  @Test func colonTypesInTextFieldsAndCtrlPMovesInTheEditor() throws {
    var state = UI.workbench(at: "people_affected")
    UI.press(&state, "e a : b")
    guard case .note(let field, _)? = state.overlay else {
      Issue.record("the note is not open")
      return
    }
    #expect(field.text == "a:b")
    var filter = UI.browser(projects: UI.twoProjects)
    UI.press(&filter, "/ a :")
    #expect(filter.browser.filter.text == "a:")
    #expect(filter.overlay == nil)
    var editor = UI.workbench()
    UI.press(&editor, "3 Down Enter")
    #expect(editor.workbench?.draftEditor != nil)
    UI.press(&editor, "x : C-p")
    #expect(editor.overlay == nil)
    #expect(editor.workbench?.draftEditor != nil)
  }

  @Test func thePaletteListsEveryCommandOfEveryPane() {
    let state = UI.workbench()
    let entries = paletteEntries(state)
    let paneContexts = Set(Pane.allCases.map(Keymap.context(for:)))
    for binding in Keymap.bindings
    where paneContexts.contains(binding.context) || binding.context == .workbench {
      #expect(
        entries.contains {
          $0.binding.command == binding.command && $0.binding.context == binding.context
        },
        "\(binding.context) \(binding.command)")
    }
    #expect(!entries.contains { $0.binding.command == .palette })
    // The browser offers its own and the everywhere commands.
    let browser = paletteEntries(UI.browser(projects: UI.twoProjects))
    #expect(browser.contains { $0.binding.command == .demo })
    #expect(!browser.contains { $0.binding.command == .export })
  }

  @Test(arguments: ["export", "出力", "レポート", "x"])
  func thePaletteFindsCommandsInBothLanguagesAndByKey(filter: String) {
    var state = UI.workbench()
    UI.press(&state, ":" + filter)
    guard case .palette(let palette)? = state.overlay else {
      Issue.record("the palette closed")
      return
    }
    let names = paletteMatches(state, palette).map { $0.name(.en) }
    #expect(names.contains("export the report"), "\(names)")
  }

  @Test func enterRunsTheCommandAsItsKeyWould() {
    var byPalette = UI.workbench()
    UI.press(&byPalette, ": export Enter")
    var byKey = UI.workbench()
    UI.press(&byKey, "x")
    #expect(byPalette.overlay == byKey.overlay)
    #expect(byPalette.overlay == .export(cursor: 0))
    // The export itself: Enter in the export dialog asks the runner to write the file.
    let effects = UI.press(&byPalette, "Enter")
    #expect(!effects.isEmpty)
    #expect(effects == UI.press(&byKey, "Enter"))
  }

  @Test func aPaneCommandSwitchesToItsPane() throws {
    var state = UI.workbench()
    UI.press(&state, ": sandbox: Space date Enter")
    #expect(try state.bench().pane == .sandbox)
    var draft = UI.workbench()
    UI.press(&draft, ": start Space from Space the Space answers' Space suggestion")
    guard case .palette(let palette)? = draft.overlay else {
      Issue.record("the palette closed")
      return
    }
    let first = paletteMatches(draft, palette).first
    #expect(first?.pane == .disclosure)
    UI.press(&draft, "Enter")
    #expect(try draft.bench().pane == .disclosure)
    #expect(draft.overlay == nil)
  }

  @Test func paletteEscClearsThenCloses() {
    var state = UI.workbench()
    UI.press(&state, ": zzqx")
    #expect(render(state).text.contains("No command matches “zzqx”"))
    UI.press(&state, "Esc")
    #expect(state.overlay == .palette(PaletteState()))
    UI.press(&state, "Esc")
    #expect(state.overlay == nil)
    // Enter with nothing matching closes without doing anything.
    UI.press(&state, ": zzqx Enter")
    #expect(state.overlay == nil)
  }

  @Test func thePaletteOpensTheDemoFromTheBrowser() {
    var state = UI.browser(projects: UI.twoProjects)
    #expect(UI.press(&state, ": demo Enter") == [.openDemo])
  }
}
