/// Terminal display width of text: East Asian wide and fullwidth characters take
/// two cells, combining marks and zero-width characters none.
public enum DisplayWidth {
  /// The number of terminal cells `character` occupies.
  public static func of(_ character: Character) -> Int {
    guard let first = character.unicodeScalars.first else { return 0 }
    if character.unicodeScalars.contains(where: { $0.value == 0xFE0F }) { return 2 }
    return of(scalar: first)
  }

  /// The number of terminal cells `text` occupies.
  public static func of(_ text: String) -> Int {
    // Printable ASCII: one cell a byte.
    if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text.utf8.count }
    return text.reduce(0) { $0 + of($1) }
  }

  /// The width of one scalar: 0, 1 or 2.
  public static func of(scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    // Printable ASCII, the common case, needs no Unicode tables.
    if value >= 0x20 && value < 0x7F { return 1 }
    if value == 0 || value < 0x20 || (value >= 0x7F && value < 0xA0) { return 0 }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format: return 0
    default: break
    }
    if value == 0x200B { return 0 }
    return isWide(value) ? 2 : 1
  }

  private static let wideRanges: [ClosedRange<UInt32>] = [
    0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0...0x23F0,
    0x23F3...0x23F3, 0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F...0x267F,
    0x2693...0x2693, 0x26A1...0x26A1, 0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5,
    0x26CE...0x26CE, 0x26D4...0x26D4, 0x26EA...0x26EA, 0x26F2...0x26F3, 0x26F5...0x26F5,
    0x26FA...0x26FA, 0x26FD...0x26FD, 0x2705...0x2705, 0x270A...0x270B, 0x2728...0x2728,
    0x274C...0x274C, 0x274E...0x274E, 0x2753...0x2755, 0x2757...0x2757, 0x2795...0x2797,
    0x27B0...0x27B0, 0x27BF...0x27BF, 0x2B1B...0x2B1C, 0x2B50...0x2B50, 0x2B55...0x2B55,
    0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
    0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F,
    0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4, 0x17000...0x18CFF, 0x1B000...0x1B2FF,
    0x1F004...0x1F004, 0x1F0CF...0x1F0CF, 0x1F18E...0x1F18E, 0x1F191...0x1F19A, 0x1F200...0x1F251,
    0x1F300...0x1F64F, 0x1F680...0x1F6FF, 0x1F7E0...0x1F7EB, 0x1F900...0x1F9FF, 0x1FA70...0x1FAFF,
    0x20000...0x2FFFD, 0x30000...0x3FFFD,
  ]

  private static func isWide(_ value: UInt32) -> Bool {
    if value < 0x1100 { return false }
    var low = 0
    var high = wideRanges.count - 1
    while low <= high {
      let middle = (low + high) / 2
      let range = wideRanges[middle]
      if value < range.lowerBound {
        high = middle - 1
      } else if value > range.upperBound {
        low = middle + 1
      } else {
        return true
      }
    }
    return false
  }

  /// `text` cut to at most `width` cells, never splitting a wide character.
  public static func truncate(_ text: String, to width: Int, ellipsis: String = "…") -> String {
    guard of(text) > width else { return text }
    guard width > 0 else { return "" }
    let budget = width - of(ellipsis)
    var result = ""
    var used = 0
    for character in text {
      let cells = of(character)
      if used + cells > budget { break }
      result.append(character)
      used += cells
    }
    return budget >= 0 ? result + ellipsis : result
  }

  /// Characters that may not begin a line in Japanese text (行頭禁則).
  static let noLineStart: Set<Character> = Set(
    "、。，．,.)）]］}｝」』】〕〉》!！?？:：;；ー・々ゝゞっゃゅょぁぃぅぇぉッャュョァィゥェォ…‥%％")
  /// Characters that may not end a line (行末禁則).
  static let noLineEnd: Set<Character> = Set("(（[［{｛「『【〔〈《“")

  /// `text` wrapped to lines of at most `width` cells: at spaces where there are any,
  /// between wide characters (keeping Japanese punctuation off the start of a line and
  /// opening brackets off its end), and hard-cut when a word is too long.
  public static func wrap(_ text: String, width: Int) -> [String] {
    guard width > 0 else { return [] }
    var lines: [String] = []
    for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
      // Break the paragraph into units that must stay together.
      var units: [String] = []
      var word = ""
      for character in paragraph {
        if character == " " {
          if !word.isEmpty { units.append(word) }
          word = ""
          units.append(" ")
        } else if of(character) == 2 {
          if !word.isEmpty { units.append(word) }
          word = ""
          units.append(String(character))
        } else {
          word.append(character)
        }
      }
      if !word.isEmpty { units.append(word) }
      var merged: [String] = []
      for unit in units {
        if let last = merged.last, last != " ", unit != " ",
          let first = unit.first, let end = last.last,
          noLineStart.contains(first) || noLineEnd.contains(end)
        {
          merged[merged.count - 1] = last + unit
        } else {
          merged.append(unit)
        }
      }
      var line = ""
      var lineWidth = 0
      var pendingSpace = false
      for unit in merged {
        if unit == " " {
          pendingSpace = !line.isEmpty
          continue
        }
        var piece = unit
        var pieceWidth = of(piece)
        let gap = pendingSpace ? 1 : 0
        if lineWidth + gap + pieceWidth > width, !line.isEmpty {
          lines.append(line)
          line = ""
          lineWidth = 0
        } else if pendingSpace {
          line += " "
          lineWidth += 1
        }
        pendingSpace = false
        while pieceWidth > width - lineWidth, lineWidth == 0 || pieceWidth > width {
          // Too long for any line: cut it by cells.
          var head = ""
          var headWidth = 0
          while let character = piece.first, headWidth + of(character) <= width - lineWidth {
            head.append(character)
            headWidth += of(character)
            piece.removeFirst()
          }
          if head.isEmpty { break }
          lines.append(line + head)
          line = ""
          lineWidth = 0
          pieceWidth = of(piece)
        }
        line += piece
        lineWidth += pieceWidth
      }
      lines.append(line)
    }
    return lines
  }
}

extension String {
  fileprivate func trimmingTrailingSpaces() -> String {
    var copy = self
    while copy.last == " " { copy.removeLast() }
    return copy
  }
}
