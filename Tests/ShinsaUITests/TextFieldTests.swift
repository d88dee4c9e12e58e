import Testing

@testable import ShinsaUI

/// A field after typing `keys` into it.
private func typed(_ text: String, limit: Int = 2000, _ keys: [Key]) -> TextField {
  var field = TextField(text, limit: limit)
  for key in keys { field.handle(key) }
  return field
}

/// An empty field after typing `keys` into it.
private func typed(limit: Int = 2000, _ keys: [Key]) -> TextField {
  typed("", limit: limit, keys)
}

private func chars(_ text: String) -> [Key] { text.map { .char($0) } }

@Suite struct TextFieldTests {
  @Test func startsWithTheCursorAtTheEnd() {
    let field = TextField("hello")
    #expect(field.text == "hello")
    #expect(field.cursor == 5)
    #expect(TextField().text == "")
    #expect(TextField().cursor == 0)
  }

  @Test func initialTextIsCutToTheLimit() {
    let field = TextField("abcdefgh", limit: 5)
    #expect(field.text == "abcde")
    #expect(field.cursor == 5)
  }

  @Test func typingInsertsAtTheCursor() {
    let field = typed("helo", [.left, .char("l")])
    #expect(field.text == "hello")
    #expect(field.cursor == 4)
    let start = typed("world", [.home] + chars("hello "))
    #expect(start.text == "hello world")
    #expect(start.cursor == 6)
  }

  @Test func ctrlAAndCtrlEGoToTheEnds() {
    var field = TextField("hello world")
    field.handle(.ctrl("a"))
    #expect(field.cursor == 0)
    field.handle(.ctrl("e"))
    #expect(field.cursor == 11)
    field.handle(.home)
    #expect(field.cursor == 0)
    field.handle(.end)
    #expect(field.cursor == 11)
  }

  @Test func ctrlBAndCtrlFMoveOneCharacterAndStopAtTheEnds() {
    var field = TextField("abc")
    field.handle(.ctrl("b"))
    #expect(field.cursor == 2)
    field.handle(.left)
    field.handle(.left)
    field.handle(.ctrl("b"))
    #expect(field.cursor == 0)
    field.handle(.ctrl("f"))
    #expect(field.cursor == 1)
    field.handle(.right)
    field.handle(.right)
    field.handle(.ctrl("f"))
    #expect(field.cursor == 3)
  }

  @Test func ctrlKKillsToTheEnd() {
    let field = typed("hello world", [.ctrl("a"), .alt("f"), .ctrl("k")])
    #expect(field.text == "hello")
    #expect(field.cursor == 5)
    #expect(typed("abc", [.ctrl("k")]).text == "abc")
  }

  @Test func ctrlUKillsToTheStart() {
    let field = typed("hello world", [.alt("b"), .ctrl("u")])
    #expect(field.text == "world")
    #expect(field.cursor == 0)
    #expect(typed("abc", [.home, .ctrl("u")]).text == "abc")
  }

  @Test func ctrlWKillsTheWordBefore() {
    var field = TextField("hello big world")
    field.handle(.ctrl("w"))
    #expect(field.text == "hello big ")
    #expect(field.cursor == 10)
    field.handle(.ctrl("w"))
    #expect(field.text == "hello ")
    // Trailing spaces and punctuation go with the word before them.
    #expect(typed("foo bar  ", [.ctrl("w")]).text == "foo ")
    #expect(typed("path/to/file", [.ctrl("w")]).text == "path/to/")
    #expect(typed("", [.ctrl("w")]).text == "")
  }

  @Test func ctrlWInTheMiddleKeepsWhatFollows() {
    let field = typed("one two three", [.alt("b"), .ctrl("w")])
    #expect(field.text == "one three")
    #expect(field.cursor == 4)
  }

  @Test func altBAndAltFMoveByWords() {
    var field = TextField("one two three")
    field.handle(.alt("b"))
    #expect(field.cursor == 8)
    field.handle(.alt("b"))
    #expect(field.cursor == 4)
    field.handle(.alt("b"))
    field.handle(.alt("b"))
    #expect(field.cursor == 0)
    field.handle(.alt("f"))
    #expect(field.cursor == 3)
    field.handle(.alt("f"))
    #expect(field.cursor == 7)
    field.handle(.alt("f"))
    field.handle(.alt("f"))
    #expect(field.cursor == 13)
  }

