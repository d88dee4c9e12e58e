/// The readline editing that ``TextField`` and ``TextArea`` share, on one line of characters
/// and a cursor in it: word motion, deleting a character, and killing to the end, to the
/// start or a word back. The editor adds what crosses lines.
enum Readline {
  /// Letters and digits make words (Japanese text counts as letters).
  static func isWord(_ character: Character) -> Bool { character.isLetter || character.isNumber }

  /// Where the word before `index` starts (skipping the non-word characters before it).
  static func wordStart(_ line: [Character], before index: Int) -> Int {
    var position = index
    while position > 0, !isWord(line[position - 1]) { position -= 1 }
    while position > 0, isWord(line[position - 1]) { position -= 1 }
    return position
  }

  /// Where the word after `index` ends (skipping the non-word characters after it).
  static func wordEnd(_ line: [Character], after index: Int) -> Int {
    var position = index
    while position < line.count, !isWord(line[position]) { position += 1 }
    while position < line.count, isWord(line[position]) { position += 1 }
    return position
  }

  /// Deletes the character before the cursor, when there is one on the line.
  static func deleteBackward(_ line: inout [Character], _ cursor: inout Int) {
    guard cursor > 0 else { return }
    line.remove(at: cursor - 1)
    cursor -= 1
  }

  /// Deletes the character under the cursor, when there is one on the line.
  static func deleteForward(_ line: inout [Character], _ cursor: Int) {
    if cursor < line.count { line.remove(at: cursor) }
  }

  /// Removes the text from the cursor to the end of the line and returns it.
  @discardableResult
  static func killToEnd(_ line: inout [Character], _ cursor: Int) -> [Character] {
    let killed = Array(line[cursor...])
    line.removeSubrange(cursor...)
    return killed
  }

  /// Removes the text before the cursor and returns it; the cursor goes to the start.
  @discardableResult
  static func killToStart(_ line: inout [Character], _ cursor: inout Int) -> [Character] {
    let killed = Array(line[..<cursor])
    line.removeSubrange(..<cursor)
    cursor = 0
    return killed
  }

  /// Removes the word before the cursor and returns it.
  @discardableResult
  static func killWordBackward(_ line: inout [Character], _ cursor: inout Int) -> [Character] {
    let start = wordStart(line, before: cursor)
    let killed = Array(line[start..<cursor])
    line.removeSubrange(start..<cursor)
    cursor = start
    return killed
  }
}
