import CNcursesw

/// Facts about the ncurses library this binary is linked against.
///
/// ShinsaTerminal is the only module that imports `CNcursesw`; the interactive
/// loop that draws ShinsaUI frames lives here.
public enum NcursesLibrary {
  /// The ncurses version string, for example "ncurses 6.4.20221231".
  public static var version: String {
    guard let cString = curses_version() else { return "unknown" }
    return String(cString: cString)
  }
}
