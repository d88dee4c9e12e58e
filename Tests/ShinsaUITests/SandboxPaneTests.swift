import Testing

@testable import ShinsaCore
@testable import ShinsaUI

/// The sandbox pane: the checklist, plan sections and process steps.
@Suite struct SandboxPaneTests {
  static func work(_ state: AppState) -> SandboxWork {
    state.workbench?.document.sandbox ?? SandboxWork()
  }

  static func advice(_ state: AppState) -> SandboxAdvice? {
    state.workbench.map { $0.sandboxAdvice(UI.rulebook) }
  }

  /// Moves the cursor to the first row matching `entry`.
  static func go(_ state: inout AppState, to wanted: (SandboxEntry) -> Bool) {
    guard let advice = advice(state) else { return }
    let entries = sandboxEntries(advice)
    guard let index = entries.firstIndex(where: wanted) else { return }
    UI.press(&state, "4")
    UI.press(&state, keys: Array(repeating: .up, count: entries.count))
    UI.press(&state, keys: Array(repeating: .down, count: index))
  }

  @Test func theRouteComesFromTheAnswersAndAForeignHeadquartersDoesNotMatter() throws {
    let state = UI.sandboxWorkbench()
    let advice = try #require(Self.advice(state))
    #expect(advice.route.id == .projectSandbox)
    var japanese = UI.sandboxWorkbench()
    UI.press(&japanese, "g headquartered Enter Up Up Space")
    #expect(japanese.workbench?.document.answers["headquarters"] == .choice("japan"))
    #expect(Self.advice(japanese)?.route.id == .projectSandbox)
    #expect(Self.advice(japanese)?.verdict == advice.verdict)
  }

  @Test func eachRoutesPlanHasItsOwnHeadingAndAlternativesAreExplained() throws {
    func screen(_ extra: [String: Answer], _ language: Language = .en) -> String {
      var document = UI.sandboxWorkbench().workbench?.document ?? UI.document()
      for (key, value) in extra { document.answers[key] = value }
      var state = UI.workbench(
        document, path: UI.bankPath, language: language, width: 200, height: 120)
      UI.press(&state, "4")
      return render(state).text
    }
    #expect(screen([:]).contains(" Demonstration plan"))
    let exception = screen(["barrier_goal": .choice("exception")], .ja)
    #expect(exception.contains(" 新事業活動計画"))
    #expect(exception.contains("新事業活動の目標"))
    let drone = screen([
      "use_case": .choices(["drone-operations"]), "sandbox_special_zone": .unknown,
    ])
    #expect(drone.contains(" Input for the zone plan"))
    #expect(drone.contains("Also consider:"))
    #expect(drone.contains("· Ordinary permits"))
    // Criterion headlines are not cut inside a citation.
    #expect(drone.contains("Special Zone (NSSZ Act Art. 2)."))
  }

  @Test func checklistKeysOverrideTheAnswersAndBackspaceGoesBack() throws {
    var state = UI.sandboxWorkbench()
    Self.go(&state) { $0 == .criterion(1) }
    let row = try #require(Self.advice(state)?.items[1])
    #expect(row.criterion.id == "statute-named")
    #expect(row.suggested == .no && row.origin == .answers)
    let effects = UI.press(&state, "y")
    #expect(effects.count == 1)
    #expect(Self.work(state).checklist["statute-named"]?.state == .yes)
    #expect(Self.advice(state)?.items[1].origin == .checklist)
    let log = try #require(state.workbench?.document.changeLog.last)
    #expect(log.kind == "sandbox" && log.from == "no" && log.to == "yes")
    UI.press(&state, "n")
    #expect(Self.work(state).checklist["statute-named"]?.state == .no)
    UI.press(&state, "u")
    #expect(Self.work(state).checklist["statute-named"]?.state == .unknown)
    UI.press(&state, "a")
    #expect(Self.work(state).checklist["statute-named"]?.state == .notApplicable)
    UI.press(&state, "BSpace")
    #expect(Self.work(state).checklist["statute-named"] == nil)
    #expect(Self.advice(state)?.items[1].state == .no)
  }

  @Test func theVerdictFollowsTheChecklist() throws {
    var state = UI.sandboxWorkbench()
    #expect({ if case .gapsToClose = Self.advice(state)?.verdict { true } else { false } }())
    let count = try #require(Self.advice(state)?.items.count)
    for index in 0..<count {
      Self.go(&state) { $0 == .criterion(index) }
      UI.press(&state, "y")
    }
    #expect(Self.advice(state)?.verdict == .likelyEligible)
    Self.go(&state) { $0 == .criterion(0) }
    UI.press(&state, "n")
    #expect({ if case .notASandboxCase = Self.advice(state)?.verdict { true } else { false } }())
  }

