/// A rulebook that cannot be used, with the file and place of the problem.
public struct RulebookError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The file name or path as the user gave it.
  public var file: String
  /// Line and column, where there is one.
  public var position: TextPosition?
  /// What is wrong.
  public var message: String
  /// Whether the file could not be read at all (as opposed to being malformed).
  public var unreadable: Bool = false

  /// "file:line:column: message".
  public var description: String {
    if let position { return "\(file):\(position.line):\(position.column): \(message)" }
    return "\(file): \(message)"
  }
}

extension RulebookError {
  /// Reads a rulebook or changelog file of at most `maximumBytes`; a failure names it `name`.
  static func readFile(_ path: String, name: String, maximumBytes: Int) throws(RulebookError)
    -> [UInt8]
  {
    do {
      return try FileLimits.read(path: path, maximumBytes: maximumBytes)
    } catch {
      throw RulebookError(
        file: name, message: error.message, unreadable: error.isMissingOrUnreadable)
    }
  }
}
