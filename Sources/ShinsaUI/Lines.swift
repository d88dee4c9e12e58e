import ShinsaCore

/// A run of text in one style.
public struct Segment: Sendable, Equatable {
  public var text: String
  public var role: StyleRole

  /// Creates a segment.
  public init(_ text: String, _ role: StyleRole = .text) {
    self.text = text
    self.role = role
  }
}

/// A line of styled segments.
public typealias StyledLine = [Segment]

/// Builds lists of styled lines for scrolling panes and overlays.
struct LineBuilder {
  var width: Int
  var lines: [StyledLine] = []

  init(width: Int) { self.width = max(1, width) }

  /// A paragraph wrapped to the width, with a hanging indent.
  mutating func paragraph(_ text: String, _ role: StyleRole = .text, indent: Int = 0) {
    let pad = String(repeating: " ", count: indent)
    for line in DisplayWidth.wrap(text, width: max(1, width - indent)) {
      lines.append([Segment(pad + line, role)])
    }
  }

  /// One line of segments, cut at the width.
  mutating func line(_ segments: Segment...) { lines.append(segments) }

  mutating func line(_ segments: [Segment]) { lines.append(segments) }

  mutating func blank() { lines.append([]) }

  /// Text the user wrote, one wrapped paragraph per line of it, each made inert.
  mutating func userText(_ text: String, _ role: StyleRole = .text, indent: Int = 0) {
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      paragraph(TextSafety.escaped(String(line)), role, indent: indent)
    }
  }
}

extension Frame {
  /// Fills a row with spaces in `role`.
  mutating func fill(row: Int, role: StyleRole, from column: Int = 0, to end: Int? = nil) {
    let stop = min(width, end ?? width)
    guard column < stop else { return }
    run(" ", row: row, from: column, to: stop, role: role)
  }

  /// Draws styled segments on a row starting at `column`, clipped at `limit` (exclusive).
  @discardableResult
  mutating func draw(_ line: StyledLine, row: Int, column: Int, limit: Int? = nil) -> Int {
    var x = column
    let end = min(width, limit ?? width)
    for segment in line {
      guard x < end else { break }
      let room = end - x
      let text =
        DisplayWidth.of(segment.text) > room
        ? DisplayWidth.truncate(segment.text, to: room) : segment.text
      x = put(text, row: row, column: x, role: segment.role)
    }
    return x
  }

  /// Draws a box border with an optional title.
  mutating func box(top: Int, left: Int, width boxWidth: Int, height boxHeight: Int, title: String)
  {
    guard boxWidth >= 4, boxHeight >= 2 else { return }
    let right = left + boxWidth - 1
    let bottom = top + boxHeight - 1
    for row in top...bottom {
      fill(row: row, role: .text, from: left, to: right + 1)
    }
    for (row, ends) in [(top, ("┌", "┐")), (bottom, ("└", "┘"))] {
      put(ends.0, row: row, column: left, role: .border)
      run("─", row: row, from: left + 1, to: right, role: .border)
      put(ends.1, row: row, column: right, role: .border)
    }
    for row in (top + 1)..<bottom {
      put("│", row: row, column: left, role: .border)
      put("│", row: row, column: right, role: .border)
    }
    if !title.isEmpty {
      put(
        " " + DisplayWidth.truncate(title, to: boxWidth - 6) + " ", row: top, column: left + 2,
        role: .accent)
    }
  }
}