  @Test func enterOnACriterionAsksForEvidence() {
    var state = UI.sandboxWorkbench()
    Self.go(&state) { $0 == .criterion(0) }
    UI.press(&state, "Enter")
    guard case .prompt(.evidence("novel"), _, _)? = state.overlay else {
      Issue.record("no evidence prompt: \(String(describing: state.overlay))")
      return
    }
    UI.press(&state, "patent Space JP-123 Enter")
    #expect(Self.work(state).checklist["novel"]?.evidence == "patent JP-123")
    #expect(Self.work(state).checklist["novel"]?.state == nil, "evidence alone sets no answer")
    #expect(Self.advice(state)?.items[0].state == .yes, "the answers still decide")
    #expect(Self.advice(state)?.items[0].origin == .answers)
  }

  @Test func emptyEvidenceOnAnUntouchedCriterionChangesNothing() {
    var state = UI.sandboxWorkbench()
    Self.go(&state) { $0 == .criterion(0) }
    let before = state.workbench?.document
    #expect(UI.press(&state, "Enter Enter").isEmpty, "nothing to save")
    #expect(state.workbench?.document == before)
    #expect(Self.work(state).checklist["novel"] == nil)
  }

  @Test func clearingTheOnlyEvidenceRemovesTheEntry() {
    var state = UI.sandboxWorkbench()
    Self.go(&state) { $0 == .criterion(0) }
    UI.press(&state, "Enter p Enter")
    #expect(Self.work(state).checklist["novel"]?.evidence == "p")
    UI.press(&state, "Enter BSpace Enter")
    #expect(Self.work(state).checklist["novel"] == nil, "an entry with nothing in it goes")
  }

  @Test func planSectionsUseTheSameEditor() throws {
    var state = UI.sandboxWorkbench()
    Self.go(&state) { $0 == .plan(0) }
    UI.press(&state, "Enter")
    let editor = try #require(state.workbench?.draftEditor)
    #expect(editor.target == .plan("objective"))
    UI.press(&state, "C-a C-k 規制 の 見直し Esc")
    #expect(Self.work(state).plan["objective"]?.en == "規制の見直し")
    #expect(Self.work(state).plan["objective"]?.state == .draft)
    UI.press(&state, "d")
    #expect(Self.work(state).plan["objective"]?.state == .draft, "the Japanese is still empty")
    UI.press(&state, "t Enter 規制 Esc d")
    #expect(Self.work(state).plan["objective"]?.state == .done)
    let frame = render(state)
    #expect(frame.text.contains("✓ Objective"))
  }

  @Test func planSuggestionsFillEmptySections() throws {
    var state = UI.sandboxWorkbench()
    let advice = try #require(Self.advice(state))
    let index = try #require(advice.plan.firstIndex { $0.prefill != nil })
    Self.go(&state) { $0 == .plan(index) }
    UI.press(&state, "p")
    let id = advice.plan[index].item.id
    #expect(Self.work(state).plan[id]?.state == .draft)
    #expect(Self.work(state).plan[id]?.en.isEmpty == false)
  }

  @Test func stepsTakeADateDefaultingToTodayAndANote() throws {
    var state = UI.sandboxWorkbench()
    Self.go(&state) { $0 == .step(0) }
    let step = try #require(Self.advice(state)?.steps[0].step.id)
    UI.press(&state, "D")
    guard case .prompt(.stepDate, let field, _)? = state.overlay else {
      Issue.record("no date prompt")
      return
    }
    #expect(field.text == "2026-11-25")
    UI.press(&state, "C-u 2026-02-30 Enter")
    guard case .prompt(_, _, let problem)? = state.overlay else {
      Issue.record("an impossible date was accepted")
      return
    }
    #expect(problem?.contains("YYYY-MM-DD") == true)
    UI.press(&state, "C-u 2026-11-20 Enter")
    #expect(Self.work(state).steps[step]?.date == "2026-11-20")
    UI.press(&state, "Enter met Space the Space desk Enter")
    #expect(Self.work(state).steps[step]?.note == "met the desk")
    #expect(Self.advice(state)?.steps[0].isDone == true)
    UI.press(&state, "BSpace")
    #expect(Self.work(state).steps[step] == nil)
  }

  @Test func keysOnTheWrongRowSayso() {
    var state = UI.sandboxWorkbench()
    Self.go(&state) { $0 == .step(0) }
    #expect(UI.press(&state, "y").isEmpty)
    #expect(state.flash?.contains("does nothing") == true)
    UI.press(&state, "4")
    UI.press(&state, keys: Array(repeating: .up, count: 50))
    #expect(UI.press(&state, "y").isEmpty)
    #expect(state.flash != nil)
  }

  @Test func noBarrierMeansNoRouteAndNoChecklist() throws {
    var state = UI.workbench(
      UI.document(answers: ["regulatory_barrier": .choice("none")], current: "regulatory_barrier"),
      path: UI.bankPath)
    UI.press(&state, "4")
    let advice = try #require(Self.advice(state))
    #expect(advice.noRouteNeeded)
    #expect(sandboxEntries(advice) == [.route])
    #expect(render(state).text.contains("No sandbox needed"))
  }

  @Test func readOnlyRefusesChecklistChanges() {
    var state = UI.sandboxWorkbench()
    state.workbench?.saveState = .readOnly("read-only")
    Self.go(&state) { $0 == .criterion(0) }
    #expect(UI.press(&state, "n").isEmpty)
    #expect(Self.work(state).checklist.isEmpty)
  }
}
