import Foundation
import Testing

@testable import ShinsaCore
@testable import ShinsaUI

/// Golden screens: `render(state).text` compared with files in Tests/Fixtures/golden.
///
/// A missing file fails, as a changed screen does. To record a new screen, or re-record on
/// purpose after a deliberate change to the screens, run
/// `SHINSA_RECORD_GOLDEN=1 swift test --filter GoldenScreenTests` and review the diff of
/// Tests/Fixtures/golden before committing.
enum Golden {
  /// Tests/Fixtures/golden in the source tree.
  static let folder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures").appendingPathComponent("golden")

  static var recording: Bool {
    ProcessInfo.processInfo.environment["SHINSA_RECORD_GOLDEN"] == "1"
  }

  /// Compares `text` with the golden file `name`.txt (records it when asked to).
  static func compare(_ text: String, name: String, sourceLocation: SourceLocation) {
    let url = folder.appendingPathComponent(name + ".txt")
    if recording {
      do {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try (text + "\n").write(to: url, atomically: true, encoding: .utf8)
        print("note: recorded golden screen \(url.path)")
      } catch {
        Issue.record("cannot write \(url.path): \(error)", sourceLocation: sourceLocation)
      }
      return
    }
    if let problem = problem(text, name: name) {
      Issue.record(Comment(rawValue: problem), sourceLocation: sourceLocation)
    }
  }

  /// What is wrong with `text` against the golden file `name`.txt: missing, or differing (with
  /// the diff); nil when it matches.
  static func problem(_ text: String, name: String) -> String? {
    let url = folder.appendingPathComponent(name + ".txt")
    guard var expected = try? String(contentsOf: url, encoding: .utf8) else {
      return "golden screen \(name).txt is missing: record it with "
        + "`SHINSA_RECORD_GOLDEN=1 swift test --filter GoldenScreenTests`, "
        + "then review and commit Tests/Fixtures/golden/\(name).txt"
    }
    if expected.hasSuffix("\n") { expected.removeLast() }
    guard let difference = diff(expected: expected, actual: text) else { return nil }
    return "golden screen \(name).txt differs from the rendered screen\n" + difference
      + "\n(if the change is deliberate, re-record with SHINSA_RECORD_GOLDEN=1)"
  }

  /// A readable line diff: the first differing line numbers with both versions, or nil.
  static func diff(expected: String, actual: String) -> String? {
    guard expected != actual else { return nil }
    let old = expected.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let new = actual.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    var report: [String] = []
    if old.count != new.count {
      report.append("expected \(old.count) lines, rendered \(new.count)")
    }
    let differing = (0..<max(old.count, new.count)).filter { index in
      (index < old.count ? old[index] : nil) != (index < new.count ? new[index] : nil)
    }
    for index in differing.prefix(8) {
      report.append("line \(index + 1):")
      report.append("  golden:   |" + (index < old.count ? old[index] : "(no line)") + "|")
      report.append("  rendered: |" + (index < new.count ? new[index] : "(no line)") + "|")
    }
    if differing.count > 8 { report.append("… and \(differing.count - 8) more differing lines") }
    return report.joined(separator: "\n")
  }
}

/// One golden screen: how to reach it and which invariants apply.
struct GoldenCase: Sendable, CustomTestStringConvertible {
  var name: String
  /// The too-small screen and full-height overlays hide the tier line on purpose.
  var showsTierNotice: Bool = true
  var state: @Sendable () -> AppState

  var testDescription: String { name }

  static let sizes = [(80, 24), (120, 40)]

  /// The case at every size and in both languages.
  static func matrix(
    _ name: String, showsTierNotice: Bool = true,
    sizes: [(Int, Int)] = sizes, languages: [Language] = Language.allCases,
    _ make: @escaping @Sendable (Language, Int, Int) -> AppState
  ) -> [GoldenCase] {
    sizes.flatMap { width, height in
      languages.map { language in
        GoldenCase(
          name: "\(name)-\(language.rawValue)-\(width)x\(height)",
          showsTierNotice: showsTierNotice
        ) { make(language, width, height) }
      }
    }
  }

