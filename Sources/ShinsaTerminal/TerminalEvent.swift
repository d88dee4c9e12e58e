import ShinsaUI

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Something that happened at the terminal: a key (or paste), a resize, or a quit signal.
public enum TerminalEvent: Sendable, Equatable {
  /// A key press, or a whole bracketed paste as `.key(.paste(text))`.
  case key(Key)
  /// The terminal changed size; the new size in cells.
  case resize(width: Int, height: Int)
  /// SIGINT, SIGTERM or SIGHUP arrived (the number, e.g. 15 for SIGTERM). The program
  /// should save and stop; Ctrl-C arrives this way because the terminal keeps ISIG on.
  case signal(Int32)
}

/// Why the terminal could not be started.
public struct TerminalError: Error, Sendable, CustomStringConvertible {
  /// A one-line explanation for the user, saying what to do instead.
  public var message: String

  /// Creates an error with a message for the user.
  public init(message: String) {
    self.message = message
  }

  public var description: String { message }
}

/// Checks that can run before the terminal is taken over, from any isolation domain.
public enum TerminalSupport {
  /// What to use instead of the full-screen interface.
  static let commandsHint =
    "use the commands instead: shinsa assess, shinsa list, shinsa export, …"
    + " (shinsa --help lists them all)"

  /// The "needs an interactive terminal" message when standard input or output is not a
  /// terminal or `TERM` is unset, empty or `dumb`; nil when the full-screen UI can start.
  public static func checkInteractive() -> String? {
    var reason: String?
    if isatty(STDIN_FILENO) == 0 {
      reason = "standard input is not a terminal"
    } else if isatty(STDOUT_FILENO) == 0 {
      reason = "standard output is not a terminal"
    } else if let term = environment("TERM") {
      if term.isEmpty {
        reason = "TERM is empty"
      } else if term == "dumb" {
        reason = "TERM=dumb cannot show a full-screen interface"
      }
    } else {
      reason = "TERM is not set"
    }
    guard let reason else { return nil }
    return "shinsa needs an interactive terminal (\(reason)); \(commandsHint)"
  }

  /// An environment variable, or nil when unset.
  static func environment(_ name: String) -> String? {
    guard let value = getenv(name) else { return nil }
    return String(cString: value)
  }
}
