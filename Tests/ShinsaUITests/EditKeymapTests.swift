import Testing

@testable import ShinsaCore
@testable import ShinsaUI

/// The text-editing table: one map from keys to edit commands for the field and the editor.
@Suite struct EditKeymapTests {
  @Test func everyEditCommandIsBoundOnce() {
    for command in EditCommand.allCases {
      #expect(EditKeymap.bindings.filter { $0.command == command }.count == 1, "\(command)")
    }
  }

  @Test func noKeyIsBoundTwice() {
    let keys = EditKeymap.bindings.flatMap(\.keys)
    let repeated = Dictionary(grouping: keys, by: { $0 }).filter { $0.value.count > 1 }.keys
    #expect(repeated.isEmpty, "\(repeated.map(\.label))")
  }

  @Test func everyBindingHasHelpInBothLanguages() {
    for binding in EditKeymap.bindings {
      #expect(!binding.keys.isEmpty && !binding.help.en.isEmpty && !binding.help.ja.isEmpty)
      if let hint = binding.hint { #expect(!hint.en.isEmpty && !hint.ja.isEmpty) }
    }
  }

  @Test func theEditorHasEveryFieldKeyAndItsOwn() {
    for binding in EditKeymap.bindings {
      for key in binding.keys {
        #expect(EditKeymap.command(for: key, in: .editor) == binding.command, "\(key.label)")
        #expect(
          EditKeymap.command(for: key, in: .field)
            == (binding.scope == .field ? binding.command : nil), "\(key.label)")
      }
    }
  }

  @Test func aFieldTakesItsKeysAndRefusesTheEditorsOwn() {
    for binding in EditKeymap.bindings {
      for key in binding.keys {
        var field = TextField("abc def")
        let handled = field.handle(key)
        #expect(handled == (binding.scope == .field), "\(key.label)")
        var area = TextArea("abc\ndef")
        let edited = area.handle(key, width: 40)
        #expect(edited, "\(key.label)")
      }
    }
  }

  /// On one line the field and the editor share the readline core: every field key leaves
  /// the same text and cursor in both, from every cursor position.
  @Test(arguments: ["hello, wide world", "日本語 の テキスト", "  a--b  c ", ""])
  func fieldAndEditorAgreeOnOneLine(text: String) {
    for binding in EditKeymap.bindings where binding.scope == .field {
      for key in binding.keys {
        for back in 0...text.count {
          var field = TextField(text)
          var area = TextArea(text)
          for _ in 0..<back {
            field.handle(.left)
            area.handle(.left, width: 200)
          }
          field.handle(key)
          area.handle(key, width: 200)
          #expect(field.text == area.text, "\(key.label) at \(text.count - back) in \(text)")
          #expect(field.cursor == area.column, "\(key.label) at \(text.count - back) in \(text)")
        }
      }
    }
  }

  @Test func theFieldsHintsAreTheTablesHintedKeys() {
    #expect(
      Keymap.modalHint(for: .answerField, language: .en)
        == "Enter save · Esc keep · Ctrl-G cancel · Ctrl-A start · Ctrl-E end · Ctrl-K delete to end"
    )
    #expect(
      Keymap.modalHint(for: .editor, language: .en)
        == "Esc done · Ctrl-G cancel · Ctrl-S save · Alt-u undo · Alt-e redo · Enter new line")
  }
}
