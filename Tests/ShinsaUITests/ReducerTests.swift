import Testing

@testable import ShinsaCore
@testable import ShinsaUI

/// The document of a single `.save` effect, or nil when `effects` is anything else.
private func savedDocument(_ effects: [Effect]) -> ProjectDocument? {
  guard effects.count == 1, case .save(let document) = effects[0] else { return nil }
  return document
}

private let readOnlyNotice = "Opened read-only: another shinsa is editing this project."
private let refusedFlash = "Read-only: this project cannot be saved here; nothing was changed."

// MARK: - Actions other than keys

@Suite struct ActionReducerTests {
  @Test func tickSetsTheClock() {
    var state = UI.browser()
    #expect(update(&state, .tick(now: "2026-11-26T08:30:00Z")) == [])
    #expect(state.now == "2026-11-26T08:30:00Z")
  }

  @Test func tickStampsLaterChanges() throws {
    var state = UI.workbench(at: "role")
    _ = update(&state, .tick(now: "2026-12-01T00:00:00Z"))
    let effects = UI.press(&state, "Space")
    let saved = try #require(savedDocument(effects))
    #expect(saved.metadata.modified == "2026-12-01T00:00:00Z")
    #expect(saved.changeLog.last?.at == "2026-12-01T00:00:00Z")
    #expect(saved.lastAssessment?.at == "2026-12-01T00:00:00Z")
  }

  @Test func resizeSetsTheSizeAndNeverGoesBelowOneCell() {
    var state = UI.browser()
    #expect(update(&state, .resize(width: 132, height: 43)) == [])
    #expect(state.width == 132 && state.height == 43)
    #expect(update(&state, .resize(width: 0, height: -3)) == [])
    #expect(state.width == 1 && state.height == 1)
  }

  @Test func projectsListedStoresTheListAndMarksItLoaded() {
    var state = UI.browser()
    #expect(!state.browser.loaded)
    #expect(update(&state, .projectsListed(UI.twoProjects)) == [])
    #expect(state.browser.loaded)
    #expect(state.browser.projects == UI.twoProjects)
    #expect(state.browser.selected == 0)
  }

  @Test func projectsListedClampsTheSelection() {
    var state = UI.browser(projects: UI.twoProjects)
    UI.press(&state, "Down")
    #expect(state.browser.selected == 1)
    _ = update(&state, .projectsListed(UI.twoProjects))
    #expect(state.browser.selected == 1)
    _ = update(&state, .projectsListed([UI.twoProjects[0]]))
    #expect(state.browser.selected == 0)
    _ = update(&state, .projectsListed([]))
    #expect(state.browser.selected == 0)
  }

  @Test func projectsListedClampsToTheFilteredRows() {
    var state = UI.browser(projects: UI.twoProjects + [UI.summary(name: "third", client: "Z")])
    UI.press(&state, "Down Down")
    #expect(state.browser.selected == 2)
    state.browser.filter = TextField("minato", limit: 100)
    _ = update(&state, .projectsListed(state.browser.projects))
    #expect(state.browser.visible.count == 1)
    #expect(state.browser.selected == 0)
  }

  @Test func openedShowsTheWorkbenchWithTheCursorOnTheCurrentAnswer() throws {
    var state = UI.browser(projects: UI.twoProjects)
    state.overlay = .help(scroll: 3)
    let document = UI.demoDocument()
    let effects = update(
      &state, .opened(path: UI.demoPath, document: document, notice: nil, recovery: nil))
    #expect(effects == [])
    #expect(state.screen == .workbench)
    #expect(state.overlay == nil)
    #expect(state.flash == nil)
    let bench = try state.bench()
    #expect(bench.path == UI.demoPath)
    #expect(bench.document == document)
    #expect(bench.pane == .interview)
    #expect(bench.saveState == .saved)
    #expect(!bench.readOnly)
    #expect(bench.interview.current == "offered_in_eu")
    // offered_in_eu is answered "unknown": Yes, No, Unknown → the cursor is on Unknown.
    #expect(bench.itemCursor == 2)
    #expect(bench.assessment.tier == .speciallyDesignated)
    #expect(bench.editing == nil && bench.validation == nil)
  }

  @Test(arguments: [
    ("role", Answer.choice("provider"), 2),
    ("decision_role", .choice("informs"), 1),
    ("sector", .choices(["healthcare", "education"]), 1),
    ("infrastructure_operator", .bool(false), 1),
    ("infrastructure_operator", .bool(true), 0),
    ("people_affected", .number(12), 0),
    ("headquarters", .unknown, 2),
  ])
  func openedPlacesTheCursorOnTheAnswer(id: String, answer: Answer, cursor: Int) throws {
    let state = UI.workbench(at: id, answers: [id: answer])
    #expect(try state.bench().itemCursor == cursor)
  }

  @Test func openedUnansweredStartsAtTheFirstItem() throws {
    let state = UI.workbench(at: "role")
    #expect(try state.bench().itemCursor == 0)
  }

  @Test func openedReadOnlyShowsTheNoticeAndRefusesSaving() throws {
    let state = UI.workbench(notice: readOnlyNotice)
    #expect(state.flash == readOnlyNotice)
    let bench = try state.bench()
    #expect(bench.saveState == .readOnly(readOnlyNotice))
    #expect(bench.readOnly)
  }

  @Test func openedWithRecoveryOffersItBack() {
    var state = UI.workbench(recovery: UI.demoDocument())
    #expect(state.overlay == .recovery)
    #expect(state.screen == .workbench)
    // Keys other than y/n/Enter/Esc do nothing, not even quit.
    #expect(UI.press(&state, "q") == [])
    #expect(UI.press(&state, "1 ? Tab") == [])
    #expect(state.overlay == .recovery)
    #expect(!state.quitting)
  }

  @Test func recoveryNeedsAnExplicitChoice() {
    var state = UI.workbench(recovery: UI.demoDocument())
    #expect(UI.press(&state, "Enter") == [])
    #expect(UI.press(&state, "Esc") == [])
    #expect(state.overlay == .recovery)
  }

  @Test(arguments: [("y", true), ("Y", true), ("n", false), ("N", false)])
  func recoveryAnswer(script: String, accept: Bool) {
    var state = UI.workbench(recovery: UI.demoDocument())
    #expect(UI.press(&state, script) == [.acceptRecovery(accept)])
    #expect(state.overlay == nil)
  }

  /// Recovered work is never thrown away by a reflex Esc: only y/Enter or n decide.
  @Test func recoveryIgnoresEsc() {
    var state = UI.workbench(recovery: UI.demoDocument())
    #expect(UI.press(&state, "Esc") == [])
    #expect(state.overlay == .recovery)
    #expect(state.screen == .workbench)
  }

  @Test func saveFinishedMarksSaved() throws {
    var state = UI.workbench(at: "role")
    UI.press(&state, "Space")
    #expect(try state.bench().saveState == .unsaved)
    #expect(update(&state, .saveFinished(error: nil)) == [])
    #expect(try state.bench().saveState == .saved)
    #expect(state.flash == nil)
  }

  @Test func saveFinishedWithAnErrorMarksFailedAndFlashes() throws {
    var state = UI.workbench(at: "role")
    UI.press(&state, "Space")
    #expect(update(&state, .saveFinished(error: "disk full")) == [])
    #expect(try state.bench().saveState == .failed("disk full"))
    #expect(state.flash == "disk full")
    // The next key clears the flash; the failure stays in the header.
    UI.press(&state, "Down")
    #expect(state.flash == nil)
    #expect(try state.bench().saveState == .failed("disk full"))
  }

  @Test func saveFinishedLeavesReadOnlyAndTheBrowserAlone() throws {
    var state = UI.workbench(notice: readOnlyNotice)
    #expect(update(&state, .saveFinished(error: "nope")) == [])
    #expect(try state.bench().saveState == .readOnly(readOnlyNotice))
    var browser = UI.browser()
    #expect(update(&browser, .saveFinished(error: "late")) == [])
    // A save that failed after the project was closed is still reported.
    #expect(browser.flash == "late")
    #expect(browser.workbench == nil)
  }

