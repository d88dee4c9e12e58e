import Foundation
import Testing

@testable import ShinsaCore
@testable import ShinsaUI

extension UI {
  /// The demo's plan with evidence for a disclosure field (ev2 also supports one, ev3 only
  /// the field) and two actions no listed obligation shows: one for the whole project
  /// (overdue), one for a question.
  static func planExtrasDocument() -> ProjectDocument {
    var document = planDocument()
    document.plan.evidence[1].supports.append("disclosure:ai-use")
    _ = document.plan.addEvidence(
      path: "evidence/ai-notice.html", sha256: String(repeating: "c", count: 64),
      for: "disclosure:ai-use", today: "2026-10-03", note: "The page users see")
    document.plan.addAction(
      "Name a person responsible for AI governance", for: [], owner: "CEO", due: "2026-11-15")
    document.plan.addAction("Confirm where the data is stored", for: ["question:sector"])
    return document
  }

  /// The plan pane on `planExtrasDocument()` after `script`.
  static func planExtrasWorkbench(
    language: Language = .en, width: Int = 80, height: Int = 24, script: String = ""
  ) -> AppState {
    var state = workbench(planExtrasDocument(), language: language, width: width, height: height)
    var runner = PlanRunner(states: ["ev1": .stale, "ev2": .changed])
    runner.press(&state, "6 " + script)
    return state
  }
}

/// The plan pane's sections after the obligations: evidence for disclosure fields and the
/// other actions, with the keys that apply to them.
@Suite struct PlanExtrasTests {
  /// Down to the last row (the list is shorter than this).
  static let end = Array(repeating: "Down", count: 40).joined(separator: " ")

