#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// An advisory lock that marks a project as open for writing by one shinsa.
///
/// The lock is `flock` on a hidden `.NAME.lock` file beside the project; it is released
/// when the holder closes it or its process ends (even by `kill -9`). A clean close removes
/// the file; one left by a killed process is stale (unlocked) and simply taken over.
public final class ProjectLock: @unchecked Sendable {
  /// The lock file's path.
  public let path: String
  private var descriptor: Int32

  private init(path: String, descriptor: Int32) {
    self.path = path
    self.descriptor = descriptor
  }

  deinit { release() }

  /// The lock file used for the project at `projectPath`.
  public static func lockPath(for projectPath: String) -> String {
    FilePaths.folder(of: projectPath) + "/." + FilePaths.name(of: projectPath) + ".lock"
  }

  /// Takes the lock, or returns nil and the holder's process id when another process holds it.
  public static func acquire(for projectPath: String, attempt: Int = 0) throws(StoreError) -> (
    lock: ProjectLock?, holder: Int32?
  ) {
    let path = lockPath(for: projectPath)
    // O_NOFOLLOW: a lock file replaced by a symbolic link must not make shinsa truncate
    // and write whatever the link points to.
    let descriptor = open(path, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o600)
    if descriptor < 0, errno == ELOOP {
      throw StoreError(
        .cannotCreate, projectPath,
        "cannot lock the project: its lock file \(FilePaths.name(of: path)) is a symbolic link; remove the link and try again",
        problem: .symbolicLink)
    }
    guard descriptor >= 0 else {
      // A read-only folder: nobody can save here, so treat it as read-only access.
      return (nil, nil)
    }
    if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
      return (nil, holder(descriptor))
    }
    // The holder before us may have removed the file on closing, between our open and our
    // flock: then we locked a file no one else will find. Lock the one at the path instead.
    if !sameFile(descriptor, path) {
      close(descriptor)
      guard attempt < 8 else { return (nil, nil) }
      return try acquire(for: projectPath, attempt: attempt + 1)
    }
    let pid = "\(getpid())\n"
    _ = ftruncate(descriptor, 0)
    _ = pid.withCString { pwrite(descriptor, $0, strlen($0), 0) }
    return (ProjectLock(path: path, descriptor: descriptor), nil)
  }

  /// The process id written in the lock file open as `descriptor` (then closed).
  private static func holder(_ descriptor: Int32) -> Int32? {
    var buffer = [UInt8](repeating: 0, count: 32)
    let count = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, 0) }
    close(descriptor)
    let text = count > 0 ? String(decoding: buffer[0..<count], as: UTF8.self) : ""
    return Int32(text.trimmingCharacters(in: .whitespacesAndNewlines))
  }

  /// Whether `descriptor` is the file now at `path` (not one removed or replaced since).
  private static func sameFile(_ descriptor: Int32, _ path: String) -> Bool {
    var opened = stat()
    var named = stat()
    guard fstat(descriptor, &opened) == 0, lstat(path, &named) == 0 else { return false }
    return opened.st_dev == named.st_dev && opened.st_ino == named.st_ino
  }

  /// Releases the lock. With `removingFile`, the lock file goes first, while still locked,
  /// and only if it is still the file this lock holds (a stale or foreign file is left alone).
  public func release(removingFile: Bool = false) {
    guard descriptor >= 0 else { return }
    if removingFile, Self.sameFile(descriptor, path) { unlink(path) }
    flock(descriptor, LOCK_UN)
    close(descriptor)
    descriptor = -1
  }
}
