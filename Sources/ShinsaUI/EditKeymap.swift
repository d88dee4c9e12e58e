import ShinsaCore

/// What an editing key does to text. ``TextField`` and ``TextArea`` map keys to these
/// through one table (``EditKeymap/bindings``), as bubbles' textarea KeyMap does.
public enum EditCommand: String, Sendable, CaseIterable {
  case left, right, wordLeft, wordRight, home, end
  case deleteBackward, deleteForward, killToEnd, killToStart, killWordBackward
  /// Editor only: insert what the last kill removed.
  case yank
  case newLine, indent, lineUp, lineDown, pageUp, pageDown, undo, redo
}

/// Which text boxes a text-editing key works in.
public enum EditScope: String, Sendable, CaseIterable {
  /// One-line fields and the multi-line editor (readline keys).
  case field
  /// The multi-line editor only (lines, kill buffer, undo).
  case editor
}

/// One row of the text-editing keymap.
public struct EditBinding: Sendable {
  public var keys: [Key]
  public var command: EditCommand
  public var scope: EditScope
  public var help: Localized
  /// The short word shown in the status bar of a field or the editor, when hinted.
  public var hint: Localized?
  /// How many of ``keys`` the hint shows.
  public var hintKeyCount: Int?

  /// The keys as the status bar writes them: "Ctrl-A".
  public var hintKeys: String {
    keys.prefix(hintKeyCount ?? keys.count).map(\.label).joined(separator: "/")
  }
}

/// The text-editing keymap. Typing and bracketed paste insert text in every text box.
public enum EditKeymap {
  private static func b(
    _ keys: [Key], _ command: EditCommand, _ scope: EditScope, _ en: String, _ ja: String,
    hint: (String, String)? = nil, hintKeys: Int? = nil
  ) -> EditBinding {
    EditBinding(
      keys: keys, command: command, scope: scope, help: Localized(en: en, ja: ja),
      hint: hint.map { Localized(en: $0.0, ja: $0.1) }, hintKeyCount: hintKeys)
  }

  /// Every text-editing binding, in the order help lists them.
  public static let bindings: [EditBinding] = [
    b(
      [.ctrl("a"), .home], .home, .field, "start of the line", "行頭へ", hint: ("start", "先頭"),
      hintKeys: 1),
    b(
      [.ctrl("e"), .end], .end, .field, "end of the line", "行末へ", hint: ("end", "末尾"), hintKeys: 1),
    b([.ctrl("b"), .left], .left, .field, "back a character", "1文字戻る"),
    b([.ctrl("f"), .right], .right, .field, "forward a character", "1文字進む"),
    b([.alt("b")], .wordLeft, .field, "back a word", "1語戻る"),
    b([.alt("f")], .wordRight, .field, "forward a word", "1語進む"),
    b(
      [.backspace, .ctrl("h")], .deleteBackward, .field, "delete the character before", "前の1文字を削除"),
    b(
      [.delete, .ctrl("d")], .deleteForward, .field, "delete the character under", "カーソル位置の1文字を削除"),
    b(
      [.ctrl("k")], .killToEnd, .field, "delete to the end of the line", "行末まで削除",
      hint: ("delete to end", "末尾まで削除")),
    b([.ctrl("u")], .killToStart, .field, "delete to the start of the line", "行頭まで削除"),
    b([.ctrl("w")], .killWordBackward, .field, "delete the word before", "前の1語を削除"),
    b(
      [.alt("u"), .ctrl("_")], .undo, .editor, "undo (a run of typing is one step)",
      "元に戻す（続けて入力した分を1回で）", hint: ("undo", "元に戻す"), hintKeys: 1),
    b([.alt("e")], .redo, .editor, "redo", "やり直し", hint: ("redo", "やり直し")),
    b([.enter], .newLine, .editor, "new line", "改行", hint: ("new line", "改行")),
    b([.up, .ctrl("p")], .lineUp, .editor, "up a screen row", "表示行を上へ"),
    b([.down, .ctrl("n")], .lineDown, .editor, "down a screen row", "表示行を下へ"),
    b([.pageUp], .pageUp, .editor, "up ten screen rows", "表示行を10行上へ"),
    b([.pageDown], .pageDown, .editor, "down ten screen rows", "表示行を10行下へ"),
    b([.ctrl("y")], .yank, .editor, "put back what was last deleted", "最後に削除した文字列を貼り戻す"),
    b([.tab], .indent, .editor, "two spaces", "空白2つ"),
  ]

  /// The command `key` triggers in a text box of `scope` (the editor has every field key too).
  public static func command(for key: Key, in scope: EditScope) -> EditCommand? {
    bindings.first { binding in
      (binding.scope == .field || binding.scope == scope) && binding.keys.contains(key)
    }?.command
  }

  /// The bindings that work in a text box of `scope`.
  public static func bindings(in scope: EditScope) -> [EditBinding] {
    bindings.filter { $0.scope == .field || $0.scope == scope }
  }
}
