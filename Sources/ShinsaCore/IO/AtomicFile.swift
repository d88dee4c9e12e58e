#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Durable file writes: write a temporary file, fsync it, keep the previous version as a
/// backup, rename over the target, then fsync the folder. A failure at any point leaves the
/// previous file as it was.
public enum AtomicFile {
  /// The backup path kept beside `path` (the previous saved version).
  public static func backupPath(for path: String) -> String { path + ".bak" }

  /// Removes temporary files a killed save of `path` left behind. Call it only while holding
  /// the project's lock, so no save of it is under way.
  public static func removeAbandonedTemporaries(for path: String) {
    let folder = FilePaths.folder(of: path)
    let prefix = "." + FilePaths.name(of: path) + ".tmp-"
    guard let directory = opendir(folder) else { return }
    defer { closedir(directory) }
    var names: [String] = []
    while let entry = readdir(directory) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
      }
      if name.hasPrefix(prefix) { names.append(name) }
    }
    for name in names { unlink(folder + "/" + name) }
  }

  /// Writes `bytes` to `path` with mode 0600. With `keepBackup`, the file being replaced
  /// becomes `path.bak`.
  public static func write(_ bytes: [UInt8], to path: String, keepBackup: Bool) throws(StoreError) {
    let folder = FilePaths.folder(of: path)
    let temporary =
      folder + "/." + FilePaths.name(of: path)
      + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else {
      throw StoreError(
        .cannotCreate, path, "cannot save: \(FilePaths.explain(errno, creating: true))",
        problem: FileProblem(errno: errno))
    }
    var failure: StoreError?
    if fchmod(descriptor, 0o600) != 0 {
      failure = StoreError(
        .io, path, "cannot save: \(FilePaths.explain(errno, creating: true))",
        problem: FileProblem(errno: errno))
    }
    if failure == nil, let code = Descriptor.writeAll(descriptor, bytes) {
      failure = StoreError(
        .io, path, "cannot save: \(FilePaths.explain(code, creating: true))",
        problem: FileProblem(errno: code))
    }
    if failure == nil, fsync(descriptor) != 0 {
      failure = StoreError(
        .io, path, "cannot save: \(FilePaths.explain(errno, creating: true))",
        problem: FileProblem(errno: errno))
    }
    if close(descriptor) != 0, failure == nil {
      failure = StoreError(
        .io, path, "cannot save: \(FilePaths.explain(errno, creating: true))",
        problem: FileProblem(errno: errno))
    }
    if let failure {
      unlink(temporary)
      throw failure
    }
    if keepBackup, FilePaths.exists(path) {
      let backup = backupPath(for: path)
      unlink(backup)
      if link(path, backup) != 0 {
        // No hard links here (some synced folders): fall back to a copy, best effort.
        if let old = try? FileLimits.read(path: path, maximumBytes: Int.max / 2) {
          try? write(old, to: backup, keepBackup: false)
        }
      } else {
        // The backup is the old file itself: keep it private even if someone widened the
        // old file's permissions (best effort; the link is never followed).
        let backupDescriptor = open(backup, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        if backupDescriptor >= 0 {
          fchmod(backupDescriptor, 0o600)
          close(backupDescriptor)
        }
      }
    }
    if rename(temporary, path) != 0 {
      let code = errno
      unlink(temporary)
      throw StoreError(
        .io, path, "cannot save: \(FilePaths.explain(code, creating: true))",
        problem: FileProblem(errno: code))
    }
    FilePaths.syncFolder(folder)
  }
}

/// Small path and file-system helpers with plain-language errors.
public enum FilePaths {
  /// The folder part of `path` ("." when there is none).
  public static func folder(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    let folder = String(path[..<slash])
    return folder.isEmpty ? "/" : folder
  }

  /// `path` with symbolic links resolved (the path itself when it cannot be resolved).
  public static func resolved(_ path: String) -> String {
    guard let pointer = realpath(path, nil) else { return path }
    defer { free(pointer) }
    return String(cString: pointer)
  }

  /// The last component of `path`.
  public static func name(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return path }
    return String(path[path.index(after: slash)...])
  }

  /// Whether something exists at `path` (without following a final symbolic link).
  public static func exists(_ path: String) -> Bool {
    var info = stat()
    return lstat(path, &info) == 0
  }

  /// Whether `path` is a symbolic link (not followed).
  public static func isSymbolicLink(_ path: String) -> Bool {
    var info = stat()
    return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK
  }

  /// Whether `path` is a folder.
  public static func isFolder(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
  }

  /// Whether `path` is something other than a regular file or a folder (a pipe, a device,
  /// a socket), following symbolic links: reading it could block or never end.
  public static func isSpecialFile(_ path: String) -> Bool {
    var info = stat()
    guard stat(path, &info) == 0 else { return false }
    let type = info.st_mode & S_IFMT
    return type != S_IFREG && type != S_IFDIR
  }

  /// The permission bits of `path`, or nil.
  public static func mode(_ path: String) -> UInt32? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    return UInt32(info.st_mode) & 0o777
  }

  /// fsyncs a folder so a rename in it is durable.
  static func syncFolder(_ folder: String) {
    let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard descriptor >= 0 else { return }
    fsync(descriptor)
    close(descriptor)
  }

  /// Creates `folder` and its parents; folders shinsa creates get mode 0700.
  public static func makeFolder(_ folder: String) throws(StoreError) {
    if isFolder(folder) { return }
    let parent = FilePaths.folder(of: folder)
    if parent != folder, parent != ".", !isFolder(parent) { try makeFolder(parent) }
    if mkdir(folder, 0o700) != 0, errno != EEXIST {
      throw StoreError(
        .cannotCreate, folder, "cannot create the folder: \(explain(errno, creating: true))",
        problem: FileProblem(errno: errno))
    }
    chmod(folder, 0o700)
  }

  /// A plain explanation of an errno value.
  public static func explain(_ code: Int32, creating: Bool = false) -> String {
    switch code {
    case ENOSPC: return "the disk is full"
    case EDQUOT: return "the disk quota is used up"
    case EROFS: return "the file system is read-only"
    case EACCES, EPERM:
      return creating ? "permission denied (the folder is not writable)" : "permission denied"
    case ENOENT: return "the folder does not exist"
    case EIO: return "an input/output error occurred"
    case EFBIG:
      return "the file system refused to make the file larger (a size limit or a full disk)"
    case ELOOP: return "it is a symbolic link, which shinsa does not follow here"
    default: return String(cString: strerror(code))
    }
  }
}
