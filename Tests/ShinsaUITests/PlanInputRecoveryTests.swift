import Testing

@testable import ShinsaCore
@testable import ShinsaUI

/// The plan pane's prompts in the input journal: the reason, the evidence path and the
/// action's three steps are journalled until done, and put back where they were typed.
@Suite struct PlanInputRecoveryTests {
  static let id = PlanPaneTests.obligations[0].id

  @Test func thePlanPromptsAreJournalledUntilDone() throws {
    var runner = PlanRunner()
    var state = PlanPaneTests.fresh(&runner)
    let id = Self.id
    runner.press(&state, "m")
    #expect(pendingInput(state) == nil, "an empty reason prompt holds nothing to keep")
    runner.press(&state, "Signed")
    #expect(
      pendingInput(state)
        == PendingInput(kind: .planReason, subject: id, text: "Signed", option: "met"))
    runner.press(&state, "Enter")
    #expect(pendingInput(state) == nil, "the project holds the reason")

    runner.press(&state, "e Space more")
    #expect(pendingInput(state)?.text == "Signed more")
    runner.press(&state, "C-g")

    runner.press(&state, "f docs/dp")
    #expect(pendingInput(state) == PendingInput(kind: .planEvidence, subject: id, text: "docs/dp"))
    runner.press(&state, "C-g")

