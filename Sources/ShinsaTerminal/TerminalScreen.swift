import CNcursesw
import ShinsaUI

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The full-screen terminal: the only place shinsa talks to ncurses.
///
/// `start` takes the terminal over (alternate screen, no echo, keypad keys, bracketed
/// paste), `draw` puts a ``Frame`` on it, `nextEvent` reads keys, pastes, resizes and quit
/// signals, and `stop` gives the terminal back. A crash (a Swift trap arrives as SIGILL or
/// SIGTRAP) or an `exit` while the screen is active still restores the terminal: C signal
/// handlers and an `atexit` hook put back the saved settings and write a reset sequence.
///
/// Use one screen at a time, and call `stop` before the program ends normally (there is no
/// deinit clean-up; the `atexit` hook is only a safety net).
@MainActor
public final class TerminalScreen {
  /// The ncurses screen, nil once stopped.
  var screen: shim_screen_t?
  /// The screen's standard window.
  var window: shim_window_t?
  /// Our own streams on duplicates of standard input and output, handed to `newterm`.
  var input: shim_file_t?
  var output: shim_file_t?
  /// The theme styles are drawn with.
  var theme: Theme
  /// True when colour pairs are in use (a colour theme on a terminal with colours).
  var colorsEnabled = false
  /// True when `start_color` has run.
  var colorStarted = false
  /// True when colour -1 (the terminal's default) is accepted.
  var defaultColors = false
  /// Allocated colour pairs by (foreground, background) curses colour numbers.
  var pairs: [ColorKey: Int16] = [:]
  /// The next free colour pair number.
  var nextPair: Int16 = 1
  /// Resolved (attributes, pair) per role for the current theme.
  var roleStyles: [StyleRole: ResolvedStyle] = [:]
  /// The frame last drawn, to skip unchanged cells; nil forces a full repaint.
  var lastFrame: Frame?
  /// Whether the terminal cursor is visible.
  var cursorVisible = false
  /// Reused buffer for one cell's characters.
  var scalarBuffer: [wchar_t] = []
  /// Events read while a signal was pending, returned after the signal.
  var queuedEvents: [TerminalEvent] = []
  /// Whether mouse reporting is on (``setMouse(_:)``).
  public internal(set) var mouseOn = false
  /// The key codes bound to the bracketed-paste start and end markers (-1: unbound).
  var pasteBeginCode: Int32 = -1
  var pasteEndCode: Int32 = -1
  /// The last known size, kept after `stop`.
  var lastWidth = 0
  var lastHeight = 0

  init(theme: Theme) {
    self.theme = theme
  }

  /// Takes the terminal over.
  ///
  /// Checks that standard input and output are terminals and `TERM` is usable, calls
  /// `setlocale(LC_ALL, "")` (with a UTF-8 fallback, see ``useUTF8Locale()``), installs the SIGINT/SIGTERM/SIGHUP handlers (they only set a
  /// flag that `nextEvent` reports) and the crash handlers (SIGSEGV, SIGBUS, SIGILL,
  /// SIGTRAP, SIGABRT, SIGFPE, SIGQUIT: restore the terminal, then re-raise) before
  /// `newterm`, so ncurses leaves those signals alone. Then sets cbreak, noecho, keypad and
  /// nonl, frees Ctrl-S/Ctrl-Q/Ctrl-V from the line discipline, sets an escape delay of
  /// 25 ms unless `ESCDELAY` is set, starts colours unless the theme is monochrome or the
  /// terminal has none, hides the cursor and enables bracketed paste (turned off while
  /// suspended with Ctrl-Z and on again on resume).
  public static func start(theme: Theme) throws(TerminalError) -> TerminalScreen {
    if let message = TerminalSupport.checkInteractive() {
      throw TerminalError(message: message)
    }
    useUTF8Locale()
    let inputFD = dup(STDIN_FILENO)
    let outputFD = dup(STDOUT_FILENO)
    guard inputFD >= 0, outputFD >= 0 else {
      let failure = TerminalError(message: "shinsa could not open the terminal: \(errnoText())")
      if inputFD >= 0 { close(inputFD) }
      if outputFD >= 0 { close(outputFD) }
      throw failure
    }
    guard let input = fdopen(inputFD, "r") else {
      let failure = TerminalError(message: "shinsa could not open the terminal: \(errnoText())")
      close(inputFD)
      close(outputFD)
      throw failure
    }
    guard let output = fdopen(outputFD, "w") else {
      let failure = TerminalError(message: "shinsa could not open the terminal: \(errnoText())")
      fclose(input)
      close(outputFD)
      throw failure
    }
    _ = shim_signals_install(outputFD)
    guard let screen = newterm(nil, output, input) else {
      shim_signals_uninstall()
      fclose(input)
      fclose(output)
      let term = TerminalSupport.environment("TERM") ?? ""
      throw TerminalError(
        message: "shinsa cannot drive terminal type \"\(term)\" (no terminfo entry);"
          + " try TERM=xterm-256color, or \(TerminalSupport.commandsHint)")
    }
    let terminal = TerminalScreen(theme: theme)
    terminal.screen = screen
    terminal.input = input
    terminal.output = output
    terminal.setUp(outputFD: outputFD)
    return terminal
  }