  /// The demo on the workbench after `script`.
  static func workbench(
    _ name: String, showsTierNotice: Bool = true, sizes: [(Int, Int)] = sizes, _ script: String
  ) -> [GoldenCase] {
    matrix(name, showsTierNotice: showsTierNotice, sizes: sizes) { language, width, height in
      var state = UI.workbench(language: language, width: width, height: height)
      UI.press(&state, script)
      return state
    }
  }

  /// The sandbox case (a blocked pilot) on the workbench after `script`.
  static func sandbox(_ name: String, sizes: [(Int, Int)] = sizes, _ script: String)
    -> [GoldenCase]
  {
    matrix(name, sizes: sizes) { language, width, height in
      var state = UI.sandboxWorkbench(language: language, width: width, height: height)
      UI.press(&state, script)
      return state
    }
  }

  /// The hostile-content project (escape sequences, bidi overrides, control characters,
  /// very long lines, the largest number) after `script`: everything must render inert.
  static func hostile(_ name: String, sizes: [(Int, Int)] = sizes, _ script: String)
    -> [GoldenCase]
  {
    matrix(name, sizes: sizes) { language, width, height in
      var state = UI.workbench(
        UI.hostileDocument(), path: UI.bankPath, language: language, width: width, height: height)
      UI.press(&state, script)
      return state
    }
  }

  /// The walkthrough's clinic on the workbench after `script`.
  static func clinic(_ name: String, sizes: [(Int, Int)] = sizes, _ script: String)
    -> [GoldenCase]
  {
    matrix(name, sizes: sizes) { language, width, height in
      var state = UI.workbench(
        UI.clinicDocument(), path: UI.bankPath, language: language, width: width, height: height)
      UI.press(&state, script)
      return state
    }
  }

