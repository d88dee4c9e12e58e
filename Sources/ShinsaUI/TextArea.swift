import ShinsaCore

/// A multi-line text editor's model: lines of characters, a cursor, a kill buffer and undo.
///
/// Keys come from ``EditKeymap``: the readline keys of a field within a line (shared with
/// ``TextField`` through ``Readline``), plus line breaks, moving by screen row of the wrapped
/// text, a kill buffer, undo and redo. Wrapping is by display width, so Japanese text takes
/// two cells a character.
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
    let clean = TextSafety.typed(String(text.prefix(limit)))
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

  /// Applies an editing key (``EditKeymap``'s editor keys, typing or paste); `width` is the
  /// wrap width for ↑↓. False when the key is not an editing key.
  @discardableResult
  public mutating func handle(_ key: Key, width: Int) -> Bool {
    switch key {
    case .char(let character):
      goalColumn = nil
      insert(String(character), kind: character == " " ? .other : .typing)
    case .paste(let text):
      goalColumn = nil
      insert(text, kind: .other)
    default:
      guard let command = EditKeymap.command(for: key, in: .editor) else {
        goalColumn = nil
        return false
      }
      perform(command, width: width)
    }
    return true
  }

  /// Applies an editing command; `width` is the wrap width for moving by screen row.
  public mutating func perform(_ command: EditCommand, width: Int) {
    switch command {
    case .lineUp: moveVertically(-1, width: width)
    case .lineDown: moveVertically(1, width: width)
    case .pageUp: for _ in 0..<10 { moveVertically(-1, width: width) }
    case .pageDown: for _ in 0..<10 { moveVertically(1, width: width) }
    default:
      goalColumn = nil
      performFlat(command)
      return
    }
    lastEdit = .none
  }

  private mutating func performFlat(_ command: EditCommand) {
    switch command {
    case .newLine: insert("\n", kind: .other)
    case .indent: insert("  ", kind: .other)
    case .left: moveLeft()
    case .right: moveRight()
    case .home: column = 0
    case .end: column = lines[row].count
    case .deleteBackward: deleteBackward()
    case .deleteForward: deleteForward()
    case .killToEnd: killToEnd()
    case .killToStart: killToStart()
    case .killWordBackward: killWordBackward()
    case .yank: insert(String(killed), kind: .other)
    case .wordLeft: wordLeft()
    case .wordRight: wordRight()
    case .undo: undo()
    case .redo: redo()
    case .lineUp, .lineDown, .pageUp, .pageDown: break
    }
    switch command {
    case .left, .right, .home, .end, .wordLeft, .wordRight, .lineUp, .lineDown, .pageUp,
      .pageDown:
      // A move ends a run of typing, so the next typing undoes on its own.
      lastEdit = .none
    default: break
    }
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

  private mutating func insert(_ text: String, kind: EditKind) {
    let clean = Array(TextSafety.typed(text).prefix(max(0, limit - count)))
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
      Readline.deleteBackward(&lines[row], &column)
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
      Readline.deleteForward(&lines[row], column)
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
    killed = Readline.killToEnd(&lines[row], column)
  }

  private mutating func killToStart() {
    guard column > 0 else { return }
    remember(.other)
    killed = Readline.killToStart(&lines[row], &column)
  }

  private mutating func killWordBackward() {
    guard column > 0 else {
      deleteBackward()
      return
    }
    remember(.other)
    killed = Readline.killWordBackward(&lines[row], &column)
  }

  private mutating func wordLeft() {
    if column == 0 {
      moveLeft()
      return
    }
    column = Readline.wordStart(lines[row], before: column)
  }

  private mutating func wordRight() {
    if column == lines[row].count {
      moveRight()
      return
    }
    column = Readline.wordEnd(lines[row], after: column)
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