  /// Puts the new screen into the modes the UI needs.
  private func setUp(outputFD: Int32) {
    let window = shim_stdscr()
    self.window = window
    cbreak()
    noecho()
    nonl()
    keypad(window, true)
    _ = shim_free_control_keys(outputFD)
    def_prog_mode()
    if TerminalSupport.environment("ESCDELAY") == nil { set_escdelay(25) }
    configureColors()
    curs_set(0)
    leaveok(window, true)
    cursorVisible = false
    bindKeys()
    writeEscape("\u{1B}[?2004h")
    _ = shim_wrap_suspend_handler()
    lastWidth = Int(shim_window_width(window))
    lastHeight = Int(shim_window_height(window))
  }

  /// Binds the bracketed-paste markers to free key codes, and Home/End sequences that
  /// terminals send but the terminal description may lack (tmux under TERM=xterm-256color
  /// sends `ESC [1~`, rxvt `ESC [7~`).
  private func bindKeys() {
    pasteBeginCode = shim_bind_sequence("\u{1B}[200~", KEY_MAX)
    pasteEndCode = shim_bind_sequence("\u{1B}[201~", max(KEY_MAX, pasteBeginCode))
    for sequence in ["\u{1B}[1~", "\u{1B}[7~", "\u{1B}[H", "\u{1B}OH"] {
      shim_bind_fallback(sequence, KEY_HOME)
    }
    for sequence in ["\u{1B}[4~", "\u{1B}[8~", "\u{1B}[F", "\u{1B}OF"] {
      shim_bind_fallback(sequence, KEY_END)
    }
  }

  /// The terminal width in cells.
  public var width: Int {
    guard let window else { return lastWidth }
    return Int(shim_window_width(window))
  }

  /// The terminal height in cells.
  public var height: Int {
    guard let window else { return lastHeight }
    return Int(shim_window_height(window))
  }

  /// The number of colours drawing uses: `COLORS`, or 0 when colours are off (no colour
  /// support, a monochrome theme, or stopped).
  public var colors: Int {
    guard screen != nil, colorsEnabled else { return 0 }
    return Int(shim_colors())
  }

  /// Switches theme; the next `draw` repaints the whole screen in it.
  public func setTheme(_ theme: Theme) {
    self.theme = theme
    guard screen != nil else { return }
    configureColors()
    lastFrame = nil
    if let window { clearok(window, true) }
  }

  /// Switches mouse reporting on or off (off: the terminal's own text selection works).
  /// Does nothing when it is already so, or once stopped.
  public func setMouse(_ on: Bool) {
    guard screen != nil, on != mouseOn else { return }
    _ = shim_set_mouse(on ? 1 : 0)
    mouseOn = on
  }

  /// Gives the terminal back: disables bracketed paste, ends curses (leaving the alternate
  /// screen, showing the cursor, restoring the saved modes) and puts back the previous
  /// signal handlers. Safe to call more than once.
  public func stop() {
    guard let screen else { return }
    writeEscape("\u{1B}[?2004l")
    setMouse(false)
    if let window {
      lastWidth = Int(shim_window_width(window))
      lastHeight = Int(shim_window_height(window))
    }
    curs_set(1)
    endwin()
    delscreen(screen)
    self.screen = nil
    window = nil
    if let input { fclose(input) }
    if let output { fclose(output) }
    input = nil
    output = nil
    shim_signals_uninstall()
    lastFrame = nil
    queuedEvents = []
  }

  /// Writes a raw escape sequence to the terminal stream ncurses writes to.
  func writeEscape(_ sequence: String) {
    guard let output else { return }
    fputs(sequence, output)
    fflush(output)
  }
}

/// The text of the current `errno`.
func errnoText() -> String {
  guard let text = strerror(errno) else { return "error \(errno)" }
  return String(cString: text)
}
