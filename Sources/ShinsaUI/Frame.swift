import ShinsaCore

/// One terminal cell: a grapheme (empty for the right half of a wide character) and a style.
public struct Cell: Sendable, Equatable {
  public var grapheme: String
  public var role: StyleRole

  /// Creates a cell.
  public init(_ grapheme: String = " ", role: StyleRole = .text) {
    self.grapheme = grapheme
    self.role = role
  }
}

/// A cell position for the terminal cursor.
public struct CursorPosition: Sendable, Equatable {
  public var row: Int
  public var column: Int

  /// Creates a position.
  public init(row: Int, column: Int) {
    self.row = row
    self.column = column
  }
}

/// A rendered screen: a grid of cells and a cursor, with no I/O.
public struct Frame: Sendable, Equatable {
  public let width: Int
  public let height: Int
  public private(set) var cells: [Cell]
  /// Where the terminal cursor goes, if shown.
  public var cursor: CursorPosition?
  /// Where clickable things were drawn, for the mouse (``target(row:column:)``).
  public internal(set) var regions: [MouseRegion] = []

  /// A blank frame.
  public init(width: Int, height: Int) {
    self.width = max(0, width)
    self.height = max(0, height)
    cells = Array(repeating: Cell(), count: self.width * self.height)
  }

  /// Writes `text` at a row and column, clipped at the right edge, wide characters taking two cells.
  /// Returns the column after the last cell written.
  @discardableResult
  public mutating func put(_ text: String, row: Int, column: Int, role: StyleRole = .text) -> Int {
    guard row >= 0, row < height else { return column }
    // Printable ASCII, most of what is drawn, goes byte by byte: one cell each, no
    // grapheme breaking and no Unicode tables.
    if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
      var x = column
      for byte in text.utf8 {
        if x < 0 {
          x += 1
          continue
        }
        if x >= width { break }
        setNarrow(Self.asciiGraphemes[Int(byte) - 0x20], at: row * width + x, x: x, role: role)
        x += 1
      }
      return x
    }
    var x = column
    for character in text {
      let cells = DisplayWidth.of(character)
      // Control and format characters never reach the terminal, whatever called put
      // (printable ASCII, the common case, is checked without the Unicode tables).
      if cells == 0
        || (!(character.isASCII && cells == 1)
          && character.unicodeScalars.contains(where: TextSafety.isUnprintable))
      {
        continue
      }
      if x < 0 {
        x += cells
        continue
      }
      if x + cells > width { break }
      let base = row * width
      // Never leave half of a wide character: blank the half this write would orphan.
      if self.cells[base + x].grapheme.isEmpty, x > 0 {
        self.cells[base + x - 1] = Cell(" ", role: self.cells[base + x - 1].role)
      }
      let end = x + cells
      if end < width, self.cells[base + end].grapheme.isEmpty {
        self.cells[base + end] = Cell(" ", role: self.cells[base + end].role)
      }
      self.cells[base + x] = Cell(String(character), role: role)
      if cells == 2 { self.cells[base + x + 1] = Cell("", role: role) }
      x += cells
    }
    return x
  }

  /// Fills `column..<end` of `row` with the one-cell grapheme `grapheme`: what `put` does
  /// with a run of it, without building the run.
  public mutating func run(
    _ grapheme: String, row: Int, from column: Int, to end: Int, role: StyleRole = .text
  ) {
    guard row >= 0, row < height else { return }
    let stop = min(width, end)
    var x = max(0, column)
    while x < stop {
      setNarrow(grapheme, at: row * width + x, x: x, role: role)
      x += 1
    }
  }

  /// Writes a one-cell grapheme at `index` (column `x`), blanking the other half of a wide
  /// character the write would cut in two, as `put` does.
  private mutating func setNarrow(_ grapheme: String, at index: Int, x: Int, role: StyleRole) {
    if x > 0, cells[index].grapheme.isEmpty {
      cells[index - 1] = Cell(" ", role: cells[index - 1].role)
    }
    if x + 1 < width, cells[index + 1].grapheme.isEmpty {
      cells[index + 1] = Cell(" ", role: cells[index + 1].role)
    }
    cells[index] = Cell(grapheme, role: role)
  }

  /// The printable ASCII characters as strings, from the space (0x20) to the tilde (0x7E).
  private static let asciiGraphemes: [String] = (0x20..<0x7F).map {
    String(UnicodeScalar(UInt8($0)))
  }

  /// The cell at a row and column.
  public subscript(row: Int, column: Int) -> Cell { cells[row * width + column] }

  /// The frame as plain text lines, trailing spaces removed (for golden screens).
  public var text: String {
    (0..<height).map { row in
      var line = ""
      for column in 0..<width { line += cells[row * width + column].grapheme }
      while line.last == " " { line.removeLast() }
      return line
    }.joined(separator: "\n")
  }
}
