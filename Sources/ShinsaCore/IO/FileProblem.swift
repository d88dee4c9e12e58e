#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Why a file could not be read or written, as facts the interface can word in either
/// language (errors keep their English `message` for the command line).
public enum FileProblem: Sendable, Equatable {
  /// The file does not exist.
  case noSuchFile
  /// The folder it should go in does not exist.
  case folderMissing
  /// The file (or, when writing, its folder) may not be read or written.
  case permissionDenied
  /// A folder stands where a file was expected.
  case isFolder
  /// A file stands where a folder was expected.
  case notFolder
  /// Larger than the limit ("20 MB").
  case tooLarge(limit: String)
  /// The disk, or the disk quota, is full.
  case diskFull
  /// The file system is mounted read-only.
  case readOnlyFileSystem
  /// The disk reported an input/output error.
  case ioError
  /// A symbolic link stands where shinsa does not follow one.
  case symbolicLink
  /// A project of that name already exists.
  case alreadyExists
  /// The text is not UTF-8.
  case notUTF8
  /// Anything else: the operating system's own words (English).
  case system(String)

  /// The problem an `errno` value names; the OS's text only when none fits.
  public init(errno code: Int32) {
    switch code {
    case ENOENT: self = .noSuchFile
    case EACCES, EPERM: self = .permissionDenied
    case EISDIR: self = .isFolder
    case ENOTDIR: self = .notFolder
    case ENOSPC, EDQUOT, EFBIG: self = .diskFull
    case EROFS: self = .readOnlyFileSystem
    case EIO: self = .ioError
    case ELOOP: self = .symbolicLink
    case EEXIST: self = .alreadyExists
    default: self = .system(String(cString: strerror(code)))
    }
  }
}
