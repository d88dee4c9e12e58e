import Foundation
import Testing

@testable import ShinsaCore
@testable import ShinsaUI

/// A runner for the plan pane's effects in tests: evidence states come from `states` (by
/// evidence id, ok otherwise) on a fixed day; evidence files are read from disk with Core's
/// limit; folders are listed from `folders`.
struct PlanRunner {
  var today = "2026-11-25"
  var states: [String: EvidenceState] = [:]
  var folders: [String: [PathEntry]] = [:]
  /// Every effect asked for, in order.
  var effects: [Effect] = []

  /// Presses the keys of `script`, answering each effect as the runner would.
  mutating func press(_ state: inout AppState, _ script: String) {
    for key in KeyScript.parse(script) { run(&state, update(&state, .key(key))) }
  }

  mutating func run(_ state: inout AppState, _ effects: [Effect]) {
    for effect in effects {
      self.effects.append(effect)
      switch effect {
      case .save: run(&state, update(&state, .saveFinished(error: nil)))
      case .checkEvidence(_, let items):
        var found: [String: EvidenceState] = [:]
        for item in items { found[item.id] = states[item.id] ?? .ok }
        let result = EvidenceCheckResult(today: today, items: items, states: found)
        run(&state, update(&state, .evidenceChecked(result)))
      case .readEvidence(_, let file, let target):
        do {
          let sha256 = try EvidenceFiles.digest(path: file)
          let read = EvidenceReadResult(
            target: target, path: (file as NSString).lastPathComponent, sha256: sha256,
            today: today)
          run(&state, update(&state, .evidenceRead(read)))
        } catch {
          run(&state, update(&state, .failed("cannot add evidence: \(file): \(error.message).")))
        }
      case .listPath(_, let typed):
        let folder = PathCompletion.split(typed).folder
        run(&state, update(&state, .pathListed(typed: typed, entries: folders[folder] ?? [])))
      default: break
      }
    }
  }
}

extension UI {
  /// The obligations the demo's plan pane lists, in order.
  static func demoPlanObligations() -> [Obligation] {
    let probe = workbench()
    return probe.workbench?.planReport(probe).rows.map(\.obligation) ?? []
  }

  /// The demo with a plan: a gap with a reason and two actions (one overdue), a met
  /// obligation with two evidence items (one stale, one changed), and a reopened status.
  static func planDocument() -> ProjectDocument {
    let obligations = demoPlanObligations()
    var plan = Plan()
    try? plan.setStatus(
      .gap, reason: "No impact assessment yet.", for: obligations[0], now: created)
    plan.addAction(
      "Write the impact assessment", for: [obligations[0].id], owner: "Hanako Sato",
      due: "2026-11-01")
    plan.addAction("Publish the notice", for: [obligations[0].id], due: "2026-12-31")
    _ = plan.addEvidence(
      path: "evidence/privacy-policy.pdf", sha256: String(repeating: "a", count: 64),
      for: obligations[1].id, today: "2026-10-01", note: "Signed by the DPO",
      reviewBy: "2026-11-01")
    _ = plan.addEvidence(
      path: "evidence/vendor-contract.pdf", sha256: String(repeating: "b", count: 64),
      for: obligations[1].id, today: "2026-10-02")
    try? plan.setStatus(.met, reason: "", for: obligations[1], now: created)
    plan.obligations[obligations[2].id] = ObligationRecord(
      status: .notApplicable, reason: "No such data.", updated: created, basis: "an-old-rulebook")
    var document = demoDocument()
    document.plan = plan
    return document
  }

  /// The demo with a plan, on the plan pane, its evidence checked (ev1 stale, ev2 changed).
  static func planWorkbench(
    language: Language = .en, width: Int = 80, height: Int = 24, script: String = ""
  ) -> AppState {
    var state = workbench(planDocument(), language: language, width: width, height: height)
    var runner = PlanRunner(states: ["ev1": .stale, "ev2": .changed])
    runner.press(&state, "6 " + script)
    return state
  }
}

extension GoldenCase {
  /// The demo with a plan on the plan pane after `script`.
  static func plan(_ name: String, sizes: [(Int, Int)] = sizes, _ script: String)
    -> [GoldenCase]
  {
    matrix(name, sizes: sizes) { language, width, height in
      UI.planWorkbench(language: language, width: width, height: height, script: script)
    }
  }
}

