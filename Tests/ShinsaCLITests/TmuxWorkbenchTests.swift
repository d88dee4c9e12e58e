import Foundation
import ShinsaCore
import Testing

/// Drives the built binary in tmux as a new user would. Skipped, and reported as skipped,
/// where tmux or pgrep is missing (see ``Tmux/missing``).
@Suite(.serialized, Tmux.needed) struct TmuxWorkbenchTests {
  /// A plain shell in tmux in a fresh folder.
  private func startedSession() throws -> (Tmux, URL) {
    let folder = try Binary.temporaryFolder()
    let tmux = Tmux(folder: folder)
    do {
      try tmux.start()
    } catch {
      tmux.kill()
      try? FileManager.default.removeItem(at: folder)
      throw error
    }
    return (tmux, folder)
  }

  private func scenarioAnswers() throws -> [String: Answer] {
    let path = Binary.fixtures.appendingPathComponent("scenarios/bank-credit-scoring.json").path
    let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    return try AnswersFile.parse(bytes, fileName: path, rulebook: try RulebookLoader.bundled())
  }

  /// The keys that give `answer` on a freshly shown question (cursor on the first item).
  private func keys(for answer: Answer, _ question: Question) -> [String] {
    switch answer {
    case .choice(let value):
      let index = question.optionValues.firstIndex(of: value) ?? 0
      return Array(repeating: "Down", count: index) + ["Enter"]
    case .choices(let values) where values.count == 1:
      let index = question.optionValues.firstIndex(of: values[0]) ?? 0
      return Array(repeating: "Down", count: index) + ["Enter"]
    case .bool(let flag):
      return flag ? ["Enter"] : ["Down", "Enter"]
    case .number(let number):
      return ["Enter", "literal:\(number)", "Enter"]
    default:
      return ["Right"]
    }
  }

  @Test func newUserAnswersTheBankScenarioAndNothingIsLost() throws {
    let (tmux, folder) = try startedSession()
    defer {
      tmux.kill()
      try? FileManager.default.removeItem(at: folder)
    }
    let binary = Binary.executable.path
    let projects = folder.appendingPathComponent("projects").path

    // First run: an empty folder offers a new project or the demo.
    try tmux.type("\(binary) --dir \(projects); echo shinsa-exited-$?")
    try tmux.keys("Enter")
    try tmux.waitFor("No projects yet")
    try tmux.waitFor("open the demo project")
    try tmux.keys("n")
    try tmux.waitFor("New project")
    try tmux.type("bank")
    try tmux.keys("Tab")
    try tmux.type("Hikari Lending")
    try tmux.keys("Tab")
    try tmux.type("Credit scoring")
    try tmux.keys("Enter")
    try tmux.waitFor("Hikari Lending · Credit scoring")

    // Answer the interview question by question, as shown.
    let rulebook = try RulebookLoader.bundled()
    let answers = try scenarioAnswers()
    var interview = Interview(rulebook: rulebook)
    var steps = 0
    while let id = interview.current, steps < 60 {
      steps += 1
      guard let question = rulebook.question(id) else { break }
      try tmux.waitFor(String(question.text.en.prefix(30)))
      let answer = answers[id]
      for key in answer.map({ keys(for: $0, question) }) ?? ["Right"] {
        if key.hasPrefix("literal:") {
          try tmux.type(String(key.dropFirst(8)))
        } else {
          try tmux.keys(key)
        }
      }
      if let answer { try interview.apply(.answer(question: id, answer)) }
      let before = interview.current
      try interview.apply(.next)
      if interview.current == before { break }
    }
    let screen = try tmux.waitFor("Specially designated")
    #expect(screen.contains("triage tier, not a statutory category"))

    // Help and why open and close.
    try tmux.keys("?")
    try tmux.waitFor("Keys — type to filter")
    try tmux.keys("Escape")
    try tmux.waitForGone("Keys — type to filter")
    try tmux.keys("w")
    try tmux.waitFor("Why — reasons, answers and sources")
    try tmux.keys("Escape")
    try tmux.waitForGone("Why — reasons, answers and sources")
    try tmux.keys("q")
    try tmux.waitFor("shinsa-exited-0")

    let path = projects + "/bank.shinsa.json"
    let document = try ProjectFile.read(path: path, rulebook: rulebook).document
    for (id, answer) in answers { #expect(document.answers[id] == answer, "\(id)") }
    #expect(document.metadata.client == "Hikari Lending")
    #expect(FilePaths.mode(path) == 0o600)

    // Second run: change an answer, then SIGHUP mid-interview; nothing is lost and the
    // terminal is sane afterwards.
    try tmux.type(
      "clear; \(binary) open bank --dir \(projects); stty -a > \(folder.path)/stty.txt; echo second-exited"
    )
    try tmux.keys("Enter")
    try tmux.waitFor("Credit scoring")
    try tmux.keys("g")
    try tmux.waitFor("Jump to a question")
    try tmux.type("headquartered")
    try tmux.keys("Enter")
    try tmux.waitFor("Where is your organisation headquartered?")
    try tmux.keys("Up", "Up", "Space")
    try tmux.waitFor("(•) Japan")
    try tmux.waitFor("✓ saved")
    let pid = try Tmux.pid(matching: "open bank --dir \(projects)")
    kill(pid, SIGHUP)
    try tmux.waitFor("second-exited")
    let after = try ProjectFile.read(path: path, rulebook: rulebook).document
    #expect(after.answers["headquarters"] == .choice("japan"))
    let stty = try String(contentsOf: folder.appendingPathComponent("stty.txt"), encoding: .utf8)
    let flags = stty.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" }).map(
      String.init)
    #expect(flags.contains("echo") && !flags.contains("-echo"), "\(stty)")
    #expect(flags.contains("icanon") && !flags.contains("-icanon"), "\(stty)")
  }

