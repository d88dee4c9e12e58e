/// A project opened from disk: its document, whether this process may write it, and any
/// unsaved changes a crash left in the recovery journal.
public final class OpenProject: @unchecked Sendable {
  public let path: String
  public let rulebook: Rulebook
  /// The document as it is now in memory.
  public private(set) var document: ProjectDocument
  /// Why saving is refused, or nil when this process holds the lock and may save.
  public let readOnlyReason: ReadOnlyReason?
  /// True when saving is refused: opened for review, another shinsa holds the project, or the
  /// folder is not writable.
  public var readOnly: Bool { readOnlyReason != nil }
  /// The process id holding the lock, when known.
  public let lockHolder: Int32?
  /// The schema version the file was migrated from on reading, if any.
  public let migratedFrom: Int?
  /// Unsaved changes found in the recovery journal: offer them, then ``recover()`` or ``discardRecovery()``.
  public private(set) var pendingRecovery: ProjectDocument?

  private var lock: ProjectLock?
  private var savedBytes: [UInt8]
  private var journalSequence = 0

  /// Opens the project at `path`. A second instance gets a read-only project that says so.
  /// With `readOnly` (reviewer mode) no lock is taken and nothing is ever written: no lock
  /// file, no recovery journal, no clean-up of temporaries.
  public init(path: String, rulebook: Rulebook, readOnly review: Bool = false) throws(StoreError) {
    // Work on the real file: a symbolic link must not bypass the lock or be replaced by a save.
    let path = FilePaths.resolved(path)
    self.path = path
    self.rulebook = rulebook
    if !FilePaths.exists(path) {
      throw StoreError(.noInput, path, "no such file", problem: .noSuchFile)
    }
    if FilePaths.isFolder(path) {
      throw StoreError(.noInput, path, "is a folder, not a file", problem: .isFolder)
    }
    if review {
      lock = nil
      lockHolder = nil
      readOnlyReason = .review
    } else {
      let acquired = try ProjectLock.acquire(for: path)
      lock = acquired.lock
      lockHolder = acquired.holder
      readOnlyReason =
        acquired.lock != nil
        ? nil : acquired.holder != nil ? .heldByOther(acquired.holder) : .notWritable
    }
    // The lock is taken before reading, so no other shinsa can save between read and lock.
    let bytes: [UInt8]
    do {
      bytes = try FileLimits.read(path: path, maximumBytes: ProjectCodec.maximumBytes)
    } catch {
      throw StoreError(
        error.isMissingOrUnreadable ? .noInput : .data, path, error.message, problem: error.problem)
    }
    let decoded: ProjectCodec.Decoded
    do {
      decoded = try ProjectCodec.decode(bytes, file: path, rulebook: rulebook)
    } catch {
      throw ProjectFile.damaged(error, path: path)
    }
    document = decoded.document
    migratedFrom = decoded.migratedFrom
    savedBytes = bytes
    if !readOnly { AtomicFile.removeAbandonedTemporaries(for: path) }
    if !readOnly,
      let (recovered, sequence) = RecoveryJournal.latest(
        projectPath: path, savedBytes: bytes, rulebook: rulebook)
    {
      if recovered != document { pendingRecovery = recovered }
      journalSequence = sequence
    } else if !readOnly {
      RecoveryJournal.remove(projectPath: path)
    }
  }

  /// A sentence for the user when the project opened read-only.
  public var readOnlyNotice: String? {
    guard let readOnlyReason else { return nil }
    if readOnlyReason == .review {
      return "\(FilePaths.name(of: path)) opened read-only for review: nothing will be saved."
    }
    if let lockHolder {
      return
        "\(FilePaths.name(of: path)) is open in another shinsa (process \(lockHolder)); opened read-only."
    }
    return
      "\(FilePaths.name(of: path)) cannot be locked for writing (is the folder read-only?); opened read-only."
  }

  /// Replaces the in-memory document and, with `journal`, records it in the recovery journal
  /// (fsynced) so it survives a crash before the next save. One-shot commands that save at
  /// once pass `journal: false`.
  public func update(_ document: ProjectDocument, journal: Bool = true) throws(StoreError) {
    guard !readOnly else {
      throw StoreError(.cannotCreate, path, readOnlyNotice ?? "the project is read-only")
    }
    guard document != self.document else { return }
    self.document = document
    guard journal else { return }
    journalSequence += 1
    try RecoveryJournal.append(
      document, projectPath: path, baseBytes: savedBytes, sequence: journalSequence)
  }

  /// Applies `change` to the document with `modified` stamped and the change logged, and journals it.
  public func change(
    _ kind: String, subject: String = "", from: String? = nil, to: String? = nil,
    at now: String = Timestamp.now(), journal: Bool = true,
    _ body: (inout ProjectDocument) -> Void
  ) throws(StoreError) {
    var copy = document
    body(&copy)
    guard copy != document else { return }
    copy.metadata.modified = now
    copy.changeLog.append(ChangeLogEntry(at: now, kind: kind, subject: subject, from: from, to: to))
    try update(copy, journal: journal)
  }

  /// Appends the in-memory document to the recovery journal (after a failed save), so the
  /// next open can offer it back.
  public func journalUnsaved() throws(StoreError) {
    guard !readOnly else { return }
    journalSequence += 1
    try RecoveryJournal.append(
      document, projectPath: path, baseBytes: savedBytes, sequence: journalSequence)
  }

  /// Takes the journal's unsaved changes as the document (then save).
  public func recover() throws(StoreError) {
    guard let recovered = pendingRecovery else { return }
    let previous = document
    document = recovered
    self.pendingRecovery = nil
    do {
      try save()
    } catch {
      // Keep the offer and the journal: nothing recovered is lost if the save fails.
      document = previous
      self.pendingRecovery = recovered
      throw error
    }
  }

  /// Drops the journal's unsaved changes.
  public func discardRecovery() {
    pendingRecovery = nil
    RecoveryJournal.remove(projectPath: path)
  }

  /// Saves atomically (temporary file, fsync, backup of the previous version, rename, fsync
  /// of the folder) and clears the journal. Saving an unchanged project writes nothing.
  public func save() throws(StoreError) {
    guard !readOnly else {
      throw StoreError(.cannotCreate, path, readOnlyNotice ?? "the project is read-only")
    }
    let bytes = Array(ProjectCodec.encode(document).utf8)
    if bytes != savedBytes {
      // The file was opened through its real path; a symbolic link put in its place since
      // then (by a sync client, a script, another user) must not be replaced or followed.
      if FilePaths.isSymbolicLink(path) {
        throw StoreError(
          .cannotCreate, path,
          "cannot save: the file was replaced by a symbolic link after it was opened; nothing was written, and the link and what it points to were left alone"
        )
      }
      try AtomicFile.write(bytes, to: path, keepBackup: true)
      savedBytes = bytes
    }
    if pendingRecovery == nil {
      RecoveryJournal.remove(projectPath: path)
      journalSequence = 0
    }
  }

  /// Releases the lock and removes its file (ours, still locked by us while it goes).
  /// Unsaved changes stay in the journal.
  public func close() {
    lock?.release(removingFile: true)
    lock = nil
  }
}
