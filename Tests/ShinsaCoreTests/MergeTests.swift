import Foundation
import Testing

@testable import ShinsaCore

/// Three-way merge of projects, one item kind at a time.
@Suite struct MergeTests {
  static let rulebook = Support.rulebook

  /// The demo project with a plan, a checklist entry, a step and a sandbox plan draft.
  static func base() -> ProjectDocument {
    var document = DemoProject.document(rulebook: rulebook, now: "2026-11-25T10:00:00Z")
    document.plan = ProjectSchemaTests.plan()
    document.sandbox.checklist["novel"] = ChecklistItem(state: .yes, evidence: "memo")
    document.sandbox.steps["pre-consultation"] = ProcessStep(date: "2026-11-01", note: "met")
    document.sandbox.plan["objective"] = DisclosureDraft(state: .draft, en: "Test it", ja: "試験")
    return document
  }

  /// A question of `kind` in the rulebook, with two different answers to it.
  static func question(_ kind: QuestionKind) -> (id: String, a: Answer, b: Answer) {
    guard let question = rulebook.questions.first(where: { $0.kind == kind }) else {
      fatalError("the rulebook has no \(kind) question")
    }
    switch kind {
    case .yesno: return (question.id, .bool(true), .bool(false))
    case .single:
      return (question.id, .choice(question.optionValues[0]), .choice(question.optionValues[1]))
    default: return (question.id, .unknown, .text("x"))
    }
  }

  func merge(_ base: ProjectDocument, _ ours: ProjectDocument, _ theirs: ProjectDocument)
    throws -> MergeResult
  {
    try ProjectMerge.merge(base: base, ours: ours, theirs: theirs, rulebook: Self.rulebook)
  }