  @Test func fieldEvidenceAndOtherActionsAreListedUnderTheirHeadings() throws {
    let state = UI.planExtrasWorkbench(width: 120, height: 40)
    let bench = try state.bench()
    let entries = planEntries(bench.planReport(state))
    let tail = Array(entries.suffix(4))
    #expect(
      tail == [
        .evidence(obligation: "disclosure:ai-use", item: "ev2"),
        .evidence(obligation: "disclosure:ai-use", item: "ev3"),
        .action(obligation: PlanExtras.otherTarget, item: "a3"),
        .action(obligation: PlanExtras.otherTarget, item: "a4"),
      ])
    let screen = render(UI.planExtrasWorkbench(width: 120, height: 40, script: Self.end)).text
    let field = try #require(UI.rulebook.disclosureFields.first { $0.id == "ai-use" })
    let heading = try #require(screen.range(of: "Evidence for disclosure fields"), "\(screen)")
    let title = try #require(screen.range(of: field.title.en), "\(screen)")
    let item = try #require(screen.range(of: "ok evidence/ai-notice.html"), "\(screen)")
    let others = try #require(screen.range(of: "Other actions"), "\(screen)")
    #expect(heading.upperBound < title.lowerBound && title.upperBound < item.lowerBound)
    #expect(item.upperBound < others.lowerBound)
    #expect(screen.contains("overdue Name a person responsibl"), "\(screen)")
  }

  @Test func anActionForAnObligationThatDoesNotApplyIsAnOtherAction() throws {
    var document = UI.demoDocument()
    let listed = Set(UI.demoPlanObligations().map(\.id))
    let notListed = try #require(UI.rulebook.obligations.first { !listed.contains($0.id) })
    document.plan.addAction("Check again later", for: [notListed.id])
    let state = UI.workbench(document)
    let report = try state.bench().planReport(state)
    #expect(PlanExtras(report).otherActions.map(\.action.id) == ["a1"])
    #expect(planEntries(report).last == .action(obligation: PlanExtras.otherTarget, item: "a1"))
  }

  @Test func otherActionsAreMarkedDoneAndRemoved() throws {
    var state = UI.planExtrasWorkbench(script: Self.end)
    var runner = PlanRunner()
    #expect(try state.bench().planPane.selected == .action(obligation: "", item: "a4"))
    #expect(render(state).text.contains("Confirm where the data is stored"))
    runner.press(&state, "d")
    #expect(PlanPaneTests.plan(state).actions.first { $0.id == "a4" }?.done == true)
    #expect(state.workbench?.document.changeLog.last?.subject == "a4")
    runner.press(&state, "BSpace BSpace")
    #expect(!PlanPaneTests.plan(state).actions.contains { $0.id == "a4" })
    #expect(try state.bench().planPane.selected == .action(obligation: "", item: "a3"))
  }

  @Test func removingFieldEvidenceTakesOnlyTheFieldsLink() throws {
    var state = UI.planExtrasWorkbench(script: Self.end + " Up Up Up")
    var runner = PlanRunner()
    #expect(
      try state.bench().planPane.selected == .evidence(obligation: "disclosure:ai-use", item: "ev2")
    )
    runner.press(&state, "BSpace BSpace")
    let ev2 = try #require(PlanPaneTests.plan(state).evidence.first { $0.id == "ev2" })
    #expect(ev2.supports == [PlanPaneTests.obligations[1].id], "still supports its obligation")
    // ev3 supports only the field: removing its link removes the item.
    runner.press(&state, "BSpace BSpace")
    #expect(!PlanPaneTests.plan(state).evidence.contains { $0.id == "ev3" })
  }

  @Test func underOtherActionsOnlyAddingAnActionIsOffered() throws {
    var state = UI.planExtrasWorkbench(script: Self.end)
    let before = try state.bench().document
    for key in ["g", "m", "e", "f"] {
      let effects = UI.press(&state, key)
      #expect(effects.isEmpty, "\(key)")
      #expect(state.overlay == nil, "\(key)")
      #expect(state.flash?.contains("Choose an obligation") == true, "\(key)")
      #expect(state.flash?.contains("a here adds an action for the whole project") == true)
    }
    #expect(try state.bench().document == before)
  }

  @Test func onFieldEvidenceOnlyAddingEvidenceIsOffered() throws {
    var state = UI.planExtrasWorkbench(script: Self.end + " Up Up")
    #expect(
      try state.bench().planPane.selected == .evidence(obligation: "disclosure:ai-use", item: "ev3")
    )
    let before = try state.bench().document
    for key in ["g", "m", "e", "a"] {
      let effects = UI.press(&state, key)
      #expect(effects.isEmpty, "\(key)")
      #expect(state.overlay == nil, "\(key)")
      #expect(state.flash?.contains("f here adds evidence for this field") == true, "\(key)")
    }
    #expect(try state.bench().document == before)
  }

  @Test func aUnderOtherActionsAddsAnActionForTheWholeProject() throws {
    var state = UI.planExtrasWorkbench(script: Self.end)
    var runner = PlanRunner()
    runner.press(&state, "a")
    #expect(
      state.overlay
        == .prompt(.plan(.actionText(obligation: "")), TextField("", limit: 2000), problem: nil))
    #expect(render(state).text.contains("what is to be done? — for the whole project"))
    runner.press(&state, "Appoint Space a Space DPO Enter Hanako Enter 2026-12-20 Enter")
    #expect(state.overlay == nil)
    let added = try #require(PlanPaneTests.plan(state).actions.last)
    #expect(added.id == "a5" && added.text == "Appoint a DPO" && added.targets == [])
    #expect(added.owner == "Hanako" && added.due == "2026-12-20")
    #expect(
      try state.bench().planPane.selected == .action(obligation: PlanExtras.otherTarget, item: "a5")
    )
    #expect(state.flash == "Added a5 — for the whole project")
    let log = try #require(state.workbench?.document.changeLog.last)
    #expect(log.kind == "action" && log.subject == "a5" && log.to == "Appoint a DPO")
    #expect(render(state).text.contains("Appoint a DPO"))
  }

  @Test func fOnFieldEvidenceAddsAFileForThatField() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "shinsa-plan-extras-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("faq.html").path
    try Data("<p>This service uses AI.</p>\n".utf8).write(to: URL(fileURLWithPath: file))
    var state = UI.planExtrasWorkbench(script: Self.end + " Up Up")
    var runner = PlanRunner()
    runner.press(&state, "f")
    #expect(
      state.overlay
        == .prompt(
          .plan(.evidence(obligation: "disclosure:ai-use")), TextField("", limit: 1000),
          problem: nil))
    let field = try #require(UI.rulebook.disclosureFields.first { $0.id == "ai-use" })
    #expect(
      planPromptTitle(state, .evidence(obligation: "disclosure:ai-use"))
        == "Evidence file (from the project's folder) — for Disclosure · \(field.title.en)")
    // At 80 columns the box cuts the title after the field's first words.
    #expect(
      render(state).text.contains(
        "Evidence file (from the project's folder) — for Disclosure · That AI"))
    _ = update(&state, .key(.paste(file)))
    runner.press(&state, "Enter")
    let item = try #require(PlanPaneTests.plan(state).evidence.last)
    #expect(item.id == "ev4" && item.path == "faq.html" && item.supports == ["disclosure:ai-use"])
    #expect(
      try state.bench().planPane.selected == .evidence(obligation: "disclosure:ai-use", item: "ev4")
    )
    #expect(state.workbench?.document.changeLog.last?.subject == "disclosure:ai-use")
  }

  @Test func tabCompletesTheFieldEvidencePath() throws {
    var state = UI.planExtrasWorkbench(script: Self.end + " Up Up")
    var runner = PlanRunner(folders: ["docs/": [PathEntry(name: "notice.html", isFolder: false)]])
    runner.press(&state, "f docs/no Tab")
    #expect(
      state.overlay
        == .prompt(
          .plan(.evidence(obligation: "disclosure:ai-use")),
          TextField("docs/notice.html", limit: 1000), problem: nil))
  }

  @Test func aWithNoRowsAddsAnActionForTheWholeProject() throws {
    var state = UI.workbench(UI.document())
    var runner = PlanRunner()
    runner.press(&state, "6")
    // No obligation listed and no extras: the pane has no rows at all.
    state.workbench?.assessment.obligations = []
    try #require(planEntries(try state.bench().planReport(state)).isEmpty)
    runner.press(&state, "g")
    #expect(state.flash?.contains("No obligation applies") == true)
    #expect(state.overlay == nil)
    runner.press(&state, "a")
    #expect(
      state.overlay
        == .prompt(.plan(.actionText(obligation: "")), TextField("", limit: 2000), problem: nil))
    runner.press(&state, "Keep Space watching Enter Enter Enter")
    let added = try #require(PlanPaneTests.plan(state).actions.last)
    #expect(added.text == "Keep watching" && added.targets == [])
  }

  @Test func readOnlyOpensNoPromptOnTheseRows() throws {
    var state = UI.workbench(UI.planExtrasDocument(), notice: "held elsewhere")
    var runner = PlanRunner()
    runner.press(&state, "6 " + Self.end)
    runner.press(&state, "a")
    #expect(state.overlay == nil)
    runner.press(&state, "Up Up f")
    #expect(state.overlay == nil)
    #expect(state.flash?.lowercased().contains("read-only") == true)
  }

  @Test func readOnlyRefusesDoneAndRemoveHereToo() throws {
    var state = UI.workbench(UI.planExtrasDocument(), notice: "held elsewhere")
    var runner = PlanRunner()
    runner.press(&state, "6 " + Self.end)
    for key in ["d", "BSpace", "BSpace"] {
      runner.press(&state, key)
      #expect(state.flash?.lowercased().contains("read-only") == true, "\(key)")
    }
    #expect(try state.bench().document == UI.planExtrasDocument())
  }

  @Test func theDetailSaysWhatEachIsFor() throws {
    let action = render(UI.planExtrasWorkbench(width: 120, height: 40, script: Self.end)).text
    #expect(action.contains("For: Question · "), "\(action)")
    let evidence = render(
      UI.planExtrasWorkbench(width: 120, height: 40, script: Self.end + " Up Up")
    ).text
    #expect(evidence.contains("Evidence ev3"), "\(evidence)")
    #expect(evidence.contains("removes it from disclosure:ai-use"), "\(evidence)")
  }
}
