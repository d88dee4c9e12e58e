import Foundation
import Testing

@testable import ShinsaCore
@testable import ShinsaUI

/// Shared fixtures for the TUI tests: the bundled rulebook, states on the browser and on the
/// workbench, scripted key presses and a fixed clock so every result is deterministic.
enum UI {
  /// The clock every test state starts with.
  static let now = "2026-11-25T10:00:00Z"
  /// When the test documents (other than the demo) were created; differs from ``now`` so a
  /// change's timestamp is visible.
  static let created = "2026-11-01T09:00:00Z"
  /// The folder the browser shows.
  static let folder = "/projects"
  /// Where the demo project is said to live.
  static let demoPath = "/projects/demo.shinsa.json"
  /// Where the other test projects are said to live.
  static let bankPath = "/projects/sakura-bank.shinsa.json"

  /// The bundled rulebook, loaded once.
  static let rulebook: Rulebook = {
    do {
      return try RulebookLoader.bundled()
    } catch {
      fatalError("the bundled rulebook does not load: \(error)")
    }
  }()

  /// A fresh state on the project browser (projects not yet listed).
  static func browser(language: Language = .en, width: Int = 80, height: Int = 24) -> AppState {
    AppState(
      rulebook: rulebook, folder: folder, language: language, width: width, height: height,
      now: now)
  }

  /// A browser that has listed `projects`.
  static func browser(
    projects: [ProjectSummary], language: Language = .en, width: Int = 80, height: Int = 24
  ) -> AppState {
    var state = browser(language: language, width: width, height: height)
    _ = update(&state, .projectsListed(projects))
    return state
  }

  /// The demo project (fictional consumer lender), built at the fixed clock.
  static func demoDocument() -> ProjectDocument {
    DemoProject.document(rulebook: rulebook, now: now)
  }

  /// A new project with `answers`, positioned at `current`.
  static func document(
    answers: [String: Answer] = [:], current: String? = nil, client: String = "Sakura Bank",
    system: String = "Loan screening"
  ) -> ProjectDocument {
    var document = ProjectDocument(
      rulebook: rulebook, client: client, system: system, assessor: "Tester", now: created)
    document.answers = answers
    if let current {
      // Positioned there with no path taken yet.
      document.current = current
      document.path = []
    }
    return document
  }

  /// A state on the workbench after `document` was opened through ``update(_:_:)``.
  static func workbench(
    _ document: ProjectDocument? = nil, path: String = demoPath, notice: String? = nil,
    recovery: ProjectDocument? = nil, language: Language = .en, width: Int = 80,
    height: Int = 24
  ) -> AppState {
    var state = browser(projects: [], language: language, width: width, height: height)
    let effects = update(
      &state,
      .opened(
        path: path, document: document ?? demoDocument(), notice: notice, recovery: recovery))
    precondition(effects.isEmpty, "opening a project asks for no effects")
    return state
  }

  /// A workbench on a new project positioned at question `current`.
  static func workbench(
    at current: String, answers: [String: Answer] = [:], language: Language = .en
  ) -> AppState {
    workbench(document(answers: answers, current: current), path: bankPath, language: language)
  }

  /// A drone-delivery pilot that runs into a rule: the project-based sandbox applies, with
  /// some sandbox questions answered.
  static func sandboxWorkbench(language: Language = .en, width: Int = 80, height: Int = 24)
    -> AppState
  {
    let answers: [String: Answer] = [
      "sector": .choices(["mobility"]), "use_case": .choices(["quality-inspection"]),
      "role": .choice("provider"), "people_affected": .number(1000),
      "decision_role": .choice("none"), "infrastructure_operator": .bool(false),
      "personal_data": .choice("personal"), "cross_border_transfer": .bool(false),
      "uses_foundation_model": .bool(false), "offered_in_eu": .bool(false),
      "headquarters": .choice("foreign"), "regulatory_barrier": .choice("blocked"),
      "barrier_goal": .choice("demonstrate"), "sandbox_novel": .bool(true),
      "sandbox_statute_named": .bool(false),
    ]
    return workbench(
      document(
        answers: answers, current: "regulatory_barrier", client: "Sora Robotics",
        system: "Inspection pilot"),
      path: bankPath, language: language, width: width, height: height)
  }

  /// The hostile-content fixture (Tests/Fixtures/hostile/hostile.shinsa.json).
  static func hostileDocument() -> ProjectDocument {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Fixtures/hostile/hostile.shinsa.json")
    guard let data = try? Data(contentsOf: url),
      let decoded = try? ProjectCodec.decode(
        Array(data), file: url.path, rulebook: rulebook)
    else {
      preconditionFailure("the hostile fixture must load")
    }
    return decoded.document
  }

