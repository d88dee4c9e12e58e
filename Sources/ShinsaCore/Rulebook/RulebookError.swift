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