  @Test func failedFlashes() {
    var state = UI.browser(projects: UI.twoProjects)
    #expect(update(&state, .failed("cannot open: permission denied")) == [])
    #expect(state.flash == "cannot open: permission denied")
    #expect(state.screen == .browser)
  }

  @Test func noticeFlashesAndChangesNothingElse() {
    var state = UI.browser(projects: UI.twoProjects)
    let before = state.browser
    #expect(update(&state, .notice("Duplicated as alpha-copy")) == [])
    #expect(state.flash == "Duplicated as alpha-copy")
    #expect(state.screen == .browser)
    #expect(state.browser == before)
  }

  @Test func exportedFlashesThePathInTheLanguage() {
    var state = UI.workbench()
    #expect(update(&state, .exported(path: "/projects/exports/demo.md")) == [])
    #expect(state.flash == "Exported to /projects/exports/demo.md")
    state.language = .ja
    _ = update(&state, .exported(path: "/x/demo.html"))
    #expect(state.flash == "/x/demo.html に出力しました")
  }

  @Test func terminateSavesAndQuits() throws {
    var state = UI.workbench()
    let document = try state.bench().document
    #expect(update(&state, .terminate) == [.save(document), .quit])
    #expect(state.quitting)
  }

  @Test func terminateReadOnlyOrOnTheBrowserOnlyQuits() {
    var readOnly = UI.workbench(notice: readOnlyNotice)
    #expect(update(&readOnly, .terminate) == [.quit])
    #expect(readOnly.quitting)
    var browser = UI.browser(projects: UI.twoProjects)
    #expect(update(&browser, .terminate) == [.quit])
    #expect(browser.quitting)
  }

  @Test func anyKeyClearsTheFlash() {
    var state = UI.browser(projects: UI.twoProjects)
    _ = update(&state, .failed("oops"))
    UI.press(&state, "F5")
    #expect(state.flash == nil)
  }
}

// MARK: - Browser keys

@Suite struct BrowserReducerTests {
  private static let many = (0..<25).map { UI.summary(name: "p\($0)", client: "Client \($0)") }

  @Test func upAndDownMoveWithinTheList() {
    var state = UI.browser(projects: UI.twoProjects)
    #expect(UI.press(&state, "Down") == [])
    #expect(state.browser.selected == 1)
    UI.press(&state, "Down j")
    #expect(state.browser.selected == 1)
    UI.press(&state, "Up")
    #expect(state.browser.selected == 0)
    UI.press(&state, "k Up")
    #expect(state.browser.selected == 0)
    UI.press(&state, "j")
    #expect(state.browser.selected == 1)
  }

  @Test func pagesMoveTenRowsAndClamp() {
    var state = UI.browser(projects: Self.many)
    UI.press(&state, "PgDn")
    #expect(state.browser.selected == 10)
    UI.press(&state, "PgDn PgDn")
    #expect(state.browser.selected == 24)
    UI.press(&state, "PgUp")
    #expect(state.browser.selected == 14)
    UI.press(&state, "PgUp PgUp")
    #expect(state.browser.selected == 0)
  }

  @Test func movingInAnEmptyListStaysAtZero() {
    var state = UI.browser(projects: [])
    UI.press(&state, "Down PgDn Up PgUp")
    #expect(state.browser.selected == 0)
  }

  @Test func filterNarrowsAsYouTypeAndEscClears() {
    var state = UI.browser(projects: UI.twoProjects)
    UI.press(&state, "Down")
    #expect(UI.press(&state, "/") == [])
    #expect(state.browser.filtering)
    // Letters go to the filter, not to commands (q, d, a, n, D stay typed).
    #expect(UI.press(&state, "MINATO") == [])
    #expect(state.browser.filter.text == "MINATO")
    #expect(state.browser.visible.map(\.name) == ["minato-factory"])
    #expect(state.browser.selected == 0)
    #expect(!state.quitting && state.overlay == nil)
    UI.press(&state, "BSpace BSpace BSpace BSpace BSpace BSpace qx")
    #expect(state.browser.filter.text == "qx")
    #expect(state.browser.visible.isEmpty)
    #expect(UI.press(&state, "Esc") == [])
    #expect(!state.browser.filtering)
    #expect(state.browser.filter.text == "")
    #expect(state.browser.visible.count == 2)
  }

  @Test func filterMatchesClientSystemAndName() {
    var state = UI.browser(projects: UI.twoProjects)
    UI.press(&state, "/ 外観")
    #expect(state.browser.visible.map(\.name) == ["minato-factory"])
    state = UI.browser(projects: UI.twoProjects)
    UI.press(&state, "/ hikari-cr")
    #expect(state.browser.visible.map(\.name) == ["demo-hikari-credit"])
    state = UI.browser(projects: UI.twoProjects)
    UI.press(&state, "/ decisions")
    #expect(state.browser.visible.map(\.name) == ["demo-hikari-credit"])
  }

  @Test func arrowsMoveWhileFiltering() {
    var state = UI.browser(projects: UI.twoProjects)
    UI.press(&state, "/ i Down")
    #expect(state.browser.filtering)
    #expect(state.browser.selected == 1)
    UI.press(&state, "Up")
    #expect(state.browser.selected == 0)
  }

  /// While filtering, the status bar says "Enter done"; update() also opens the selected
  /// project on that same Enter.
  @Test func enterEndsTheFilterAndKeepsIt() {
    var state = UI.browser(projects: UI.twoProjects)
    let effects = UI.press(&state, "/ minato Enter")
    #expect(!state.browser.filtering)
    #expect(state.browser.filter.text == "minato")
    #expect(state.browser.visible.map(\.name) == ["minato-factory"])
    #expect(effects == [])

    #expect(UI.press(&state, "Enter") == [.open(path: "/projects/minato-factory.shinsa.json")])
  }

  @Test func newOpensTheForm() {
    var state = UI.browser(projects: UI.twoProjects)
    #expect(UI.press(&state, "n") == [])
    #expect(state.overlay == .newProject(NewProjectForm()))
  }

  @Test func newWithAnInvalidNameShowsTheProblem() {
    var state = UI.browser(projects: [])
    UI.press(&state, "n Tab Acme")
    #expect(UI.press(&state, "Enter") == [])
    var form = NewProjectForm()
    form.fields[1] = TextField("Acme", limit: 200)
    form.problem = "the project name is empty"
    form.focus = 0
    #expect(state.overlay == .newProject(form))
    // A name starting with a dot is refused too; typing clears the problem.
    UI.press(&state, ".hidden")
    guard case .newProject(let typed)? = state.overlay else {
      Issue.record("the form closed")
      return
    }
    #expect(typed.problem == nil)
    UI.press(&state, "Enter")
    guard case .newProject(let refused)? = state.overlay else {
      Issue.record("the form closed")
      return
    }
    #expect(refused.problem == "the project name may not start with a dot")
  }

  @Test func newWithAValidNameCreates() {
    var state = UI.browser(projects: [])
    let effects = UI.press(
      &state,
      keys: [.char("n")] + KeyScript.parse("acme-2026 Tab") + Array("Acme Corp").map(Key.char)
        + [.tab, .paste("Support\nchatbot"), .enter])
    #expect(effects == [.create(name: "acme-2026", client: "Acme Corp", system: "Support chatbot")])
    #expect(state.overlay == nil)
  }

  @Test func newWithTheNameOfAListedProjectIsRefused() {
    var state = UI.browser(projects: UI.twoProjects)
    #expect(UI.press(&state, "n minato-factory Enter") == [])
    guard case .newProject(let form)? = state.overlay else {
      Issue.record("the form closed")
      return
    }
    #expect(form.problem == "a project named minato-factory already exists")
    #expect(form.focus == 0)
    state.language = .ja
    UI.press(&state, "Enter")
    guard case .newProject(let japanese)? = state.overlay else {
      Issue.record("the form closed")
      return
    }
    #expect(japanese.problem == "minato-factory という名前のプロジェクトは既にあります")
  }