  /// Checks the three cases for one item: a change on one side only arrives, the same change
  /// on both sides arrives once, and different changes keep ours with a record for `key`.
  func checkItem(
    _ key: String, _ edit: (inout ProjectDocument, Int) -> Void,
    _ read: (ProjectDocument) -> String
  ) throws {
    let base = Self.base()
    var ours = base
    var theirs = base
    edit(&theirs, 1)
    var result = try merge(base, ours, theirs)
    #expect(result.isClean, "\(key): a change on their side only")
    #expect(read(result.document) == read(theirs), "\(key): their change arrives")
    result = try merge(base, theirs, base)
    #expect(result.isClean && read(result.document) == read(theirs), "\(key): ours only")
    edit(&ours, 1)
    result = try merge(base, ours, theirs)
    #expect(result.isClean && read(result.document) == read(ours), "\(key): same change")
    edit(&ours, 2)
    result = try merge(base, ours, theirs)
    #expect(result.newConflicts.map(\.item) == [key], "\(key): different changes")
    #expect(read(result.document) == read(ours), "\(key): ours is kept while open")
    #expect(result.document.conflicts.map(\.item) == [key])
    let record = try #require(result.document.conflicts.first)
    #expect(record.ours.value != record.theirs.value)
    // The record survives the file, and each choice resolves it.
    let text = ProjectCodec.encode(result.document)
    let decoded = try ProjectCodec.decode(Array(text.utf8), file: "m", rulebook: Self.rulebook)
    #expect(decoded.document == result.document, "\(key): the record round-trips")
    for (choice, side) in [(ConflictChoice.ours, ours), (.theirs, theirs), (.base, base)] {
      let resolved = try #require(
        try result.document.resolving(key, with: choice, rulebook: Self.rulebook))
      #expect(resolved.conflicts.isEmpty)
      #expect(read(resolved) == read(side), "\(key): resolving with \(choice)")
    }
  }

  @Test func answers() throws {
    let (id, a, b) = Self.question(.yesno)
    try checkItem("answer:\(id)", { $0.answers[id] = $1 == 1 ? a : b }) {
      $0.answers[id]?.display ?? "-"
    }
    let single = Self.question(.single)
    try checkItem("answer:\(single.id)", { $0.answers[single.id] = $1 == 1 ? single.a : nil }) {
      $0.answers[single.id]?.display ?? "-"
    }
  }

  @Test func questionMeta() throws {
    let id = Self.question(.yesno).id
    try checkItem("note:\(id)", { $0.meta[id, default: QuestionMeta()].note = "note \($1)" }) {
      $0.meta[id]?.note ?? ""
    }
    try checkItem(
      "confidence:\(id)",
      { $0.meta[id, default: QuestionMeta()].confidence = $1 == 1 ? .low : .high }
    ) { $0.meta[id]?.confidence?.rawValue ?? "-" }
  }

  @Test func flagsChangedOnBothSidesAlikeAreOneChange() throws {
    let id = Self.question(.yesno).id
    var ours = Self.base()
    ours.meta[id, default: QuestionMeta()].followUp = true
    var theirs = Self.base()
    theirs.meta[id, default: QuestionMeta()].followUp = true
    theirs.meta[id, default: QuestionMeta()].notePrivate = true
    let result = try merge(Self.base(), ours, theirs)
    #expect(result.isClean)
    #expect(result.document.meta[id]?.followUp == true)
    #expect(result.document.meta[id]?.notePrivate == true)
  }

  @Test func draftLanguagesMergeSeparately() throws {
    let field = "ai-use"
    try checkItem(
      "disclosure:\(field):en",
      {
        $0.disclosure[field, default: DisclosureDraft()].setText(
          "en \($1)", .en, at: "2026-12-0\($1)T00:00:00Z")
      }
    ) { $0.disclosure[field]?.en ?? "" }
    try checkItem(
      "disclosure:\(field):state",
      { $0.disclosure[field]?.state = $1 == 1 ? .notApplicable : .withheld }
    ) { $0.disclosure[field]?.state.rawValue ?? "" }
    // English on one side, Japanese on the other: both arrive, no conflict.
    let base = Self.base()
    var ours = base
    ours.disclosure[field, default: DisclosureDraft()].setText(
      "English", .en, at: "2026-12-01T00:00:00Z")
    var theirs = base
    theirs.disclosure[field, default: DisclosureDraft()].setText(
      "日本語", .ja, at: "2026-12-01T00:00:00Z")
    let result = try merge(base, ours, theirs)
    #expect(result.isClean)
    #expect(result.document.disclosure[field]?.en == "English")
    #expect(result.document.disclosure[field]?.ja == "日本語")
    // The same text typed at different times on both sides is one change, not a conflict.
    var later = base
    later.disclosure[field, default: DisclosureDraft()].setText(
      "English", .en, at: "2026-12-02T00:00:00Z")
    #expect(try merge(base, ours, later).isClean)
    try checkItem(
      "sandboxPlan:objective:ja",
      { $0.sandbox.plan["objective"]?.setText("試験\($1)", .ja, at: "2026-12-01T00:00:00Z") }
    ) { $0.sandbox.plan["objective"]?.ja ?? "" }
  }

  @Test func sandboxChecklistAndSteps() throws {
    try checkItem(
      "checklist:novel",
      { $0.sandbox.checklist["novel"] = ChecklistItem(state: $1 == 1 ? .no : .unknown) }
    ) { "\(String(describing: $0.sandbox.checklist["novel"]))" }
    try checkItem(
      "step:pre-consultation", { $0.sandbox.steps["pre-consultation"]?.note = "n\($1)" }
    ) {
      $0.sandbox.steps["pre-consultation"]?.note ?? ""
    }
  }

  @Test func planRecordsByID() throws {
    try checkItem(
      "obligation:appi.security", { $0.plan.obligations["appi.security"]?.reason = "r\($1)" }
    ) { $0.plan.obligations["appi.security"]?.reason ?? "" }
    try checkItem("evidence:ev1", { $0.plan.evidence[0].note = "n\($1)" }) {
      $0.plan.evidence.first { $0.id == "ev1" }?.note ?? "-"
    }
    try checkItem("action:a1", { $0.plan.actions[0].owner = "o\($1)" }) {
      $0.plan.actions.first { $0.id == "a1" }?.owner ?? "-"
    }
    // An action removed on one side is removed; one added on the other side is appended.
    let base = Self.base()
    var ours = base
    ours.plan.actions.removeFirst()
    var theirs = base
    theirs.plan.actions.append(PlanAction(id: "a9", text: "New"))
    let result = try merge(base, ours, theirs)
    #expect(result.isClean)
    #expect(result.document.plan.actions.map(\.id) == ours.plan.actions.map(\.id) + ["a9"])
  }

  @Test func metadataFields() throws {
    try checkItem("metadata:client", { $0.metadata.client = "Client \($1)" }) { $0.metadata.client }
  }

  @Test func changeLogsAreUnionedInTimeOrder() throws {
    let base = Self.base()
    var ours = base
    ours.changeLog.append(ChangeLogEntry(at: "2026-12-02T00:00:00Z", kind: "note", subject: "x"))
    var theirs = base
    theirs.changeLog.append(ChangeLogEntry(at: "2026-12-01T00:00:00Z", kind: "note", subject: "y"))
    theirs.changeLog.append(ChangeLogEntry(at: "2026-12-02T00:00:00Z", kind: "note", subject: "x"))
    let log = try merge(base, ours, theirs).document.changeLog
    #expect(log.count == base.changeLog.count + 2)
    #expect(log.suffix(2).map(\.subject) == ["y", "x"])
  }

  @Test func positionIsOursAndRulebookVersionTheNewer() throws {
    let base = Self.base()
    var ours = base
    ours.current = "role"
    var theirs = base
    theirs.current = "sector"
    theirs.rulebookVersion = "2099.01"
    let result = try merge(base, ours, theirs)
    #expect(result.document.current == "role")
    #expect(result.document.rulebookVersion == "2099.01")
    #expect(try merge(base, theirs, ours).document.rulebookVersion == "2099.01")
  }

  @Test func conflictRecordsNameWhoAndWhen() throws {
    let (id, a, b) = Self.question(.yesno)
    let base = Self.base()
    var ours = base
    ours.metadata.assessor = "Aiko"
    ours.answers[id] = a
    ours.changeLog.append(ChangeLogEntry(at: "2026-12-01T09:00:00Z", kind: "answer", subject: id))
    var theirs = base
    theirs.metadata.assessor = "Ben"
    theirs.answers[id] = b
    theirs.changeLog.append(ChangeLogEntry(at: "2026-12-01T10:00:00Z", kind: "answer", subject: id))
    let result = try merge(base, ours, theirs)
    let record = try #require(result.document.conflicts.first { $0.item == "answer:\(id)" })
    #expect(record.ours.by == "Aiko" && record.ours.at == "2026-12-01T09:00:00Z")
    #expect(record.theirs.by == "Ben" && record.theirs.at == "2026-12-01T10:00:00Z")
    // The assessor field itself differs too: a metadata conflict.
    #expect(result.newConflicts.map(\.item).contains("metadata:assessor"))
  }

  @Test func anOpenRecordResolvedOnOneSideStaysResolved() throws {
    let (id, a, b) = Self.question(.yesno)
    let base = Self.base()
    var ours = base
    ours.answers[id] = a
    var theirs = base
    theirs.answers[id] = b
    let conflicted = try merge(base, ours, theirs).document
    let resolved = try #require(
      try conflicted.resolving("answer:\(id)", with: .theirs, rulebook: Self.rulebook))
    #expect(resolved.answers[id] == b)
    let again = try merge(conflicted, resolved, conflicted)
    #expect(again.isClean && again.document.conflicts.isEmpty)
  }

  @Test func filesWithoutConflictsHaveNoConflictsMember() throws {
    let text = ProjectCodec.encode(Self.base())
    #expect(!text.contains("\"conflicts\""))
  }

  @Test func badConflictRecordsAreRefusedWithTheirPlace() throws {
    let (id, a, b) = Self.question(.yesno)
    var ours = Self.base()
    ours.answers[id] = a
    var theirs = Self.base()
    theirs.answers[id] = b
    let text = ProjectCodec.encode(try merge(Self.base(), ours, theirs).document)
    let unknownItem = text.replacingOccurrences(of: "\"answer:\(id)\"", with: "\"colour:\(id)\"")
    #expect(throws: DataFileError.self) {
      try ProjectCodec.decode(Array(unknownItem.utf8), file: "p", rulebook: Self.rulebook)
    }
    let badValue = text.replacingOccurrences(
      of: "\"value\": false", with: "\"value\": \"maybe\"")
    #expect(badValue != text)
    do {
      _ = try ProjectCodec.decode(Array(badValue.utf8), file: "p", rulebook: Self.rulebook)
      Issue.record("a conflict value that is not an answer was accepted")
    } catch {
      #expect(error.description.contains("conflicts"))
    }
  }
}
