import Foundation
import Testing

@testable import ShinsaCore

/// The input journal: typing not yet in the project, written whole and read back.
@Suite struct InputJournalTests {
  private func folder() throws -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent(
      "shinsa-input-\(UUID().uuidString)"
    ).path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }

  static let samples: [PendingInput] = [
    PendingInput(kind: .disclosure, subject: "purpose", language: .ja, text: "与信\n二行目\t\"引用\""),
    PendingInput(kind: .plan, subject: "objective", language: .en, text: ""),
    PendingInput(kind: .note, subject: "sector", text: "ask \\ legal", option: "private"),
    PendingInput(kind: .evidence, subject: "novel", text: "patent JP-123"),
    PendingInput(kind: .stepNote, subject: "consult", text: "called the desk"),
    PendingInput(kind: .stepDate, subject: "consult", text: "2026-12-0"),
    PendingInput(kind: .reason, subject: "model", text: "trade secret", option: "withheld"),
    PendingInput(kind: .answer, subject: "people_affected", text: "12,000"),
    PendingInput(kind: .newProject, subject: "", text: "acme", more: ["Acme K.K.", ""]),
    PendingInput(
      kind: .disclosure, subject: "redress", language: .en, text: "before",
      externalFile: "/tmp/shinsa-edit-x/redress-en.txt"),
    PendingInput(kind: .planReason, subject: "apa-art27", text: "Signed off", option: "met"),
    PendingInput(kind: .planEvidence, subject: "apa-art27", text: "evidence/dpia.pdf"),
    PendingInput(
      kind: .planAction, subject: "apa-art27", text: "2026-12", option: "due",
      more: ["Write the DPIA", "Hanako"]),
  ]

  @Test(arguments: samples) func encodesAndDecodesEveryKind(_ input: PendingInput) {
    #expect(InputJournal.decode(Array(InputJournal.encode(input).utf8)) == input)
  }

  @Test func refusesWhatIsNotAnInputJournal() {
    for text in [
      "", "{", "[]", "{\"input\":2,\"kind\":\"note\",\"subject\":\"a\",\"text\":\"b\"}",
      "{\"input\":1,\"kind\":\"poem\",\"subject\":\"a\",\"text\":\"b\"}",
      "{\"input\":1,\"kind\":\"note\",\"subject\":\"a\"}",
      // A torn write (the file is replaced by rename, but a copy could be cut short).
      String(InputJournal.encode(Self.samples[0]).dropLast(12)),
    ] {
      #expect(InputJournal.decode(Array(text.utf8)) == nil, "\(text)")
    }
  }

  @Test func writesPrivatelyReplacesWholeAndRemoves() throws {
    let folder = try folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let project = folder + "/bank.shinsa.json"
    let path = InputJournal.path(for: project)
    #expect(path == folder + "/.bank.shinsa.json.input")
    try InputJournal.write(Self.samples[0], to: path)
    #expect(FilePaths.mode(path) == 0o600)
    #expect(InputJournal.read(at: path) == Self.samples[0])
    try InputJournal.write(Self.samples[3], to: path)
    #expect(InputJournal.read(at: path) == Self.samples[3])
    #expect(!FilePaths.exists(path + ".tmp"))
    InputJournal.remove(at: path)
    #expect(!FilePaths.exists(path))
    #expect(InputJournal.read(at: path) == nil)
  }

  @Test func neverWritesThroughASymbolicLink() throws {
    let folder = try folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = InputJournal.path(for: folder + "/bank.shinsa.json")
    let target = folder + "/elsewhere.txt"
    try "untouched".write(toFile: target, atomically: false, encoding: .utf8)
    symlink(target, path + ".tmp")
    // The planted temporary is removed, never followed; the target keeps its text.
    try InputJournal.write(Self.samples[3], to: path)
    #expect(try String(contentsOfFile: target, encoding: .utf8) == "untouched")
    unlink(path)
    symlink(target, path)
    #expect(InputJournal.read(at: path) == nil, "a link is not read as a journal")
  }

  @Test func theExternalEditorsFileIsTheText() throws {
    let base = try folder()
    defer { try? FileManager.default.removeItem(atPath: base) }
    let editFolder = base + "/shinsa-edit-abc"
    try FileManager.default.createDirectory(atPath: editFolder, withIntermediateDirectories: true)
    let file = editFolder + "/purpose-en.txt"
    try "edited in vi\nsecond line\n\n".write(toFile: file, atomically: false, encoding: .utf8)
    let input = PendingInput(
      kind: .disclosure, subject: "purpose", language: .en, text: "before", externalFile: file)
    #expect(input.withExternalText().text == "edited in vi\nsecond line")
    // The journal's removal takes the editor's file and its folder with it.
    let path = InputJournal.path(for: base + "/bank.shinsa.json")
    try InputJournal.write(input, to: path)
    InputJournal.remove(at: path)
    #expect(!FilePaths.exists(file))
    #expect(!FilePaths.exists(editFolder))
    // Gone: the record's own text is all there is.
    #expect(input.withExternalText().text == "before")
  }

  @Test func savedTypingIsRecognised() {
    var document = ProjectDocument(
      rulebook: Support.rulebook, client: "c", system: "s", assessor: "",
      now: "2026-11-01T00:00:00Z")
    document.disclosure["purpose"] = DisclosureDraft()
    document.disclosure["purpose"]?.ja = "与信"
    document.disclosure["model"] = DisclosureDraft()
    document.disclosure["model"]?.reason = "secret"
    document.sandbox.plan["objective"] = DisclosureDraft()
    document.sandbox.plan["objective"]?.en = "Show it"
    document.meta["sector"] = QuestionMeta(note: "ask", notePrivate: false, followUp: false)
    document.sandbox.checklist["novel"] = ChecklistItem(evidence: "patent")
    document.sandbox.steps["consult"] = ProcessStep(date: "2026-12-01", note: "called")
    document.answers["people_affected"] = .number(1200)
    document.answers["system_purpose"] = .text("Scoring")
    document.plan.obligations["apa-art27"] = ObligationRecord(
      status: .gap, reason: "No DPIA yet", updated: "2026-11-01T00:00:00Z", basis: "")
    let saved: [PendingInput] = [
      PendingInput(kind: .disclosure, subject: "purpose", language: .ja, text: "与信"),
      PendingInput(kind: .disclosure, subject: "purpose", language: .en, text: ""),
      PendingInput(kind: .disclosure, subject: "unknown-field", language: .en, text: ""),
      PendingInput(kind: .reason, subject: "model", text: "secret"),
      PendingInput(kind: .plan, subject: "objective", language: .en, text: "Show it"),
      PendingInput(kind: .note, subject: "sector", text: "ask"),
      PendingInput(kind: .evidence, subject: "novel", text: "patent"),
      PendingInput(kind: .stepDate, subject: "consult", text: "2026-12-01"),
      PendingInput(kind: .stepNote, subject: "consult", text: "called"),
      PendingInput(kind: .answer, subject: "people_affected", text: "1200"),
      PendingInput(kind: .answer, subject: "system_purpose", text: "Scoring"),
      PendingInput(kind: .answer, subject: "model_name", text: ""),
      PendingInput(kind: .planReason, subject: "apa-art27", text: "No DPIA yet", option: "gap"),
      PendingInput(kind: .planReason, subject: "other", text: ""),
      PendingInput(kind: .planEvidence, subject: "apa-art27", text: ""),
    ]
    for input in saved { #expect(input.isSaved(in: document), "\(input)") }
    let unsaved: [PendingInput] = [
      PendingInput(kind: .disclosure, subject: "purpose", language: .ja, text: "与信審査"),
      PendingInput(kind: .disclosure, subject: "purpose", language: .en, text: "x"),
      PendingInput(kind: .reason, subject: "model", text: "secre"),
      PendingInput(kind: .plan, subject: "objective", language: .ja, text: "Show it"),
      PendingInput(kind: .note, subject: "sector", text: "ask more"),
      PendingInput(kind: .evidence, subject: "novel", text: "patent JP"),
      PendingInput(kind: .stepDate, subject: "consult", text: "2026-12-02"),
      PendingInput(kind: .stepNote, subject: "consult", text: "call"),
      PendingInput(kind: .answer, subject: "people_affected", text: "12000"),
      PendingInput(kind: .newProject, subject: "", text: "acme"),
      PendingInput(kind: .planReason, subject: "apa-art27", text: "No DPIA"),
      PendingInput(kind: .planEvidence, subject: "apa-art27", text: "evidence/dpia.pdf"),
      PendingInput(
        kind: .planAction, subject: "apa-art27", text: "", option: "owner", more: ["Write"]),
    ]
    for input in unsaved { #expect(!input.isSaved(in: document), "\(input)") }
  }
}