  @Test func newWithoutAClientUsesTheName() {
    var state = UI.browser(projects: [])
    #expect(
      UI.press(&state, "n sakura Enter") == [.create(name: "sakura", client: "sakura", system: "")])
  }

  @Test func escKeepsTheNewProjectFormsTypingAndCtrlGClearsIt() throws {
    var state = UI.browser(projects: [])
    #expect(UI.press(&state, "n acme Tab Acme Esc") == [])
    #expect(state.overlay == nil)
    UI.press(&state, "n")
    guard case .newProject(let kept)? = state.overlay else {
      Issue.record("the form did not open")
      return
    }
    #expect(kept.fields.map(\.text) == ["acme", "Acme", "", ""])
    #expect(kept.focus == 1)
    #expect(UI.press(&state, "C-g") == [])
    #expect(state.overlay == nil)
    UI.press(&state, "n")
    #expect(state.overlay == .newProject(NewProjectForm()))
    // Creating the project forgets the form.
    UI.press(&state, "sakura Esc n")
    #expect(
      UI.press(&state, "Enter") == [.create(name: "sakura", client: "sakura", system: "")])
    #expect(state.browser.newProjectDraft == nil)
  }

  @Test func newFormFocusCyclesAndEscCloses() {
    var state = UI.browser(projects: [])
    UI.press(&state, "n")
    func focus() -> Int? {
      if case .newProject(let form)? = state.overlay { return form.focus }
      return nil
    }
    UI.press(&state, "Tab")
    #expect(focus() == 1)
    UI.press(&state, "Down Tab")
    #expect(focus() == 3)
    UI.press(&state, "Tab")
    #expect(focus() == 0)
    UI.press(&state, "BTab")
    #expect(focus() == 3)
    UI.press(&state, "Up")
    #expect(focus() == 2)
    #expect(UI.press(&state, "Esc") == [])
    #expect(state.overlay == nil)
  }

  @Test func demoOpensTheDemo() {
    var state = UI.browser(projects: [])
    #expect(UI.press(&state, "D") == [.openDemo])
  }

  @Test func enterOpensTheSelectedProject() {
    var state = UI.browser(projects: UI.twoProjects)
    #expect(UI.press(&state, "Enter") == [.open(path: "/projects/demo-hikari-credit.shinsa.json")])
    UI.press(&state, "Down")
    #expect(UI.press(&state, "Enter") == [.open(path: "/projects/minato-factory.shinsa.json")])
  }

  @Test func duplicateAndArchiveTheSelectedProject() {
    var state = UI.browser(projects: UI.twoProjects)
    #expect(UI.press(&state, "d") == [.duplicate(path: "/projects/demo-hikari-credit.shinsa.json")])
    UI.press(&state, "Down")
    // Archiving asks for the key twice; any other key in between cancels.
    #expect(UI.press(&state, "a") == [])
    #expect(state.flash?.contains("Press a again") == true)
    UI.press(&state, "j")
    #expect(UI.press(&state, "a") == [])
    #expect(UI.press(&state, "a") == [.archive(path: "/projects/minato-factory.shinsa.json")])
  }

  @Test func rowCommandsDoNothingWithoutRows() {
    var state = UI.browser(projects: [])
    #expect(UI.press(&state, "Enter d a") == [])
  }

  @Test func aProblemRowFlashesInsteadOfOpening() {
    let problem = "broken.shinsa.json: line 3: expected a string"
    var state = UI.browser(projects: [UI.summary(name: "broken", problem: problem)])
    #expect(UI.press(&state, "Enter") == [])
    #expect(state.flash == problem)
  }

  @Test func workbenchKeysDoNothingOnTheBrowser() {
    var state = UI.browser(projects: UI.twoProjects)
    #expect(UI.press(&state, "1 2 5 Tab BTab w x C-s Esc Space BSpace e f c g u C-r") == [])
    #expect(state.overlay == nil)
    #expect(state.screen == .browser)
    #expect(state.workbench == nil)
  }

  @Test func helpLanguageAndQuitWorkOnTheBrowser() {
    var state = UI.browser(projects: UI.twoProjects)
    #expect(UI.press(&state, "L") == [])
    #expect(state.language == .ja)
    #expect(UI.press(&state, "?") == [])
    #expect(state.overlay == .help(scroll: 0))
    UI.press(&state, "Esc")
    #expect(UI.press(&state, "q") == [.quit])
    #expect(state.quitting)
  }
}

// MARK: - Workbench keys outside the interview

@Suite struct WorkbenchReducerTests {
  @Test func numbersChoosePanes() throws {
    var state = UI.workbench()
    for pane in [Pane.report, .sandbox, .disclosure, .guidance, .interview] {
      #expect(UI.press(&state, String(pane.rawValue)) == [])
      #expect(try state.bench().pane == pane)
    }
  }

  @Test func tabAndShiftTabCyclePanes() throws {
    var state = UI.workbench()
    var seen: [Pane] = []
    for _ in 0..<6 {
      UI.press(&state, "Tab")
      seen.append(try state.bench().pane)
    }
    #expect(seen == [.guidance, .disclosure, .sandbox, .report, .plan, .interview])
    seen = []
    for _ in 0..<6 {
      UI.press(&state, "BTab")
      seen.append(try state.bench().pane)
    }
    #expect(seen == [.plan, .report, .sandbox, .disclosure, .guidance, .interview])
  }

  @Test func arrowsScrollTheOtherPanes() throws {
    var state = UI.workbench()
    UI.press(&state, "2 Down j")
    #expect(try state.bench().scroll[.guidance] == 2)
    UI.press(&state, "PgDn")
    #expect(try state.bench().scroll[.guidance] == 12)
    UI.press(&state, "k PgUp")
    #expect(try state.bench().scroll[.guidance] == 1)
    UI.press(&state, "PgUp Up")
    #expect(try state.bench().scroll[.guidance] == 0)
    // Each pane keeps its own offset; the interview cursor is untouched.
    UI.press(&state, "5 Down")
    #expect(try state.bench().scroll == [.guidance: 0, .report: 1])
    #expect(try state.bench().itemCursor == 2)
  }

  /// The scroll keys stop where the last line shows: a key there changes the screen, and the
  /// first ↑ after the end moves at once (it used to be swallowed by one offset too many).
  @Test(arguments: [(Pane.guidance, 80, 24), (.report, 80, 24), (.guidance, 120, 40)])
  func scrollingToTheEndShowsTheLastLineAndUpMovesAtOnce(pane: Pane, width: Int, height: Int)
    throws
  {
    var state = UI.workbench(width: width, height: height)
    UI.press(&state, "\(pane.rawValue)")
    let layout = WorkbenchLayout(state)
    let lines = paneLines(state, try state.bench(), width: layout.textWidth)
    #expect(lines.count > layout.main.height, "the pane must overflow for this test to mean much")
    let last = try #require(lines.last).map(\.text).joined()
      .trimmingCharacters(in: .whitespaces)
    #expect(!last.isEmpty)
    for _ in 0..<(lines.count / 10 + 2) { UI.press(&state, "PgDn") }
    let end = render(state).text
    #expect(end.contains(last), "the last line is on screen at the end")
    let limit = lines.count - (layout.main.height - 1)
    #expect(try state.bench().scroll[pane] == limit)
    UI.press(&state, "PgDn Down")
    #expect(try state.bench().scroll[pane] == limit, "nothing scrolls past the end")
    UI.press(&state, "Up")
    #expect(try state.bench().scroll[pane] == limit - 1)
    #expect(render(state).text != end, "the first Up after the end moves the text")
  }

  /// The disclosure and sandbox details stop scrolling where their last line shows, so the
  /// first PgUp after the end moves at once.
  @Test(arguments: [Pane.disclosure, .sandbox])
  func detailScrollingStopsAtTheEndAndPgUpMovesAtOnce(pane: Pane) throws {
    // The sandbox project has a route, so its rows carry long details.
    var state = pane == .disclosure ? UI.workbench() : UI.sandboxWorkbench()
    UI.press(&state, "\(pane.rawValue)")
    let layout = WorkbenchLayout(state)
    // Find a row whose detail overflows the column.
    var lines = 0
    for _ in 0..<30 {
      let bench = try state.bench()
      if pane == .disclosure {
        let sheet = bench.disclosureSheet(UI.rulebook)
        let row = sheet.rows[bench.disclosureCursor]
        lines = disclosureDetailLines(state, bench, row, width: layout.detail.width).count
      } else {
        let advice = bench.sandboxAdvice(UI.rulebook)
        let entry = sandboxEntries(advice)[bench.sandboxCursor]
        lines =
          sandboxDetailLines(state, bench, advice, entry, width: layout.detail.width).count
      }
      if lines > layout.detailRows { break }
      UI.press(&state, "Down")
    }
    #expect(lines > layout.detailRows, "some row's detail must overflow for this test")
    for _ in 0..<(lines / 5 + 3) { UI.press(&state, "PgDn") }
    let limit = lines - (layout.detailRows - 1)
    #expect(try state.bench().scroll[pane] == limit)
    let end = render(state).text
    UI.press(&state, "PgUp")
    #expect(try state.bench().scroll[pane] == max(0, limit - 5))
    #expect(render(state).text != end, "the first PgUp after the end moves the text")
  }

