import Testing

@testable import ShinsaCore
@testable import ShinsaUI

/// What `update` keeps between keys so that a key does not rebuild it (the disclosure sheet,
/// the sandbox advice, the status-bar hints) is always what building it now gives, and the
/// drawing shortcuts draw what the general path draws.
@Suite struct PerKeyCacheTests {
  /// Keys through both panes that change drafts, the checklist, the plan and a step, with
  /// moves, the editor and language changes between them.
  static let script =
    "3 Down Down p d Down P Enter Wo rk Esc L PgDn t 4 Down y Down n u Down Down Down"
    + " Enter Pl an Esc Down Down Down Down Down Down Down D Enter L 1 3"

  @Test(arguments: [(80, 24), (200, 60)])
  func keptViewsAreAlwaysWhatTheProjectGivesNow(width: Int, height: Int) throws {
    var state = UI.sandboxWorkbench(width: width, height: height)
    var rebuilt = 0
    var kept = 0
    for key in KeyScript.parse(Self.script) {
      let before = state.workbench?.derived
      _ = update(&state, .key(key))
      let workbench = try #require(state.workbench)
      guard let derived = workbench.derived else {
        #expect(workbench.pane != .disclosure && workbench.pane != .sandbox, "\(key)")
        continue
      }
      #expect(derived.sheet == workbench.makeDisclosureSheet(state.rulebook), "\(key)")
      #expect(derived.advice == workbench.makeSandboxAdvice(state.rulebook), "\(key)")
      if let before, before.sheet == derived.sheet, before.advice == derived.advice {
        kept += 1
      } else {
        rebuilt += 1
      }
      // What is drawn from the kept views is what is drawn from views made now.
      var fresh = state
      fresh.workbench?.derived = nil
      #expect(render(fresh) == render(state), "\(key)")
    }
    // Most keys move or scroll and keep the views; the changes make them again.
    #expect(kept > rebuilt)
    #expect(rebuilt >= 3)
  }

  @Test func aChangeDropsTheKeptViews() throws {
    var state = UI.sandboxWorkbench()
    UI.press(&state, "3")
    #expect(state.workbench?.derived != nil)
    var workbench = try #require(state.workbench)
    let assessment = workbench.assessment
    workbench.assessment = assessment
    #expect(workbench.derived == nil)
    workbench.keepDerivedViews(state.rulebook)
    var document = workbench.document
    document.metadata.client = "Changed"
    workbench.keep(document)
    #expect(workbench.derived == nil)
    workbench.keepDerivedViews(state.rulebook)
    try workbench.interview.apply(.answer(question: "people_affected", .number(5)))
    #expect(workbench.derived == nil)
    // The interview pane needs none.
    workbench.pane = .interview
    workbench.keepDerivedViews(state.rulebook)
    #expect(workbench.derived == nil)
  }

  @Test(arguments: [(80, 24), (200, 60)])
  func theReportPaneAndWhyDialogFindCounterfactualsOncePerChange(width: Int, height: Int) throws {
    var state = UI.sandboxWorkbench(width: width, height: height)
    let finder = CounterfactualFinder(rulebook: state.rulebook)
    for key in KeyScript.parse("5 Down Down PgDn PgUp L Down w Down Esc Up") {
      _ = update(&state, .key(key))
      let workbench = try #require(state.workbench)
      let kept = try #require(workbench.derived?.counterfactuals, "\(key)")
      #expect(kept == finder.find(workbench.interview.answers), "\(key)")
      var fresh = state
      fresh.workbench?.derived = nil
      #expect(render(fresh) == render(state), "\(key)")
    }
    #expect(try #require(state.workbench?.derived?.counterfactuals).isEmpty == false)
    // An answer changes them: dropped with the rest, and found again for the report pane.
    var workbench = try #require(state.workbench)
    try workbench.interview.apply(.answer(question: "personal_data", .choice("none")))
    #expect(workbench.derived == nil)
    workbench.keepDerivedViews(state.rulebook)
    #expect(workbench.derived?.counterfactuals == finder.find(workbench.interview.answers))
    // The why dialog needs them on any pane; the interview pane alone does not.
    var interview = UI.workbench(width: width, height: height)
    UI.press(&interview, "1")
    #expect(interview.workbench?.derived == nil)
    UI.press(&interview, "w")
    #expect(interview.workbench?.derived?.counterfactuals != nil)
  }

