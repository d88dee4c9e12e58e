import Foundation
import Testing

@testable import ShinsaCore

@Suite struct ProjectStoreTests {
  private func temporaryFolder() throws -> String {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "shinsa-store-\(UUID().uuidString)")
    return url.path
  }

  private func bytes(_ path: String) throws -> [UInt8] {
    Array(try Data(contentsOf: URL(fileURLWithPath: path)))
  }

  /// A document using every part of the format.
  private func richDocument() -> ProjectDocument {
    var document = ProjectDocument(
      rulebook: Support.rulebook, client: "北都銀行 \"quoted\"", system: "Credit\nscoring",
      assessor: "A. Sato",
      now: "2026-11-25T10:00:00Z")
    document.answers = Support.bank
    document.answers["system_purpose"] = .text("与信判断を自動化する。")
    document.answers["offered_in_eu"] = .unknown
    document.meta["role"] = QuestionMeta(
      note: "confirm with legal", notePrivate: true, followUp: true, confidence: .low)
    document.meta["sector"] = QuestionMeta(note: "retail only")
    document.current = "role"
    document.path = ["sector", "use_case", "role"]
    document.disclosure["ai-use"] = DisclosureDraft(
      state: .done, en: "We use AI.", ja: "AIを使用しています。")
    document.disclosure["training-data"] = DisclosureDraft(state: .withheld, reason: "trade secret")
    document.sandbox.checklist["novel"] = ChecklistItem(state: .yes, evidence: "patent filed")
    document.sandbox.plan["objective"] = DisclosureDraft(state: .draft, en: "Test it", ja: "")
    document.sandbox.steps["pre-consultation"] = ProcessStep(date: "2026-11-01", note: "desk met")
    document.lastAssessment = AssessmentSnapshot(
      Support.assess(document.answers), at: "2026-11-25T10:00:00Z")
    document.changeLog.append(
      ChangeLogEntry(
        at: "2026-11-25T10:05:00Z", kind: "answer", subject: "role", from: nil, to: "provider"))
    return document
  }

  @Test func roundTripsEveryPartAndEncodesIdentically() throws {
    let document = richDocument()
    let text = ProjectCodec.encode(document)
    let decoded = try ProjectCodec.decode(
      Array(text.utf8), file: "p.json", rulebook: Support.rulebook)
    #expect(decoded.document == document)
    #expect(decoded.migratedFrom == nil)
    #expect(ProjectCodec.encode(decoded.document) == text)
    #expect(text.contains("北都銀行"))
    #expect(text.contains("与信判断"))
    #expect(text.hasSuffix("}\n"))
  }

  @Test func projectFileIsAlsoAnAnswersFile() throws {
    let text = ProjectCodec.encode(richDocument())
    let answers = try AnswersFile.parse(
      Array(text.utf8), fileName: "p.json", rulebook: Support.rulebook)
    #expect(answers["sector"] == .choices(["finance"]))
  }

  @Test func savesAtomicallyWithBackupAndPermissions() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let store = ProjectStore(directory: folder + "/nested/projects")
    let path = try store.create(name: "client", document: richDocument())
    #expect(FilePaths.mode(store.directory) == 0o700)
    #expect(FilePaths.mode(path) == 0o600)
    let first = try bytes(path)
    let project = try OpenProject(path: path, rulebook: Support.rulebook)
    defer { project.close() }
    try project.change("answer", subject: "role", to: "developer", at: "2026-11-26T00:00:00Z") {
      $0.answers["role"] = .choice("developer")
    }
    try project.save()
    #expect(try bytes(AtomicFile.backupPath(for: path)) == first)
    #expect(FilePaths.mode(AtomicFile.backupPath(for: path)) == 0o600)
    #expect(FilePaths.mode(path) == 0o600)
    let reread = try ProjectFile.read(path: path, rulebook: Support.rulebook).document
    #expect(reread.answers["role"] == .choice("developer"))
    #expect(reread.metadata.modified == "2026-11-26T00:00:00Z")
    #expect(reread.changeLog.last?.to == "developer")
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: store.directory).filter {
      $0.contains(".tmp-")
    }
    #expect(leftovers.isEmpty)
  }

  @Test func savingAnUnchangedProjectLeavesTheFileIdentical() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = try ProjectStore(directory: folder).create(name: "same", document: richDocument())
    let before = try bytes(path)
    let project = try OpenProject(path: path, rulebook: Support.rulebook)
    try project.save()
    // The same value again: no change.
    try project.change("answer", subject: "role") { $0.answers["role"] = .choice("provider") }
    try project.save()
    project.close()
    #expect(try bytes(path) == before)
    #expect(!FilePaths.exists(AtomicFile.backupPath(for: path)))
  }

  @Test func secondInstanceOpensReadOnlyAndSaysSo() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = try ProjectStore(directory: folder).create(name: "locked", document: richDocument())
    let first = try OpenProject(path: path, rulebook: Support.rulebook)
    let second = try OpenProject(path: path, rulebook: Support.rulebook)
    #expect(!first.readOnly)
    #expect(second.readOnly)
    #expect(second.lockHolder == getpid())
    #expect(second.readOnlyNotice?.contains("open in another shinsa") == true)
    #expect(throws: StoreError.self) { try second.save() }
    first.close()
    let third = try OpenProject(path: path, rulebook: Support.rulebook)
    #expect(!third.readOnly)
    third.close()
  }

  @Test func recoversUnsavedChangesAfterASimulatedCrash() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = try ProjectStore(directory: folder).create(name: "crash", document: richDocument())
    let saved = try bytes(path)
    do {
      let project = try OpenProject(path: path, rulebook: Support.rulebook)
      try project.change("answer", subject: "people_affected") {
        $0.answers["people_affected"] = .number(7)
      }
      try project.change("note", subject: "role") { $0.meta["role"]?.note = "after crash" }
      project.close()  // the process "dies" here: no save
    }
    #expect(try bytes(path) == saved)
    let reopened = try OpenProject(path: path, rulebook: Support.rulebook)
    let pending = try #require(reopened.pendingRecovery)
    #expect(pending.answers["people_affected"] == .number(7))
    #expect(pending.meta["role"]?.note == "after crash")
    #expect(reopened.document.answers["people_affected"] == .number(2_000_000))
    try reopened.recover()
    reopened.close()
    #expect(!FilePaths.exists(RecoveryJournal.path(for: path)))
    let final = try ProjectFile.read(path: path, rulebook: Support.rulebook).document
    #expect(final.answers["people_affected"] == .number(7))
  }

  @Test func tornJournalLineIsIgnoredAndStaleJournalDiscarded() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = try ProjectStore(directory: folder).create(name: "torn", document: richDocument())
    let project = try OpenProject(path: path, rulebook: Support.rulebook)
    try project.change("answer", subject: "people_affected") {
      $0.answers["people_affected"] = .number(11)
    }
    try project.change("answer", subject: "people_affected") {
      $0.answers["people_affected"] = .number(12)
    }
    project.close()
    let journal = RecoveryJournal.path(for: path)
    var text = try bytes(journal)
    text.removeLast(40)  // a crash tore the last line
    try Data(text).write(to: URL(fileURLWithPath: journal))
    let reopened = try OpenProject(path: path, rulebook: Support.rulebook)
    #expect(reopened.pendingRecovery?.answers["people_affected"] == .number(11))
    reopened.discardRecovery()
    reopened.close()
    #expect(!FilePaths.exists(journal))
    // A journal written against another version of the file is stale.
    let other = try OpenProject(path: path, rulebook: Support.rulebook)
    try other.change("answer", subject: "role") { $0.answers["role"] = .choice("developer") }
    other.close()
    var changed = try ProjectFile.read(path: path, rulebook: Support.rulebook).document
    changed.metadata.assessor = "someone else"
    try AtomicFile.write(Array(ProjectCodec.encode(changed).utf8), to: path, keepBackup: true)
    let last = try OpenProject(path: path, rulebook: Support.rulebook)
    #expect(last.pendingRecovery == nil)
    last.close()
  }

  @Test func migratesVersionZeroAndKeepsTheOriginalAsBackup() throws {
    let fixture = Support.fixtures.appendingPathComponent("projects/version0.shinsa.json").path
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let path = folder + "/old.shinsa.json"
    try FileManager.default.copyItem(atPath: fixture, toPath: path)
    let original = try bytes(path)
    let project = try OpenProject(path: path, rulebook: Support.rulebook)
    #expect(project.migratedFrom == 0)
    let document = project.document
    #expect(document.metadata.client == "Kita Clinic Group")
    #expect(document.metadata.created == "2025-12-01T09:30:00Z")
    #expect(document.answers["use_case"] == .choices(["diagnosis"]))
    #expect(document.meta["use_case"]?.note == "Flags suspected nodules for the radiologist.")
    #expect(document.meta["cross_border_transfer"]?.followUp == true)
    #expect(document.changeLog.contains { $0.kind == "migrated" })
    #expect(try bytes(path) == original)  // reading never rewrites
    try project.save()
    project.close()
    #expect(try bytes(AtomicFile.backupPath(for: path)) == original)
    let upgraded = try ProjectFile.read(path: path, rulebook: Support.rulebook)
    #expect(upgraded.migratedFrom == nil)
    #expect(upgraded.document.answers == document.answers)
    #expect(Support.assess(upgraded.document.answers).tier == .speciallyDesignated)
  }

  @Test func newerSchemaIsRefusedAndNotTouched() throws {
    var text = ProjectCodec.encode(richDocument())
    text = text.replacingOccurrences(of: "\"schemaVersion\": 1", with: "\"schemaVersion\": 2")
    do {
      _ = try ProjectCodec.decode(Array(text.utf8), file: "new.json", rulebook: Support.rulebook)
      Issue.record("a newer schema was accepted")
    } catch {
      #expect(error.message.contains("written by a newer shinsa"))
      #expect(error.position != nil)
    }
  }

  @Test func createRefusesExistingNamesAndBadNames() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let store = ProjectStore(directory: folder)
    try store.create(name: "one", document: richDocument())
    #expect(throws: StoreError.self) { try store.create(name: "one", document: richDocument()) }
    #expect(ProjectStore.validateName("a/b") != nil)
    #expect(ProjectStore.validateName(".hidden") != nil)
    #expect(ProjectStore.validateName("") != nil)
    #expect(ProjectStore.validateName("株式会社テスト") == nil)
  }

  @Test func listSortsByModifiedAndReportsUnreadableFiles() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let store = ProjectStore(directory: folder)
    var older = richDocument()
    older.metadata.modified = "2026-01-01T00:00:00Z"
    try store.create(name: "older", document: older)
    try store.create(name: "newer", document: richDocument())
    try Data("{broken".utf8).write(to: URL(fileURLWithPath: store.path(forName: "broken")))
    let summaries = store.list(rulebook: Support.rulebook)
    #expect(summaries.map(\.name) == ["newer", "older", "broken"])
    #expect(summaries[0].tier == .speciallyDesignated)
    #expect(summaries[0].followUps == 1)
    #expect(summaries[2].problem?.contains("broken.shinsa.json:1:") == true)
  }

  @Test func defaultDirectoryFollowsXDG() {
    #expect(
      ProjectStore.defaultDirectory(environment: ["XDG_DATA_HOME": "/x/data", "HOME": "/home/u"])
        == "/x/data/shinsa/projects")
    #expect(
      ProjectStore.defaultDirectory(environment: ["HOME": "/home/u"])
        == "/home/u/.local/share/shinsa/projects")
  }

  @Test func timestampsAreValidated() {
    #expect(Timestamp.isValid("2026-11-25T17:00:00Z"))
    #expect(!Timestamp.isValid("2026-13-25T17:00:00Z"))
    #expect(!Timestamp.isValid("yesterday"))
    #expect(Timestamp.isValid(Timestamp.now()))
  }
}

