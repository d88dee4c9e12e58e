import Testing

@testable import ShinsaUI

@Suite struct DisplayWidthTests {
  @Test func asciiIsOneCellEach() {
    #expect(DisplayWidth.of("shinsa") == 6)
  }

  @Test func japaneseIsTwoCellsEach() {
    #expect(DisplayWidth.of("審査") == 4)
    #expect(DisplayWidth.of("要配慮個人情報") == 14)
    #expect(DisplayWidth.of("ＡＩ") == 4)
  }

  @Test func combiningMarksTakeNoCell() {
    #expect(DisplayWidth.of("e\u{301}") == 1)
  }

  @Test func truncateNeverSplitsWideCharacters() {
    #expect(DisplayWidth.truncate("審査審査", to: 5) == "審査…")
    #expect(DisplayWidth.of(DisplayWidth.truncate("審査審査", to: 5)) <= 5)
    #expect(DisplayWidth.truncate("short", to: 10) == "short")
  }

  @Test func wrapBreaksAtSpacesAndBetweenWideCharacters() {
    #expect(DisplayWidth.wrap("the quick brown fox", width: 10) == ["the quick", "brown fox"])
    let wrapped = DisplayWidth.wrap("個人情報保護委員会", width: 6)
    #expect(wrapped == ["個人情", "報保護", "委員会"])
    #expect(DisplayWidth.wrap("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
  }

  @Test func framePutsWideCharactersInTwoCellsAndClipsAtEdge() {
    var frame = Frame(width: 5, height: 1)
    let end = frame.put("審査AB", row: 0, column: 0)
    #expect(end == 5)
    #expect(frame.text == "審査A")
    #expect(frame[0, 1].grapheme == "")
  }
}

@Suite struct KinsokuTests {
  @Test func punctuationNeverStartsALine() {
    let lines = DisplayWidth.wrap("個人情報を扱います。判定に影響します、", width: 12)
    for line in lines.dropFirst() {
      #expect(!(line.first.map { DisplayWidth.noLineStart.contains($0) } ?? false), "\(lines)")
    }
    #expect(lines.allSatisfy { DisplayWidth.of($0) <= 12 })
  }

  @Test func openingBracketNeverEndsALine() {
    let lines = DisplayWidth.wrap("ソフトロー（法的拘束力なし）の指針", width: 10)
    for line in lines {
      #expect(!(line.last.map { DisplayWidth.noLineEnd.contains($0) } ?? false), "\(lines)")
      #expect(DisplayWidth.of(line) <= 10)
    }
  }

  @Test func englishStillBreaksAtSpaces() {
    #expect(DisplayWidth.wrap("one two three four", width: 9) == ["one two", "three", "four"])
  }
}