  @Test func aDisclosureFieldWrittenInThePaneSurvivesAQuitAndIsExported() throws {
    let (tmux, folder) = try startedSession()
    defer {
      tmux.kill()
      try? FileManager.default.removeItem(at: folder)
    }
    let binary = Binary.executable.path
    let projects = folder.appendingPathComponent("projects").path
    let path = try Binary.newProject("bank", in: projects, scenario: "bank-credit-scoring")
    // An editor that appends a line, standing in for the user's $EDITOR.
    let editor = try Binary.write(
      "#!/bin/sh\nprintf 'Appeals: write to appeals@example.jp\\n' >> \"$1\"\n",
      named: "editor.sh", in: folder)
    chmod(editor, 0o755)

    try tmux.type("EDITOR=\(editor) \(binary) open bank --dir \(projects); echo first-exited-$?")
    try tmux.keys("Enter")
    try tmux.waitFor("Which sectors")
    try tmux.keys("3")
    try tmux.waitFor("Required done")
    // The second field, purpose: write it in Japanese in the pane's editor.
    try tmux.keys("Down")
    try tmux.waitFor("Intended purpose; appropriate")
    try tmux.keys("t")
    try tmux.keys("Enter")
    try tmux.waitFor("Editing Japanese")
    try tmux.keys("C-a", "C-k")
    try tmux.type("与信審査の補助に使います。")
    try tmux.keys("Enter")
    try tmux.type("Second line")
    try tmux.keys("Escape")
    try tmux.waitForGone("Editing Japanese")
    try tmux.waitFor("与信審査の補助に使います。")
    // Redress: hand the English text to $EDITOR and read it back.
    try tmux.keys("t")
    for _ in 0..<8 { try tmux.keys("Down") }
    try tmux.waitFor("▸! Explanation, correcti")
    try tmux.keys("E")
    try tmux.waitFor("Text read back from the editor")
    try tmux.waitFor("appeals@example.jp")
    try tmux.waitFor("✓ saved")
    try tmux.keys("q")
    try tmux.waitFor("first-exited-0")

    let rulebook = try RulebookLoader.bundled()
    let document = try ProjectFile.read(path: path, rulebook: rulebook).document
    #expect(document.disclosure["purpose"]?.ja == "与信審査の補助に使います。\nSecond line")
    #expect(document.disclosure["purpose"]?.state == .draft)
    #expect(
      document.disclosure["redress"]?.en.hasSuffix("Appeals: write to appeals@example.jp") == true)

