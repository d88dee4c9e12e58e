#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A file that could not be read, in one plain sentence.
public struct FileReadError: Error, Sendable, Equatable {
  /// What went wrong, without the file name ("does not exist", "is larger than 20 MB").
  public var message: String
  /// True when the file is missing or cannot be opened (exit 66), false when it is unusable data (65).
  public var isMissingOrUnreadable: Bool
  /// The same failure as facts, for wording it in the interface's language.
  public var problem: FileProblem = .system("")
}

/// Reading outside files with a size limit and plain error messages.
public enum FileLimits {
  /// Reads the whole file at `path`, refusing folders and files over `maximumBytes`.
  public static func read(path: String, maximumBytes: Int) throws(FileReadError) -> [UInt8] {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    if descriptor < 0 {
      let code = errno
      switch code {
      case ENOENT:
        throw FileReadError(
          message: "no such file", isMissingOrUnreadable: true, problem: .noSuchFile)
      case EACCES:
        throw FileReadError(
          message: "permission denied", isMissingOrUnreadable: true, problem: .permissionDenied)
      case EISDIR:
        throw FileReadError(
          message: "is a folder, not a file", isMissingOrUnreadable: true, problem: .isFolder)
      default:
        throw FileReadError(
          message: "cannot be opened (\(String(cString: strerror(code))))",
          isMissingOrUnreadable: true, problem: FileProblem(errno: code))
      }
    }
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0 else {
      throw FileReadError(
        message: "cannot be examined", isMissingOrUnreadable: true,
        problem: FileProblem(errno: errno))
    }
    if (info.st_mode & S_IFMT) == S_IFDIR {
      throw FileReadError(
        message: "is a folder, not a file", isMissingOrUnreadable: true, problem: .isFolder)
    }
    let limit =
      maximumBytes >= 1024 * 1024
      ? "\(maximumBytes / (1024 * 1024)) MB" : "\(maximumBytes / 1024) KB"
    if Int(info.st_size) > maximumBytes {
      throw FileReadError(
        message: "is larger than \(limit)", isMissingOrUnreadable: false,
        problem: .tooLarge(limit: limit))
    }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65536)
    while true {
      let count = chunk.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        if errno == EISDIR {
          throw FileReadError(
            message: "is a folder, not a file", isMissingOrUnreadable: true, problem: .isFolder)
        }
        throw FileReadError(
          message: "could not be read (\(String(cString: strerror(errno))))",
          isMissingOrUnreadable: true, problem: FileProblem(errno: errno))
      }
      if count == 0 { break }
      bytes.append(contentsOf: chunk[0..<count])
      if bytes.count > maximumBytes {
        throw FileReadError(
          message: "is larger than \(limit)", isMissingOrUnreadable: false,
          problem: .tooLarge(limit: limit))
      }
    }
    return bytes
  }
}

private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int)
  -> Int
{
  read(descriptor, buffer, count)
}

/// Writing whole buffers to file descriptors.
public enum Descriptor {
  /// Writes all of `bytes` to `descriptor`, retrying after interrupts and short writes.
  /// Returns nil on success, or the `errno` of the failure.
  public static func writeAll(_ descriptor: Int32, _ bytes: [UInt8]) -> Int32? {
    var offset = 0
    while offset < bytes.count {
      let written = bytes[offset...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
      if written < 0 {
        if errno == EINTR { continue }
        return errno
      }
      offset += written
    }
    return nil
  }
}