/// The plan pane: statuses and their rules, evidence, actions, read-only, the evidence check.
@Suite struct PlanPaneTests {
  static func plan(_ state: AppState) -> Plan { state.workbench?.document.plan ?? Plan() }
  static let obligations = UI.demoPlanObligations()

  /// A fresh demo (no plan) on the plan pane.
  static func fresh(_ runner: inout PlanRunner, notice: String? = nil) -> AppState {
    var state = UI.workbench(notice: notice)
    runner.press(&state, "6")
    return state
  }

  @Test func sixAndTabReachThePlanPaneWhichListsWhatStatusLists() throws {
    var state = UI.workbench()
    UI.press(&state, "6")
    #expect(state.workbench?.pane == .plan)
    UI.press(&state, "5 Tab")
    #expect(state.workbench?.pane == .plan)
    UI.press(&state, "Tab")
    #expect(state.workbench?.pane == .interview)
    UI.press(&state, "BTab")
    #expect(state.workbench?.pane == .plan)
    #expect(Keymap.context(for: .plan) == .plan)
    let workbench = try #require(state.workbench)
    let report = workbench.planReport(state)
    #expect(!report.rows.isEmpty)
    #expect(report.rows.allSatisfy { $0.applies != .no })
    #expect(report.rows.allSatisfy { $0.status.status == .unknown })
    #expect(render(state).text.contains("? unknown \(report.rows.count)"))
  }

  @Test func gapPartlyAndUnknownAreSetAtOnceAndLogged() throws {
    var runner = PlanRunner()
    var state = Self.fresh(&runner)
    let id = Self.obligations[0].id
    runner.press(&state, "g")
    #expect(Self.plan(state).obligations[id]?.status == .gap)
    #expect(runner.effects.contains { if case .save = $0 { true } else { false } })
    let log = try #require(state.workbench?.document.changeLog.last)
    #expect(log.kind == "status" && log.subject == id && log.from == "unknown" && log.to == "gap")
    runner.press(&state, "p")
    #expect(Self.plan(state).obligations[id]?.status == .partly)
    runner.press(&state, "u")
    #expect(Self.plan(state).obligations[id] == nil)
    #expect(state.workbench?.document.changeLog.last?.to == "unknown")
  }

  @Test func metAndNotApplicableWithoutAReasonAreRefusedWithTheRuleThenTakeOne() throws {
    var runner = PlanRunner()
    var state = Self.fresh(&runner)
    let id = Self.obligations[0].id
    runner.press(&state, "m")
    #expect(Self.plan(state).obligations[id] == nil)
    #expect(state.flash?.contains("“Met” needs a reason or evidence") == true)
    guard case .prompt(.plan(.reason(id, .met)), _, _)? = state.overlay else {
      Issue.record("the reason prompt should open: \(String(describing: state.overlay))")
      return
    }
    // An empty reason is refused with the rule's sentence; a reason sets the status.
    runner.press(&state, "Enter")
    guard case .prompt(_, _, let problem?)? = state.overlay else {
      Issue.record("an empty reason should be refused")
      return
    }
    #expect(problem.contains("“Met” needs a reason or evidence"))
    runner.press(&state, "Signed Space off Enter")
    #expect(state.overlay == nil)
    #expect(Self.plan(state).obligations[id]?.status == .met)
    #expect(Self.plan(state).obligations[id]?.reason == "Signed off")
    // Not applicable: the same rule, its own sentence.
    runner.press(&state, "Down n")
    let second = Self.obligations[1].id
    #expect(state.flash?.contains("“Not applicable” needs a reason") == true)
    runner.press(&state, "C-g")
    #expect(state.overlay == nil)
    #expect(Self.plan(state).obligations[second] == nil)
  }

  @Test func aRefusedStatusIsWordedInTheInterfaceLanguageWithTheObligationsTitle() throws {
    var runner = PlanRunner()
    var state = Self.fresh(&runner)
    let obligation = Self.obligations[0]
    runner.press(&state, "m")
    #expect(state.flash?.contains("“\(obligation.title.text(.en))”") == true)
    #expect(state.flash?.contains(obligation.id) == false)
    runner.press(&state, "C-g L m")
    let flash = state.flash ?? ""
    #expect(flash.contains("「\(obligation.title.text(.ja))」"), "\(flash)")
    #expect(flash.contains("対応済みには理由か根拠資料が必要です"), "\(flash)")
    #expect(!flash.contains(obligation.id) && !flash.contains("needs"), "\(flash)")
    runner.press(&state, "Enter")
    guard case .prompt(_, _, let problem?)? = state.overlay else {
      Issue.record("an empty reason should be refused")
      return
    }
    #expect(problem.contains("「\(obligation.title.text(.ja))」"), "\(problem)")
  }

