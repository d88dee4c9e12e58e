#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Why a project could not be archived, in one plain sentence naming the file.
public enum ArchiveError: Error, Sendable, Equatable {
  /// Another shinsa has the project open (its process id when known).
  case openElsewhere(path: String, holder: Int32?)
  /// The archive folder already holds a project file of this name.
  case alreadyArchived(target: String)
  /// The file system refused (a folder that cannot be made, a rename that failed).
  case store(StoreError)

  /// The sentence in `language`.
  public func message(_ language: Language) -> String {
    switch self {
    case .openElsewhere(let path, let holder):
      let name = FilePaths.name(of: path)
      let process = holder.map { " (process \($0))" } ?? ""
      return language == .ja
        ? "\(name) は別の shinsa\(process) で開かれています。先に閉じてください。"
        : "\(name) is open in another shinsa\(process); close it there first."
    case .alreadyArchived(let target):
      return language == .ja
        ? "\(target): 同名のプロジェクトが既にアーカイブにあります。"
        : "\(target): an archived project with this name already exists."
    case .store(let error):
      return error.description
    }
  }
}

extension ProjectStore {
  /// The folder archived projects move to.
  public var archiveDirectory: String { directory + "/archive" }

  /// Moves the project at `path` into ``archiveDirectory`` with its backup and recovery
  /// journal; returns where it went. Refuses while another shinsa has it open (its saves
  /// would recreate the file) and when the archive already holds a project of that name.
  @discardableResult
  public func archive(_ path: String) throws(ArchiveError) -> String {
    let folder = archiveDirectory
    let acquired: (lock: ProjectLock?, holder: Int32?)
    do {
      acquired = try ProjectLock.acquire(for: path)
    } catch {
      throw .store(error)
    }
    guard let lock = acquired.lock else {
      if acquired.holder == nil, access(FilePaths.folder(of: path), W_OK) != 0 {
        throw .store(
          StoreError(
            .cannotCreate, path, "cannot archive: \(FilePaths.explain(errno, creating: true))",
            problem: FileProblem(errno: errno)))
      }
      throw .openElsewhere(path: path, holder: acquired.holder)
    }
    defer {
      lock.release()
      unlink(lock.path)
    }
    do {
      try FilePaths.makeFolder(folder)
    } catch {
      throw .store(error)
    }
    if !FilePaths.isFolder(folder) {
      throw .store(
        StoreError(
          .cannotCreate, folder, "cannot archive: it is not a folder", problem: .notFolder))
    }
    let target = folder + "/" + FilePaths.name(of: path)
    if FilePaths.exists(target) { throw .alreadyArchived(target: target) }
    if rename(path, target) != 0 {
      throw .store(
        StoreError(
          .io, path, "cannot archive: \(FilePaths.explain(errno))",
          problem: FileProblem(errno: errno)))
    }
    // The backup and any recovery journal go with it.
    for (from, to) in [
      (AtomicFile.backupPath(for: path), AtomicFile.backupPath(for: target)),
      (RecoveryJournal.path(for: path), RecoveryJournal.path(for: target)),
    ] where FilePaths.exists(from) {
      rename(from, to)
    }
    FilePaths.syncFolder(folder)
    return target
  }

  /// The first free name for a copy of the project `base`: "BASE-copy", then "BASE-copy-2", ….
  public func duplicateName(of base: String) -> String {
    var index = 2
    var name = base + "-copy"
    while FilePaths.exists(path(forName: name)) {
      name = base + "-copy-\(index)"
      index += 1
    }
    return name
  }

  /// Writes a copy of the project at `path` under the first free name (``duplicateName(of:)``),
  /// its change log noting where it came from; returns the new name.
  @discardableResult
  public func duplicate(_ path: String, rulebook: Rulebook, now: String) throws(StoreError)
    -> String
  {
    var copy = try ProjectFile.read(path: path, rulebook: rulebook).document
    let base = Self.projectName(ofFile: path)
    let name = duplicateName(of: base)
    copy.changeLog.append(ChangeLogEntry(at: now, kind: "duplicated", subject: base, to: name))
    try create(name: name, document: copy)
    return name
  }

  /// The file name of an export of the project at `projectPath`:
  /// "NAME-PART-LANGUAGE.SUFFIX", e.g. "hikari-report-en.md" or "hikari-disclosure-both.html".
  public static func exportFileName(
    forProject projectPath: String, part: String = "report", language: String, suffix: String
  ) -> String {
    "\(projectName(ofFile: projectPath))-\(part)-\(language).\(suffix)"
  }

  /// Where the workbench writes an export: the `exports` folder beside the project.
  public static func exportPath(forProject projectPath: String, language: Language, suffix: String)
    -> String
  {
    FilePaths.folder(of: projectPath) + "/exports/"
      + exportFileName(forProject: projectPath, language: language.rawValue, suffix: suffix)
  }

  /// Writes `text` to ``exportPath(forProject:language:suffix:)``, making the folder;
  /// returns the path written.
  @discardableResult
  public static func writeExport(
    _ text: String, forProject projectPath: String, language: Language, suffix: String
  ) throws(StoreError) -> String {
    let target = exportPath(forProject: projectPath, language: language, suffix: suffix)
    try FilePaths.makeFolder(FilePaths.folder(of: target))
    if !FilePaths.isFolder(FilePaths.folder(of: target)) {
      throw StoreError(
        .cannotCreate, FilePaths.folder(of: target), "cannot export: it is not a folder",
        problem: .notFolder)
    }
    try AtomicFile.write(Array(text.utf8), to: target, keepBackup: false)
    return target
  }
}
