import ShinsaCore

/// A multi-line text editor's model: lines of characters, a cursor, a kill buffer and undo.
///
/// Keys work like readline within a line (Ctrl-A/E/B/F/K/U/W/Y, Alt-B/F), Enter breaks the
/// line, ↑↓ (Ctrl-P/N) move by screen row of the wrapped text, Ctrl-_ or Alt-U undoes and
/// Alt-E redoes. Wrapping is by display width, so Japanese text takes two cells a character.
public struct TextArea: Sendable, Equatable {
  public private(set) var lines: [[Character]]
  /// The cursor: a line index and a character index within it.
  public private(set) var row: Int
  public private(set) var column: Int
  /// The longest text accepted, in characters (line breaks count).
  public let limit: Int
  private var killed: [Character] = []
  private var undoStack: [Snapshot] = []
  private var redoStack: [Snapshot] = []
  /// What the last edit was, so runs of typing undo as one step.
  private var lastEdit: EditKind = .none
  /// The screen column ↑↓ try to keep.
  private var goalColumn: Int?

  private struct Snapshot: Sendable, Equatable {
    var lines: [[Character]]
    var row: Int
    var column: Int
  }

  private enum EditKind: Sendable, Equatable {
    case none, typing, deleting, other
  }

  /// The most undo steps kept.
  static let undoDepth = 500