  /// The walkthrough's clinic (Tests/Fixtures/projects/clinic-scribe.shinsa.json): an AI
  /// medical scribe on the gray-zone route, with evidence on a criterion the answers meet.
  static func clinicDocument() -> ProjectDocument {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent(
        "Fixtures/projects/clinic-scribe.shinsa.json")
    guard let data = try? Data(contentsOf: url),
      let decoded = try? ProjectCodec.decode(Array(data), file: url.path, rulebook: rulebook)
    else {
      preconditionFailure("the clinic fixture must load")
    }
    return decoded.document
  }

  /// Presses the keys of a ``KeyScript`` and returns every effect they asked for, in order.
  @discardableResult
  static func press(_ state: inout AppState, _ script: String) -> [Effect] {
    press(&state, keys: KeyScript.parse(script))
  }

  /// Presses `keys` and returns every effect they asked for, in order.
  @discardableResult
  static func press(_ state: inout AppState, keys: [Key]) -> [Effect] {
    keys.flatMap { update(&state, .key($0)) }
  }

  /// A project list row.
  static func summary(
    name: String, client: String = "", system: String = "", tier: Tier? = nil,
    requiresReview: Bool = false, answered: Int = 0, total: Int = 0, followUps: Int = 0,
    modified: String = "", problem: String? = nil
  ) -> ProjectSummary {
    ProjectSummary(
      path: folder + "/" + name + ".shinsa.json", name: name, client: client, system: system,
      tier: tier, requiresReview: requiresReview, answered: answered, total: total,
      followUps: followUps, modified: modified, problem: problem)
  }

  /// Two readable projects, as the browser would list them.
  static let twoProjects: [ProjectSummary] = [
    summary(
      name: "demo-hikari-credit", client: "Hikari Lending K.K. (fictional)",
      system: "Instant credit decisions", tier: .speciallyDesignated, requiresReview: true,
      answered: 15, total: 16, followUps: 3, modified: "2026-11-25T09:41:07Z"),
    summary(
      name: "minato-factory", client: "Minato Seiki 株式会社", system: "外観検査AI (visual inspection)",
      tier: .standard, answered: 13, total: 13, modified: "2026-11-20T16:05:00Z"),
  ]

  /// The bank-credit scenario (Tests/Fixtures/scenarios/bank-credit-scoring.json) typed
  /// through the interview from a new project: keys per question, in interview order.
  /// Questions the scenario leaves open (free text) are skipped with →.
  static let bankCreditKeys = [
    "Enter",  // sector: finance (first option)
    "Enter",  // use_case: credit-decision (first option)
    "Down Down Enter",  // role: provider
    "Right",  // system_purpose: not in the scenario
    "Enter 2000000 Enter",  // people_affected
    "Down Down Enter",  // decision_role: decides
    "Right",  // human_oversight: not in the scenario
    "Down Enter",  // infrastructure_operator: no
    "Down Enter",  // personal_data: personal
    "Enter",  // cross_border_transfer: yes
    "Enter",  // uses_foundation_model: yes
    "Right",  // model_name: not in the scenario
    "Enter",  // fine_tuned: yes
    "Down Enter",  // offered_in_eu: no
    "Right",  // offered_abroad: not in the scenario
    "Down Enter",  // headquarters: foreign
    "Enter",  // regulatory_barrier: none
  ]

  /// The scenario's answers, as the interview should record them.
  static let bankCreditAnswers: [String: Answer] = [
    "sector": .choices(["finance"]), "use_case": .choices(["credit-decision"]),
    "role": .choice("provider"), "people_affected": .number(2_000_000),
    "decision_role": .choice("decides"), "infrastructure_operator": .bool(false),
    "personal_data": .choice("personal"), "cross_border_transfer": .bool(true),
    "uses_foundation_model": .bool(true), "fine_tuned": .bool(true),
    "offered_in_eu": .bool(false), "headquarters": .choice("foreign"),
    "regulatory_barrier": .choice("none"),
  ]
}

extension AppState {
  /// The workbench, or a test failure when the state is not on one.
  func bench(sourceLocation: SourceLocation = #_sourceLocation) throws -> WorkbenchState {
    try #require(workbench, "expected an open project", sourceLocation: sourceLocation)
  }

  /// The id of the question on screen.
  var currentID: String? { workbench?.interview.current }
}

extension Frame {
  /// The frame's text split into its rows.
  var rows: [String] {
    text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  }
}
