import Testing

@testable import ShinsaCore

/// Each text-safety policy, byte for byte as the sanitisers it replaces wrote.
@Suite struct TextSafetyTests {
  /// Escape, bell, a bidi override, a zero-width joiner in an emoji, a line separator,
  /// a private-use character, C1 control, tab and CR LF among ordinary and Japanese text.
  static let hostile =
    "a\u{1B}[31mb\u{7}c\u{202E}d 👩\u{200D}💻 e\u{2028}f\u{E000}g\u{85}h\ti\r\nj 日本"

  @Test func escapedShowsEveryDangerousCharacterAsAVisibleEscape() {
    #expect(
      TextSafety.escaped(Self.hostile)
        == "a\\u{1B}[31mb\\u{7}c\\u{202E}d 👩\\u{200D}💻 e\\u{2028}f\\u{E000}g\\u{85}h\\u{9}i\\u{D}\\u{A}j 日本"
    )
    #expect(TextSafety.escaped("plain 日本語") == "plain 日本語")
    #expect(TextSafety.escaped("\u{1B}") == "\\u{1B}")
  }

  @Test func inertReplacesControlsAndKeepsLineBreaksOnlyLineByLine() {
    #expect(
      TextSafety.inert(Self.hostile)
        == "a\u{FFFD}[31mb\u{FFFD}c\u{FFFD}d 👩\u{FFFD}💻 e\u{FFFD}f\u{E000}g\u{FFFD}h\u{FFFD}i\u{FFFD}\u{FFFD}j 日本"
    )
    #expect(TextSafety.inertLines("one\u{1B}\ntwo\n") == "one\u{FFFD}\ntwo\n")
  }

  @Test func typedDropsUnprintablesAndNormalisesBreaksAndTabs() {
    #expect(TextSafety.typed(Self.hostile) == "a[31mbcd 👩\u{200D}💻 e\nfgh  i\nj 日本")
    #expect(TextSafety.typed("x\ry\u{2029}z") == "x\ny\nz")
  }

  @Test func jsonStringEscapesQuotesControlsAndSeparators() {
    var out = ""
    TextSafety.appendJSONString("q\"\\/\n\r\t\u{1}\u{7F}\u{202E}\u{2028}\u{200D}😀 日本", to: &out)
    #expect(out == "\"q\\\"\\\\/\\n\\r\\t\\u0001\\u007f\\u202e\\u2028\u{200D}😀 日本\"")
    var astral = ""
    TextSafety.appendJSONString("\u{F0000}", to: &astral)
    #expect(astral == "\"\\udb80\\udc00\"", "a private-use astral character as its surrogate pair")
    #expect(JSONOut.string("a\u{1B}").rendered() == "\"a\\u001b\"\n")
  }

  @Test func htmlEscapesMarkupAndReplacesControls() {
    #expect(
      TextSafety.html("<a href='x'>&\"</a>\r\n\tz\u{1B}\u{202E}\u{200D}")
        == "&lt;a href=&#39;x&#39;&gt;&amp;&quot;&lt;/a&gt;\n z\u{FFFD}\u{FFFD}\u{200D}")
    #expect(TextSafety.html("a\rb") == "a\nb")
  }

  @Test func quotedWordEscapesControlsAndCutsLongWords() {
    #expect(TextSafety.quotedWord("red\u{1B}[0m") == "'red\\u{1B}[0m'")
    #expect(TextSafety.quotedWord("x\u{202E}") == "'x\\u{202E}'")
    #expect(
      TextSafety.quotedWord(String(repeating: "a", count: 45)) == "'"
        + String(repeating: "a", count: 40) + "…'")
    #expect(TextSafety.quotedWord("色") == "'色'")
  }
}

/// The one "did you mean" of ids, commands, colours and theme names.
@Suite struct SuggestTests {
  @Test func editDistanceCountsASwapOfNeighboursAsOne() {
    #expect(Suggest.editDistance("sector", "sector") == 0)
    #expect(Suggest.editDistance("sectro", "sector") == 1)
    #expect(Suggest.editDistance("", "abc") == 3)
    #expect(Suggest.editDistance("kitten", "sitting") == 3)
    #expect(Suggest.editDistance("日本語", "日本") == 1)
  }

  @Test func idsAllowTwoEditsOrAThirdOfALongWord() {
    let ids = ["sector", "use_case", "role", "people_affected"]
    #expect(Suggest.closest(to: "sectr", among: ids) == "sector")
    #expect(Suggest.closest(to: "rle", among: ids) == "role")
    #expect(Suggest.closest(to: "xyz", among: ids) == nil)
    #expect(Suggest.closest(to: "peple_afected_x", among: ids) == "people_affected")
    #expect(Suggest.didYouMean("use_cse", among: ids) == " (did you mean 'use_case'?)")
    #expect(Suggest.didYouMean("zzzzzz", among: ids) == "")
  }

  @Test func wordsAllowAThirdOfTheCandidateFromOneToThree() {
    let colours = ["red", "green", "blue", "bright-black", "magenta"]
    #expect(Suggest.closest(to: "rde", among: colours, tolerance: .words) == "red")
    #expect(Suggest.closest(to: "rd", among: colours, tolerance: .words) == "red")
    #expect(Suggest.closest(to: "bl", among: colours, tolerance: .words) == nil)
    #expect(Suggest.closest(to: "brigt-blak", among: colours, tolerance: .words) == "bright-black")
    #expect(Suggest.closest(to: "magneta", among: colours, tolerance: .words) == "magenta")
    // An id three edits off is too far for a word of four letters.
    #expect(Suggest.closest(to: "xxed", among: colours, tolerance: .words) == nil)
  }

  @Test func aHugeWordIsComparedWithNothing() {
    let huge = String(repeating: "a", count: 100_000)
    #expect(Suggest.closest(to: huge, among: ["a", "aa"]) == nil)
    #expect(Suggest.closest(to: huge, among: ["a"], tolerance: .words) == nil)
  }
}
