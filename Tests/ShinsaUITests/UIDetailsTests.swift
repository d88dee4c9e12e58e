import ShinsaCore
import Testing

@testable import ShinsaUI

/// Issue 16, items 1, 4 and 6: the end of the interview, use cases by sector, Unknown on a
/// multi-choice question, one meaning for Esc, the Assessor, Japanese regulator names and
/// the export notice.
@Suite struct UIDetailsTests {
  private static let healthcare: [String: Answer] = ["sector": .choices(["healthcare"])]

  private func options(_ state: AppState) -> [String] {
    (state.workbench?.currentItems ?? []).compactMap {
      if case .option(let value) = $0 { return value }
      return nil
    }
  }

  @Test func useCasesFollowTheChosenSectors() {
    var state = UI.workbench(at: "use_case", answers: Self.healthcare)
    let listed = options(state)
    #expect(listed.contains("clinical-documentation"))
    #expect(listed.contains("hiring"), "a use case of every sector stays")
    #expect(!listed.contains("credit-decision"))
    #expect(render(state).text.contains("more for other sectors"))
    UI.press(&state, "o")
    #expect(options(state).count == state.rulebook.question("use_case")?.optionValues.count)
    UI.press(&state, "o")
    #expect(!options(state).contains("credit-decision"))
  }

  @Test func aChosenUseCaseIsNeverHidden() {
    var answers = Self.healthcare
    answers["use_case"] = .choices(["credit-decision"])
    let state = UI.workbench(at: "use_case", answers: answers)
    #expect(options(state).contains("credit-decision"))
    #expect(!options(state).contains("insurance-underwriting"))
  }

  @Test func withoutASectorEveryUseCaseIsListed() {
    let state = UI.workbench(at: "use_case")
    #expect(options(state).count == state.rulebook.question("use_case")?.optionValues.count)
  }

  @Test func unknownOnAMultiChoiceQuestionSaysFirstThenClears() {
    var state = UI.workbench(at: "sector", answers: Self.healthcare)
    UI.press(&state, "Down Down Down Down Down Down")
    var effects = UI.press(&state, "Space")
    #expect(effects.isEmpty)
    #expect(state.workbench?.interview.answers["sector"] == .choices(["healthcare"]))
    #expect(state.flash?.contains("Unknown clears the choices (Healthcare") == true)
    effects = UI.press(&state, "Space")
    #expect(!effects.isEmpty)
    #expect(state.workbench?.interview.answers["sector"] == .unknown)
  }

  @Test func movingAwayForgetsTheFirstUnknownPress() {
    var state = UI.workbench(at: "sector", answers: Self.healthcare)
    UI.press(&state, "Down Down Down Down Down Down Space Up Down Space")
    #expect(state.workbench?.currentItems[state.workbench?.itemCursor ?? 0] == .unknown)
    #expect(state.workbench?.interview.answers["sector"] == .choices(["healthcare"]))
  }

  @Test func escInTheAnswerFieldKeepsTheTypingAndStays() {
    var state = UI.workbench(at: "people_affected")
    UI.press(&state, "Enter 1 2 Escape")
    #expect(state.workbench?.editing == nil)
    #expect(state.workbench?.interview.answers["people_affected"] == .number(12))
    #expect(state.workbench?.interview.current == "people_affected")
  }

  @Test func ctrlGInTheAnswerFieldCancels() {
    var state = UI.workbench(at: "people_affected")
    UI.press(&state, "Enter 1 2")
    UI.press(&state, keys: [.ctrl("g")])
    #expect(state.workbench?.editing == nil)
    #expect(state.workbench?.interview.answers["people_affected"] == nil)
  }

  @Test func escOnAnUnchangedAnswerJustCloses() {
    var state = UI.workbench(at: "people_affected", answers: ["people_affected": .number(5)])
    let effects = UI.press(&state, "Enter Escape")
    #expect(effects.isEmpty)
    #expect(state.workbench?.editing == nil)
  }

  @Test func pastTheLastQuestionTheEndIsMarked() throws {
    var state = UI.workbench()
    let last = try #require(state.workbench?.interview.visibleQuestions.last?.id)
    state = UI.workbench(at: last)
    UI.press(&state, "Right")
    #expect(state.workbench?.atEnd == true)
    let screen = render(state).text
    #expect(screen.contains("End of the interview"))
    #expect(screen.contains("x: export the report"))
    UI.press(&state, "Left")
    #expect(state.workbench?.atEnd == false)
    #expect(state.workbench?.interview.current == last)
  }

  @Test func theAssessorIsSetFromTheWorkbenchAndLogged() {
    var state = UI.workbench()
    UI.press(&state, "A")
    UI.press(&state, keys: [.ctrl("u")])
    UI.press(&state, keys: Array("Aiko Sato").map { Key.char($0) })
    let effects = UI.press(&state, "Enter")
    #expect(!effects.isEmpty)
    #expect(state.workbench?.document.metadata.assessor == "Aiko Sato")
    #expect(state.workbench?.document.changeLog.last?.kind == "assessor")
    #expect(state.workbench?.document.changeLog.last?.to == "Aiko Sato")
  }

  @Test func theNewProjectFormAsksForTheAssessor() {
    var state = UI.browser(projects: [])
    UI.press(&state, "n a c m e Tab Tab Tab")
    UI.press(&state, keys: Array("Aiko").map { Key.char($0) })
    let effects = UI.press(&state, "Enter")
    #expect(effects == [.create(name: "acme", client: "acme", system: "", assessor: "Aiko")])
  }

  @Test func regulatorShortNamesFollowTheLanguage() throws {
    let state = UI.workbench()
    let ppc = try #require(state.rulebook.regulator("ppc"))
    #expect(ppc.shortName(.en) == "PPC")
    #expect(ppc.shortName(.ja) == "個情委")
    for regulator in state.rulebook.regulators {
      #expect(
        !regulator.shortName(.ja).allSatisfy(\.isASCII) || regulator.id == "pmda"
          || regulator.id == "aisi", "\(regulator.id) has no Japanese short name")
    }
  }

  @Test func theExportNoticeKeepsTheFileName() {
    let state = UI.workbench()
    let path = "/home/consultant/Documents/clients/sakura-clinic/exports/sakura-2026-12-02.md"
    let notice = exportNotice(state, path: path)
    #expect(DisplayWidth.of(notice) <= 78)
    #expect(notice.contains("sakura-2026-12-02.md"))
    var wide = state
    wide.width = 160
    #expect(exportNotice(wide, path: path) == "Exported to \(path)")
  }

  @Test func browserColumnsFitTheirContent() {
    #expect(fitColumns([10, 12, 8], into: 60) == [10, 12, 36])
    let squeezed = fitColumns([40, 6, 40], into: 50)
    #expect(squeezed[1] == 6)
    #expect(squeezed.reduce(0, +) + 2 <= 50)
  }
}