  /// The interview owns the answers, notes and position; the saved document is built from it,
  /// so a draft change saves the answers and the position the screen shows.
  @Test func theSavedDocumentTakesTheInterviewsAnswersAndPosition() throws {
    var state = UI.workbench(UI.document())
    let first = try #require(state.currentID)
    UI.press(&state, "Enter")
    let moved = try #require(state.currentID)
    #expect(moved != first)
    let effects = UI.press(&state, "3 Enter x Esc")
    let saved = try #require(savedDocument(Array(effects.suffix(1))))
    let interview = try state.bench().interview
    #expect(saved.answers == interview.answers && !saved.answers.isEmpty)
    #expect(saved.meta == interview.meta)
    #expect(saved.current == moved && saved.path == interview.path)
    #expect(saved.disclosure.values.contains { $0.en.hasSuffix("x") || $0.ja.hasSuffix("x") })
    #expect(try state.bench().document == saved)
    // Quitting saves the same document.
    #expect(UI.press(&state, "q") == [.save(saved), .quit])
  }

  /// A new project is saved at its first question, so opening it and quitting saves exactly
  /// what the file holds (the runner then writes nothing new).
  @Test func openingANewProjectAndQuittingSavesItUnchanged() throws {
    let created = ProjectDocument(
      rulebook: UI.rulebook, client: "Acme", system: "Bot", assessor: "",
      now: "2026-12-02T00:00:00Z")
    #expect(created.current != nil && created.path == [created.current].compactMap { $0 })
    var state = UI.workbench(created)
    #expect(UI.press(&state, "q") == [.save(created), .quit])
  }

  @Test func interviewKeysDoNothingOnTheOtherPanes() throws {
    var state = UI.workbench()
    let before = try state.bench().document
    #expect(UI.press(&state, "3 Enter Space BSpace e f c g u C-r Left Right h l") == [])
    let bench = try state.bench()
    #expect(bench.document == before)
    #expect(bench.pane == .disclosure)
    #expect(state.overlay == nil)
  }

  @Test func whyOpensScrollsAndCloses() {
    var state = UI.workbench()
    #expect(UI.press(&state, "w") == [])
    #expect(state.overlay == .why(scroll: 0))
    UI.press(&state, "Down j")
    #expect(state.overlay == .why(scroll: 2))
    // A page is the dialog's height: 20 lines at 80×24.
    UI.press(&state, "PgDn Space")
    #expect(state.overlay == .why(scroll: 42))
    UI.press(&state, "k Up PgUp")
    #expect(state.overlay == .why(scroll: 20))
    UI.press(&state, "End")
    let end = WorkbenchLayout(state).dialogScrollLimit(lines: dialogLines(state, .why).count)
    #expect(state.overlay == .why(scroll: end))
    UI.press(&state, "Home")
    #expect(state.overlay == .why(scroll: 0))
    UI.press(&state, "PgDn")
    UI.press(&state, "PgUp Up")
    #expect(state.overlay == .why(scroll: 0))
    UI.press(&state, "L")
    #expect(state.language == .ja)
    #expect(state.overlay == .why(scroll: 0))
    #expect(UI.press(&state, "w") == [])
    #expect(state.overlay == nil)
  }

  @Test(arguments: ["Esc", "q", "Enter", "w"])
  func whyClosesWith(script: String) {
    var state = UI.workbench()
    UI.press(&state, "w")
    #expect(UI.press(&state, script) == [])
    #expect(state.overlay == nil)
    #expect(!state.quitting)
  }

  @Test func helpOpensScrollsAndCloses() {
    var state = UI.workbench()
    #expect(UI.press(&state, "?") == [])
    #expect(state.overlay == .help(scroll: 0))
    UI.press(&state, "Down PgDn")
    #expect(state.overlay == .help(scroll: 21))
    // Typing filters (w, ?, q and L included) and goes back to the top.
    UI.press(&state, "w")
    #expect(state.overlay == .help(scroll: 0))
    #expect(state.dialogSearch.field.text == "w")
    // The first Esc clears the filter, the next closes.
    UI.press(&state, "Esc")
    #expect(state.overlay == .help(scroll: 0))
    #expect(state.dialogSearch.field.text.isEmpty)
    UI.press(&state, "Esc")
    #expect(state.overlay == nil)
    // F1 opens and closes it too.
    UI.press(&state, "F1")
    #expect(state.overlay == .help(scroll: 0))
    UI.press(&state, "F1")
    #expect(state.overlay == nil)
  }

  @Test func languageSwitches() {
    var state = UI.workbench()
    #expect(UI.press(&state, "L") == [])
    #expect(state.language == .ja)
    UI.press(&state, "L")
    #expect(state.language == .en)
  }

  @Test func ctrlSSaves() throws {
    var state = UI.workbench()
    let document = try state.bench().document
    #expect(UI.press(&state, "C-s") == [.save(document)])
    UI.press(&state, "4")
    #expect(UI.press(&state, "C-s") == [.save(document)])
  }

  @Test func escGoesBackToTheBrowser() throws {
    var state = UI.workbench()
    let document = try state.bench().document
    #expect(UI.press(&state, "Esc") == [.save(document), .closeProject, .listProjects])
    #expect(state.screen == .browser)
    #expect(state.workbench == nil)
    #expect(!state.quitting)
  }

  @Test func exportOverlayPicksAFormat() {
    var state = UI.workbench()
    #expect(UI.press(&state, "x") == [])
    #expect(state.overlay == .export(cursor: 0))
    UI.press(&state, "Down j Down")
    #expect(state.overlay == .export(cursor: 2))
    UI.press(&state, "k")
    #expect(state.overlay == .export(cursor: 1))
    #expect(UI.press(&state, "Enter") == [.export(format: .html, language: .en)])
    #expect(state.overlay == nil)
  }

  @Test func exportUsesTheScreenLanguage() {
    var state = UI.workbench(language: .ja)
    #expect(UI.press(&state, "5 x Up Enter") == [.export(format: .markdown, language: .ja)])
    state = UI.workbench()
    #expect(UI.press(&state, "x Down Down Enter") == [.export(format: .json, language: .en)])
    state = UI.workbench()
    #expect(UI.press(&state, "x Esc") == [])
    #expect(state.overlay == nil)
  }

  @Test func quitSavesAndQuits() throws {
    var state = UI.workbench()
    let document = try state.bench().document
    #expect(UI.press(&state, "q") == [.save(document), .quit])
    #expect(state.quitting)
  }

  @Test func readOnlyQuitAndBackDoNotSave() {
    var state = UI.workbench(notice: readOnlyNotice)
    #expect(UI.press(&state, "C-s") == [])
    #expect(UI.press(&state, "q") == [.quit])
    state = UI.workbench(notice: readOnlyNotice)
    #expect(UI.press(&state, "Esc") == [.closeProject, .listProjects])
    #expect(state.screen == .browser)
  }
}

// MARK: - The interview

@Suite struct InterviewReducerTests {
  @Test func upAndDownMoveTheItemCursorWithinTheItems() throws {
    var state = UI.workbench(at: "role")
    UI.press(&state, "Down j")
    #expect(try state.bench().itemCursor == 2)
    UI.press(&state, "PgDn")
    #expect(try state.bench().itemCursor == 4)  // four roles and Unknown
    UI.press(&state, "k")
    #expect(try state.bench().itemCursor == 3)
    UI.press(&state, "PgUp Up")
    #expect(try state.bench().itemCursor == 0)
  }

