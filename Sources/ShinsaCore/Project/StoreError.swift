/// A project-store failure, in one plain sentence, with the exit status it maps to.
public struct StoreError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The kind of failure, which decides the exit status (sysexits).
  public enum Kind: Sendable, Equatable {
    /// The file's content is unusable (65).
    case data
    /// The file or folder does not exist or cannot be read (66).
    case noInput
    /// A file or folder cannot be created (73).
    case cannotCreate
    /// Reading or writing failed part-way, e.g. a full disk (74).
    case io
  }

  public var kind: Kind
  public var file: String
  public var message: String
  public var position: TextPosition?
  public var path: String?
  /// The failure as facts (no such file, disk full …) when it is a file-system one, so the
  /// interface can word it in its language; nil for a file whose content is unusable.
  public var problem: FileProblem?

  /// The sysexits status for this failure.
  public var exitStatus: Int32 {
    switch kind {
    case .data: return 65
    case .noInput: return 66
    case .cannotCreate: return 73
    case .io: return 74
    }
  }

  /// "file:line:column: path: message".
  public var description: String {
    locatedMessage(file: file, position: position, path: path, message: message)
  }

  init(_ kind: Kind, _ file: String, _ message: String, problem: FileProblem? = nil) {
    self.kind = kind
    self.file = file
    self.message = message
    self.problem = problem
  }

  init(_ error: DataFileError) {
    kind = .data
    file = error.file
    message = error.message
    position = error.position
    path = error.path
  }
}