  @Test func metWithEvidenceNeedsNoReasonAndTheReasonIsEditable() throws {
    var state = UI.planWorkbench()
    var runner = PlanRunner()
    // The second obligation has evidence: met is accepted without a reason.
    runner.press(&state, "Down Down Down Down Down g m")
    let id = Self.obligations[1].id
    #expect(Self.plan(state).obligations[id]?.status == .met)
    #expect(state.overlay == nil)
    runner.press(&state, "e Reviewed Enter")
    #expect(Self.plan(state).obligations[id]?.reason == "Reviewed")
    #expect(Self.plan(state).obligations[id]?.status == .met)
    // Emptying a not-applicable reason is refused by the rule.
    runner.press(&state, "n")
    #expect(Self.plan(state).obligations[id]?.status == .notApplicable)
    runner.press(&state, "e C-u Enter")
    guard case .prompt(_, _, let problem?)? = state.overlay else {
      Issue.record("an empty not-applicable reason should be refused")
      return
    }
    #expect(problem.contains("“Not applicable” needs a reason"))
    runner.press(&state, "C-g")
    #expect(Self.plan(state).obligations[id]?.reason == "Reviewed")
  }

  @Test func theReasonOfAnUnknownStatusWaitsForAStatus() {
    var runner = PlanRunner()
    var state = Self.fresh(&runner)
    runner.press(&state, "e")
    #expect(state.overlay == nil)
    #expect(state.flash?.contains("Set a status first") == true)
  }