  @Test func spaceAnswersASingleChoiceAndStays() throws {
    var state = UI.workbench(at: "role")
    let before = try state.bench()
    let effects = UI.press(&state, "Down Down Space")
    let bench = try state.bench()
    #expect(effects == [.save(bench.document)])
    #expect(bench.interview.current == "role")
    #expect(bench.itemCursor == 2)
    #expect(bench.saveState == .unsaved)
    #expect(bench.interview.answers == ["role": .choice("provider")])
    #expect(bench.document.answers == bench.interview.answers)
    #expect(bench.document.metadata.modified == UI.now)
    #expect(bench.document.metadata.created == UI.created)
    #expect(
      bench.document.changeLog
        == before.document.changeLog + [
          ChangeLogEntry(at: UI.now, kind: "answer", subject: "role", from: nil, to: "provider")
        ])
    let expected = Assessor(rulebook: UI.rulebook).assess(["role": .choice("provider")])
    #expect(bench.assessment == expected)
    #expect(bench.document.lastAssessment == AssessmentSnapshot(expected, at: UI.now))
  }

  @Test func enterAnswersAndMovesOn() throws {
    var state = UI.workbench(at: "role", answers: ["role": .choice("provider")])
    let effects = UI.press(&state, "Up Enter")
    let bench = try state.bench()
    let saved = try #require(savedDocument(effects))
    #expect(saved.answers["role"] == .choice("developer"))
    #expect(saved.current == "role")
    #expect(
      saved.changeLog.last
        == ChangeLogEntry(
          at: UI.now, kind: "answer", subject: "role", from: "provider", to: "developer"))
    // Only the position differs between what was saved and what is on screen.
    var moved = saved
    moved.current = bench.document.current
    moved.path = bench.document.path
    #expect(moved == bench.document)
    #expect(bench.interview.current == "system_purpose")
    #expect(bench.document.current == "system_purpose")
    #expect(bench.document.path == ["role", "system_purpose"])
    #expect(bench.itemCursor == 0)
  }

  @Test func enterOnTheSameAnswerOnlyMovesOn() throws {
    var state = UI.workbench(at: "role", answers: ["role": .choice("provider")])
    #expect(UI.press(&state, "Enter") == [])
    #expect(state.currentID == "system_purpose")
  }

  @Test func spaceTogglesMultipleChoices() throws {
    var state = UI.workbench(at: "sector")
    var effects = UI.press(&state, "Down Space")
    #expect(try state.bench().interview.answers["sector"] == .choices(["healthcare"]))
    #expect(effects == [.save(try state.bench().document)])
    UI.press(&state, "Up Space")
    // Kept in rulebook order, whatever order they were chosen in.
    #expect(try state.bench().interview.answers["sector"] == .choices(["finance", "healthcare"]))
    #expect(
      try state.bench().document.changeLog.last
        == ChangeLogEntry(
          at: UI.now, kind: "answer", subject: "sector", from: "healthcare",
          to: "finance, healthcare"))
    UI.press(&state, "Space")
    #expect(try state.bench().interview.answers["sector"] == .choices(["healthcare"]))
    effects = UI.press(&state, "Down Space")
    #expect(try state.bench().interview.answers["sector"] == nil)
    #expect(effects == [.save(try state.bench().document)])
    #expect(
      try state.bench().document.changeLog.last
        == ChangeLogEntry(
          at: UI.now, kind: "answer", subject: "sector", from: "healthcare", to: nil))
    #expect(state.currentID == "sector")
  }

  @Test func enterOnAMultiChoiceChoosesOnlyWhenNothingIsChosen() throws {
    var state = UI.workbench(at: "sector")
    let effects = UI.press(&state, "Down Enter")
    #expect(savedDocument(effects)?.answers["sector"] == .choices(["healthcare"]))
    #expect(state.currentID == "use_case")
    UI.press(&state, "Left")
    #expect(state.currentID == "sector")
    #expect(try state.bench().itemCursor == 1)
    // Something is chosen: Enter on another option just goes on.
    #expect(UI.press(&state, "Up Enter") == [])
    #expect(try state.bench().interview.answers["sector"] == .choices(["healthcare"]))
    #expect(state.currentID == "use_case")
  }

  @Test func yesNoQuestions() throws {
    var state = UI.workbench(at: "infrastructure_operator")
    let effects = UI.press(&state, "Enter")
    #expect(savedDocument(effects)?.answers["infrastructure_operator"] == .bool(true))
    #expect(state.currentID == "personal_data")
    UI.press(&state, "Left Down Space")
    #expect(try state.bench().interview.answers["infrastructure_operator"] == .bool(false))
    #expect(
      try state.bench().document.changeLog.last
        == ChangeLogEntry(
          at: UI.now, kind: "answer", subject: "infrastructure_operator", from: "yes", to: "no"))
    #expect(state.currentID == "infrastructure_operator")
  }

  @Test func unknownItemMarksUnknown() throws {
    var state = UI.workbench(at: "headquarters", answers: ["headquarters": .choice("japan")])
    let effects = UI.press(&state, "Down Down Space")
    #expect(effects == [.save(try state.bench().document)])
    #expect(try state.bench().interview.answers["headquarters"] == .unknown)
    #expect(
      try state.bench().document.changeLog.last
        == ChangeLogEntry(
          at: UI.now, kind: "answer", subject: "headquarters", from: "japan", to: "unknown"))
    // Unknown on a multi-choice question too.
    state = UI.workbench(at: "sector")
    UI.press(&state, "PgDn Enter")
    #expect(try state.bench().interview.answers["sector"] == .unknown)
    #expect(state.currentID == "use_case")
  }

  @Test func numberFieldEditsAndSavesThenMovesOn() throws {
    var state = UI.workbench(at: "people_affected")
    #expect(UI.press(&state, "Enter") == [])
    #expect(try state.bench().editing == TextField("", limit: 15))
    #expect(UI.press(&state, "1500") == [])
    #expect(try state.bench().editing?.text == "1500")
    #expect(try state.bench().interview.answers["people_affected"] == nil)
    let effects = UI.press(&state, "Enter")
    let bench = try state.bench()
    let saved = try #require(savedDocument(effects))
    #expect(saved.answers["people_affected"] == .number(1500))
    #expect(
      saved.changeLog.last
        == ChangeLogEntry(
          at: UI.now, kind: "answer", subject: "people_affected", from: nil, to: "1500"))
    #expect(bench.editing == nil)
    #expect(bench.validation == nil)
    #expect(bench.interview.current == "decision_role")
  }

  @Test func numberFieldStartsFromTheAnswerAndAcceptsSeparators() throws {
    var state = UI.workbench(
      at: "people_affected", answers: ["people_affected": .number(2_000_000)])
    UI.press(&state, "Enter")
    #expect(try state.bench().editing?.text == "2000000")
    UI.press(&state, "C-u 1,250_000 Enter")
    #expect(try state.bench().interview.answers["people_affected"] == .number(1_250_000))
  }

  @Test func numberFieldRefusesText() throws {
    var state = UI.workbench(at: "people_affected")
    let effects = UI.press(&state, "Enter abc Enter")
    #expect(effects == [])
    let bench = try state.bench()
    #expect(bench.validation == "Enter a whole number (digits only), or choose Unknown.")
    #expect(bench.editing?.text == "abc")
    #expect(bench.interview.answers["people_affected"] == nil)
    #expect(bench.interview.current == "people_affected")
    #expect(bench.saveState == .saved)
    // Typing again clears the message.
    UI.press(&state, "BSpace")
    #expect(try state.bench().validation == nil)
  }

  @Test func numberFieldRefusesOutOfRange() throws {
    var state = UI.workbench(at: "people_affected")
    #expect(UI.press(&state, "Enter -5 Enter") == [])
    #expect(try state.bench().validation == "Enter a whole number from 0 to 10000000000.")
    #expect(try state.bench().interview.answers["people_affected"] == nil)
    #expect(UI.press(&state, "C-u 99999999999 Enter") == [])
    #expect(try state.bench().validation == "Enter a whole number from 0 to 10000000000.")
  }

  @Test func numberFieldCtrlGCancels() throws {
    var state = UI.workbench(at: "people_affected", answers: ["people_affected": .number(12)])
    #expect(UI.press(&state, "Enter 34 C-g") == [])
    let bench = try state.bench()
    #expect(bench.editing == nil)
    #expect(bench.validation == nil)
    #expect(bench.interview.answers["people_affected"] == .number(12))
    #expect(bench.interview.current == "people_affected")
  }

  @Test func textFieldEmptiedClearsTheAnswer() throws {
    var state = UI.workbench(
      at: "model_name", answers: ["uses_foundation_model": .bool(true), "model_name": .text("GPT")])
    let effects = UI.press(&state, "Enter C-u Enter")
    #expect(try state.bench().interview.answers["model_name"] == nil)
    #expect(effects == [.save(try state.bench().document)])
    #expect(state.currentID == "model_name")
    #expect(try state.bench().editing == nil)
  }

  /// Emptying a number field and pressing Enter should clear the answer, as it does for text;
  /// update() checks for digits first and shows "Enter a whole number" instead.
  @Test func numberFieldEmptiedClearsTheAnswer() throws {
    var state = UI.workbench(at: "people_affected", answers: ["people_affected": .number(12)])
    let effects = UI.press(&state, "Enter C-u Enter")
    let bench = try state.bench()
    #expect(bench.interview.answers["people_affected"] == nil)
    #expect(effects == [.save(bench.document)])
    #expect(bench.editing == nil)
    #expect(bench.validation == nil)

    #expect(state.currentID == "people_affected")
  }

  @Test func numberFieldIsLimited() throws {
    var state = UI.workbench(at: "people_affected")
    UI.press(&state, "Enter 12345678901234567890")
    #expect(try state.bench().editing?.text == "123456789012345")
  }

  @Test func editingSwallowsCommandKeys() throws {
    var state = UI.workbench(at: "people_affected")
    #expect(UI.press(&state, "Enter q 1 ? w x L Tab C-s") == [])
    let bench = try state.bench()
    #expect(bench.editing?.text == "q1?wxL")
    #expect(!state.quitting)
    #expect(state.overlay == nil)
    #expect(state.language == .en)
    #expect(bench.pane == .interview)
  }

  @Test func textFieldEditsAndSaves() throws {
    var state = UI.workbench(at: "system_purpose")
    UI.press(&state, "Enter")
    #expect(try state.bench().editing == TextField("", limit: AnswersFile.maximumTextLength))
    let effects = UI.press(
      &state, keys: [.paste("  Scores loan applications  "), .home, .alt("f"), .char("!"), .enter])
    let saved = try #require(savedDocument(effects))
    #expect(saved.answers["system_purpose"] == .text("Scores! loan applications"))
    #expect(state.currentID == "people_affected")
    // Back on it, Enter edits the saved text.
    UI.press(&state, "Left Enter")
    #expect(try state.bench().editing?.text == "Scores! loan applications")
  }

  @Test func backspaceClearsTheAnswer() throws {
    var state = UI.workbench(at: "role", answers: ["role": .choice("provider")])
    let effects = UI.press(&state, "BSpace")
    #expect(try state.bench().interview.answers["role"] == nil)
    #expect(effects == [.save(try state.bench().document)])
    #expect(
      try state.bench().document.changeLog.last
        == ChangeLogEntry(at: UI.now, kind: "answer", subject: "role", from: "provider", to: nil))
    // Nothing left to clear: no save.
    #expect(UI.press(&state, "DC BSpace") == [])
  }

  @Test func leftAndRightFollowThePath() throws {
    var state = UI.workbench(at: "decision_role", answers: ["decision_role": .choice("none")])
    // human_oversight is hidden when the system takes no part in decisions.
    #expect(UI.press(&state, "Right") == [])
    #expect(state.currentID == "infrastructure_operator")
    UI.press(&state, "l l")
    // personal_data is unanswered, so cross_border_transfer stays hidden.
    #expect(state.currentID == "uses_foundation_model")
    UI.press(&state, "h h Left")
    #expect(state.currentID == "decision_role")
    #expect(try state.bench().itemCursor == 0)
    // Back past the start of the path falls back to the previous visible question.
    UI.press(&state, "Left")
    #expect(state.currentID == "people_affected")
  }

  @Test func leftAndRightStopAtTheEnds() throws {
    var state = UI.workbench(at: "sector")
    #expect(UI.press(&state, "Left h") == [])
    #expect(state.currentID == "sector")
    state = UI.workbench(at: "regulatory_barrier")
    #expect(UI.press(&state, "Right l") == [])
    #expect(state.currentID == "regulatory_barrier")
  }

  @Test func jumpOverlayFiltersAndJumps() throws {
    var state = UI.workbench()
    #expect(UI.press(&state, "g") == [])
    let start =
      try state.bench().interview.visibleQuestions.firstIndex { $0.id == state.currentID } ?? -1
    var expected = JumpState()
    expected.cursor = start
    #expect(state.overlay == .jump(expected))
    #expect(
      jumpTargets(state, filter: "").count == (try state.bench().interview.visibleQuestions.count))
    UI.press(&state, "Down Down")
    guard case .jump(let moved)? = state.overlay else {
      Issue.record("the jump list closed")
      return
    }
    #expect(moved.cursor == start + 2)
    UI.press(&state, "oversight")
    guard case .jump(let filtered)? = state.overlay else {
      Issue.record("the jump list closed")
      return
    }
    #expect(filtered.filter.text == "oversight")
    #expect(filtered.cursor == 0)
    #expect(jumpTargets(state, filter: "oversight").map(\.id) == ["human_oversight"])
    #expect(UI.press(&state, "Enter") == [])
    #expect(state.overlay == nil)
    #expect(state.currentID == "human_oversight")
    #expect(try state.bench().itemCursor == 0)
    #expect(try state.bench().interview.path.suffix(2) == ["offered_in_eu", "human_oversight"])
  }

  @Test func jumpMatchesSectionTitlesInTheLanguage() {
    var state = UI.workbench(language: .ja)
    UI.press(&state, "g")
    #expect(
      jumpTargets(state, filter: "モデル").map(\.id)
        == ["uses_foundation_model", "model_name", "fine_tuned"])
    UI.press(&state, "Esc")
    #expect(state.overlay == nil)
    #expect(state.currentID == "offered_in_eu")
  }

  @Test func jumpWithNoMatchChangesNothing() {
    var state = UI.workbench()
    #expect(UI.press(&state, "g zzzz Enter") == [])
    #expect(state.overlay == nil)
    #expect(state.currentID == "offered_in_eu")
  }

  @Test func noteOverlayEditsThePrivateFlagAndSaves() throws {
    var state = UI.workbench()
    #expect(UI.press(&state, "e") == [])
    #expect(
      state.overlay
        == .note(
          TextArea("Parent company is considering an EU launch in 2027.", limit: 4000),
          isPrivate: false))
    UI.press(&state, "C-u")
    UI.press(&state, keys: Array("Ask legal about the EU launch").map(Key.char))
    UI.press(&state, "C-t")
    guard case .note(let field, let isPrivate)? = state.overlay else {
      Issue.record("the note closed")
      return
    }
    #expect(field.text == "Ask legal about the EU launch")
    #expect(isPrivate)
    let effects = UI.press(&state, "Esc")
    #expect(state.overlay == nil)
    let bench = try state.bench()
    #expect(effects == [.save(bench.document)])
    #expect(
      bench.document.meta["offered_in_eu"]
        == QuestionMeta(note: "Ask legal about the EU launch", notePrivate: true, followUp: true))
    #expect(
      bench.document.changeLog.last
        == ChangeLogEntry(at: UI.now, kind: "note", subject: "offered_in_eu"))
  }

  @Test func noteOverlayCtrlGCancelsAndCtrlTToggles() throws {
    var state = UI.workbench()
    UI.press(&state, "e C-t C-t C-t")
    guard case .note(_, let isPrivate)? = state.overlay else {
      Issue.record("the note closed")
      return
    }
    #expect(isPrivate)
    UI.press(&state, "more C-g")
    #expect(state.overlay == nil)
    #expect(try state.bench().document == UI.demoDocument())
  }

  @Test func noteOverlayEscKeepsWhatWasTyped() throws {
    var state = UI.workbench()
    UI.press(&state, "e C-u")
    UI.press(&state, keys: Array("Ask legal").map(Key.char))
    let effects = UI.press(&state, "Esc")
    #expect(state.overlay == nil)
    let bench = try state.bench()
    #expect(effects == [.save(bench.document)])
    #expect(bench.document.meta["offered_in_eu"]?.note == "Ask legal")
  }

  @Test func noteOverlayEscWithNothingChangedJustCloses() throws {
    var state = UI.workbench()
    #expect(UI.press(&state, "e Esc") == [])
    #expect(state.overlay == nil)
    #expect(try state.bench().document == UI.demoDocument())
  }

  @Test func noteOnAPrivateNoteStartsPrivate() {
    var state = UI.workbench()
    UI.press(&state, "g model_name Enter")
    #expect(state.currentID == "model_name")
    UI.press(&state, "e")
    #expect(
      state.overlay
        == .note(
          TextArea("Vendor contract names the base model; client to send it.", limit: 4000),
          isPrivate: true))
  }

  @Test func followUpToggles() throws {
    var state = UI.workbench()
    let effects = UI.press(&state, "f")
    var bench = try state.bench()
    #expect(effects == [.save(bench.document)])
    #expect(
      bench.document.meta["offered_in_eu"]
        == QuestionMeta(note: "Parent company is considering an EU launch in 2027."))
    #expect(
      bench.document.changeLog.last
        == ChangeLogEntry(at: UI.now, kind: "follow-up", subject: "offered_in_eu"))
    UI.press(&state, "f")
    bench = try state.bench()
    #expect(bench.document.meta["offered_in_eu"]?.followUp == true)
  }

  @Test func confidenceCycles() throws {
    var state = UI.workbench(at: "role")
    var seen: [Confidence?] = []
    for _ in 0..<4 {
      let effects = UI.press(&state, "c")
      let bench = try state.bench()
      #expect(effects == [.save(bench.document)])
      seen.append(bench.document.meta["role"]?.confidence)
      #expect(
        bench.document.changeLog.last
          == ChangeLogEntry(at: UI.now, kind: "confidence", subject: "role"))
    }
    #expect(seen == [.low, .medium, .high, nil])
    #expect(try state.bench().document.meta["role"] == nil)
  }

  @Test func undoAndRedo() throws {
    var state = UI.workbench(at: "role")
    UI.press(&state, "Down Down Enter")
    #expect(state.currentID == "system_purpose")
    var effects = UI.press(&state, "u")
    var bench = try state.bench()
    #expect(effects == [.save(bench.document)])
    #expect(bench.interview.answers["role"] == nil)
    #expect(bench.interview.current == "role")
    #expect(bench.itemCursor == 0)
    #expect(bench.document.changeLog.last == ChangeLogEntry(at: UI.now, kind: "undo"))
    effects = UI.press(&state, "C-r")
    bench = try state.bench()
    #expect(effects == [.save(bench.document)])
    #expect(bench.interview.answers["role"] == .choice("provider"))
    #expect(bench.itemCursor == 2)
    #expect(bench.document.changeLog.last == ChangeLogEntry(at: UI.now, kind: "redo"))
    // Nothing more to redo; undo twice leaves only one step to undo.
    #expect(UI.press(&state, "C-r") == [])
    UI.press(&state, "u")
    #expect(UI.press(&state, "u") == [])
  }

  @Test func readOnlyRefusesChangesWithAFlash() throws {
    var state = UI.workbench(notice: readOnlyNotice)
    let document = try state.bench().document
    for script in ["Up Space", "Up Space", "BSpace", "DC", "f", "c", "e", "u", "C-r", "Enter"] {
      #expect(UI.press(&state, script) == [], "\(script)")
      #expect(state.flash == refusedFlash, "\(script)")
      #expect(state.overlay == nil, "no dialog opens: \(script)")
      #expect(try state.bench().interview.answers == document.answers)
      #expect(try state.bench().interview.meta == document.meta)
    }
    #expect(try state.bench().document.changeLog == document.changeLog)
    #expect(try state.bench().saveState == .readOnly(readOnlyNotice))
    // Reading and moving still work.
    UI.press(&state, "Left")
    #expect(state.currentID == "fine_tuned")
    #expect(state.flash == nil)
  }

  @Test func readOnlyRefusalIsInJapanese() {
    var state = UI.workbench(notice: readOnlyNotice, language: .ja)
    UI.press(&state, "f")
    #expect(state.flash == "読み取り専用: ここでは保存できません。変更していません。")
  }

  @Test func readOnlyRefusalSaysWhy() {
    for (reason, en, ja) in [
      (ReadOnlyReason.review, "opened for review (--read-only)", "レビュー用に開いています（--read-only）"),
      (.heldByOther(42), "open in another shinsa (process 42)", "別の shinsa（プロセス 42）で開かれています"),
      (.notWritable, "the folder cannot be written", "フォルダーに書き込めません"),
    ] {
      var state = UI.browser(projects: [])
      _ = update(
        &state,
        .opened(
          path: UI.demoPath, document: UI.demoDocument(), notice: "n", recovery: nil,
          readOnly: reason))
      UI.press(&state, "e")
      #expect(state.flash == "Read-only: \(en); nothing was changed.")
      #expect(state.overlay == nil)
      UI.press(&state, "L f")
      #expect(state.flash == "読み取り専用: \(ja)。変更していません。")
    }
  }

  @Test func readOnlyRefusesTheWorkbenchWideEditsToo() {
    // The assessor (A) and reading a homework form (H in the Report pane) are workbench
    // commands, not a pane's: the same gate refuses them before a prompt opens.
    for script in ["A", "5 H"] {
      var state = UI.browser(projects: [])
      _ = update(
        &state,
        .opened(
          path: UI.demoPath, document: UI.demoDocument(), notice: "n", recovery: nil,
          readOnly: .review))
      UI.press(&state, script)
      #expect(state.flash == "Read-only: opened for review (--read-only); nothing was changed.")
      #expect(state.overlay == nil, "\(script)")
    }
  }

  @Test func bankCreditScenarioThroughKeysIsSpeciallyDesignated() throws {
    var state = UI.workbench(at: "sector")
    var saves = 0
    for (index, script) in UI.bankCreditKeys.enumerated() {
      let effects = UI.press(&state, script)
      saves += effects.count
      #expect(effects.allSatisfy { if case .save = $0 { true } else { false } }, "step \(index)")
    }
    let bench = try state.bench()
    #expect(saves == UI.bankCreditAnswers.count)
    #expect(bench.interview.answers == UI.bankCreditAnswers)
    #expect(bench.assessment.tier == .speciallyDesignated)
    #expect(bench.assessment.primaryRegulator?.id == "fsa")
    #expect(bench.assessment.regulators.contains { $0.id == "ppc" })
    #expect(bench.assessment.sandbox.route.rawValue == "none")
    #expect(!bench.assessment.requiresReview)
    #expect(bench.document.lastAssessment?.tier == .speciallyDesignated)
    #expect(bench.interview.current == "regulatory_barrier")
    #expect(bench.document.changeLog.count == 1 + UI.bankCreditAnswers.count)
  }
}

