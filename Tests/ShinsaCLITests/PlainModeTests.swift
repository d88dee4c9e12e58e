import Foundation
import ShinsaCore
import Testing

/// `shinsa open PROJECT --plain` (and `SHINSA_PLAIN=1`) driven through pipes, and
/// `shinsa export --without-private`.
@Suite struct PlainModeTests {
  private func newProject(_ name: String, in folder: URL) throws -> String {
    let made = try Binary.run(["new", name, "--dir", folder.path, "--client", "C"])
    #expect(made.status == 0, "\(made.stderr)")
    return folder.appendingPathComponent("\(name).shinsa.json").path
  }

  /// No escape byte, no box drawing: what a screen reader or a pipe needs.
  private func expectPlain(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(!text.utf8.contains(0x1B), "an escape byte", sourceLocation: sourceLocation)
    let box = text.unicodeScalars.filter { (0x2500...0x257F).contains($0.value) }
    #expect(
      box.isEmpty, "box drawing: \(String(String.UnicodeScalarView(box)))",
      sourceLocation: sourceLocation)
  }

  @Test func oneLineThenEndOfInputAnswersTheFirstQuestionAndSavesIt() throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = try newProject("p", in: folder)
    let rulebook = try RulebookLoader.bundled()
    let first = try #require(Interview(rulebook: rulebook).current)
    let run = try plainRun(in: folder, ["LANG": "C.UTF-8"], stdin: "1\n")
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.contains("Question 1 of"))
    #expect(run.stdout.contains("Why we ask:"))
    #expect(run.stdout.contains("Question 2 of"))
    expectPlain(run.stdout + run.stderr)
    let saved = try ProjectFile.read(path: path, rulebook: rulebook).document
    let question = try #require(rulebook.question(first))
    let value = try #require(question.optionValues.first)
    #expect(saved.answers[first] == .choices([value]) || saved.answers[first] == .choice(value))
    #expect(saved.changeLog.contains { $0.kind == "answer" && $0.subject == first })
    // The lock went with the session.
    #expect(!FilePaths.exists(ProjectLock.lockPath(for: path)))
  }

  @Test func theEnvironmentVariableAndJapaneseWork() throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    _ = try newProject("p", in: folder)
    let run = try Binary.runShell(
      "SHINSA_PLAIN=1 exec \"$0\" open p --dir \"$1\" --lang ja", arguments: [folder.path]
    )
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.contains("質問 1 /"))
    #expect(run.stdout.contains("質問の理由:"))
    expectPlain(run.stdout)
  }

  @Test func aBadLineGetsOneLineAndTheQuestionAgain() throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = try newProject("p", in: folder)
    let before = try Data(contentsOf: URL(fileURLWithPath: path))
    let run = try plainRun(in: folder, ["LANG": "C.UTF-8"], stdin: "99\nq\n")
    #expect(run.status == 0)
    let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false)
    let problem = try #require(lines.firstIndex { $0.contains("\"99\" is not one of the options") })
    #expect(lines[problem + 1].hasPrefix("Question 1 of"))
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before, "nothing answered")
  }

  @Test func readOnlySavesNothingAndTakesNoLock() throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = try newProject("p", in: folder)
    let before = try Data(contentsOf: URL(fileURLWithPath: path))
    let run = try plainRun(
      in: folder, ["LANG": "C.UTF-8"], extra: ["--read-only"], stdin: "1\nu\n\n")
    #expect(run.status == 0)
    #expect(run.stdout.contains("Read-only: opened for review (--read-only); nothing was changed."))
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    #expect(names == ["p.shinsa.json"], "\(names)")
  }

  /// Runs `shinsa open p --plain` in `folder` with only `environment` (and PATH, HOME) set,
  /// `stdin` typed in.
  private func plainRun(
    in folder: URL, _ environment: [String: String], extra: [String] = [], stdin: String
  ) throws -> Binary.Run {
    let settings =
      ["PATH=/usr/bin:/bin", "HOME=\(folder.path)"]
      + environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
    return try Binary.run(
      ["-i"] + settings + [Binary.executable.path, "open", "p", "--dir", folder.path, "--plain"]
        + extra, stdin: stdin, executable: URL(fileURLWithPath: "/usr/bin/env"))
  }

  /// The use cases the rulebook gives `sector` (from its `sectors` fields), in order.
  private func useCases(of sector: String, _ rulebook: Rulebook) throws -> (Question, [String]) {
    let question = try #require(rulebook.question("use_case"))
    let listed = (question.options ?? []).filter { $0.sectors?.contains(sector) ?? true }
    return (question, listed.map(\.value))
  }

  @Test func theUseCasesAreTheChosenSectorsAndANumberPicksTheOneListed() throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = try newProject("p", in: folder)
    let rulebook = try RulebookLoader.bundled()
    let (question, listed) = try useCases(of: "healthcare", rulebook)
    #expect(listed[5] != question.optionValues[5])
    let run = try plainRun(in: folder, ["LANG": "C.UTF-8"], stdin: "healthcare\n6\n")
    #expect(run.status == 0, "\(run.stderr)")
    expectPlain(run.stdout)
    let hidden = question.optionValues.count - listed.count
    #expect(run.stdout.contains("o (or all) lists every one (\(hidden) more for other sectors)"))
    for value in question.optionValues where !listed.contains(value) {
      #expect(!run.stdout.contains("[\(value)]"), "\(value) is listed")
    }
    let saved = try ProjectFile.read(path: path, rulebook: rulebook).document
    #expect(saved.answers["use_case"] == .choices([listed[5]]))
  }

  @Test(arguments: ["o", "all"])
  func oOrAllListsEveryUseCaseAndNumbersThenCountThemAll(_ command: String) throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = try newProject("p", in: folder)
    let rulebook = try RulebookLoader.bundled()
    let (question, listed) = try useCases(of: "finance", rulebook)
    let all = question.optionValues
    // A use case of another sector, typed by its number in the whole list.
    let other = try #require(all.lastIndex { !listed.contains($0) })
    let run = try plainRun(
      in: folder, ["LANG": "C.UTF-8"], stdin: "finance\n\(command)\n\(other + 1)\n")
    #expect(run.status == 0, "\(run.stderr)")
    expectPlain(run.stdout)
    #expect(run.stdout.contains("  \(all.count). "))
    #expect(run.stdout.contains("o lists only the chosen sectors' again"))
    let saved = try ProjectFile.read(path: path, rulebook: rulebook).document
    #expect(saved.answers["use_case"] == .choices([all[other]]))
  }

  @Test func theLanguageFollowsTheConfigFileThenTheLocale() throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    _ = try newProject("p", in: folder)
    let config = folder.appendingPathComponent("config/shinsa")
    try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
    let file = config.appendingPathComponent("config")
    let home = ["XDG_CONFIG_HOME": folder.appendingPathComponent("config").path]
    let japanese = "質問 1 /"
    let english = "Question 1 of"
    // The locale.
    var run = try plainRun(in: folder, home.merging(["LANG": "ja_JP.UTF-8"]) { $1 }, stdin: "")
    #expect(run.status == 0 && run.stdout.contains(japanese), "\(run.stdout)")
    expectPlain(run.stdout)
    run = try plainRun(in: folder, home.merging(["LANG": "C.UTF-8"]) { $1 }, stdin: "")
    #expect(run.stdout.contains(english))
    // The config file over the locale, --lang over both.
    try Data("# mine\nlanguage = ja\n".utf8).write(to: file)
    run = try plainRun(in: folder, home.merging(["LANG": "C.UTF-8"]) { $1 }, stdin: "")
    #expect(run.stdout.contains(japanese), "\(run.stdout)")
    run = try plainRun(
      in: folder, home.merging(["LANG": "C.UTF-8"]) { $1 }, extra: ["--lang", "en"], stdin: "")
    #expect(run.stdout.contains(english))
    try Data("language = en\n".utf8).write(to: file)
    run = try plainRun(in: folder, home.merging(["LANG": "ja_JP.UTF-8"]) { $1 }, stdin: "")
    #expect(run.stdout.contains(english))
    // A bad value: one sentence naming the file and the line, exit 65, nothing printed.
    try Data("language = fr\n".utf8).write(to: file)
    run = try plainRun(in: folder, home, stdin: "1\n")
    #expect(run.status == 65)
    #expect(run.stdout.isEmpty)
    #expect(run.stderr == "shinsa: \(file.path):1: 'language' must be en or ja, found 'fr'\n")
  }

  @Test func nAddsANoteToTheQuestionAndSavesIt() throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = try newProject("p", in: folder)
    let rulebook = try RulebookLoader.bundled()
    let first = try #require(Interview(rulebook: rulebook).current)
    let run = try plainRun(
      in: folder, ["LANG": "C.UTF-8"], stdin: "n\nAsk the CTO which sectors\nq\n")
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.contains("Note> The note is saved."))
    let saved = try ProjectFile.read(path: path, rulebook: rulebook).document
    #expect(saved.meta[first]?.note == "Ask the CTO which sectors")
    #expect(saved.answers.isEmpty)
    #expect(saved.changeLog.contains { $0.kind == "note" && $0.subject == first })
  }

  /// The answers a scenario gives, typed as lines; questions it leaves out get an empty line.
  @Test(arguments: ["bank-credit-scoring", "cv-screening-tool", "ai-medical-scribe"])
  func aWholeInterviewFromAScriptReachesTheScenarioTier(_ name: String) throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = try newProject("p", in: folder)
    let rulebook = try RulebookLoader.bundled()
    let file = Binary.fixtures.appendingPathComponent("scenarios/\(name).json")
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any])
    let expect = try #require(json["expect"] as? [String: Any])
    let answers = try AnswersFile.parse(
      Array(try JSONSerialization.data(withJSONObject: ["answers": json["answers"] ?? [:]])),
      fileName: file.path, rulebook: rulebook)
    var interview = Interview(rulebook: rulebook)
    var script = ""
    while let id = interview.current, let question = rulebook.question(id) {
      if let answer = answers[id] {
        script += line(for: answer, question, listed: interview.sectorOptions(question)) + "\n"
        try interview.apply(.answer(question: id, answer))
      } else {
        script += "\n"
      }
      let before = interview.current
      try interview.apply(.next)
      if interview.current == before { break }
    }
    let run = try Binary.run(["open", "p", "--dir", folder.path, "--plain"], stdin: script)
    #expect(run.status == 0, "\(run.stderr)")
    expectPlain(run.stdout)
    let saved = try ProjectFile.read(path: path, rulebook: rulebook).document
    for (id, answer) in answers { #expect(saved.answers[id] == answer, "\(id)") }
    let tier = Assessor(rulebook: rulebook).assess(saved.answers).tier
    #expect(tier.rawValue == expect["tier"] as? String)
    #expect(saved.lastAssessment?.tier == tier)
  }

  /// The line that gives `answer`; `listed` is what the question lists (the chosen sectors'
  /// use cases), which the numbers count.
  private func line(for answer: Answer, _ question: Question, listed: [String]) -> String {
    switch answer {
    case .choice(let value): return value
    case .choices(let values):
      // A number for the first listed one, ids for the rest: both forms are read.
      let first = values.first { listed.contains($0) }
      return values.map { value in
        value == first ? String((listed.firstIndex(of: value) ?? 0) + 1) : value
      }.joined(separator: " ")
    case .bool(let flag): return flag ? "1" : "2"
    case .number(let number): return String(number)
    case .text(let text): return text
    case .unknown: return "u"
    }
  }

  // MARK: export --without-private

  @Test func withoutPrivateWritesAShareableProjectFile() throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    #expect(try Binary.run(["demo", "--dir", folder.path]).status == 0)
    let rulebook = try RulebookLoader.bundled()
    let original = folder.appendingPathComponent("demo-hikari-credit.shinsa.json").path
    let document = try ProjectFile.read(path: original, rulebook: rulebook).document
    let secrets = document.meta.values.filter(\.notePrivate).map(\.note)
    try #require(!secrets.isEmpty, "the demo has a private note")
    let shared = folder.appendingPathComponent("shared")
    try FileManager.default.createDirectory(at: shared, withIntermediateDirectories: true)
    let run = try Binary.run([
      "export", "demo-hikari-credit", "--dir", folder.path, "--format", "json",
      "--without-private", "-o", shared.path,
    ])
    #expect(run.status == 0, "\(run.stderr)")
    let out = shared.appendingPathComponent("demo-hikari-credit-shared.shinsa.json").path
    let text = try String(contentsOfFile: out, encoding: .utf8)
    for secret in secrets { #expect(!text.contains(secret)) }
    // It is a project: it opens, assesses the same, and keeps the shared notes.
    let copy = try ProjectFile.read(path: out, rulebook: rulebook).document
    #expect(copy.answers == document.answers)
    #expect(copy.meta.values.allSatisfy { !$0.notePrivate })
    for (id, meta) in document.meta where !meta.notePrivate && !meta.note.isEmpty {
      #expect(copy.meta[id]?.note == meta.note)
    }
    let assess = try Binary.run(["assess", out])
    #expect(assess.status == 0, "\(assess.stderr)")
    // Standard output holds the same bytes.
    let piped = try Binary.run([
      "export", "demo-hikari-credit", "--dir", folder.path, "--format", "json",
      "--without-private",
    ])
    #expect(piped.stdout == text)
  }

  @Test func withoutPrivateRefusesWhatContradictsIt() throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    #expect(try Binary.run(["demo", "--dir", folder.path]).status == 0)
    let both = try Binary.run([
      "export", "demo-hikari-credit", "--dir", folder.path, "--without-private",
      "--include-private",
    ])
    #expect(both.status == 64)
    #expect(both.stdout.isEmpty)
    let part = try Binary.run([
      "export", "demo-hikari-credit", "--dir", folder.path, "--format", "json",
      "--without-private", "--disclosure",
    ])
    #expect(part.status == 64)
    // Markdown leaves private notes out with or without the flag.
    let plain = try Binary.run(["export", "demo-hikari-credit", "--dir", folder.path])
    let flagged = try Binary.run([
      "export", "demo-hikari-credit", "--dir", folder.path, "--without-private",
    ])
    #expect(flagged.status == 0)
    #expect(flagged.stdout == plain.stdout)
    #expect(!flagged.stdout.contains("Vendor contract names the base model"))
  }
}
