import Testing

@testable import ShinsaCore
@testable import ShinsaUI

/// The help, why and about dialogs wrap their lines once (when they open, and again when the
/// width or language changes), and what they show is what fresh wrapping gives.
@Suite struct DialogTextTests {
  /// The text of `lines`, one string a line.
  private func texts(_ lines: [StyledLine]) -> [String] {
    lines.map { $0.map(\.text).joined() }
  }

  @Test(arguments: [("w", DialogKind.why), ("?", .help), ("1 i", .about)])
  func linesAreKeptWhileTheDialogIsOpen(script: String, kind: DialogKind) throws {
    var state = UI.workbench(width: 120, height: 40)
    UI.press(&state, script)
    let kept = try #require(state.dialogText)
    #expect(kept.kind == kind)
    #expect(kept.width == WorkbenchLayout(state).dialogTextWidth)
    #expect(kept.width == 100 - 4)
    #expect(kept.language == .en)
    #expect(texts(kept.lines) == texts(makeDialogLines(state, kind, width: kept.width)))
    // Scrolling uses the kept lines: they are not made again.
    UI.press(&state, "Down PgDn")
    #expect(texts(state.dialogText?.lines ?? []) == texts(kept.lines))
    // What is drawn is what the lines made now would draw.
    let drawn = render(state).text
    var fresh = state
    fresh.dialogText = nil
    #expect(render(fresh).text == drawn)
  }

  @Test func widthAndLanguageMakeThemAgainAndClosingDropsThem() throws {
    var state = UI.workbench(width: 120, height: 40)
    UI.press(&state, "w")
    let wide = try #require(state.dialogText)
    _ = update(&state, .resize(width: 80, height: 24))
    let narrow = try #require(state.dialogText)
    #expect(narrow.width == 80 - 4 - 4)
    #expect(narrow.lines.count > wide.lines.count)
    UI.press(&state, "L")
    #expect(state.dialogText?.language == .ja)
    #expect(
      texts(state.dialogText?.lines ?? [])
        == texts(makeDialogLines(state, .why, width: narrow.width)))
    UI.press(&state, "Esc")
    #expect(state.overlay == nil)
    #expect(state.dialogText == nil)
  }

  @Test func scrollingStopsAtTheLastScreenfulOfTheKeptLines() throws {
    var state = UI.workbench(width: 80, height: 24)
    UI.press(&state, "w")
    let count = try #require(state.dialogText).lines.count
    UI.press(&state, Array(repeating: "PgDn", count: 60).joined(separator: " "))
    // 24 rows: the dialog is 22 high, 20 lines inside its border.
    #expect(state.overlay == .why(scroll: count - 20))
  }

  /// The why dialog ends with every answer change the finder gives, in the rulebook's words.
  @Test(arguments: Language.allCases)
  func whyEndsWithTheAnswerChangesThatWouldChangeIt(language: Language) throws {
    var state = UI.workbench(language: language, width: 120, height: 40)
    UI.press(&state, "w")
    let text = texts(try #require(state.dialogText).lines).joined(separator: "\n")
    let heading = language == .en ? "What would change this" : "結論を変える回答"
    let tail = try #require(text.range(of: heading)).upperBound
    // Wrapping breaks at spaces (English) or anywhere (Japanese): compare without them.
    func squeezed(_ text: String) -> String { text.filter { !$0.isWhitespace } }
    let section = squeezed(String(text[tail...]))
    let answers = try #require(state.workbench).interview.answers
    let changes = CounterfactualFinder(rulebook: state.rulebook).find(answers)
    #expect(!changes.isEmpty)
    for change in changes {
      let question = try #require(state.rulebook.question(change.question))
      // The dialog uses the report's wording (Core), so the two never drift apart.
      let line = CounterfactualWording.sentence(
        change, rulebook: state.rulebook, language: language)
      #expect(line.hasPrefix(question.text.text(language)))
      #expect(line.contains(" → " + ProjectExport.display(change.to, for: question, language)))
      if case .choice(let value) = change.to, let option = question.option(value) {
        #expect(line.contains(option.label.text(language)))
      }
      if let tier = change.effect.tier {
        #expect(line.contains(state.rulebook.tierInfo(tier)?.label.text(language) ?? "?"))
      }
      if let id = change.effect.primaryRegulator {
        // The regulator's short name follows the language (FSA / 金融庁).
        #expect(line.contains(state.rulebook.regulator(id)?.shortName(language) ?? "?"))
      }
      #expect(section.contains(squeezed("• " + line)), "\(line)")
    }
  }
}