  static let all: [GoldenCase] =
    matrix("browser-projects") { language, width, height in
      UI.browser(projects: UI.twoProjects, language: language, width: width, height: height)
    }
    + matrix("browser-empty") { language, width, height in
      UI.browser(projects: [], language: language, width: width, height: height)
    }
    + matrix("browser-filter", sizes: [(80, 24)]) { language, width, height in
      var state = UI.browser(
        projects: UI.twoProjects + [
          UI.summary(name: "broken", problem: "broken.shinsa.json: line 1: not JSON")
        ],
        language: language, width: width, height: height)
      UI.press(&state, "/ i")
      return state
    }
    + matrix("browser-problem-row", sizes: [(80, 24)]) { language, width, height in
      var state = UI.browser(
        projects: UI.twoProjects + [
          UI.summary(
            name: "broken",
            problem:
              "broken.shinsa.json: line 1, column 1: expected '{' but found 'x' — this is not a shinsa project file"
          )
        ],
        language: language, width: width, height: height)
      UI.press(&state, "Down Down")
      return state
    }
    + workbench("pane1-interview", "1")
    + workbench("pane2-guidance", "2")
    + workbench("pane3-disclosure", "3")
    + workbench("pane4-sandbox", "4")
    + workbench("pane5-report", "5")
    // The Report pane's summary with a plan: counts by status, overdue actions.
    + matrix("pane5-report-plan") { language, width, height in
      var state = UI.workbench(
        UI.planFixtureDocument(), path: UI.demoPath, language: language, width: width,
        height: height)
      UI.press(&state, "5")
      return state
    }
    + workbench("overlay-why", showsTierNotice: false, "w")
    // The end of the why dialog: the answer changes that would change the conclusions.
    + workbench(
      "overlay-why-end", showsTierNotice: false,
      "w " + Array(repeating: "PgDn", count: 40).joined(separator: " "))
    + workbench("overlay-help", showsTierNotice: false, "?")
    // Discoverability: the why dialog searched, help filtered as you type, the palette.
    + matrix("overlay-why-search", showsTierNotice: false) { language, width, height in
      var state = UI.workbench(language: language, width: width, height: height)
      UI.press(&state, language == .en ? "w / credit Enter n" : "w / 与信 Enter n")
      return state
    }
    + workbench("overlay-why-notice", showsTierNotice: false, "w m")
    + matrix("overlay-help-filter", showsTierNotice: false) { language, width, height in
      var state = UI.workbench(language: language, width: width, height: height)
      UI.press(&state, language == .en ? "? export" : "? 出力")
      return state
    }
    + workbench("overlay-palette", ":")
    + matrix("overlay-palette-filter") { language, width, height in
      var state = UI.workbench(language: language, width: width, height: height)
      UI.press(&state, language == .en ? ": draft" : ": 下書き")
      return state
    }
    + workbench("overlay-about", showsTierNotice: false, "1 i")
    + workbench("overlay-jump", "g Down Down")
    + workbench("overlay-note", "e")
    + workbench("overlay-export", sizes: [(80, 24)], "x Down")
    + workbench(
      "interview-number-invalid", sizes: [(80, 24)], "g people_affected Enter Enter C-u abc Enter")
    + workbench("interview-text-editing", sizes: [(80, 24)], "g model_name Enter Enter")
    // A long text answer opens in the multi-line editor; the note takes several lines.
    + workbench("overlay-long-answer", "g purpose Enter Enter")
    + workbench("overlay-note-lines", "e End Enter Ask Space legal Enter 与信の担当者にも確認")
    + matrix("overlay-recovery", sizes: [(80, 24)]) { language, width, height in
      UI.workbench(
        recovery: UI.demoDocument(), language: language, width: width, height: height)
    }
    + matrix("interview-read-only", sizes: [(80, 24)]) { language, width, height in
      UI.workbench(
        notice: "Opened read-only: another shinsa is editing this project.", language: language,
        width: width, height: height)
    }
    + matrix("interview-new-project", sizes: [(80, 24)]) { language, width, height in
      UI.workbench(
        UI.document(), path: UI.bankPath, language: language, width: width, height: height)
    }
    + matrix("overlay-new-project") { language, width, height in
      var state = UI.browser(
        projects: UI.twoProjects, language: language, width: width, height: height)
      UI.press(&state, "n acme-2026 Tab")
      return state
    }
    + matrix("overlay-new-project-problem", sizes: [(80, 24)]) { language, width, height in
      var state = UI.browser(
        projects: UI.twoProjects, language: language, width: width, height: height)
      UI.press(&state, "n Tab Acme Enter")
      return state
    }
    + workbench("disclosure-japanese-field", "3 Down Down")
    + workbench("disclosure-editor", "3 Down Enter C-a C-k 与信審査 の 補助 Enter Second Space line")
    + workbench("disclosure-withhold-prompt", sizes: [(80, 24)], "3 Down W")
    // The Report pane's homework keys: the path prompt, and a form refused with its line.
    + workbench("report-homework-prompt", "5 H")
    + matrix("report-homework-refused") { language, width, height in
      var state = UI.workbench(language: language, width: width, height: height)
      UI.press(&state, "5")
      _ = update(&state, .homeworkRead(path: "/projects/hw.md", text: "# Notes\nAnswer: yes\n"))
      return state
    }
    + workbench(
      "disclosure-withheld-with-issue", sizes: [(80, 24)], "3 Down W trade Space secret Enter")
    + sandbox("sandbox-route", "4")
    + sandbox("sandbox-criterion", "4 Down Down y")
    + sandbox("sandbox-plan-editor", "4 Down Down Down Down Down Down Down Down Enter")
    + sandbox(
      "sandbox-step", sizes: [(80, 24)],
      "4 End " + Array(repeating: "Down", count: 24).joined(separator: " ") + " D Enter")
    // Actions where their target is met: under the interview's question (one overdue), in
    // a sandbox criterion's detail (added there with +).
    + matrix("interview-actions") { language, width, height in
      UI.questionActionsWorkbench(language: language, width: width, height: height)
    }
    + sandbox(
      "sandbox-criterion-action",
      "4 Down + Ask Space the Space ministry Space which Space statute Space applies Enter Tanaka Enter 2026-12-15 Enter Down Up"
    )
    + plan("plan-pane", "")
    + plan("plan-evidence", "Down Down Down Down")
    // Evidence for disclosure fields and the other actions, under their own headings.
    + matrix("plan-extras") { language, width, height in
      UI.planExtrasWorkbench(
        language: language, width: width, height: height, script: PlanExtrasTests.end)
    }
    + plan("plan-reopened", sizes: [(80, 24)], "Down Down Down Down Down Down")
    + plan(
      "plan-reason-prompt", sizes: [(80, 24)], "Down Down Down Down Down Down Down Down Down n")
    + clinic("clinic-sandbox-evidence", "4 Down")
    + clinic("clinic-disclosure-claim", "3 Down Down Down")
    + clinic("clinic-disclosure-placeholder", "3 Down p")
    + clinic("clinic-done-refused", sizes: [(80, 24)], "3 Down p d")
    + hostile("hostile-interview", "1")
    + hostile("hostile-disclosure", "3")
    + hostile("hostile-sandbox", "4 Down")
    + hostile(
      "hostile-sandbox-step", sizes: [(120, 40)],
      "4 " + Array(repeating: "Down", count: 17).joined(separator: " "))
    + hostile("hostile-report", "5")
    + matrix("overlay-conflicts", showsTierNotice: false) { language, width, height in
      var state = UI.conflictWorkbench(language: language, width: width, height: height)
      UI.press(&state, "M")
      return state
    }
    + hostile("hostile-note", sizes: [(80, 24)], "g sectors Enter e")
    // Issue 16: the end of the interview, the whole note in the about view, the use cases
    // of the chosen sectors.
    + matrix("interview-end") { language, width, height in
      var state = UI.workbench(language: language, width: width, height: height)
      let last = state.workbench?.interview.visibleQuestions.last?.id ?? ""
      UI.press(&state, "g \(last) Enter Right")
      return state
    }
    + matrix("overlay-about-long-note", showsTierNotice: false) { language, width, height in
      var state = UI.workbench(language: language, width: width, height: height)
      let note =
        " The CFO said the EU launch depends on the 2027 budget round; legal has not yet"
        + " looked at the EU AI Act. Ask again at the steering meeting in March.\nSecond"
        + " line: 与信審査の担当者にも確認する。"
      UI.press(&state, keys: [.char("1"), .char("e"), .end, .paste(note), .escape, .char("i")])
      return state
    }
    + matrix("interview-use-cases") { language, width, height in
      UI.workbench(
        UI.document(answers: ["sector": .choices(["healthcare"])], current: "use_case"),
        path: UI.bankPath, language: language, width: width, height: height)
    }
    + matrix("too-small", showsTierNotice: false, sizes: [(60, 20)]) { language, width, height in
      UI.workbench(language: language, width: width, height: height)
    }
}

