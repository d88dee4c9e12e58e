import CNcursesw
import ShinsaUI

extension TerminalScreen {
  /// The longest single wait inside `nextEvent`. A quit signal interrupts the read at once
  /// (the handlers are installed without SA_RESTART); this bounds the delay when one lands
  /// between the flag check and the read.
  static let waitSliceMilliseconds = 250
  /// How long a bracketed paste may pause before it is taken as finished without its end
  /// marker.
  static let pasteGapMilliseconds = 500
  /// The most characters one paste keeps; the rest is read and dropped.
  static let pasteLimit = 1 << 20

  /// Waits up to `timeoutMilliseconds` (0: just poll; negative: no limit) for input.
  ///
  /// A pending SIGINT, SIGTERM or SIGHUP comes first as `.signal`. A resize comes as
  /// `.resize` with the new size. Keys come as `.key`: arrows, Home/End, PgUp/PgDn,
  /// Delete, Backspace (also 127 and 8), Shift-Tab, Enter (10 or 13), Tab, Esc, Alt-x
  /// (Esc followed at once by a character), Ctrl-letters, F1–F12, printable characters,
  /// and a whole bracketed paste as one `.paste`. Returns nil when the time runs out.
  public func nextEvent(timeoutMilliseconds: Int) -> TerminalEvent? {
    if let signal = takeSignal() { return .signal(signal) }
    if !queuedEvents.isEmpty { return queuedEvents.removeFirst() }
    guard let window else { return nil }
    let clock = ContinuousClock()
    let unlimited = timeoutMilliseconds < 0
    let deadline = clock.now + .milliseconds(max(0, timeoutMilliseconds))
    while true {
      let remaining = unlimited ? Self.waitSliceMilliseconds : milliseconds(until: deadline)
      wtimeout(window, Int32(min(remaining, Self.waitSliceMilliseconds)))
      let event = readEvent(window: window)
      if let signal = takeSignal() {
        if let event { queuedEvents.append(event) }
        return .signal(signal)
      }
      if let event { return event }
      if !unlimited && clock.now >= deadline { return nil }
    }
  }

  /// The pending quit signal, if any.
  private func takeSignal() -> Int32? {
    let signal = shim_take_pending_signal()
    return signal == 0 ? nil : signal
  }

  /// Whole milliseconds from now to `deadline`, at least 0.
  private func milliseconds(until deadline: ContinuousClock.Instant) -> Int {
    let left = ContinuousClock().now.duration(to: deadline).components
    let total = left.seconds * 1000 + left.attoseconds / 1_000_000_000_000_000
    return max(0, Int(total))
  }

  /// Reads one input with the window's current timeout; nil on timeout or an input that
  /// means nothing to shinsa.
  private func readEvent(window: shim_window_t) -> TerminalEvent? {
    var value: wint_t = 0
    switch wget_wch(window, &value) {
    case KEY_CODE_YES:
      let code = Int32(truncatingIfNeeded: value)
      if code == KEY_RESIZE {
        lastFrame = nil
        return .resize(width: width, height: height)
      }
      if code == pasteBeginCode && code >= 0 { return .key(.paste(readPaste(window: window))) }
      if code == KEY_MOUSE { return readMouse().map { .key(.mouse($0)) } }
      return KeyDecoder.key(forCode: code).map { .key($0) }
    case OK:
      if value == 27 { return readAfterEscape(window: window).map { .key($0) } }
      return KeyDecoder.key(forCharacter: UInt32(value)).map { .key($0) }
    default:
      return nil
    }
  }

  /// The mouse event ncurses holds after `KEY_MOUSE`: a left press or a turn of the wheel;
  /// nil for anything else (releases, other buttons).
  private func readMouse() -> MouseEvent? {
    var row: Int32 = 0
    var column: Int32 = 0
    let kinds: [Int32: MouseEvent.Kind] = [1: .press, 2: .wheelUp, 3: .wheelDown]
    guard let kind = kinds[shim_get_mouse(&row, &column)] else { return nil }
    return MouseEvent(kind, row: Int(row), column: Int(column))
  }

