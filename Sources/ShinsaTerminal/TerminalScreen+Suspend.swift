import CNcursesw

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension TerminalScreen {
  /// Gives the terminal to `body` (an external editor) and takes it back afterwards.
  ///
  /// Turns bracketed paste off and ends curses (the normal screen and modes come back), runs
  /// `body`, then restores shinsa's modes and repaints everything. A Ctrl-C typed while the
  /// editor ran belonged to the editor and is dropped; SIGTERM or SIGHUP still end shinsa.
  public func suspended<T>(_ body: () -> T) -> T {
    guard screen != nil else { return body() }
    writeEscape("\u{1B}[?2004l")
    // The editor gets the mouse (and the terminal its selection) while it runs.
    let mouse = mouseOn
    setMouse(false)
    def_prog_mode()
    endwin()
    let result = body()
    let signal = shim_take_pending_signal()
    if signal != 0, signal != SIGINT { queuedEvents.insert(.signal(signal), at: 0) }
    reset_prog_mode()
    writeEscape("\u{1B}[?2004h")
    setMouse(mouse)
    lastFrame = nil
    if let window { clearok(window, true) }
    return result
  }

  /// Whether a SIGTERM or SIGHUP arrived (while suspended) and waits to be read.
  public var hasPendingSignal: Bool {
    queuedEvents.contains { event in
      if case .signal = event { return true }
      return false
    }
  }
}