@Suite struct GoldenScreenTests {
  @Test(arguments: GoldenCase.all)
  func screen(_ golden: GoldenCase) {
    let state = golden.state()
    let frame = render(state)
    let text = frame.text
    checkInvariants(text, state: state, golden: golden)
    // The monkey's invariants hold on every golden screen too: nothing but printable text.
    let problems = MonkeyTests.check(state, frame)
    #expect(problems.isEmpty, "\(golden.name): \(problems.prefix(3))")
    let halves = splitWideCharacters(frame)
    #expect(halves.isEmpty, "\(golden.name): wide characters cut at \(halves)")
    Golden.compare(text, name: golden.name, sourceLocation: #_sourceLocation)
  }

  @Test func everyGoldenFileHasACase() throws {
    let names = Set(GoldenCase.all.map { $0.name + ".txt" })
    let files = (try? FileManager.default.contentsOfDirectory(atPath: Golden.folder.path)) ?? []
    let orphans = files.filter { $0.hasSuffix(".txt") && !names.contains($0) }
    #expect(orphans.isEmpty, "golden files no test renders: \(orphans.sorted())")
  }

  @Test func namesAreUnique() {
    let names = GoldenCase.all.map(\.name)
    #expect(Set(names).count == names.count)
  }

  @Test func tooSmallIsBelowTheMinimum() {
    #expect(AppState.minimumSize.width > 60 || AppState.minimumSize.height > 20)
  }

  @Test func aMissingGoldenFailsAndSaysHowToRecordIt() {
    let name = "no-such-screen-\(UUID().uuidString)"
    let problem = Golden.problem("a screen", name: name)
    #expect(problem?.contains("\(name).txt is missing") == true, "\(problem ?? "nil")")
    #expect(problem?.contains("SHINSA_RECORD_GOLDEN=1") == true)
    #expect(!FileManager.default.fileExists(atPath: Golden.folder.path + "/\(name).txt"))
  }

  @Test func aMatchingGoldenHasNoProblem() throws {
    let name = try #require(GoldenCase.all.first).name
    let text = try String(
      contentsOf: Golden.folder.appendingPathComponent(name + ".txt"), encoding: .utf8)
    #expect(Golden.problem(String(text.dropLast()), name: name) == nil)
    #expect(Golden.problem(text + "extra", name: name)?.contains("differs") == true)
  }

  @Test func diffNamesTheFirstDifferingLine() {
    #expect(Golden.diff(expected: "a\nb", actual: "a\nb") == nil)
    let report = Golden.diff(expected: "a\nb\nc", actual: "a\nB\nc\nd")
    #expect(
      report
        == """
        expected 3 lines, rendered 4
        line 2:
          golden:   |b|
          rendered: |B|
        line 4:
          golden:   |(no line)|
          rendered: |d|
        """)
  }

