import Foundation
import Testing

@testable import ShinsaCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Faults injected into the project store in-process: torn recovery journals, symbolic links
/// planted beside or in place of a project, and the files' permissions after every save.
/// After each fault: every file loads, nothing acknowledged is lost, and the error names the
/// file and says what went wrong.
@Suite struct StoreFaultTests {
  /// A new project in a fresh folder (created by the store, so 0700); returns (folder, path).
  private func newProject() throws -> (folder: String, path: String) {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "shinsa-fault-\(UUID().uuidString)"
    ).path
    var document = ProjectDocument(
      rulebook: Support.rulebook, client: "Hokuto Bank", system: "Credit scoring",
      assessor: "A. Sato", now: "2026-11-25T10:00:00Z")
    document.answers = Support.bank
    document.answers["people_affected"] = .number(0)
    let path = try ProjectStore(directory: folder + "/projects").create(
      name: "fault", document: document)
    return (folder, path)
  }

  private func value(_ document: ProjectDocument?) -> Int {
    if case .number(let number)? = document?.answers["people_affected"] { return number }
    return -1
  }

  private func setValue(_ project: OpenProject, _ next: Int, journal: Bool = true)
    throws(StoreError)
  {
    try project.change("answer", subject: "people_affected", to: String(next), journal: journal) {
      $0.answers["people_affected"] = .number(next)
    }
  }

  private func bytes(_ path: String) -> [UInt8] {
    (try? FileLimits.read(path: path, maximumBytes: 64 * 1024 * 1024)) ?? []
  }

  private func isLink(_ path: String) -> Bool {
    var info = stat()
    return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK
  }

  private func write(_ bytes: [UInt8], to path: String) throws {
    try Data(bytes).write(to: URL(fileURLWithPath: path))
  }

  // MARK: Torn journals

  /// A kill in the middle of a journal append leaves a torn last line. Cut the journal at
  /// random byte offsets: the next open offers the last intact state, and a change made and
  /// journaled after that open (then "killed": closed without saving) is offered back too.
  @Test func journalTornAtRandomOffsetsLosesNothingAcknowledged() throws {
    let (folder, path) = try newProject()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let rulebook = Support.rulebook
    let writer = try OpenProject(path: path, rulebook: rulebook)
    for next in 1...3 { try setValue(writer, next) }
    writer.close()
    let journalPath = RecoveryJournal.path(for: path)
    let journal = bytes(journalPath)
    let lineEnds = journal.indices.filter { journal[$0] == 0x0A }.map { $0 + 1 }
    #expect(lineEnds.count == 4, "a header and three states")

    let seed = Seeds.seed(1)
    var random = Seeds.generator(seed)
    var offsets = [0, 1, journal.count - 1, journal.count] + lineEnds + lineEnds.map { $0 - 1 }
    for _ in 0..<40 { offsets.append(Int.random(in: 0...journal.count, using: &random)) }
    for offset in offsets {
      let label = "cut at \(offset) of \(journal.count) (\(Seeds.label(seed)))"
      try write(Array(journal[0..<offset]), to: journalPath)
      // The lines that are intact (a line that lost only its newline still is).
      let complete = lineEnds.filter { $0 - 1 <= offset }.count
      let expected = complete >= 2 ? complete - 1 : 0
      let reopened = try OpenProject(path: path, rulebook: rulebook)
      #expect(value(reopened.pendingRecovery ?? reopened.document) == expected, "\(label)")
      // Acknowledge one more change after the torn line, then "crash".
      try setValue(reopened, 100 + offset)
      reopened.close()
      let again = try OpenProject(path: path, rulebook: rulebook)
      #expect(value(again.pendingRecovery) == 100 + offset, "\(label): a later change was lost")
      again.close()
      // The project file itself was never touched.
      _ = try ProjectFile.read(path: path, rulebook: rulebook)
    }
  }

  // MARK: Symbolic links

  /// The project file replaced by a symbolic link between open and save: the save is refused
  /// with a sentence naming the file, the link's target is not touched, and the change is
  /// still in the journal once the file is put back.
  @Test func projectReplacedBySymbolicLinkIsNotFollowedOrReplaced() throws {
    let (folder, path) = try newProject()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let victim = folder + "/unrelated.txt"
    let victimBytes = Array("someone else's file\n".utf8)
    try write(victimBytes, to: victim)
    let original = bytes(path)

    let project = try OpenProject(path: path, rulebook: Support.rulebook)
    try setValue(project, 41)
    // Someone (a sync client, a script) swaps the file for a link.
    let aside = folder + "/aside.json"
    #expect(rename(path, aside) == 0)
    #expect(symlink(victim, path) == 0)
    var caught: StoreError?
    do { try project.save() } catch { caught = error }
    project.close()
    let error = try #require(caught, "a save through a planted link was not refused")
    #expect(error.exitStatus == 73)
    #expect(error.description.contains(path), "\(error.description)")
    #expect(error.description.contains("replaced by a symbolic link"), "\(error.description)")
    #expect(bytes(victim) == victimBytes, "the link's target was changed")
    #expect(isLink(path), "the link was replaced")
    #expect(!FilePaths.exists(AtomicFile.backupPath(for: path)), "a backup was made of the link")

    // Put the real file back: it is as it was, and the journal still offers the change.
    #expect(unlink(path) == 0)
    #expect(rename(aside, path) == 0)
    #expect(bytes(path) == original)
    let reopened = try OpenProject(path: path, rulebook: Support.rulebook)
    #expect(value(reopened.pendingRecovery) == 41)
    reopened.close()
  }

  /// A journal or lock file replaced by a link to another file: shinsa writes nothing through
  /// it and says which file is the problem.
  @Test func plantedJournalAndLockLinksAreNotFollowed() throws {
    let (folder, path) = try newProject()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let victim = folder + "/unrelated.txt"
    let victimBytes = Array("keep me\n".utf8)
    try write(victimBytes, to: victim)

    // The journal.
    let project = try OpenProject(path: path, rulebook: Support.rulebook)
    #expect(symlink(victim, RecoveryJournal.path(for: path)) == 0)
    var journalError: StoreError?
    do { try setValue(project, 7) } catch { journalError = error }
    project.close()
    let error = try #require(journalError, "a journal append through a link was not refused")
    #expect(error.exitStatus == 74)
    #expect(error.description.contains(path), "\(error.description)")
    #expect(error.description.contains("recovery journal"), "\(error.description)")
    #expect(error.description.contains("symbolic link"), "\(error.description)")
    #expect(bytes(victim) == victimBytes, "the journal was appended to the link's target")
    #expect(unlink(RecoveryJournal.path(for: path)) == 0)

    // The lock (whose holder's id is written into it after truncating).
    let lockPath = ProjectLock.lockPath(for: path)
    unlink(lockPath)
    #expect(symlink(victim, lockPath) == 0)
    var lockError: StoreError?
    do { _ = try OpenProject(path: path, rulebook: Support.rulebook) } catch { lockError = error }
    let refusal = try #require(lockError, "a lock file that is a link was followed")
    #expect(refusal.exitStatus == 73)
    #expect(refusal.description.contains(path), "\(refusal.description)")
    #expect(refusal.description.contains("lock file"), "\(refusal.description)")
    #expect(refusal.description.contains("symbolic link"), "\(refusal.description)")
    #expect(bytes(victim) == victimBytes, "the lock truncated the link's target")
    _ = try ProjectFile.read(path: path, rulebook: Support.rulebook)
  }

  // MARK: Confidentiality

  /// Saves in a loop, widening the project file's permissions now and then as a user or a
  /// tool might: after every save the project, its backup, journal and lock are 0600 and the
  /// folder the store created is 0700.
  @Test func everySaveLeavesPrivatePermissions() throws {
    let (folder, path) = try newProject()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let projects = FilePaths.folder(of: path)
    let project = try OpenProject(path: path, rulebook: Support.rulebook)
    defer { project.close() }
    var checked = 0
    for next in 1...60 {
      if next % 5 == 0 { chmod(path, 0o644) }
      if next % 7 == 0 { chmod(AtomicFile.backupPath(for: path), 0o644) }
      if next % 10 == 4 { chmod(RecoveryJournal.path(for: path), 0o644) }
      try setValue(project, next, journal: next % 2 == 0)
      if next % 3 != 0 {
        // A journaled change not yet saved: the journal is private too.
        if FilePaths.exists(RecoveryJournal.path(for: path)) {
          #expect(FilePaths.mode(RecoveryJournal.path(for: path)) == 0o600, "journal at \(next)")
        }
        continue
      }
      try project.save()
      checked += 1
      #expect(FilePaths.mode(path) == 0o600, "project after save \(next)")
      #expect(
        FilePaths.mode(AtomicFile.backupPath(for: path)) == 0o600, "backup after save \(next)")
      #expect(FilePaths.mode(ProjectLock.lockPath(for: path)) == 0o600, "lock after save \(next)")
      #expect(FilePaths.mode(projects) == 0o700, "folder after save \(next)")
      #expect(!FilePaths.exists(RecoveryJournal.path(for: path)))
      #expect(value(try ProjectFile.read(path: path, rulebook: Support.rulebook).document) == next)
    }
    #expect(checked == 20)
  }
}
