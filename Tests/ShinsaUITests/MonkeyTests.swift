import Foundation
import Testing

@testable import ShinsaCore
@testable import ShinsaUI

/// Random keys, pastes and resizes (also below the minimum size) through `update` and
/// `render`, with invariants checked after every step; the runner's effects are simulated
/// so the workbench opens, saves, lists and quits as it would.
@Suite struct MonkeyTests {
  /// Text that should never reach the terminal as a control sequence.
  static let hostile = [
    "\u{1B}[2J\u{1B}]0;owned\u{07}", "a\u{202E}evil\u{202C}b", "\u{9B}31m", "tab\there",
    "line\nbreak\r\nagain", "\u{0}\u{7F}\u{85}", "日本語テキスト", String(repeating: "長", count: 300),
    "🙂👍🏽", "e\u{301}\u{301}\u{301}", "\u{200B}\u{2028}\u{2029}", "99999999999999999999",
  ]

  /// Every key a user can press, plus typing, pastes and keys shinsa ignores.
  static let keys: [Key] = {
    var keys = Set(Keymap.bindings.flatMap(\.keys))
    let extra: [Key] = [
      .char("a"), .char("Z"), .char("0"), .char("9"), .char("日"), .char("本"), .char(" "),
      .char("-"), .char("/"), .char("é"), .ctrl("a"), .ctrl("e"), .ctrl("k"), .ctrl("u"),
      .ctrl("w"), .ctrl("y"), .ctrl("g"), .ctrl("t"), .ctrl("_"), .ctrl("p"), .ctrl("n"),
      .alt("b"), .alt("f"), .alt("u"), .alt("e"), .alt("x"), .function(1), .function(12),
      .home, .end, .left, .right, .up, .down, .enter, .escape, .tab, .backTab, .backspace,
      .delete, .pageUp, .pageDown,
    ]
    for key in extra { keys.insert(key) }
    return keys.sorted { $0.label < $1.label }
  }()

  /// What the runner would do for `effect`, as the actions it would send back.
  static func simulate(
    _ effect: Effect, _ state: AppState, _ random: inout SplitMix64, saves: inout Int,
    problems: inout [String]
  ) -> [Action] {
    switch effect {
    case .save(let document):
      saves += 1
      // Every hundredth save goes through the real encoder and strict decoder.
      if saves % 100 == 1 {
        let text = ProjectCodec.encode(document)
        do {
          let decoded = try ProjectCodec.decode(
            Array(text.utf8), file: "monkey.shinsa.json", rulebook: UI.rulebook
          ).document
          if decoded != document {
            problems.append("save \(saves): the document changed on reload")
          }
        } catch {
          problems.append("save \(saves): \(error)")
        }
      }
      return [.saveFinished(error: Int.random(in: 0..<50, using: &random) == 0 ? "disk full" : nil)]
    case .open, .openDemo, .duplicate:
      return [.opened(path: UI.demoPath, document: UI.demoDocument(), notice: nil, recovery: nil)]
    case .create(_, let client, let system, _):
      return [
        .opened(
          path: UI.bankPath, document: UI.document(client: client, system: system), notice: nil,
          recovery: nil)
      ]
    case .listProjects: return [.projectsListed(UI.twoProjects)]
    case .archive: return [.failed("archived")]
    case .export(let format, _): return [.exported(path: "/projects/exports/x.\(format)")]
    case .exportHomework: return [.exported(path: "/projects/exports/x-homework-en.md")]
    case .readHomework(let path):
      return [
        .homeworkRead(path: path, text: hostile[Int.random(in: 0..<hostile.count, using: &random)])
      ]
    case .acceptRecovery, .closeProject: return []
    case .editExternally(let target, let language, _):
      let text = hostile[Int.random(in: 0..<hostile.count, using: &random)]
      let result: ExternalEditResult =
        Bool.random(using: &random) ? .text(text) : .failed("no editor")
      return [.externalEditFinished(target: target, language: language, result: result)]
    case .quit: return []
    // The plan pane's file work: states at random, a file read or missing, a folder listed.
    case .checkEvidence(_, let items):
      let states = Dictionary(
        uniqueKeysWithValues: items.map {
          ($0.id, EvidenceState.allCases.randomElement(using: &random) ?? .ok)
        })
      return [
        .evidenceChecked(EvidenceCheckResult(today: "2026-11-25", items: items, states: states))
      ]
    case .readEvidence(_, let file, let target):
      guard Bool.random(using: &random) else { return [.failed("cannot add evidence: \(file)")] }
      return [
        .evidenceRead(
          EvidenceReadResult(
            target: target, path: file, sha256: String(repeating: "c", count: 64),
            today: "2026-11-25"))
      ]
    case .listPath(_, let typed):
      return [.pathListed(typed: typed, entries: [PathEntry(name: "evidence", isFolder: true)])]
    }
  }