// MARK: - About this question

@Suite struct AboutQuestionReducerTests {
  @Test func iShowsTheWholeHelpOfTheCurrentQuestionAndClosesAgain() throws {
    var state = UI.workbench(at: "role")
    UI.press(&state, "i")
    #expect(state.overlay == .about(scroll: 0))
    let question = try #require(state.workbench?.currentQuestion)
    let text = render(state).text
    #expect(text.contains(String(question.text.en.prefix(20))))
    #expect(text.contains("Why we ask"))
    UI.press(&state, "i")
    #expect(state.overlay == nil)
  }

  @Test func theMedicalDeviceHelpExplainsTheMHLWTest() throws {
    var state = UI.workbench(
      at: "medical_device", answers: ["sector": .choices(["healthcare"])])
    UI.press(&state, "i")
    let lines = aboutLines(state, width: 90).map { $0.map(\.text).joined() }.joined(separator: " ")
    #expect(lines.contains("Class I"))
    #expect(lines.contains("PMDA"))
  }
}

// MARK: - Coverage of the keymap and of the known problems

@Suite struct CoverageReducerTests {
  /// A state in which `command` has something to do, reached by a key script.
  /// The switch is exhaustive: a new command does not compile until it is given one.
  private static func setup(for command: Command) -> AppState {
    var state: AppState
    switch command {
    case .open, .new, .filter, .duplicate, .archive, .demo:
      return UI.browser(projects: UI.twoProjects)
    case .up, .pageUp:
      state = UI.workbench(at: "role")
      UI.press(&state, "Down Down")
    case .down, .pageDown, .forward, .confirm, .toggle, .confidence:
      state = UI.workbench(at: "role")
    case .clear:
      state = UI.workbench(at: "role", answers: ["role": .choice("provider")])
    case .undo:
      state = UI.workbench(at: "role")
      UI.press(&state, "Space")
    case .redo:
      state = UI.workbench(at: "role")
      UI.press(&state, "Space u")
    case .pane1:
      state = UI.workbench()
      UI.press(&state, "2")
    case .statusMet, .statusPartly, .statusGap, .statusNotApplicable, .statusUnknown,
      .addEvidence, .addAction, .toggleDone, .remove:
      state = UI.workbench()
      UI.press(&state, "6")
    case .complete:
      state = UI.workbench()
      UI.press(&state, "6 f")
    case .back, .note, .followUp, .jump, .why, .about, .pane2, .pane3, .pane4, .pane5, .pane6,
      .nextPane,
      .previousPane, .export, .language, .help, .quit, .save, .browser:
      state = UI.workbench()
    case .edit, .externalEdit, .draftLanguage, .withhold, .notApplicable, .prefill, .prefillAll:
      // The demo's second field (purpose) is empty and has a suggestion.
      state = UI.workbench()
      UI.press(&state, "3 Down")
    case .markDone:
      state = UI.workbench()
      UI.press(&state, "3 Down p")
    case .markInSync:
      // The suggestion is taken in both languages, then only the English is edited.
      state = UI.workbench()
      UI.press(&state, "3 Down p Enter x Escape")
    case .checkYes, .checkNo, .checkUnknown, .checkNotApplicable:
      // The bank scenario's project-sandbox case: the first checklist item.
      state = UI.sandboxWorkbench()
      UI.press(&state, "4 Down")
    case .stepDate:
      state = UI.sandboxWorkbench()
      UI.press(&state, "4 End")
      UI.press(&state, keys: Array(repeating: .down, count: 40))
    // Dialogs and fields (their first binding in the table).
    case .close:
      state = UI.workbench()
      UI.press(&state, "g")
    case .cancel, .accept:
      state = UI.workbench(at: "people_affected")
      state.workbench?.editing = TextField("12", limit: 15)
    case .keep:
      state = UI.workbench()
      UI.press(&state, "3 Down Enter x")
    case .togglePrivate:
      state = UI.workbench(at: "role")
      UI.press(&state, "e")
    case .restore, .discard:
      state = UI.workbench()
      state.overlay = .recovery
    case .nextField, .previousField:
      state = UI.browser(projects: UI.twoProjects)
      UI.press(&state, "n")
    case .conflicts:
      state = UI.conflictWorkbench()
    case .keepOurs, .takeTheirs, .takeBase:
      state = UI.conflictWorkbench()
      state.overlay = .conflicts(cursor: 0)
    case .top:
      state = UI.workbench()
      UI.press(&state, "? PgDn")
    case .bottom:
      state = UI.workbench()
      UI.press(&state, "?")
    case .search, .expand:
      state = UI.workbench()
      UI.press(&state, "w")
    case .nextMatch, .previousMatch:
      state = UI.workbench()
      UI.press(&state, "w / credit Enter")
    case .palette, .mouse:
      state = UI.workbench()
    case .homeworkExport, .homeworkImport:
      state = UI.workbench()
      UI.press(&state, "5")
    case .showAllOptions:
      state = UI.workbench(at: "use_case", answers: ["sector": .choices(["healthcare"])])
    case .assessor:
      state = UI.workbench()
    case .multiLine:
      state = UI.workbench()
      UI.press(&state, "g model_name Enter Enter")
    }
    return state
  }

