import Foundation
import Testing

@testable import ShinsaCore

/// Archive, duplicate and export paths: what the workbench's runner asks the store to do.
@Suite struct ProjectStoreFilesTests {
  private func temporaryStore() -> ProjectStore {
    ProjectStore(
      directory: FileManager.default.temporaryDirectory.appendingPathComponent(
        "shinsa-files-\(UUID().uuidString)"
      ).path)
  }

  private func document() -> ProjectDocument {
    ProjectDocument(
      rulebook: Support.rulebook, client: "Hikari", system: "Scoring", assessor: "",
      now: "2026-12-01T00:00:00Z")
  }

  private func bytes(_ path: String) throws -> [UInt8] {
    Array(try Data(contentsOf: URL(fileURLWithPath: path)))
  }

  @Test func archiveMovesTheProjectWithItsBackupAndJournal() throws {
    let store = temporaryStore()
    defer { try? FileManager.default.removeItem(atPath: store.directory) }
    let path = try store.create(name: "hikari", document: document())
    let saved = try bytes(path)
    try AtomicFile.write(saved, to: AtomicFile.backupPath(for: path), keepBackup: false)
    try AtomicFile.write(Array("{}".utf8), to: RecoveryJournal.path(for: path), keepBackup: false)
    let target = try store.archive(path)
    #expect(target == store.directory + "/archive/hikari.shinsa.json")
    #expect(!FilePaths.exists(path))
    #expect(try bytes(target) == saved)
    #expect(FilePaths.exists(AtomicFile.backupPath(for: target)))
    #expect(FilePaths.exists(RecoveryJournal.path(for: target)))
    #expect(!FilePaths.exists(AtomicFile.backupPath(for: path)))
    #expect(!FilePaths.exists(ProjectLock.lockPath(for: path)))
    #expect(store.list(rulebook: Support.rulebook).isEmpty)
  }