  /// The report pane's lines and the plan report are kept between keys and are always what
  /// the project gives now: after scrolling, an answer, a plan status, L and a resize.
  @Test func reportLinesAndPlanReportAreNeverStale() throws {
    var state = UI.sandboxWorkbench(width: 80, height: 24)
    var actions = KeyScript.parse("5 Down Down PgDn PgUp").map { Action.key($0) }
    actions += KeyScript.parse("1 BSpace 5 Down").map { Action.key($0) }  // an answer
    actions += KeyScript.parse("6 g Down 5 Down").map { Action.key($0) }  // a plan status
    actions += KeyScript.parse("L Down 6 Down p 5").map { Action.key($0) }  // L, a status
    actions += [.resize(width: 200, height: 60), .key(.down), .resize(width: 100, height: 30)]
    actions += KeyScript.parse("L PgDn").map { Action.key($0) }
    var keptReports: [KeptReportLines] = []
    var plans = 0
    for action in actions {
      _ = update(&state, action)
      let workbench = try #require(state.workbench)
      var unkept = workbench
      unkept.derived = nil
      if workbench.pane == .report {
        let kept = try #require(workbench.derived?.report, "\(action)")
        var builder = LineBuilder(width: WorkbenchLayout(state).textWidth)
        reportLines(state, unkept, &builder)
        #expect(kept.lines == builder.lines, "\(action)")
        #expect(kept.width == WorkbenchLayout(state).textWidth && kept.language == state.language)
        if keptReports.last != kept { keptReports.append(kept) }
      }
      if workbench.pane == .plan {
        let kept = try #require(workbench.derived?.plan, "\(action)")
        #expect(kept.report == unkept.makePlanReport(state), "\(action)")
        #expect(workbench.planReport(state) == unkept.planReport(state), "\(action)")
        plans += 1
      }
      // What is drawn from the kept lines and report is what is drawn with nothing kept.
      var fresh = state
      fresh.workbench?.derived = nil
      #expect(render(fresh) == render(state), "\(action)")
    }
    // Scrolling keeps the lines; the answer, the two statuses, L twice and two resizes each
    // made them again (the first making is the eighth).
    #expect(keptReports.count == 8)
    for (index, kept) in keptReports.enumerated() {
      #expect(keptReports[(index + 1)...].allSatisfy { $0.lines != kept.lines })
    }
    #expect(plans == 6)
    // A new day (the summary's overdue actions) makes them again, for that day.
    _ = update(&state, .tick(now: "2026-12-31T10:00:00Z"))
    let workbench = try #require(state.workbench)
    #expect(workbench.derived?.report?.today == "2026-12-31")
    var unkept = workbench
    unkept.derived = nil
    #expect(
      workbench.keptReportLines(state, width: WorkbenchLayout(state).textWidth)
        == paneLines(state, unkept, width: WorkbenchLayout(state).textWidth))
  }

  @Test func keptHintsAreTheKeymapsHints() {
    var hints = StatusHints()
    for context in KeyContext.allCases {
      for language in Language.allCases {
        hints.keep(context, language)
        hints.keepModal(context, language)
        #expect(
          hints.hints(for: context, language: language)
            == Keymap.hints(for: context, language: language))
        #expect(
          hints.modalHint(for: context, language: language)
            == Keymap.modalHint(for: context, language: language))
      }
    }
  }

  /// A frame with wide characters to cut in two: "日本語" at the start of every row.
  private func wideFrame() -> Frame {
    var frame = Frame(width: 12, height: 3)
    for row in 0..<3 { frame.put("日本語xyz", row: row, column: 0, role: .muted) }
    return frame
  }

  /// Writes one character at a time (never the ASCII shortcut) and compares.
  @Test(arguments: [-2, 0, 1, 2, 3, 5, 9, 11, 12])
  func asciiIsDrawnAsThroughTheGeneralPath(column: Int) {
    var fast = wideFrame()
    var slow = wideFrame()
    let text = "ab c~"
    let end = fast.put(text, row: 1, column: column, role: .accent)
    // Each character alone, prefixed with a zero-width space, which `put` skips, so the
    // general path draws it.
    var x = column
    for character in text {
      x = slow.put("\u{200B}" + String(character), row: 1, column: x, role: .accent)
    }
    #expect(fast == slow)
    #expect(end == x)
  }

  @Test(arguments: [(-1, 4), (0, 12), (1, 5), (3, 4), (4, 20), (11, 12)])
  func aRunIsWhatPuttingTheRepeatedTextDraws(from: Int, to: Int) {
    for grapheme in [" ", "─"] {
      var run = wideFrame()
      var put = wideFrame()
      run.run(grapheme, row: 2, from: from, to: to, role: .border)
      put.put(
        String(repeating: grapheme, count: max(0, min(12, to) - from)), row: 2, column: from,
        role: .border)
      #expect(run == put, "\(grapheme) \(from)..<\(to)")
    }
  }
}
