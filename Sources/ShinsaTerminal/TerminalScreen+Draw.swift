import CNcursesw
import ShinsaUI

/// A colour pair's foreground and background, as curses colour numbers (-1 = default).
struct ColorKey: Hashable {
  var foreground: Int16
  var background: Int16
}

/// A role's style as ncurses takes it.
struct ResolvedStyle {
  var attributes: attr_t
  var pair: Int16
}

extension TerminalScreen {
  /// Draws `frame`: each cell's grapheme in its role's theme style.
  ///
  /// Wide characters take two cells; the frame's empty continuation cell is skipped. Cells
  /// equal to the previous frame's are not touched, and output goes through `wnoutrefresh`
  /// and `doupdate`, so ncurses sends only what changed. The cursor is shown at
  /// `frame.cursor` when set and hidden otherwise. Parts of the frame beyond the screen are
  /// clipped; screen beyond the frame is blank.
  public func draw(_ frame: Frame) {
    guard let window else { return }
    let screenWidth = Int(shim_window_width(window))
    let screenHeight = Int(shim_window_height(window))
    let previous = lastFrame.flatMap {
      $0.width == frame.width && $0.height == frame.height ? $0 : nil
    }
    if previous == nil { werase(window) }
    let width = min(frame.width, screenWidth)
    let height = min(frame.height, screenHeight)
    for row in 0..<height {
      var previousWasWide = false
      for column in 0..<width {
        let cell = frame[row, column]
        let unchanged = previous.map { $0[row, column] == cell } ?? false
        if cell.grapheme.isEmpty {
          // The right half of a wide character: ncurses filled it with the left half.
          if !previousWasWide && !unchanged { put(" ", role: cell.role, row: row, column: column) }
          previousWasWide = false
          continue
        }
        let wide = cell.grapheme.first.map { DisplayWidth.of($0) == 2 } ?? false
        previousWasWide = wide
        if unchanged { continue }
        if wide && column + 1 >= screenWidth {
          put(" ", role: cell.role, row: row, column: column)  // half a wide character: blank
        } else {
          put(cell.grapheme, role: cell.role, row: row, column: column)
        }
      }
    }
    placeCursor(frame.cursor, width: width, height: height, window: window)
    wnoutrefresh(window)
    doupdate()
    lastFrame = frame
  }

  /// Shows the cursor at `position` (when on screen) or hides it.
  private func placeCursor(
    _ position: CursorPosition?, width: Int, height: Int, window: shim_window_t
  ) {
    if let position, position.row >= 0, position.row < height, position.column >= 0,
      position.column < width
    {
      if !cursorVisible {
        curs_set(1)
        leaveok(window, false)
        cursorVisible = true
      }
      wmove(window, Int32(position.row), Int32(position.column))
    } else if cursorVisible {
      curs_set(0)
      leaveok(window, true)
      cursorVisible = false
    }
  }

  /// Writes one grapheme at a cell in a role's style.
  private func put(_ grapheme: String, role: StyleRole, row: Int, column: Int) {
    guard let window else { return }
    let style = resolvedStyle(role)
    scalarBuffer.removeAll(keepingCapacity: true)
    for scalar in grapheme.unicodeScalars { scalarBuffer.append(wchar_t(scalar.value)) }
    scalarBuffer.withUnsafeBufferPointer { buffer in
      guard let base = buffer.baseAddress else { return }
      _ = shim_put_cell(
        window, Int32(row), Int32(column), base, Int32(buffer.count), style.attributes, style.pair)
    }
  }

  /// The attributes and colour pair of a role, allocating the pair on first use.
  func resolvedStyle(_ role: StyleRole) -> ResolvedStyle {
    if let known = roleStyles[role] { return known }
    let style = theme.style(role)
    var attributes = shim_a_normal()
    if style.bold { attributes |= shim_a_bold() }
    if style.underline { attributes |= shim_a_underline() }
    if style.dim { attributes |= shim_a_dim() }
    var reverse = style.reverse
    var pair: Int16 = 0
    if colorsEnabled {
      let count = Int(shim_colors())
      let foreground = style.foreground.cursesNumber(colors: count)
      let background = style.background.cursesNumber(colors: count)
      pair = colorPair(foreground: foreground, background: background)
      // A selection drawn only by colour must not vanish: on the default background, in
      // one colour, or without a pair, fall back to reverse video.
      if role == .selection, background == -1 || foreground == background || pair == 0 {
        reverse = true
      }
    } else if role == .selection {
      reverse = true
    }
    if reverse { attributes |= shim_a_reverse() }
    let resolved = ResolvedStyle(attributes: attributes, pair: pair)
    roleStyles[role] = resolved
    return resolved
  }

  /// The pair for a foreground and background, allocated with `init_pair` on first use;
  /// pair 0 (the terminal's colours) when none is free.
  private func colorPair(foreground: Int16, background: Int16) -> Int16 {
    var key = ColorKey(foreground: foreground, background: background)
    if !defaultColors {
      if key.foreground < 0 { key.foreground = 7 }
      if key.background < 0 { key.background = 0 }
    } else if key.foreground < 0 && key.background < 0 {
      return 0
    }
    if let pair = pairs[key] { return pair }
    let limit = min(Int(shim_color_pairs()), Int(Int16.max))
    guard Int(nextPair) < limit, init_pair(nextPair, key.foreground, key.background) == OK
    else { return 0 }
    let pair = nextPair
    pairs[key] = pair
    nextPair += 1
    return pair
  }

  /// Starts colours for a colour theme on a colour terminal, and forgets old pairs.
  func configureColors() {
    pairs = [:]
    nextPair = 1
    roleStyles = [:]
    colorsEnabled = false
    guard !theme.monochrome, has_colors() else { return }
    if !colorStarted {
      guard start_color() == OK else { return }
      colorStarted = true
      defaultColors = use_default_colors() == OK
    }
    colorsEnabled = shim_colors() > 0
  }
}