  @Test func archiveRefusesAProjectOpenInAnotherShinsa() throws {
    let store = temporaryStore()
    defer { try? FileManager.default.removeItem(atPath: store.directory) }
    let path = try store.create(name: "held", document: document())
    let open = try OpenProject(path: path, rulebook: Support.rulebook)
    defer { open.close() }
    #expect(throws: ArchiveError.openElsewhere(path: path, holder: getpid())) {
      try store.archive(path)
    }
    #expect(FilePaths.exists(path))
    let error = ArchiveError.openElsewhere(path: path, holder: 42)
    #expect(
      error.message(.en)
        == "held.shinsa.json is open in another shinsa (process 42); close it there first.")
    #expect(error.message(.ja).hasPrefix("held.shinsa.json は別の shinsa (process 42) で"))
  }

  @Test func archiveRefusesWhenTheArchiveHoldsTheName() throws {
    let store = temporaryStore()
    defer { try? FileManager.default.removeItem(atPath: store.directory) }
    let path = try store.create(name: "twice", document: document())
    let saved = try bytes(path)
    try FilePaths.makeFolder(store.archiveDirectory)
    let target = store.archiveDirectory + "/twice.shinsa.json"
    try AtomicFile.write(Array("older".utf8), to: target, keepBackup: false)
    #expect(throws: ArchiveError.alreadyArchived(target: target)) { try store.archive(path) }
    #expect(try bytes(path) == saved)
    #expect(try bytes(target) == Array("older".utf8))
    #expect(
      ArchiveError.alreadyArchived(target: target).message(.en)
        == "\(target): an archived project with this name already exists.")
  }

  @Test func archiveSaysWhenTheArchiveFolderCannotBeMade() throws {
    let store = temporaryStore()
    defer { try? FileManager.default.removeItem(atPath: store.directory) }
    let path = try store.create(name: "blocked", document: document())
    // A file where the archive folder should be: nothing can be moved into it.
    try AtomicFile.write(Array("x".utf8), to: store.archiveDirectory, keepBackup: false)
    do {
      try store.archive(path)
      Issue.record("archived into a file")
    } catch {
      guard case .store(let failure) = error else {
        Issue.record("unexpected \(error)")
        return
      }
      #expect(failure.kind == .cannotCreate)
      #expect(error.message(.en) == "\(store.archiveDirectory): cannot archive: it is not a folder")
    }
    #expect(FilePaths.exists(path))
  }

  @Test func duplicateTakesTheFirstFreeNameAndNotesTheOrigin() throws {
    let store = temporaryStore()
    defer { try? FileManager.default.removeItem(atPath: store.directory) }
    let path = try store.create(name: "base", document: document())
    #expect(store.duplicateName(of: "base") == "base-copy")
    let first = try store.duplicate(path, rulebook: Support.rulebook, now: "2026-12-02T00:00:00Z")
    let second = try store.duplicate(path, rulebook: Support.rulebook, now: "2026-12-02T00:00:00Z")
    let third = try store.duplicate(path, rulebook: Support.rulebook, now: "2026-12-02T00:00:00Z")
    #expect([first, second, third] == ["base-copy", "base-copy-2", "base-copy-3"])
    let copy = try ProjectFile.read(path: store.path(forName: second), rulebook: Support.rulebook)
    #expect(
      copy.document.changeLog.last
        == ChangeLogEntry(
          at: "2026-12-02T00:00:00Z", kind: "duplicated", subject: "base", to: "base-copy-2"))
    #expect(copy.document.metadata.client == "Hikari")
  }

  @Test func duplicateOfAMissingOrDamagedProjectNamesTheFile() throws {
    let store = temporaryStore()
    defer { try? FileManager.default.removeItem(atPath: store.directory) }
    let missing = store.path(forName: "gone")
    #expect(throws: StoreError.self) {
      try store.duplicate(missing, rulebook: Support.rulebook, now: "2026-12-02T00:00:00Z")
    }
    try FilePaths.makeFolder(store.directory)
    let damaged = store.path(forName: "damaged")
    try AtomicFile.write(Array("{".utf8), to: damaged, keepBackup: false)
    do {
      try store.duplicate(damaged, rulebook: Support.rulebook, now: "2026-12-02T00:00:00Z")
      Issue.record("duplicated a damaged file")
    } catch {
      #expect(error.kind == .data)
      #expect(error.description.hasPrefix(damaged + ":"))
    }
    #expect(!FilePaths.exists(store.path(forName: "damaged-copy")))
  }

  @Test func exportPathsSitInTheExportsFolderBesideTheProject() throws {
    #expect(
      ProjectStore.exportFileName(
        forProject: "/p/hikari.shinsa.json", part: "disclosure", language: "both", suffix: "html")
        == "hikari-disclosure-both.html")
    #expect(
      ProjectStore.exportPath(forProject: "/p/hikari.shinsa.json", language: .ja, suffix: "md")
        == "/p/exports/hikari-report-ja.md")
    let store = temporaryStore()
    defer { try? FileManager.default.removeItem(atPath: store.directory) }
    let path = try store.create(name: "out", document: document())
    let written = try ProjectStore.writeExport(
      "# Report\n", forProject: path, language: .en, suffix: "md")
    #expect(written == store.directory + "/exports/out-report-en.md")
    #expect(try bytes(written) == Array("# Report\n".utf8))
    // Written again, the file is replaced.
    try ProjectStore.writeExport("# Again\n", forProject: path, language: .en, suffix: "md")
    #expect(try bytes(written) == Array("# Again\n".utf8))
  }

  @Test func exportIntoAFileWhereTheFolderShouldBeNamesIt() throws {
    let store = temporaryStore()
    defer { try? FileManager.default.removeItem(atPath: store.directory) }
    let path = try store.create(name: "blocked", document: document())
    try AtomicFile.write(Array("x".utf8), to: store.directory + "/exports", keepBackup: false)
    do {
      try ProjectStore.writeExport("text", forProject: path, language: .en, suffix: "md")
      Issue.record("exported into a file")
    } catch {
      #expect(error.kind == .cannotCreate)
      #expect(error.description == "\(store.directory)/exports: cannot export: it is not a folder")
    }
  }
}