  /// Cells (row, column, both 1-based) where a wide character lost one of its halves: a
  /// wide grapheme not followed by its empty right half, or a right half with no wide
  /// character before it. The terminal would shift the rest of such a row.
  private func splitWideCharacters(_ frame: Frame) -> [String] {
    var cut: [String] = []
    for row in 0..<frame.height {
      for column in 0..<frame.width {
        let grapheme = frame[row, column].grapheme
        if grapheme.isEmpty {
          let before = column > 0 ? frame[row, column - 1].grapheme : ""
          if before.isEmpty || DisplayWidth.of(before) != 2 {
            cut.append("\(row + 1):\(column + 1)")
          }
        } else if DisplayWidth.of(grapheme) == 2 {
          if column + 1 >= frame.width || !frame[row, column + 1].grapheme.isEmpty {
            cut.append("\(row + 1):\(column + 1)")
          }
        }
      }
    }
    return cut
  }

  /// What holds on every screen: exact height, nothing past the right edge, and the tier
  /// never shown without saying it is a triage tier rather than a statutory category.
  private func checkInvariants(_ text: String, state: AppState, golden: GoldenCase) {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.count == state.height, "\(golden.name): \(lines.count) lines")
    for (index, line) in lines.enumerated() {
      #expect(
        DisplayWidth.of(String(line)) <= state.width,
        "\(golden.name) line \(index + 1) is \(DisplayWidth.of(String(line))) cells wide")
    }
    // The status bar (hints, a flash or a dialog's keys) is never blank.
    if state.width >= AppState.minimumSize.width, state.height >= AppState.minimumSize.height {
      let statusBar = lines.last.map(String.init) ?? ""
      #expect(!statusBar.isEmpty, "\(golden.name): the status bar is blank")
    }
    guard golden.showsTierNotice else { return }
    let labels = Tier.allCases.compactMap { UI.rulebook.tierInfo($0)?.label.text(state.language) }
    let shown = labels.filter { text.contains($0) }
    if !shown.isEmpty {
      #expect(
        text.contains(Tier.notStatutoryLabel(state.language)),
        "\(golden.name) shows \(shown) without \"\(Tier.notStatutoryLabel(state.language))\"")
    }
  }
}
