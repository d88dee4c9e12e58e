import Foundation
import ShinsaCore

/// A one-line text field that edits like readline, by ``EditKeymap``'s field keys, and takes
/// typing and bracketed paste. The cursor counts characters.
public struct TextField: Sendable, Equatable {
  public private(set) var characters: [Character]
  public private(set) var cursor: Int
  /// The longest text accepted, in characters.
  public var limit: Int

  /// A field holding `text`, cursor at the end.
  public init(_ text: String = "", limit: Int = 2000) {
    characters = Array(text.prefix(limit))
    cursor = characters.count
    self.limit = limit
  }

  public var text: String { String(characters) }

  /// Applies an editing key (``EditKeymap``'s field keys, typing or paste). Returns false
  /// when the key is not an editing key.
  @discardableResult
  public mutating func handle(_ key: Key) -> Bool {
    switch key {
    case .char(let character):
      insert(String(character))
    case .paste(let text):
      insert(
        text.replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(of: "\n", with: " "))
    default:
      guard let command = EditKeymap.command(for: key, in: .field) else { return false }
      perform(command)
    }
    return true
  }

  /// Applies a field command (the editor's own commands do nothing in a field).
  public mutating func perform(_ command: EditCommand) {
    switch command {
    case .left: cursor = max(0, cursor - 1)
    case .right: cursor = min(characters.count, cursor + 1)
    case .home: cursor = 0
    case .end: cursor = characters.count
    case .deleteBackward: Readline.deleteBackward(&characters, &cursor)
    case .deleteForward: Readline.deleteForward(&characters, cursor)
    case .killToEnd: Readline.killToEnd(&characters, cursor)
    case .killToStart: Readline.killToStart(&characters, &cursor)
    case .killWordBackward: Readline.killWordBackward(&characters, &cursor)
    case .wordLeft: cursor = Readline.wordStart(characters, before: cursor)
    case .wordRight: cursor = Readline.wordEnd(characters, after: cursor)
    case .yank, .newLine, .indent, .lineUp, .lineDown, .pageUp, .pageDown, .undo, .redo: break
    }
  }

  private mutating func insert(_ text: String) {
    let printable = text.filter { character in
      !character.unicodeScalars.contains(where: TextSafety.isUnprintable)
    }
    let room = max(0, limit - characters.count)
    let inserted = Array(printable.prefix(room))
    characters.insert(contentsOf: inserted, at: cursor)
    cursor += inserted.count
  }

  /// The visible slice for a box `width` cells wide and the cursor's cell offset in it.
  public func visible(width: Int) -> (text: String, cursorColumn: Int) {
    guard width > 1 else { return ("", 0) }
    var start = 0
    func cells(_ from: Int, _ to: Int) -> Int {
      characters[from..<to].reduce(0) { $0 + DisplayWidth.of($1) }
    }
    while cells(start, cursor) > width - 1 { start += 1 }
    var end = cursor
    while end < characters.count, cells(start, end + 1) <= width { end += 1 }
    return (String(characters[start..<end]), cells(start, cursor))
  }
}
