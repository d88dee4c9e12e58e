import Testing

@testable import ShinsaCore
@testable import ShinsaUI

/// `+` adds an action where its target is met: the interview's current question, the
/// sandbox pane's selected criterion (and, as a second key for `a`, the plan pane's row).
/// The chained prompts name the target by its text; Esc saves what was given so far and
/// Ctrl-G cancels the whole action.
extension UI {
  /// The demo on its current question ("offered in the EU?") with two open actions for it,
  /// one overdue, and one done (not shown).
  static func questionActionsWorkbench(
    language: Language = .en, width: Int = 80, height: Int = 24
  ) -> AppState {
    let question = workbench().workbench?.currentQuestion?.id ?? ""
    var document = demoDocument()
    document.plan.addAction(
      "Client to confirm the API region", for: ["question:" + question], owner: "Tanaka",
      due: "2026-12-15")
    document.plan.addAction(
      "Ask legal whether the EU launch is decided", for: ["question:" + question],
      due: "2026-11-20")
    document.plan.addAction("Already answered by the DPO", for: ["question:" + question])
    document.plan.actions[2].done = true
    return workbench(document, language: language, width: width, height: height)
  }
}

@Suite struct TargetActionTests {
  static func actions(_ state: AppState) -> [PlanAction] {
    state.workbench?.document.plan.actions ?? []
  }

  /// The sandbox case on the sandbox pane with the first checklist criterion selected, and
  /// that criterion's id.
  static func sandboxOnCriterion(width: Int = 80, height: Int = 24) -> (AppState, String) {
    var state = UI.sandboxWorkbench(width: width, height: height)
    UI.press(&state, "4 Down")
    let advice = state.workbench?.sandboxAdvice(state.rulebook)
    return (state, advice?.items.first?.criterion.id ?? "")
  }

