import Foundation

/// A one-line text field that edits like readline: Ctrl-A/E/B/F/K/U/W, Alt-B/F, arrows,
/// Backspace/Delete, Home/End and bracketed paste. The cursor counts characters.
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

  /// Applies an editing key. Returns false when the key is not an editing key.
  @discardableResult
  public mutating func handle(_ key: Key) -> Bool {
    switch key {
    case .char(let character):
      insert(String(character))
    case .paste(let text):
      insert(
        text.replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(of: "\n", with: " "))
    case .left, .ctrl("b"): cursor = max(0, cursor - 1)
    case .right, .ctrl("f"): cursor = min(characters.count, cursor + 1)
    case .home, .ctrl("a"): cursor = 0
    case .end, .ctrl("e"): cursor = characters.count
    case .backspace, .ctrl("h"):
      if cursor > 0 {
        characters.remove(at: cursor - 1)
        cursor -= 1
      }
    case .delete, .ctrl("d"):
      if cursor < characters.count { characters.remove(at: cursor) }
    case .ctrl("k"): characters.removeSubrange(cursor...)
    case .ctrl("u"):
      characters.removeSubrange(..<cursor)
      cursor = 0
    case .ctrl("w"):
      let start = wordStart(before: cursor)
      characters.removeSubrange(start..<cursor)
      cursor = start
    case .alt("b"): cursor = wordStart(before: cursor)
    case .alt("f"): cursor = wordEnd(after: cursor)
    default:
      return false
    }
    return true
  }

  private mutating func insert(_ text: String) {
    let printable = text.filter { character in
      !character.unicodeScalars.contains(where: TextArea.isUnprintable)
    }
    let room = max(0, limit - characters.count)
    let inserted = Array(printable.prefix(room))
    characters.insert(contentsOf: inserted, at: cursor)
    cursor += inserted.count
  }

  private func isWordCharacter(_ character: Character) -> Bool {
    character.isLetter || character.isNumber
  }

  private func wordStart(before index: Int) -> Int {
    var position = index
    while position > 0, !isWordCharacter(characters[position - 1]) { position -= 1 }
    while position > 0, isWordCharacter(characters[position - 1]) { position -= 1 }
    return position
  }

  private func wordEnd(after index: Int) -> Int {
    var position = index
    while position < characters.count, !isWordCharacter(characters[position]) { position += 1 }
    while position < characters.count, isWordCharacter(characters[position]) { position += 1 }
    return position
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
