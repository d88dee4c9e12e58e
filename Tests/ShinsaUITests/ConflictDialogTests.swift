import Testing

@testable import ShinsaCore
@testable import ShinsaUI

extension UI {
  /// The demo project after a merge that left two conflicts: the role answer and a note.
  static func conflictedDocument() -> ProjectDocument {
    var document = demoDocument()
    document.conflicts = [
      ConflictRecord(
        item: "answer:role", base: .string("developer"),
        ours: ConflictSide(value: document.answers["role"]?.jsonOut, by: "Demo consultant"),
        theirs: ConflictSide(
          value: .string("business-user"), by: "K. Ito", at: "2026-11-30T09:00:00Z")),
      ConflictRecord(
        item: "metadata:system", base: .string("Credit"),
        ours: ConflictSide(value: .string(document.metadata.system)),
        theirs: ConflictSide(value: .string("Credit decisions v2"))),
    ]
    return document
  }

  /// The workbench over ``conflictedDocument()``.
  static func conflictWorkbench(language: Language = .en, width: Int = 80, height: Int = 24)
    -> AppState
  {
    workbench(conflictedDocument(), language: language, width: width, height: height)
  }
}

/// The workbench shows merge conflicts until they are resolved.
@Suite struct ConflictDialogTests {
  @Test func theTitleCountsConflictsAndTheInterviewMarksTheQuestion() {
    var state = UI.conflictWorkbench(width: 120, height: 40)
    UI.press(&state, "g role Enter")
    let screen = render(state).text
    #expect(screen.contains("⚠ 2 conflicts (M)"))
    #expect(screen.contains("⚠ conflict"))
    #expect(!render(UI.workbench()).text.contains("conflict"))
  }

  @Test func itemsAreNamedForPeopleInTheCurrentLanguage() throws {
    let record = { (item: String) in
      ConflictRecord(
        item: item, base: nil, ours: ConflictSide(value: nil), theirs: ConflictSide(value: nil))
    }
    let english = UI.conflictWorkbench()
    let role = try #require(UI.rulebook.question("role")).text
    #expect(conflictTitle(english, record("answer:role")) == "Answer: " + role.en)
    #expect(conflictTitle(english, record("metadata:system")) == "System")
    let field = try #require(UI.rulebook.disclosureFields.first)
    #expect(
      conflictTitle(english, record("disclosure:\(field.id):ja"))
        == "Draft (Japanese): " + field.title.en)
    let obligation = try #require(UI.rulebook.obligations.first)
    #expect(
      conflictTitle(english, record("obligation:\(obligation.id)"))
        == "Obligation status: " + obligation.title.en)
    let japanese = UI.conflictWorkbench(language: .ja)
    #expect(conflictTitle(japanese, record("answer:role")) == "回答: " + role.ja)
    #expect(conflictTitle(japanese, record("metadata:assessor")) == "評価者")
    #expect(conflictTitle(english, record("no-such-kind:x")) == "no-such-kind:x")
  }

  @Test func takingTheirsSetsTheAnswerLogsAndSaves() throws {
    var state = UI.conflictWorkbench()
    UI.press(&state, "M")
    #expect(render(state).text.contains("Merge conflicts"))
    let effects = UI.press(&state, "t")
    let workbench = try #require(state.workbench)
    #expect(workbench.interview.answers["role"] == .choice("business-user"))
    #expect(workbench.document.conflicts.map(\.item) == ["metadata:system"])
    #expect(workbench.document.changeLog.last?.kind == "conflict")
    #expect(effects.contains { if case .save = $0 { return true } else { return false } })
    // Keeping ours on the last one closes the dialog and the title drops the count.
    UI.press(&state, "o")
    #expect(state.overlay == nil)
    #expect(state.workbench?.document.conflicts.isEmpty == true)
    #expect(state.workbench?.document.metadata.system == UI.demoDocument().metadata.system)
    #expect(!render(state).text.contains("conflict (M)"))
  }

  @Test func takingTheBaseRestoresTheAncestorsValue() {
    var state = UI.conflictWorkbench()
    UI.press(&state, "M j b")
    #expect(state.workbench?.document.metadata.system == "Credit")
  }

  @Test func withoutConflictsTheKeySaysSo() {
    var state = UI.workbench()
    UI.press(&state, "M")
    #expect(state.overlay == nil)
    #expect(render(state).text.contains("No merge conflicts."))
  }
}