  @Test func plusInTheInterviewAddsAnActionForTheCurrentQuestion() throws {
    var runner = PlanRunner()
    var state = UI.workbench(at: "role")
    let question = try #require(state.rulebook.question("role"))
    runner.press(&state, "+")
    #expect(
      state.overlay
        == .prompt(
          .plan(.actionText(obligation: "question:role")), TextField("", limit: 2000),
          problem: nil))
    // The title names the question by its text, never its id.
    let title = promptTitle(state, .plan(.actionText(obligation: "question:role")))
    #expect(title.contains(question.text.en) && !title.contains("question:role"))
    runner.press(
      &state, "Confirm Space the Space API Space region Enter Tanaka Enter 2026-12-15 Enter")
    let action = try #require(Self.actions(state).first)
    #expect(action.text == "Confirm the API region" && action.owner == "Tanaka")
    #expect(action.due == "2026-12-15" && action.targets == ["question:role"])
    #expect(state.flash?.contains(question.text.en) == true)
    #expect(try state.bench().pane == .interview, "the interview stays where it was")
    // Listed under the plan pane's other actions, selected there.
    #expect(
      try state.bench().planPane.selected
        == .action(obligation: PlanExtras.otherTarget, item: action.id))
    let screen = render(state).text
    #expect(screen.contains("Action: ☐ Confirm the API region · Tanaka · due 2026-12-15"))
  }

  @Test func theInterviewShowsOnlyTheQuestionsOpenActionsOverdueMarked() throws {
    var document = UI.document(answers: [:], current: "role")
    document.plan.addAction("Ask legal", for: ["question:role"], due: "2020-01-01")
    document.plan.addAction("Already asked", for: ["question:role"])
    document.plan.actions[1].done = true
    document.plan.addAction("About another question", for: ["question:sector"])
    var state = UI.workbench(document, path: UI.bankPath, width: 120, height: 40)
    let english = render(state).text
    #expect(english.contains("Action: ☐ overdue Ask legal · due 2020-01-01"))
    #expect(!english.contains("Already asked") && !english.contains("About another"))
    state.language = .ja
    #expect(render(state).text.contains("対応: ☐ 期限超過 Ask legal · 期限 2020-01-01"))
    // On a small screen two lines: the second counts the rest when there are more.
    document.plan.actions[1].done = false
    document.plan.addAction("A third", for: ["question:role"])
    var small = UI.workbench(document, path: UI.bankPath, width: 80, height: 24)
    let three = render(small).text
    #expect(three.contains("Action: ☐ overdue Ask legal"))
    #expect(three.contains("… 2 more open actions (6: Plan pane)") && !three.contains("A third"))
    small.language = .ja
    #expect(render(small).text.contains("… ほか未完了の対応 2 件（6: 対応計画）"))
  }

  @Test func plusInTheSandboxAddsAnActionForTheSelectedCriterion() throws {
    var runner = PlanRunner()
    var (state, criterion) = Self.sandboxOnCriterion()
    let rule = try #require(state.rulebook.sandbox.criteria.first { $0.id == criterion })
    runner.press(&state, "+")
    guard case .prompt(.plan(.actionText(let target)), _, _)? = state.overlay else {
      Issue.record("+ should open the action's prompt")
      return
    }
    #expect(target == "criterion:" + criterion)
    let title = promptTitle(state, .plan(.actionText(obligation: target)))
    #expect(title.contains(criterionHeadline(rule.title.en)))
    // Esc after the text: saved with no owner and no date.
    runner.press(&state, "Get Space the Space statute Space named Escape")
    #expect(state.overlay == nil)
    let action = try #require(Self.actions(state).first)
    #expect(action.text == "Get the statute named" && action.owner.isEmpty && action.due == nil)
    #expect(action.targets == [target])
    // The criterion's detail lists it (done ones too, marked).
    #expect(render(state).text.contains("☐ Get the statute named"))
    // Marked done in the plan pane, where it is selected.
    runner.press(&state, "6 d 4")
    #expect(Self.actions(state).first?.done == true)
    state.language = .ja
    let japanese = render(state).text
    #expect(japanese.contains("対応:") && japanese.contains("☑ Get the statute named"))
  }

  @Test func plusOnASandboxRowThatIsNoCriterionSaysWhatItTakes() {
    var state = UI.sandboxWorkbench()
    UI.press(&state, "4 +")
    #expect(state.overlay == nil)
    #expect(state.flash?.contains("+ adds an action for a checklist criterion") == true)
    UI.press(&state, "Down Down Down Down Down Down Down Down +")
    #expect(state.overlay == nil && state.flash?.contains("checklist criterion") == true)
    #expect(Self.actions(state).isEmpty)
  }

  @Test func plusInThePlanPaneIsASecondKeyForA() throws {
    var runner = PlanRunner()
    var state = PlanPaneTests.fresh(&runner)
    let obligation = PlanPaneTests.obligations[0]
    runner.press(&state, "+")
    #expect(
      state.overlay
        == .prompt(
          .plan(.actionText(obligation: obligation.id)), TextField("", limit: 2000),
          problem: nil))
    // The obligation by its title in the current language.
    #expect(render(state).text.contains(String(obligation.title.en.prefix(20))))
    #expect(
      !promptTitle(state, .plan(.actionText(obligation: obligation.id))).contains(obligation.id))
    state.language = .ja
    #expect(
      promptTitle(state, .plan(.actionOwner(obligation: obligation.id, text: "x")))
        .contains(obligation.title.ja))
  }

  @Test(arguments: [
    // Esc keeps what was given and finishes the chain.
    ("a Write Escape", "Write", "", nil as String?),
    ("a Write Enter Hanako Escape", "Write", "Hanako", nil),
    ("a Write Enter Escape", "Write", "", nil),
    ("a Write Enter Hanako Enter 2026-12-15 Escape", "Write", "Hanako", "2026-12-15"),
    ("a Write Enter Enter Enter", "Write", "", nil),
  ])
  func escSavesTheActionWithWhatWasGiven(
    _ script: String, _ text: String, _ owner: String, _ due: String?
  ) throws {
    var runner = PlanRunner()
    var state = PlanPaneTests.fresh(&runner)
    runner.press(&state, script)
    #expect(state.overlay == nil)
    let action = try #require(Self.actions(state).first)
    #expect(Self.actions(state).count == 1)
    #expect(action.text == text && action.owner == owner && action.due == due)
    #expect(state.workbench?.document.changeLog.last?.subject == action.id)
  }

  @Test(arguments: [
    "a Escape", "a Write C-g", "a Write Enter C-g", "a Write Enter Hanako Enter C-g",
    "a Write Enter Hanako Enter 2026-12 C-g",
  ])
  func ctrlGOrAnEmptyTextSavesNothing(_ script: String) {
    var runner = PlanRunner()
    var state = PlanPaneTests.fresh(&runner)
    runner.press(&state, script)
    #expect(state.overlay == nil)
    #expect(Self.actions(state).isEmpty)
    #expect(!runner.effects.contains { if case .save = $0 { true } else { false } })
  }

  @Test func escOnABadDateSaysWhyAndSavesNothing() {
    var runner = PlanRunner()
    var state = PlanPaneTests.fresh(&runner)
    runner.press(&state, "a Write Enter Enter 2026-13-01 Escape")
    guard case .prompt(.plan(.actionDue), _, let problem?)? = state.overlay else {
      Issue.record("a bad date should be refused on Esc too")
      return
    }
    #expect(problem.contains("YYYY-MM-DD"))
    #expect(Self.actions(state).isEmpty)
  }

  @Test func theFooterSaysWhatEscAndCtrlGDo() {
    var runner = PlanRunner()
    var state = UI.workbench(at: "role")
    runner.press(&state, "+")
    #expect(render(state).text.contains("Enter next · Esc save as is · Ctrl-G cancel action"))
    state.language = .ja
    #expect(render(state).text.contains("Esc この内容で保存 · Ctrl-G 対応を取消"))
  }

  @Test func readOnlyRefusesPlusInTheInterviewAndTheSandbox() {
    var runner = PlanRunner()
    var interview = UI.workbench(notice: "Opened read-only.")
    runner.press(&interview, "+")
    #expect(interview.overlay == nil)
    #expect(interview.flash?.lowercased().contains("read-only") == true)
    var (sandbox, _) = Self.sandboxOnCriterion()
    sandbox.workbench?.saveState = .readOnly("Opened read-only.")
    runner.press(&sandbox, "+")
    #expect(sandbox.overlay == nil)
    #expect(sandbox.flash?.lowercased().contains("read-only") == true)
    #expect(Self.actions(interview).isEmpty && Self.actions(sandbox).isEmpty)
    #expect(!runner.effects.contains { if case .save = $0 { true } else { false } })
  }

  // MARK: The input journal

  @Test func aQuestionsActionTypingGoesBackToTheInterviewOnThatQuestion() throws {
    var runner = PlanRunner()
    var state = UI.workbench(at: "role")
    runner.press(&state, "+ Confirm Space region Enter Han")
    let input = PendingInput(
      kind: .planAction, subject: "question:role", text: "Han", option: "owner",
      more: ["Confirm region"])
    #expect(pendingInput(state) == input)
    // Reopened elsewhere: the dialog says where it was typed, by the question's text.
    var reopened = UI.workbench(at: "role")
    UI.press(&reopened, "Right 6")
    _ = update(&reopened, .inputFound(input))
    let question = try #require(reopened.rulebook.question("role"))
    #expect(
      planInputPlace(reopened, input) == "Interview · \(question.text.en) · new action")
    runner.press(&reopened, "y")
    #expect(try reopened.bench().pane == .interview)
    #expect(try reopened.bench().interview.current == "role")
    #expect(
      reopened.overlay
        == .prompt(
          .plan(.actionOwner(obligation: "question:role", text: "Confirm region")),
          TextField("Han", limit: 200), problem: nil))
    runner.press(&reopened, "ako Escape")
    let action = try #require(Self.actions(reopened).first)
    #expect(action.targets == ["question:role"] && action.owner == "Hanako")
    #expect(pendingInput(reopened) == nil)
  }

  @Test func aCriterionsActionTypingGoesBackToTheSandboxOnThatCriterion() throws {
    var (state, criterion) = Self.sandboxOnCriterion()
    let row = try #require(state.workbench?.sandboxCursor)
    UI.press(&state, "1")
    let input = PendingInput(
      kind: .planAction, subject: "criterion:" + criterion, text: "Ask", option: "text")
    _ = update(&state, .inputFound(input))
    #expect(planInputPlace(state, input).hasPrefix("Sandbox · "))
    UI.press(&state, "y")
    #expect(try state.bench().pane == .sandbox && state.bench().sandboxCursor == row)
    #expect(
      state.overlay
        == .prompt(
          .plan(.actionText(obligation: "criterion:" + criterion)), TextField("Ask", limit: 2000),
          problem: nil))
  }

  @Test func anUnknownQuestionsTypingIsShownNotLost() throws {
    var state = UI.workbench()
    let input = PendingInput(
      kind: .planAction, subject: "question:gone", text: "Ask", option: "text")
    _ = update(&state, .inputFound(input))
    UI.press(&state, "y")
    #expect(state.overlay == nil)
    #expect(state.flash?.contains("Ask") == true)
  }
}
