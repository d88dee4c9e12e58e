import Testing

@testable import ShinsaUI

/// The multi-line editor's text operations, with Japanese and other wide characters.
@Suite struct TextAreaTests {
  static func area(_ text: String, keys script: String = "", width: Int = 20) -> TextArea {
    var area = TextArea(text)
    for key in KeyScript.parse(script) { area.handle(key, width: width) }
    return area
  }

  @Test func typingInsertsAtTheCursorAndEnterBreaksTheLine() {
    var area = TextArea("")
    for key in KeyScript.parse("abc Enter 日本語") { area.handle(key, width: 20) }
    #expect(area.text == "abc\n日本語")
    #expect(area.row == 1 && area.column == 3)
  }

  @Test func startsWithTheCursorAtTheEndOfTheText() {
    let area = TextArea("one\ntwo")
    #expect(area.row == 1 && area.column == 3)
  }

  @Test func backspaceJoinsLinesAndDeleteToo() {
    var area = Self.area("ab\ncd", keys: "C-a BSpace")
    #expect(area.text == "abcd")
    #expect(area.column == 2)
    area = Self.area("ab\ncd", keys: "Up End DC")
    #expect(area.text == "abcd")
  }

  @Test func readlineKillsAndYank() {
    var area = Self.area("hello world", keys: "C-a M-f C-k")
    #expect(area.text == "hello")
    area.handle(.ctrl("a"), width: 20)
    area.handle(.ctrl("y"), width: 20)
    #expect(area.text == " worldhello")
    area = Self.area("one two three", keys: "C-w")
    #expect(area.text == "one two ")
    area = Self.area("one two three", keys: "M-b M-b C-u")
    #expect(area.text == "two three")
  }

  @Test func ctrlKAtTheEndOfALineJoinsTheNext() {
    let area = Self.area("ab\ncd", keys: "Up End C-k")
    #expect(area.text == "abcd")
  }

  @Test func wordMovesTreatJapaneseRunsAsWords() {
    let area = Self.area("開示 文書", keys: "M-b C-k")
    #expect(area.text == "開示 ")
  }

  @Test func undoTakesBackARunOfTypingAtOnceAndRedoRestoresIt() {
    var area = Self.area("", keys: "abc Space def")
    #expect(area.text == "abc def")
    area.handle(.alt("u"), width: 20)
    #expect(area.text == "abc ")
    area.handle(.ctrl("_"), width: 20)
    #expect(area.text == "abc")
    area.handle(.ctrl("_"), width: 20)
    #expect(area.text == "")
    #expect(!area.canUndo)
    area.handle(.alt("e"), width: 20)
    area.handle(.alt("e"), width: 20)
    area.handle(.alt("e"), width: 20)
    #expect(area.text == "abc def")
  }

  @Test func undoCoversDeletesPastesAndKills() {
    var area = Self.area("keep this", keys: "C-w")
    area.handle(.paste("pasted\ntext"), width: 20)
    #expect(area.text == "keep pasted\ntext")
    area.handle(.alt("u"), width: 20)
    #expect(area.text == "keep ")
    area.handle(.alt("u"), width: 20)
    #expect(area.text == "keep this")
  }

  @Test func pasteKeepsLineBreaksAndDropsControlCharacters() {
    var area = TextArea("")
    area.handle(.paste("a\r\nb\u{1B}[31mc\td\u{202E}e\u{07}"), width: 20)
    #expect(area.text == "a\nb[31mc  de")
  }

  @Test func theLimitCountsCharactersAndLineBreaks() {
    var area = TextArea("", limit: 5)
    area.handle(.paste("ab\ncdef"), width: 20)
    #expect(area.text == "ab\ncd")
    area.handle(.char("x"), width: 20)
    #expect(area.text == "ab\ncd")
  }

  @Test func wrapsAtSpacesWithinTheWidth() {
    let area = TextArea("the quick brown fox jumps")
    let layout = area.layout(width: 12)
    #expect(layout.rows == ["the quick ", "brown fox ", "jumps"])
    #expect(layout.cursorRow == 2 && layout.cursorColumn == 5)
  }

  @Test func wrapsJapaneseByDisplayWidth() {
    // Ten wide characters are 20 cells; a 10-cell box (one cell kept for the cursor) holds 4.
    let area = TextArea("一二三四五六七八九十")
    let layout = area.layout(width: 10)
    #expect(layout.rows == ["一二三四", "五六七八", "九十"])
    #expect(layout.cursorRow == 2 && layout.cursorColumn == 4)
    for row in layout.rows { #expect(DisplayWidth.of(row) <= 9) }
  }

  @Test func aLongWordIsCutWhenNoSpaceFits() {
    let layout = TextArea("abcdefghijkl").layout(width: 6)
    #expect(layout.rows == ["abcde", "fghij", "kl"])
  }

  @Test func upAndDownMoveByScreenRowKeepingTheCellColumn() {
    var area = TextArea("一二三四五六七八九十")
    // Cursor at the end (row 2, 4 cells). Up: row 1 at 4 cells = after 五六.
    area.handle(.up, width: 10)
    #expect(area.row == 0 && area.column == 6)
    area.handle(.up, width: 10)
    #expect(area.column == 2)
    area.handle(.up, width: 10)
    #expect(area.column == 0, "up on the first row goes to the start")
    area.handle(.down, width: 10)
    area.handle(.down, width: 10)
    area.handle(.down, width: 10)
    #expect(area.column == 10, "down on the last row goes to the end")
  }

  @Test func verticalMovesCrossMixedWidthsWithoutSplittingACharacter() {
    var area = TextArea("ab\n日本")
    area.handle(.up, width: 20)
    area.handle(.end, width: 20)
    #expect(area.column == 2)
    // From "ab|" (2 cells) down: 日 is 2 cells, so the cursor lands after 日.
    area.handle(.down, width: 20)
    #expect(area.row == 1 && area.column == 1)
    area.handle(.ctrl("a"), width: 20)
    area.handle(.right, width: 20)
    area.handle(.up, width: 20)
    #expect(area.row == 0 && area.column == 2)
  }

  @Test func leftAndRightCrossLineEnds() {
    var area = TextArea("ab\ncd")
    area.handle(.home, width: 20)
    area.handle(.left, width: 20)
    #expect(area.row == 0 && area.column == 2)
    area.handle(.right, width: 20)
    #expect(area.row == 1 && area.column == 0)
  }

  @Test func anEmptyAreaHasOneRowAndTheCursorAtItsStart() {
    let layout = TextArea("").layout(width: 10)
    #expect(layout.rows == [""])
    #expect(layout.cursorRow == 0 && layout.cursorColumn == 0)
  }

  @Test func nonEditingKeysAreRefused() {
    var area = TextArea("x")
    let function = area.handle(.function(5), width: 10)
    let escape = area.handle(.escape, width: 10)
    #expect(!function && !escape)
    #expect(area.text == "x")
  }
}