  /// The invariants of one rendered frame and state; returns what is wrong.
  static func check(_ state: AppState, _ frame: Frame) -> [String] {
    var wrong: [String] = []
    if frame.width != state.width || frame.height != state.height {
      wrong.append("frame \(frame.width)×\(frame.height) for \(state.width)×\(state.height)")
    }
    if let cursor = frame.cursor,
      cursor.row < 0 || cursor.row >= frame.height || cursor.column < 0
        || cursor.column >= frame.width
    {
      wrong.append("cursor off screen at \(cursor.row),\(cursor.column)")
    }
    for row in 0..<frame.height {
      var cells = 0
      for column in 0..<frame.width {
        let grapheme = frame[row, column].grapheme
        cells += grapheme.isEmpty ? 0 : DisplayWidth.of(grapheme)
        if grapheme.unicodeScalars.contains(where: {
          TextSafety.needsEscape($0) && $0 != "\u{200D}"
        }
        ) {
          wrong.append("row \(row): a control or format character reached the frame")
        }
        if grapheme.isEmpty,
          column == 0 || DisplayWidth.of(frame[row, column - 1].grapheme) != 2
        {
          wrong.append("row \(row) column \(column): half a wide character")
        }
      }
      if cells > frame.width { wrong.append("row \(row) is \(cells) cells wide") }
    }
    if let workbench = state.workbench, state.screen == .workbench {
      if let question = workbench.currentQuestion,
        workbench.itemCursor < 0 || workbench.itemCursor >= question.items.count
      {
        wrong.append("item cursor \(workbench.itemCursor) of \(question.items.count)")
      }
      if let editor = workbench.draftEditor {
        let area = editor.area
        if area.row < 0 || area.row >= area.lines.count || area.column < 0
          || area.column > area.lines[area.row].count
        {
          wrong.append("editor cursor \(area.row),\(area.column) outside its text")
        }
        if area.text.count > area.limit { wrong.append("editor text over its limit") }
      }
    }
    return wrong
  }

  static func run(seed: UInt64, steps: Int) -> (problems: [String], saves: Int, keys: Int) {
    var random = Seeds.generator(seed)
    var state = UI.browser(projects: UI.twoProjects)
    var problems: [String] = []
    var saves = 0
    var pressed = 0
    var pending: [Action] = []
    for step in 0..<steps {
      let action: Action
      if !pending.isEmpty {
        action = pending.removeFirst()
      } else {
        let roll = Int.random(in: 0..<1000, using: &random)
        if roll < 15 {
          // Resizes, sometimes far below the minimum.
          let tiny = Int.random(in: 0..<4, using: &random) == 0
          action = .resize(
            width: Int.random(in: tiny ? 1...79 : 80...140, using: &random),
            height: Int.random(in: tiny ? 1...23 : 24...45, using: &random))
        } else if roll < 25 {
          action = .key(.paste(hostile[Int.random(in: 0..<hostile.count, using: &random)]))
        } else if roll < 28 {
          action = .tick(now: "2026-11-25T10:\(String(format: "%02d", step % 60)):00Z")
        } else if roll < 30, state.screen == .browser {
          action = .key(.char("D"))  // back into a project
        } else {
          action = .key(keys[Int.random(in: 0..<keys.count, using: &random)])
        }
      }
      if case .key = action { pressed += 1 }
      // Leave the browser's quit to the runner: a quit is simulated as staying open.
      for effect in update(&state, action) {
        pending += simulate(effect, state, &random, saves: &saves, problems: &problems)
      }
      state.quitting = false
      state.terminating = false
      let frame = render(state)
      for problem in check(state, frame) {
        problems.append("\(Seeds.label(seed)), step \(step) (\(action)): \(problem)")
      }
      if problems.count > 20 { break }
    }
    return (problems, saves, pressed)
  }

  /// Four runs of 2,500 steps (25,000 each, 100,000 in all, with SHINSA_LONG_TESTS=1), in
  /// parallel; each seed replays exactly (SHINSA_SEED=N runs seed N alone).
  @Test(arguments: Seeds.seeds([1, 2, 3, 4]))
  func randomStepsKeepEveryInvariant(seed: UInt64) {
    let result = Self.run(seed: seed, steps: Self.stepsPerSeed)
    #expect(result.problems.isEmpty, "\(result.problems.prefix(5).joined(separator: "\n"))")
    #expect(
      result.saves > Self.stepsPerSeed / 1_000,
      "\(Seeds.label(seed)): the monkey reached the workbench and changed things (\(result.saves) saves)"
    )
    #expect(result.keys > Self.stepsPerSeed / 2, "\(Seeds.label(seed))")
  }

  /// 2,500 steps a seed, 25,000 with SHINSA_LONG_TESTS=1; SHINSA_MONKEY_STEPS runs longer (or
  /// shorter) by hand.
  static let stepsPerSeed: Int = {
    ProcessInfo.processInfo.environment["SHINSA_MONKEY_STEPS"].flatMap(Int.init)
      ?? LongTests.count(short: 2_500, long: 25_000)
  }()

  @Test func theCheckerCatchesABrokenFrame() {
    var frame = Frame(width: 10, height: 2)
    frame.cursor = CursorPosition(row: 5, column: 0)
    let state = UI.browser(width: 10, height: 2)
    #expect(Self.check(state, frame).contains { $0.contains("cursor off screen") })
    var small = Frame(width: 10, height: 3)
    small.put("x", row: 0, column: 0)
    #expect(Self.check(state, small).contains { $0.contains("frame 10×3") })
  }
}