    // Reopen: the text is there.
    try tmux.type("clear; \(binary) open bank --dir \(projects) --lang ja; echo second-exited-$?")
    try tmux.keys("Enter")
    try tmux.waitFor("ヒアリング")
    try tmux.keys("3")
    try tmux.waitFor("必要項目")
    try tmux.keys("Down")
    try tmux.waitFor("与信審査の補助に使います。")
    try tmux.keys("q")
    try tmux.waitFor("second-exited-0")

    // Export the disclosure alone, in Japanese.
    let exported = try Binary.run([
      "export", "bank", "--dir", projects, "--disclosure", "--lang", "ja",
    ])
    #expect(exported.status == 0, "\(exported.stderr)")
    #expect(exported.stdout.contains("> 与信審査の補助に使います。"))
    #expect(exported.stdout.contains("要確認"))
  }

  @Test func sandboxChecklistAndPlanWrittenInThePaneSurviveAQuit() throws {
    let (tmux, folder) = try startedSession()
    defer {
      tmux.kill()
      try? FileManager.default.removeItem(at: folder)
    }
    let binary = Binary.executable.path
    let projects = folder.appendingPathComponent("projects").path
    // A foreign start-up whose inspection pilot runs into a rule: the project-based sandbox.
    let answers = try Binary.write(
      """
      {"answers": {"sector": ["mobility"], "use_case": ["quality-inspection"],
        "role": "provider", "people_affected": 1000, "decision_role": "none",
        "infrastructure_operator": false, "personal_data": "personal",
        "cross_border_transfer": false, "uses_foundation_model": false, "offered_in_eu": false,
        "headquarters": "foreign", "regulatory_barrier": "blocked",
        "barrier_goal": "demonstrate", "sandbox_novel": true}}
      """, named: "pilot.json", in: folder)
    let created = try Binary.run(["new", "pilot", "--dir", projects, "--answers", answers])
    #expect(created.status == 0, "\(created.stderr)")

    try tmux.type("\(binary) open pilot --dir \(projects); echo first-exited-$?")
    try tmux.keys("Enter")
    try tmux.waitFor("Interview")
    try tmux.keys("4")
    try tmux.waitFor("Project-based regulatory sandbox")
    try tmux.keys("Down", "Down")
    try tmux.waitFor("▸ ? You can name the statute")
    try tmux.keys("y")
    try tmux.waitFor("Your checklist: yes")
    try tmux.keys("Down")
    try tmux.keys("n")
    try tmux.waitFor("Your checklist: no")
    try tmux.keys("Enter")
    try tmux.waitFor("Evidence (where it is")
    try tmux.type("No end date yet")
    try tmux.keys("Enter")
    try tmux.waitFor("Evidence: No end date yet")
    for _ in 0..<4 { try tmux.keys("Down") }
    try tmux.waitFor("▸ ! Objective")
    try tmux.keys("Enter")
    try tmux.waitFor("Editing English — Objective")
    try tmux.type("Show that remote inspection is as safe as on-site checks.")
    try tmux.keys("Escape")
    try tmux.waitForGone("Editing English")
    try tmux.waitFor("✓ saved")
    try tmux.keys("q")
    try tmux.waitFor("first-exited-0")

    let rulebook = try RulebookLoader.bundled()
    let path = projects + "/pilot.shinsa.json"
    let document = try ProjectFile.read(path: path, rulebook: rulebook).document
    #expect(document.sandbox.checklist["statute-named"]?.state == .yes)
    #expect(document.sandbox.checklist["period-fixed"]?.state == .no)
    #expect(document.sandbox.checklist["period-fixed"]?.evidence == "No end date yet")
    #expect(
      document.sandbox.plan["objective"]?.en
        == "Show that remote inspection is as safe as on-site checks.")

    // Reopen: the checklist and the plan are there.
    try tmux.type("clear; \(binary) open pilot --dir \(projects); echo second-exited-$?")
    try tmux.keys("Enter")
    try tmux.waitFor("Interview")
    try tmux.keys("4")
    try tmux.waitFor("Project-based regulatory sandbox")
    try tmux.keys("Down", "Down")
    try tmux.waitFor("Your checklist: yes")
    for _ in 0..<5 { try tmux.keys("Down") }
    try tmux.waitFor("Show that remote inspection is as safe")
    try tmux.keys("q")
    try tmux.waitFor("second-exited-0")

    let exported = try Binary.run(["export", "pilot", "--dir", projects, "--sandbox"])
    #expect(exported.status == 0, "\(exported.stderr)")
    #expect(exported.stdout.contains("Show that remote inspection is as safe"))
    #expect(exported.stdout.contains("No end date yet"))
  }

  @Test func randomKeysAndResizesAgainstTheRealBinary() throws {
    let (tmux, folder) = try startedSession()
    defer {
      tmux.kill()
      try? FileManager.default.removeItem(at: folder)
    }
    let binary = Binary.executable.path
    let projects = folder.appendingPathComponent("projects").path
    try Binary.newProject("bank", in: projects, scenario: "bank-credit-scoring")
    try tmux.type(
      "EDITOR=true \(binary) open bank --dir \(projects); stty -a > \(folder.path)/stty.txt; echo monkey-exited-$? | tr a-z A-Z"
    )
    try tmux.keys("Enter")
    try tmux.waitFor("Which sectors")
    // Keys a user could press, minus the ones that end the program.
    let pool = [
      "Up", "Down", "Left", "Right", "Enter", "Space", "Tab", "BTab", "BSpace", "DC", "Home", "End",
      "PgUp", "PgDn", "1", "2", "3", "4", "5", "j", "k", "h", "l", "e", "f", "c", "g", "u", "w",
      "x",
      "?", "L", "t", "d", "p", "P", "W", "N", "E", "y", "n", "a", "D", "C-r", "C-s", "C-a", "C-e",
      "C-k", "C-g", "M-u", "F1", "Escape", "日", "本", "0", "9", "/",
    ]
    let seed = Seeds.seed(1)
    var random = Seeds.generator(seed)
    // A wait that times out throws: say which seed it was.
    var finished = false
    defer { if !finished { Issue.record("the monkey stopped early (\(Seeds.label(seed)))") } }
    var sent = 0
    var resizes = 0
    for _ in 0..<60 {
      var batch: [String] = []
      for _ in 0..<5 { batch.append(pool[Int((random.next() >> 33) % UInt64(pool.count))]) }
      try tmux.run(["send-keys", "-t", "t"] + batch)
      sent += batch.count
      if (random.next() >> 33) % 6 == 0 {
        let width = 40 + Int((random.next() >> 33) % 120)
        let height = 10 + Int((random.next() >> 33) % 40)
        try tmux.run(["resize-window", "-t", "t", "-x", String(width), "-y", String(height)])
        resizes += 1
      }
      usleep(20_000)
    }
    try tmux.run(["resize-window", "-t", "t", "-x", "100", "-y", "30"])
    // On a loaded machine the workbench can still be working through the 300 keys: read the
    // screen only once it has caught up, or the loops below act on a stale one.
    var screen = try tmux.waitForStill(seconds: 120)
    // Close any dialog or editor until the key hints show, then quit. Each key is sent once
    // the last one showed (or changed nothing for a while): Esc followed by a key the
    // workbench reads within the escape delay would be Alt plus that key.
    func press(_ key: String) throws {
      try tmux.keys(key)
      screen = try tmux.waitForChange(from: screen, seconds: 3) ?? screen
    }
    for _ in 0..<8 {
      if screen.contains("? help") || screen.contains("? ヘルプ") { break }
      try press("C-g")
      try press("Escape")
    }
    // q quits from a pane. An overlay the keys left open (the Why overlay shows the key hints
    // too, so the loop above can stop with it open) takes q or Esc first: try again.
    // After q, the screen settles either on the shell with the exit line or on the workbench.
    for _ in 0..<4 {
      try tmux.keys("q")
      screen = try tmux.waitForStill()
      if screen.contains("MONKEY-EXITED-") { break }
      try press("Escape")
    }
    screen = try tmux.waitFor("MONKEY-EXITED-")
    #expect(screen.contains("MONKEY-EXITED-0"), "\(Seeds.label(seed)): \(screen)")
    finished = true
    #expect(sent == 300 && resizes > 0)
    // Every project file still loads, and the terminal is sane.
    let rulebook = try RulebookLoader.bundled()
    let files = try FileManager.default.contentsOfDirectory(atPath: projects).filter {
      $0.hasSuffix(".shinsa.json")
    }
    #expect(!files.isEmpty)
    for file in files {
      #expect(throws: Never.self) {
        try ProjectFile.read(path: projects + "/" + file, rulebook: rulebook)
      }
    }
    let stty = try String(contentsOf: folder.appendingPathComponent("stty.txt"), encoding: .utf8)
    #expect(stty.contains(" echo") && stty.contains(" icanon"), "\(stty)")
  }

  @Test func hostileContentRendersInertInTheRealTerminal() throws {
    let (tmux, folder) = try startedSession()
    defer {
      tmux.kill()
      try? FileManager.default.removeItem(at: folder)
    }
    let projects = folder.appendingPathComponent("projects")
    try FileManager.default.createDirectory(at: projects, withIntermediateDirectories: true)
    let fixture = Binary.fixtures.appendingPathComponent("hostile/hostile.shinsa.json")
    let path = projects.appendingPathComponent("hostile.shinsa.json").path
    try FileManager.default.copyItem(atPath: fixture.path, toPath: path)
    let titleBefore = try tmux.run(["display", "-p", "-t", "t", "#{pane_title}"], capture: true)
    try tmux.type(
      "\(Binary.executable.path) --dir \(projects.path); echo hostile-exited-$? | tr a-z A-Z")
    try tmux.keys("Enter")
    // The browser lists it with its hostile client name escaped.
    try tmux.waitFor("hostile")
    var screens = [try tmux.waitFor("Client \\u{1B}]0;")]
    try tmux.keys("Enter")
    screens.append(try tmux.waitFor("Purpose \\u{1B}[2J"))
    for (key, text) in [
      ("3", "Required done"), ("4", "Route:"), ("5", "questions answered"), ("2", "FSA"),
    ] {
      try tmux.keys(key)
      screens.append(try tmux.waitFor(text))
    }
    try tmux.keys("w")
    screens.append(try tmux.waitFor("Why — reasons, answers and sources"))
    try tmux.keys("Escape")
    try tmux.waitForGone("Why — reasons, answers and sources")
    try tmux.keys("q")
    try tmux.waitFor("HOSTILE-EXITED-0")
    // Nothing retitled the pane, cleared the screen or moved the cursor home: each screen
    // still has its header row, and the title is what it was.
    let titleAfter = try tmux.run(["display", "-p", "-t", "t", "#{pane_title}"], capture: true)
    #expect(titleAfter == titleBefore)
    #expect(!titleAfter.contains("pwned") && !titleAfter.contains("title"))
    for screen in screens.dropFirst() {
      #expect(screen.contains("Client \\u{1B}]0;title"), "\(screen)")
      #expect(screen.contains("? help") || screen.contains("Esc close"), "\(screen)")
    }
    // Viewing changed nothing in the project.
    let rulebook = try RulebookLoader.bundled()
    let after = try ProjectFile.read(path: path, rulebook: rulebook).document
    let before = try ProjectFile.read(path: fixture.path, rulebook: rulebook).document
    #expect(after.answers == before.answers)
    #expect(after.disclosure == before.disclosure)
    #expect(after.sandbox == before.sandbox)
    #expect(after.metadata == before.metadata)
  }
}