  @Test func evidenceFromAFileIsHashedRecordedAndChecked() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "shinsa-plan-pane-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("dpia.txt").path
    try Data("the impact assessment\n".utf8).write(to: URL(fileURLWithPath: file))
    var runner = PlanRunner()
    var state = Self.fresh(&runner)
    let id = Self.obligations[0].id
    runner.press(&state, "f")
    #expect(
      state.overlay.map { if case .prompt(.plan(.evidence(id)), _, _) = $0 { true } else { false } }
        == true)
    _ = update(&state, .key(.paste(file)))
    runner.press(&state, "Enter")
    let item = try #require(Self.plan(state).evidence.first)
    #expect(item.path == "dpia.txt")
    #expect(item.sha256 == SHA256.hex(Array("the impact assessment\n".utf8)))
    #expect(item.added == runner.today)
    #expect(item.supports == [id])
    #expect(state.workbench?.document.changeLog.last?.kind == "evidence")
    #expect(state.flash?.contains("Added ev1") == true)
    // The new item was checked once, with the project's evidence as it now is.
    let checks = runner.effects.filter { if case .checkEvidence = $0 { true } else { false } }
    #expect(checks.count == 2)
    #expect(state.workbench?.planPane.check?.items == Self.plan(state).evidence)
    #expect(state.workbench?.planPane.selected == .evidence(obligation: id, item: "ev1"))
    // Moving does not check again: the states are kept per project change.
    runner.press(&state, "Down Up Down")
    #expect(
      runner.effects.filter { if case .checkEvidence = $0 { true } else { false } }.count == 2)
    // A file that is not there is refused with a sentence naming it.
    runner.press(&state, "f")
    _ = update(&state, .key(.paste(folder.path + "/nothing.txt")))
    runner.press(&state, "Enter")
    #expect(state.flash?.contains("nothing.txt") == true)
    #expect(Self.plan(state).evidence.count == 1)
  }

  @Test func tabCompletesTheEvidencePath() {
    var runner = PlanRunner()
    runner.folders = [
      "": [
        PathEntry(name: "evidence", isFolder: true), PathEntry(name: "notes.md", isFolder: false),
        PathEntry(name: ".hidden", isFolder: false),
      ],
      "evidence/": [
        PathEntry(name: "dpia-2026.pdf", isFolder: false),
        PathEntry(name: "dpia-2025.pdf", isFolder: false),
      ],
    ]
    var state = Self.fresh(&runner)
    runner.press(&state, "f ev Tab")
    guard case .prompt(_, let field, _)? = state.overlay else {
      Issue.record("the evidence prompt should be open")
      return
    }
    #expect(field.text == "evidence/")
    runner.press(&state, "Tab")
    guard case .prompt(_, let field2, _)? = state.overlay else { return }
    #expect(field2.text == "evidence/dpia-202")
    runner.press(&state, "Tab")
    guard case .prompt(_, _, let matches?)? = state.overlay else {
      Issue.record("several matches should be listed")
      return
    }
    #expect(matches.contains("dpia-2025.pdf") && matches.contains("dpia-2026.pdf"))
    #expect(
      PathCompletion.complete("", entries: runner.folders[""] ?? []).matches == [
        "evidence/", "notes.md",
      ])
  }

  @Test func actionsAreAddedMarkedDoneAndRemoved() throws {
    var runner = PlanRunner()
    var state = Self.fresh(&runner)
    let id = Self.obligations[0].id
    runner.press(&state, "a Enter")
    guard case .prompt(_, _, let problem?)? = state.overlay else {
      Issue.record("an empty action should be refused")
      return
    }
    #expect(problem.contains("empty"))
    runner.press(&state, "Write Space the Space DPIA Enter Hanako Enter 2026-13-01 Enter")
    guard case .prompt(.plan(.actionDue), _, let dateProblem?)? = state.overlay else {
      Issue.record("a bad date should be refused")
      return
    }
    #expect(dateProblem.contains("YYYY-MM-DD"))
    runner.press(&state, "C-u 2026-11-01 Enter")
    let action = try #require(Self.plan(state).actions.first)
    #expect(
      action.text == "Write the DPIA" && action.owner == "Hanako" && action.due == "2026-11-01")
    #expect(action.targets == [id] && !action.done)
    #expect(state.workbench?.document.changeLog.last?.subject == "a1")
    // Overdue on the runner's day, shown in the list.
    #expect(render(state).text.contains("overdue"))
    runner.press(&state, "d")
    #expect(Self.plan(state).actions.first?.done == true)
    runner.press(&state, "d")
    #expect(Self.plan(state).actions.first?.done == false)
    // Removal asks for a second press; another key forgets the first.
    runner.press(&state, "BSpace")
    #expect(Self.plan(state).actions.count == 1)
    #expect(state.flash?.contains("again") == true)
    runner.press(&state, "d BSpace")
    #expect(Self.plan(state).actions.count == 1)
    runner.press(&state, "BSpace")
    #expect(Self.plan(state).actions.isEmpty)
    #expect(state.workbench?.document.changeLog.last?.to == "removed")
  }

  @Test func removingAnEvidenceLinkKeepsAnItemThatSupportsSomethingElse() throws {
    var document = UI.planDocument()
    let first = Self.obligations[0].id
    document.plan.evidence[0].supports.append(first)
    var state = UI.workbench(document)
    var runner = PlanRunner()
    runner.press(&state, "6")
    // First obligation, its ev1 row (evidence comes before actions).
    runner.press(&state, "Down BSpace BSpace")
    #expect(Self.plan(state).evidence.first?.supports == [Self.obligations[1].id])
    // On the second obligation: ev1 again, now its last link: the item goes.
    runner.press(&state, "Down Down Down Down BSpace BSpace")
    #expect(Self.plan(state).evidence.map(\.id) == ["ev2"])
  }

  @Test func readOnlyRefusesEveryChange() {
    var runner = PlanRunner()
    var state = Self.fresh(&runner, notice: "Opened read-only.")
    for key in ["g", "m", "f", "a", "e"] {
      runner.press(&state, key)
      #expect(state.overlay == nil)
      #expect(state.flash?.lowercased().contains("read-only") == true)
    }
    #expect(Self.plan(state).isEmpty)
    #expect(!runner.effects.contains { if case .save = $0 { true } else { false } })
  }

  @Test func evidenceStatesOverdueAndReopenedShowInTheList() throws {
    let state = UI.planWorkbench(width: 120, height: 40)
    let text = render(state).text
    #expect(text.contains("stale evidence/privacy-policy.pdf"))
    #expect(text.contains("changed evidence/vendor-contract"))
    #expect(text.contains("overdue Write the impact assessm"))
    #expect(text.contains("? reopened: "))
    let workbench = try #require(state.workbench)
    let report = workbench.planReport(state)
    #expect(report.rows[2].status.reopened)
    #expect(report.count(.met) == 1 && report.count(.gap) == 1)
  }

  @Test func enteringThePaneChecksAgainButOtherKeysDoNot() {
    var state = UI.planWorkbench()
    var runner = PlanRunner()
    runner.press(&state, "Down Down 1 2")
    #expect(runner.effects.isEmpty)
    runner.press(&state, "6")
    #expect(runner.effects.count == 1)
  }
}