  @Test(arguments: Command.allCases)
  func everyCommandDoesSomethingVisibleOrAsksForWork(command: Command) throws {
    let binding = try #require(Keymap.bindings.first { $0.command == command })
    let state = Self.setup(for: command)
    let before = render(state)
    for key in binding.keys {
      var copy = state
      let effects = update(&copy, .key(key))
      #expect(
        !effects.isEmpty || render(copy) != before || copy.quitting,
        "\(command) on \(key.label) changed nothing")
    }
  }

  /// Every action case, named with the tests that cover it; exhaustive by construction.
  private static func coveredBy(_ action: Action) -> String {
    switch action {
    case .key: return "Browser-, Workbench-, InterviewReducerTests"
    case .resize: return "resizeSetsTheSizeAndNeverGoesBelowOneCell"
    case .tick: return "tickSetsTheClock, tickStampsLaterChanges"
    case .projectsListed: return "projectsListedClampsTheSelection"
    case .opened: return "openedShowsTheWorkbenchWithTheCursorOnTheCurrentAnswer"
    case .saveFinished:
      return "saveFinishedMarksSaved, saveFinishedWithAnErrorMarksFailedAndFlashes"
    case .failed: return "failedFlashes"
    case .notice: return "noticeFlashesAndChangesNothingElse"
    case .exported: return "exportedFlashesThePathInTheLanguage"
    case .terminate: return "terminateSavesAndQuits"
    case .externalEditFinished:
      return "externalEditTextComesBackAsADraft, externalEditFailureChangesNothing"
    case .inputFound:
      return "InputRecoveryTests.foundTypingIsOfferedAndRestoredIntoTheSameEditor"
    case .evidenceChecked: return "PlanPaneTests.enteringThePaneChecksAgainButOtherKeysDoNot"
    case .evidenceRead: return "PlanPaneTests.evidenceFromAFileIsHashedRecordedAndChecked"
    case .pathListed: return "PlanPaneTests.tabCompletesTheEvidencePath"
    case .homeworkRead: return "HomeworkReducerTests"
    }
  }

  @Test func everyActionIsCovered() {
    let samples: [Action] = [
      .key(.enter), .resize(width: 1, height: 1), .tick(now: UI.now), .projectsListed([]),
      .opened(path: "", document: UI.document(), notice: nil, recovery: nil),
      .saveFinished(error: nil), .failed(""), .notice(""), .exported(path: ""), .terminate,
      .externalEditFinished(target: .disclosure("ai-use"), language: .en, result: .text("")),
      .inputFound(PendingInput(kind: .note, subject: "sector", text: "")),
      .evidenceChecked(EvidenceCheckResult(today: "2026-11-25", items: [], states: [:])),
      .evidenceRead(EvidenceReadResult(target: "", path: "", sha256: "", today: "")),
      .pathListed(typed: "", entries: []),
      .homeworkRead(path: "", text: ""),
    ]
    #expect(Set(samples.map(Self.coveredBy)).count == samples.count)
  }

  /// Esc asks for [.save, .closeProject, .listProjects] and drops the workbench at once, so
  /// the runner's `.saveFinished(error:)` for that save arrives with no workbench and is
  /// ignored: the user never hears that their last change was not saved.
  @Test func aFailedSaveAfterLeavingTheProjectIsReported() {
    var state = UI.workbench(at: "role")
    UI.press(&state, "Space Esc")
    _ = update(&state, .saveFinished(error: "cannot write: disk full"))
    #expect(state.flash == "cannot write: disk full")
  }

  /// Scroll offsets grow without bound: after paging past the end, Up does nothing visible
  /// until the offset has come back down to the last page.
  @Test func scrollingPastTheEndIsClamped() {
    var why = UI.workbench()
    UI.press(&why, "w")
    for _ in 0..<30 { UI.press(&why, "PgDn") }
    let bottom = render(why)
    UI.press(&why, "Up")
    var pane = UI.workbench()
    UI.press(&pane, "4 Down Down Down")
    #expect(render(why) != bottom, "why overlay: Up after paging past the end")
    // The sandbox pane fits on the screen: there is nothing to scroll.
    #expect((pane.workbench?.scroll[.sandbox] ?? 0) == 0, "sandbox pane scrolled")

  }
}