    runner.press(&state, "a Write Space DPIA")
    #expect(
      pendingInput(state)
        == PendingInput(kind: .planAction, subject: id, text: "Write DPIA", option: "text"))
    runner.press(&state, "Enter")
    #expect(
      pendingInput(state)
        == PendingInput(
          kind: .planAction, subject: id, text: "", option: "owner", more: ["Write DPIA"]),
      "the action's text is kept while the owner is asked")
    runner.press(&state, "Hanako Enter 2026-1")
    #expect(
      pendingInput(state)
        == PendingInput(
          kind: .planAction, subject: id, text: "2026-1", option: "due",
          more: ["Write DPIA", "Hanako"]))
    runner.press(&state, "2-01 Enter")
    #expect(state.overlay == nil)
    #expect(PlanPaneTests.plan(state).actions.first?.text == "Write DPIA")
    #expect(pendingInput(state) == nil)
  }

  @Test func aReadOnlyProjectJournalsNoPlanTyping() {
    var runner = PlanRunner()
    var state = PlanPaneTests.fresh(&runner, notice: "held elsewhere")
    runner.press(&state, "a text")
    #expect(pendingInput(state) == nil)
  }

  @Test func aSignalLeavesAPlanPromptsTextToTheJournal() throws {
    var runner = PlanRunner()
    var state = PlanPaneTests.fresh(&runner)
    runner.press(&state, "g e Waiting Space for Space legal")
    let effects = update(&state, .terminate)
    #expect(effects == [.save(try state.bench().document), .quit])
    #expect(PlanPaneTests.plan(state).obligations[Self.id]?.reason == "")
    #expect(pendingInput(state)?.text == "Waiting for legal", "offered again on reopening")
  }

  @Test(arguments: [
    (
      PendingInput(kind: .planReason, subject: id, text: "Signed", option: "not-applicable"),
      PlanPrompt.reason(obligation: id, status: .notApplicable), "Signed", 2000
    ),
    (
      PendingInput(kind: .planEvidence, subject: id, text: "docs/dpia.pdf"),
      .evidence(obligation: id), "docs/dpia.pdf", 1000
    ),
    (
      PendingInput(kind: .planAction, subject: id, text: "Write", option: "text"),
      .actionText(obligation: id), "Write", 2000
    ),
    (
      PendingInput(kind: .planAction, subject: id, text: "Han", option: "owner", more: ["Write"]),
      .actionOwner(obligation: id, text: "Write"), "Han", 200
    ),
    (
      PendingInput(
        kind: .planAction, subject: id, text: "2026", option: "due", more: ["Write", "Hanako"]),
      .actionDue(obligation: id, text: "Write", owner: "Hanako"), "2026", 10
    ),
  ])
  func foundPlanTypingIsRestoredIntoItsPrompt(
    _ input: PendingInput, _ prompt: PlanPrompt, _ text: String, _ limit: Int
  ) throws {
    var state = UI.workbench()
    #expect(update(&state, .inputFound(input)) == [])
    #expect(state.overlay == .inputRecovery(input))
    UI.press(&state, "y")
    #expect(try state.bench().pane == .plan)
    #expect(try state.bench().planPane.selected == .obligation(Self.id))
    #expect(state.overlay == .prompt(.plan(prompt), TextField(text, limit: limit), problem: nil))
    #expect(pendingInput(state) == input, "still journalled until the prompt is done")
  }

  @Test func restoredActionStepsGoOnToAddTheAction() throws {
    var runner = PlanRunner()
    var state = UI.workbench()
    let input = PendingInput(
      kind: .planAction, subject: Self.id, text: "", option: "owner", more: ["Write DPIA"])
    _ = update(&state, .inputFound(input))
    runner.press(&state, "y Hanako Enter Enter")
    let action = try #require(PlanPaneTests.plan(state).actions.first)
    #expect(action.text == "Write DPIA" && action.owner == "Hanako" && action.due == nil)
    #expect(action.targets == [Self.id])
  }

  @Test func wholeProjectActionTypingGoesBackToTheOtherActions() throws {
    var state = UI.planExtrasWorkbench()
    var runner = PlanRunner()
    runner.press(&state, PlanExtrasTests.end + " a Appoint Space a Space DPO Enter Han")
    let input = PendingInput(
      kind: .planAction, subject: "", text: "Han", option: "owner", more: ["Appoint a DPO"])
    #expect(pendingInput(state) == input)
    // Reopened with the cursor elsewhere: the prompt goes back to the whole project's action.
    var reopened = UI.workbench(UI.planExtrasDocument())
    _ = update(&reopened, .inputFound(input))
    #expect(render(reopened).text.contains("Plan · whole project · new action"))
    runner.press(&reopened, "y")
    #expect(try reopened.bench().pane == .plan)
    #expect(
      try reopened.bench().planPane.selected
        == .action(obligation: PlanExtras.otherTarget, item: "a3"))
    #expect(
      reopened.overlay
        == .prompt(
          .plan(.actionOwner(obligation: "", text: "Appoint a DPO")), TextField("Han", limit: 200),
          problem: nil))
    runner.press(&reopened, "ako Enter Enter")
    let action = try #require(PlanPaneTests.plan(reopened).actions.last)
    #expect(action.text == "Appoint a DPO" && action.owner == "Hanako" && action.targets == [])
  }

  @Test func fieldEvidenceTypingGoesBackToTheField() throws {
    var state = UI.planExtrasWorkbench()
    var runner = PlanRunner()
    runner.press(&state, PlanExtrasTests.end + " Up Up f docs/fa")
    let input = PendingInput(kind: .planEvidence, subject: "disclosure:ai-use", text: "docs/fa")
    #expect(pendingInput(state) == input)
    var reopened = UI.workbench(UI.planExtrasDocument())
    _ = update(&reopened, .inputFound(input))
    let field = try #require(UI.rulebook.disclosureFields.first { $0.id == "ai-use" })
    #expect(render(reopened).text.contains("Disclosure · \(field.title.en)"))
    runner.press(&reopened, "y")
    #expect(
      try reopened.bench().planPane.selected
        == .evidence(obligation: "disclosure:ai-use", item: "ev2"))
    #expect(
      reopened.overlay
        == .prompt(
          .plan(.evidence(obligation: "disclosure:ai-use")), TextField("docs/fa", limit: 1000),
          problem: nil))
  }

  @Test func fieldEvidenceTypingForAFieldNotInTheRulebookIsShownNotLost() {
    var state = UI.workbench(UI.planExtrasDocument())
    let input = PendingInput(kind: .planEvidence, subject: "disclosure:gone", text: "kept.pdf")
    _ = update(&state, .inputFound(input))
    UI.press(&state, "y")
    #expect(state.overlay == nil)
    #expect(state.flash?.contains("kept.pdf") == true)
  }

  @Test func typingForAnObligationNoLongerListedIsShownNotLost() throws {
    var state = UI.workbench()
    let input = PendingInput(kind: .planReason, subject: "gone-obligation", text: "kept words")
    _ = update(&state, .inputFound(input))
    UI.press(&state, "y")
    #expect(state.overlay == nil)
    #expect(state.flash?.contains("kept words") == true)
  }

  @Test func theOfferSaysWhereInThePlan() {
    for language in [Language.en, .ja] {
      var state = UI.workbench(language: language, width: 100, height: 30)
      _ = update(
        &state,
        .inputFound(
          PendingInput(
            kind: .planAction, subject: Self.id, text: "2026-12", option: "due",
            more: ["Write DPIA", "Hanako"])))
      let screen = render(state).text
      #expect(screen.contains("Write DPIA · Hanako · 2026-12"), "\(screen)")
      #expect(screen.contains(language == .en ? "Plan · " : "対応計画 · "), "\(screen)")
    }
  }
}