  /// After Esc: a character that is already waiting makes it Alt plus that character
  /// (Alt-Backspace is `.alt("\u{7F}")`, Alt-Enter `.alt("\r")`); a key the terminal sent
  /// after Esc (Option-arrow on some macOS terminals) is that key without Alt; an escape
  /// sequence the terminal description does not know (Alt-Up under TERM=screen) is read to
  /// its end and dropped (nil). Another Esc, or nothing, makes it Esc.
  private func readAfterEscape(window: shim_window_t) -> Key? {
    wtimeout(window, 0)
    var value: wint_t = 0
    switch wget_wch(window, &value) {
    case OK:
      guard value != 27, let scalar = Unicode.Scalar(UInt32(value)) else {
        unget_wch(wchar_t(truncatingIfNeeded: value))
        return .escape
      }
      if scalar == "[" || scalar == "O", skipSequence(window: window, introducer: scalar) {
        return nil
      }
      return .alt(Character(scalar))
    case KEY_CODE_YES:
      let code = Int32(truncatingIfNeeded: value)
      if code == KEY_BACKSPACE { return .alt("\u{7F}") }  // DEL is a key when kbs=^?
      if let key = KeyDecoder.key(forCode: code) { return key }
      ungetch(code)
      return .escape
    default:
      return .escape
    }
  }

  /// After `ESC [` or `ESC O`: reads the rest of a control sequence that is already waiting
  /// (CSI: parameter and intermediate bytes, then a final byte; SS3: one capital letter).
  /// False when nothing follows,
  /// so the key was Alt-[ or Alt-O; a character that cannot be part of a sequence is put
  /// back.
  private func skipSequence(window: shim_window_t, introducer: Unicode.Scalar) -> Bool {
    var consumed = false
    while true {
      var value: wint_t = 0
      guard wget_wch(window, &value) == OK else { return consumed }
      switch value {
      case 0x20...0x3F where introducer == "[":
        consumed = true
      case 0x40...0x7E where introducer == "[", 0x40...0x5A:
        return true
      default:
        unget_wch(wchar_t(truncatingIfNeeded: value))
        return consumed
      }
    }
  }

  /// Collects a bracketed paste up to its end marker: carriage returns (and CR LF) become
  /// newlines, tabs stay, other control characters and key codes are dropped. A resize
  /// during the paste is queued for after it.
  private func readPaste(window: shim_window_t) -> String {
    var scalars = String.UnicodeScalarView()
    var count = 0
    var afterReturn = false
    wtimeout(window, Int32(Self.pasteGapMilliseconds))
    while true {
      var value: wint_t = 0
      let status = wget_wch(window, &value)
      if status == KEY_CODE_YES {
        let code = Int32(truncatingIfNeeded: value)
        if code == pasteEndCode && code >= 0 { break }
        if code == KEY_ENTER { scalars.append("\n") }
        if code == KEY_RESIZE {
          lastFrame = nil
          queuedEvents.append(.resize(width: width, height: height))
        }
        continue
      }
      guard status == OK else { break }  // the end marker never came
      var scalar = Unicode.Scalar(UInt32(value))
      switch value {
      case 13: scalar = "\n"
      case 10: scalar = afterReturn ? nil : "\n"
      case 9: break
      case 0..<32, 127..<160: scalar = nil
      default: break
      }
      afterReturn = value == 13
      if let scalar, count < Self.pasteLimit {
        scalars.append(scalar)
        count += 1
      }
    }
    return String(scalars)
  }
}

/// Maps ncurses key codes and characters to shinsa keys.
enum KeyDecoder {
  /// The key for an ncurses key code (`KEY_CODE_YES`), or nil for keys shinsa ignores.
  static func key(forCode code: Int32) -> Key? {
    switch code {
    case KEY_UP: return .up
    case KEY_DOWN: return .down
    case KEY_LEFT: return .left
    case KEY_RIGHT: return .right
    case KEY_HOME, KEY_A1: return .home
    case KEY_END, KEY_C1: return .end
    case KEY_PPAGE, KEY_A3: return .pageUp
    case KEY_NPAGE, KEY_C3: return .pageDown
    case KEY_DC: return .delete
    case KEY_BACKSPACE: return .backspace
    case KEY_BTAB: return .backTab
    case KEY_ENTER: return .enter
    default:
      for number in 1...12 where code == shim_key_f(Int32(number)) { return .function(number) }
      return nil
    }
  }

  /// The key for a character from the terminal, or nil for ones shinsa ignores.
  static func key(forCharacter value: UInt32) -> Key? {
    switch value {
    case 8, 127: return .backspace
    case 9: return .tab
    case 10, 13: return .enter
    case 27: return .escape
    case 0: return .ctrl("@")
    case 1...26:
      guard let scalar = Unicode.Scalar(value + 96) else { return nil }
      return .ctrl(Character(scalar))
    case 28...31:
      guard let scalar = Unicode.Scalar(value + 64) else { return nil }
      return .ctrl(Character(scalar))
    case 0x80..<0xA0:
      return nil
    default:
      guard let scalar = Unicode.Scalar(value) else { return nil }
      return .char(Character(scalar))
    }
  }
}