  @Test func backspaceAndDelete() {
    var field = TextField("abcd")
    field.handle(.backspace)
    #expect(field.text == "abc")
    field.handle(.home)
    field.handle(.backspace)
    #expect(field.text == "abc")
    field.handle(.delete)
    #expect(field.text == "bc")
    #expect(field.cursor == 0)
    field.handle(.end)
    field.handle(.delete)
    #expect(field.text == "bc")
    // Ctrl-H and Ctrl-D are the same keys.
    #expect(typed("abc", [.ctrl("h")]).text == "ab")
    #expect(typed("abc", [.home, .ctrl("d")]).text == "bc")
  }

  @Test func pasteTurnsNewlinesIntoSpacesAndDropsControlCharacters() {
    #expect(typed([.paste("line one\nline two")]).text == "line one line two")
    #expect(typed([.paste("a\r\nb")]).text == "a b")
    #expect(typed([.paste("tab\there")]).text == "tabhere")
    #expect(typed([.paste("\u{1B}[31mred")]).text == "[31mred")
    let middle = typed("ad", [.left, .paste("b\nc ")])
    #expect(middle.text == "ab c d")
    #expect(middle.cursor == 5)
  }

  @Test func typedControlCharactersAreDropped() {
    #expect(typed([.char("\u{7}"), .char("a")]).text == "a")
  }

  @Test func theLimitIsNeverExceeded() {
    #expect(typed(limit: 5, chars("abcdefg")).text == "abcde")
    #expect(typed(limit: 5, [.paste("123456789")]).text == "12345")
    let full = typed("abcde", limit: 5, [.home, .char("x")])
    #expect(full.text == "abcde")
    #expect(full.cursor == 0)
    let partial = typed("abc", limit: 5, [.home, .paste("wxyz")])
    #expect(partial.text == "wxabc")
    #expect(partial.cursor == 2)
  }

  @Test func nonEditingKeysAreRefused() {
    var field = TextField("abc")
    for key: Key in [.enter, .escape, .tab, .backTab, .up, .down, .function(1), .ctrl("s")] {
      let handled = field.handle(key)
      #expect(!handled, "\(key.label)")
    }
    #expect(field == TextField("abc"))
    for key: Key in [.char("x"), .left, .right, .home, .end, .backspace, .delete, .paste("y")] {
      let handled = field.handle(key)
      #expect(handled, "\(key.label)")
    }
  }

  @Test func japaneseTextEditsByCharacter() {
    var field = TextField("審査AI")
    #expect(field.cursor == 4)
    field.handle(.left)
    field.handle(.left)
    field.handle(.char("の"))
    #expect(field.text == "審査のAI")
    field.handle(.backspace)
    field.handle(.backspace)
    #expect(field.text == "審AI")
    #expect(field.cursor == 1)
    // Japanese words count as words for Alt-B/F and Ctrl-W.
    let words = typed("個人情報 保護", [.ctrl("w")])
    #expect(words.text == "個人情報 ")
    #expect(typed("個人情報 保護", [.alt("b"), .alt("b")]).cursor == 0)
  }

  @Test func visibleShowsTheWholeTextWhenItFits() {
    let field = TextField("審査 AI")
    let shown = field.visible(width: 20)
    #expect(shown.text == "審査 AI")
    // The cursor column counts cells: two per kanji.
    #expect(shown.cursorColumn == 7)
  }

  @Test func visibleCursorColumnCountsCells() {
    var field = TextField("ab審査cd")
    field.handle(.home)
    for _ in 0..<3 { field.handle(.right) }
    #expect(field.visible(width: 20) == ("ab審査cd", 4))
    field.handle(.right)
    #expect(field.visible(width: 20).cursorColumn == 6)
  }

  @Test func visibleScrollsToKeepTheCursorInView() {
    var field = TextField("あいうえおかきくけこ")  // 20 cells
    let end = field.visible(width: 9)
    #expect(end.text == "きくけこ")
    #expect(end.cursorColumn == 8)
    field.handle(.home)
    let start = field.visible(width: 9)
    #expect(start.text == "あいうえ")
    #expect(start.cursorColumn == 0)
  }

  @Test func visibleNeverOverflowsAndAlwaysShowsTheCursor() {
    let texts = ["", "abc", "hello big wide world", "あいうえおかきくけこ", "mixed 日本語 text 審査"]
    for text in texts {
      for width in 2...12 {
        var field = TextField(text)
        for position in stride(from: text.count, through: 0, by: -1) {
          let shown = field.visible(width: width)
          #expect(DisplayWidth.of(shown.text) <= width, "\(text) \(width) \(position)")
          #expect(shown.cursorColumn >= 0 && shown.cursorColumn <= width - 1, "\(text) \(width)")
          field.handle(.left)
        }
      }
    }
  }

  @Test func visibleOfATinyBoxIsEmpty() {
    #expect(TextField("abc").visible(width: 1) == ("", 0))
    #expect(TextField("abc").visible(width: 0) == ("", 0))
  }
}