@Suite struct ProjectSymlinkTests {
  @Test func aSymbolicLinkOpensTheRealFileAndShareItsLock() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "shinsa-link-\(UUID().uuidString)"
    ).path
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let store = ProjectStore(directory: folder)
    let document = ProjectDocument(
      rulebook: Support.rulebook, client: "Link", system: "S", assessor: "",
      now: "2026-11-25T10:00:00Z")
    let real = try store.create(name: "real", document: document)
    let link = folder + "/link.shinsa.json"
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: real)
    let first = try OpenProject(path: real, rulebook: Support.rulebook)
    let second = try OpenProject(path: link, rulebook: Support.rulebook)
    #expect(second.readOnly, "the link must share the real file's lock")
    first.close()
    let writer = try OpenProject(path: link, rulebook: Support.rulebook)
    try writer.change("answer", subject: "role") { $0.answers["role"] = .choice("provider") }
    try writer.save()
    writer.close()
    #expect(
      try ProjectFile.read(path: real, rulebook: Support.rulebook).document.answers["role"]
        == .choice("provider"))
    let attributes = try FileManager.default.attributesOfItem(atPath: link)
    #expect(
      attributes[.type] as? FileAttributeType == .typeSymbolicLink,
      "the link was replaced by a copy")
  }
}
