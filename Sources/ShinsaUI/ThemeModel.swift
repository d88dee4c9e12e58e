/// A terminal colour as a theme names it.
public enum ThemeColor: Sendable, Equatable, Hashable {
  /// The terminal's own default foreground or background.
  case terminalDefault
  /// One of the 16 ANSI colours: 0–7 normal, 8–15 bright.
  case ansi(Int)
  /// One of the 256 xterm colours (16–255 beyond the ANSI ones).
  case xterm(Int)
}

/// How one style role is drawn.
public struct CellStyle: Sendable, Equatable, Hashable {
  public var foreground: ThemeColor
  public var background: ThemeColor
  public var bold: Bool
  public var underline: Bool
  public var reverse: Bool
  public var dim: Bool

  /// Creates a style.
  public init(
    foreground: ThemeColor = .terminalDefault, background: ThemeColor = .terminalDefault,
    bold: Bool = false, underline: Bool = false, reverse: Bool = false, dim: Bool = false
  ) {
    self.foreground = foreground
    self.background = background
    self.bold = bold
    self.underline = underline
    self.reverse = reverse
    self.dim = dim
  }
}

/// A named set of styles, one per role, loaded from the `themes/` folder.
public struct Theme: Sendable, Equatable {
  public var name: String
  /// True for themes that use no colour at all (attributes only).
  public var monochrome: Bool
  public var styles: [StyleRole: CellStyle]

  /// Creates a theme.
  public init(name: String, monochrome: Bool, styles: [StyleRole: CellStyle]) {
    self.name = name
    self.monochrome = monochrome
    self.styles = styles
  }

  /// The style of `role` (plain text when the theme leaves it out).
  public func style(_ role: StyleRole) -> CellStyle { styles[role] ?? styles[.text] ?? CellStyle() }
}

extension ThemeColor {
  /// The curses colour number for a terminal with `colors` colours: -1 for the default
  /// colour; 256-colour values fall back to the nearest of the 16 (or 8) ANSI colours.
  public func cursesNumber(colors: Int) -> Int16 {
    switch self {
    case .terminalDefault:
      return -1
    case .ansi(let index):
      let clamped = max(0, min(15, index))
      return Int16(colors >= 16 ? clamped : clamped % 8)
    case .xterm(let index):
      let clamped = max(0, min(255, index))
      if colors >= 256 { return Int16(clamped) }
      let nearest = ThemeColor.nearestANSI(toXterm: clamped)
      return Int16(colors >= 16 ? nearest : nearest % 8)
    }
  }

  /// The RGB value of an xterm colour.
  static func rgb(ofXterm index: Int) -> (Int, Int, Int) {
    if index < 16 {
      let table: [(Int, Int, Int)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205),
        (0, 205, 205),
        (229, 229, 229), (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255),
        (255, 0, 255), (0, 255, 255), (255, 255, 255),
      ]
      return table[index]
    }
    if index >= 232 {
      let level = 8 + (index - 232) * 10
      return (level, level, level)
    }
    let cube = index - 16
    let steps = [0, 95, 135, 175, 215, 255]
    return (steps[cube / 36], steps[(cube / 6) % 6], steps[cube % 6])
  }

  /// The ANSI colour (0–15) closest to an xterm colour.
  static func nearestANSI(toXterm index: Int) -> Int {
    if index < 16 { return index }
    let (r, g, b) = rgb(ofXterm: index)
    var best = 0
    var bestDistance = Int.max
    for candidate in 0..<16 {
      let (cr, cg, cb) = rgb(ofXterm: candidate)
      let distance = (r - cr) * (r - cr) + (g - cg) * (g - cg) + (b - cb) * (b - cb)
      if distance < bestDistance {
        bestDistance = distance
        best = candidate
      }
    }
    return best
  }
}

/// What a cell is drawn as; themes map roles to colours and attributes.
public enum StyleRole: String, Sendable, CaseIterable {
  /// Ordinary text.
  case text
  /// Secondary text: explanations, hints, dates.
  case muted
  /// Headings and highlights.
  case accent
  /// The selected row or option.
  case selection
  /// Lines and frames.
  case border
  /// The header bar.
  case header
  /// The status bar at the bottom.
  case status
  /// Key names in hints and help.
  case key
  /// Saved, done, met.
  case success
  case warning
  case error
  /// Tier badges.
  case tierStandard = "tier-standard"
  case tierImportant = "tier-important"
  case tierSpeciallyDesignated = "tier-specially-designated"
}