  /// An editor holding `text`, the cursor at its end.
  public init(_ text: String = "", limit: Int = 20_000) {
    self.limit = limit
    let clean = TextArea.printable(String(text.prefix(limit)))
    lines = clean.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0) }
    if lines.isEmpty { lines = [[]] }
    row = lines.count - 1
    column = lines[row].count
  }

  /// The text, lines joined by "\n".
  public var text: String { lines.map { String($0) }.joined(separator: "\n") }

  /// Whether there is something to undo.
  public var canUndo: Bool { !undoStack.isEmpty }

  private var count: Int { lines.reduce(lines.count - 1) { $0 + $1.count } }

  /// Applies an editing key; `width` is the wrap width for ↑↓. False when the key is not
  /// an editing key.
  @discardableResult
  public mutating func handle(_ key: Key, width: Int) -> Bool {
    switch key {
    case .up, .ctrl("p"): moveVertically(-1, width: width)
    case .down, .ctrl("n"): moveVertically(1, width: width)
    case .pageUp: for _ in 0..<10 { moveVertically(-1, width: width) }
    case .pageDown: for _ in 0..<10 { moveVertically(1, width: width) }
    default:
      goalColumn = nil
      return handleFlat(key)
    }
    lastEdit = .none
    return true
  }

  private mutating func handleFlat(_ key: Key) -> Bool {
    switch key {
    case .char(let character): insert(String(character), kind: character == " " ? .other : .typing)
    case .paste(let text): insert(text, kind: .other)
    case .enter: insert("\n", kind: .other)
    case .tab: insert("  ", kind: .other)
    case .left, .ctrl("b"): moveLeft()
    case .right, .ctrl("f"): moveRight()
    case .home, .ctrl("a"): column = 0
    case .end, .ctrl("e"): column = lines[row].count
    case .backspace, .ctrl("h"): deleteBackward()
    case .delete, .ctrl("d"): deleteForward()
    case .ctrl("k"): killToEnd()
    case .ctrl("u"): killToStart()
    case .ctrl("w"): killWordBackward()
    case .ctrl("y"): insert(String(killed), kind: .other)
    case .alt("b"): wordLeft()
    case .alt("f"): wordRight()
    case .ctrl("_"), .alt("u"): undo()
    case .alt("e"): redo()
    default: return false
    }
    switch key {
    case .char, .paste, .enter, .tab, .backspace, .ctrl("h"), .delete, .ctrl("d"), .ctrl("k"),
      .ctrl("u"), .ctrl("w"), .ctrl("y"), .ctrl("_"), .alt("u"), .alt("e"):
      break
    default: lastEdit = .none
    }
    return true
  }

  // MARK: Undo

  private mutating func remember(_ kind: EditKind) {
    if kind == lastEdit, kind != .other { return }
    undoStack.append(Snapshot(lines: lines, row: row, column: column))
    if undoStack.count > Self.undoDepth { undoStack.removeFirst() }
    redoStack.removeAll()
    lastEdit = kind
  }

  /// Undoes the last edit (a run of typing counts as one).
  public mutating func undo() {
    guard let snapshot = undoStack.popLast() else { return }
    redoStack.append(Snapshot(lines: lines, row: row, column: column))
    restore(snapshot)
  }

  /// Redoes what undo took back.
  public mutating func redo() {
    guard let snapshot = redoStack.popLast() else { return }
    undoStack.append(Snapshot(lines: lines, row: row, column: column))
    restore(snapshot)
  }

  private mutating func restore(_ snapshot: Snapshot) {
    lines = snapshot.lines
    row = snapshot.row
    column = snapshot.column
    lastEdit = .none
  }

  // MARK: Editing

  /// Control and format characters (escape sequences, bidi overrides, zero-width spaces)
  /// are dropped, except the joiner inside emoji; CR LF, CR and the Unicode line and
  /// paragraph separators become line breaks; tabs become two spaces.
  static func printable(_ text: String) -> String {
    let normalised = text.replacingOccurrences(of: "\r\n", with: "\n")
      .replacingOccurrences(of: "\r", with: "\n").replacingOccurrences(of: "\u{2028}", with: "\n")
      .replacingOccurrences(of: "\u{2029}", with: "\n").replacingOccurrences(of: "\t", with: "  ")
    return String(
      normalised.filter { character in
        character == "\n" || !character.unicodeScalars.contains(where: isUnprintable)
      })
  }

  /// Whether a scalar must never be stored in typed text.
  static func isUnprintable(_ scalar: Unicode.Scalar) -> Bool {
    scalar != "\u{200D}" && Printable.needsEscape(scalar)
  }

  private mutating func insert(_ text: String, kind: EditKind) {
    let clean = Array(Self.printable(text).prefix(max(0, limit - count)))
    guard !clean.isEmpty else { return }
    remember(kind)
    let tail = Array(lines[row][column...])
    lines[row].removeSubrange(column...)
    var pieces = clean.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0) }
    let first = pieces.removeFirst()
    lines[row] += first
    column = lines[row].count
    for piece in pieces {
      row += 1
      lines.insert(piece, at: row)
      column = piece.count
    }
    lines[row] += tail
  }

  private mutating func moveLeft() {
    if column > 0 {
      column -= 1
    } else if row > 0 {
      row -= 1
      column = lines[row].count
    }
  }

  private mutating func moveRight() {
    if column < lines[row].count {
      column += 1
    } else if row < lines.count - 1 {
      row += 1
      column = 0
    }
  }

  private mutating func deleteBackward() {
    guard column > 0 || row > 0 else { return }
    remember(.deleting)
    if column > 0 {
      lines[row].remove(at: column - 1)
      column -= 1
    } else {
      let line = lines.remove(at: row)
      row -= 1
      column = lines[row].count
      lines[row] += line
    }
  }

  private mutating func deleteForward() {
    guard column < lines[row].count || row < lines.count - 1 else { return }
    remember(.deleting)
    if column < lines[row].count {
      lines[row].remove(at: column)
    } else {
      lines[row] += lines.remove(at: row + 1)
    }
  }

  private mutating func killToEnd() {
    if column == lines[row].count {
      guard row < lines.count - 1 else { return }
      remember(.other)
      killed = ["\n"]
      lines[row] += lines.remove(at: row + 1)
      return
    }
    remember(.other)
    killed = Array(lines[row][column...])
    lines[row].removeSubrange(column...)
  }

  private mutating func killToStart() {
    guard column > 0 else { return }
    remember(.other)
    killed = Array(lines[row][..<column])
    lines[row].removeSubrange(..<column)
    column = 0
  }

  private mutating func killWordBackward() {
    guard column > 0 else {
      deleteBackward()
      return
    }
    remember(.other)
    let start = wordStart(before: column)
    killed = Array(lines[row][start..<column])
    lines[row].removeSubrange(start..<column)
    column = start
  }

  private func isWord(_ character: Character) -> Bool { character.isLetter || character.isNumber }

  private func wordStart(before index: Int) -> Int {
    let line = lines[row]
    var position = index
    while position > 0, !isWord(line[position - 1]) { position -= 1 }
    while position > 0, isWord(line[position - 1]) { position -= 1 }
    return position
  }

  private mutating func wordLeft() {
    if column == 0 {
      moveLeft()
      return
    }
    column = wordStart(before: column)
  }

  private mutating func wordRight() {
    let line = lines[row]
    if column == line.count {
      moveRight()
      return
    }
    var position = column
    while position < line.count, !isWord(line[position]) { position += 1 }
    while position < line.count, isWord(line[position]) { position += 1 }
    column = position
  }

  // MARK: Layout

  /// One screen row of the wrapped text: which line, and which characters of it.
  public struct VisualRow: Sendable, Equatable {
    public var line: Int
    public var range: Range<Int>
  }

  /// The screen rows of the text wrapped to `width` cells: at a space where one falls in
  /// the row, otherwise at the last character that fits (Japanese wraps between characters).
  public func visualRows(width: Int) -> [VisualRow] {
    let width = max(2, width)
    var rows: [VisualRow] = []
    for (index, line) in lines.enumerated() {
      var start = 0
      while true {
        var cells = 0
        var end = start
        var lastSpace: Int?
        while end < line.count {
          let cell = DisplayWidth.of(line[end])
          if cells + cell > width - 1 { break }
          if line[end] == " " { lastSpace = end }
          cells += cell
          end += 1
        }
        if end >= line.count {
          rows.append(VisualRow(line: index, range: start..<line.count))
          break
        }
        var cut = end
        if let space = lastSpace, space > start { cut = space + 1 }
        if cut == start { cut = start + 1 }
        rows.append(VisualRow(line: index, range: start..<cut))
        start = cut
      }
    }
    return rows
  }

  /// The text wrapped to `width` cells, and the cursor's screen row and cell column in it.
  public func layout(width: Int) -> (rows: [String], cursorRow: Int, cursorColumn: Int) {
    let visual = visualRows(width: width)
    let (index, cells) = cursorPosition(in: visual)
    return (visual.map { String(lines[$0.line][$0.range]) }, index, cells)
  }

  private func cursorPosition(in visual: [VisualRow]) -> (row: Int, cells: Int) {
    for (index, entry) in visual.enumerated() where entry.line == row {
      let isLastOfLine = index + 1 >= visual.count || visual[index + 1].line != row
      if entry.range.contains(column) || (isLastOfLine && column >= entry.range.lowerBound) {
        let cells = lines[row][entry.range.lowerBound..<column].reduce(0) {
          $0 + DisplayWidth.of($1)
        }
        return (index, cells)
      }
    }
    return (max(0, visual.count - 1), 0)
  }

  private mutating func moveVertically(_ step: Int, width: Int) {
    let visual = visualRows(width: width)
    let (current, cells) = cursorPosition(in: visual)
    let goal = goalColumn ?? cells
    let target = current + step
    guard visual.indices.contains(target) else {
      if step < 0 { column = 0 } else { column = lines[row].count }
      goalColumn = nil
      return
    }
    let entry = visual[target]
    let line = lines[entry.line]
    var position = entry.range.lowerBound
    var used = 0
    let isLastOfLine = target + 1 >= visual.count || visual[target + 1].line != entry.line
    let end =
      isLastOfLine
      ? entry.range.upperBound : max(entry.range.lowerBound, entry.range.upperBound - 1)
    while position < end, used + DisplayWidth.of(line[position]) <= goal {
      used += DisplayWidth.of(line[position])
      position += 1
    }
    row = entry.line
    column = position
    goalColumn = goal
  }
}
