import Foundation
import Testing

@testable import ShinsaCore
@testable import ShinsaUI

/// Failures the runner reports (file errors from Core, read-only notices, refused homework
/// forms) are worded in Japanese in the Japanese interface, naming the file; the English
/// interface keeps Core's sentences.
@Suite struct JapaneseFailureTests {
  /// A fresh empty folder for one test.
  static func folder(_ name: String) -> String {
    let path = NSTemporaryDirectory() + "shinsa-ja-errors-\(name)-\(getpid())"
    try? FileManager.default.removeItem(atPath: path)
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }

  /// True when `text` holds kana or kanji.
  static func isJapanese(_ text: String) -> Bool {
    text.unicodeScalars.contains {
      (0x3040...0x30FF).contains($0.value) || (0x4E00...0x9FFF).contains($0.value)
    }
  }

  @Test func aMissingEvidenceFileIsSaidInJapaneseNamingTheFile() throws {
    let folder = Self.folder("evidence")
    var caught: FileReadError?
    do {
      _ = try FileLimits.read(path: folder + "/nofile.txt", maximumBytes: 1024)
    } catch {
      caught = error
    }
    let error = try #require(caught)
    #expect(error.problem == .noSuchFile)
    let english = "cannot add evidence: nofile.txt: \(error.message)."
    let failure = FileFailure(task: .addEvidence, file: "nofile.txt", error, english: english)
    var state = UI.workbench(at: "role", language: .ja)
    _ = update(&state, .failed(failure.text(state.language)))
    #expect(state.flash == "nofile.txt を根拠資料として追加できません: ファイルがありません。")
    #expect(failure.text(.en) == "cannot add evidence: nofile.txt: no such file.")
  }

  @Test func aFolderOrATooLargeFileIsNamedAsSuch() throws {
    let folder = Self.folder("large")
    #expect(
      FileManager.default.createFile(
        atPath: folder + "/big.pdf", contents: Data(repeating: 65, count: 3000)))
    for (path, expected) in [
      (folder, "ファイルではなくフォルダーです"), (folder + "/big.pdf", "2 KB を超えています"),
    ] {
      var caught: FileReadError?
      do { _ = try FileLimits.read(path: path, maximumBytes: 2048) } catch { caught = error }
      let error = try #require(caught)
      let text = FileFailure(task: .addEvidence, file: path, error, english: "").text(.ja)
      #expect(text.contains(expected), "\(text)")
      // Evidence is named as typed.
      #expect(text.hasPrefix(path + " を"))
    }
  }

  @Test func aSaveIntoAMissingFolderFailsInJapaneseAndTheQuitWaits() throws {
    let folder = Self.folder("save")
    var caught: StoreError?
    do {
      try AtomicFile.write([65], to: folder + "/gone/bank.shinsa.json", keepBackup: false)
    } catch {
      caught = error
    }
    let error = try #require(caught)
    #expect(error.problem == .noSuchFile)
    var state = UI.workbench(at: "role", language: .ja)
    state.quitting = true
    let text = FileFailure(task: .save, error).text(state.language)
    _ = update(&state, .saveFinished(error: text))
    #expect(text == "bank.shinsa.json を保存できません: 保存先のフォルダーがありません。")
    #expect(state.flash?.hasPrefix(text) == true)
    #expect(state.flash?.contains("終了を中止しました") == true)
    #expect(state.workbench?.saveState == .failed(text))
    #expect(FileFailure(task: .save, error).text(.en) == error.description)
  }

  @Test func openingAFolderOrAnExistingNameIsRefusedInJapanese() throws {
    let folder = Self.folder("open")
    try FileManager.default.createDirectory(
      atPath: folder + "/odd.shinsa.json", withIntermediateDirectories: true)
    var opened: StoreError?
    do {
      _ = try OpenProject(path: folder + "/odd.shinsa.json", rulebook: UI.rulebook)
    } catch {
      opened = error
    }
    let openError = try #require(opened)
    #expect(
      FileFailure(task: .open, openError).text(.ja)
        == "odd.shinsa.json を開けません: ファイルではなくフォルダーです。")

    let store = ProjectStore(directory: folder)
    let document = UI.document(answers: [:], current: "role")
    try store.create(name: "bank", document: document)
    var created: StoreError?
    do { try store.create(name: "bank", document: document) } catch { created = error }
    let createError = try #require(created)
    #expect(createError.problem == .alreadyExists)
    #expect(
      FileFailure(task: .create, createError).text(.ja)
        == "bank.shinsa.json を作成できません: 同じ名前のプロジェクトが既にあります。別の名前にしてください。")
  }

  @Test func anExportFolderThatIsAFileIsNamed() throws {
    let folder = Self.folder("export")
    #expect(FileManager.default.createFile(atPath: folder + "/exports", contents: Data()))
    var caught: StoreError?
    do {
      try ProjectStore.writeExport(
        "x", forProject: folder + "/bank.shinsa.json", language: .ja, suffix: "md")
    } catch {
      caught = error
    }
    let error = try #require(caught)
    let text = FileFailure(task: .export, error).text(.ja)
    #expect(text.hasPrefix("exports を書き出せません: "), "\(text)")
    #expect(Self.isJapanese(String(text.dropFirst("exports".count))))
  }

  @Test func everyTaskAndProblemHasAJapaneseSentenceNamingTheFile() {
    let problems: [FileProblem?] = [
      .noSuchFile, .folderMissing, .permissionDenied, .isFolder, .notFolder,
      .tooLarge(limit: "20 MB"), .diskFull, .readOnlyFileSystem, .ioError, .symbolicLink,
      .alreadyExists, .notUTF8, .system("Stale file handle"), nil,
    ]
    for task in FileTask.allCases {
      for problem in problems {
        let failure = FileFailure(
          task: task, file: "/p/hikari.shinsa.json", problem: problem, english: "ENGLISH")
        let text = failure.text(.ja)
        #expect(text.contains("hikari.shinsa.json"), "\(task) \(String(describing: problem))")
        // The name, not the path (evidence: as typed).
        #expect(text.contains("/p/") == (task == .addEvidence), "\(text)")
        #expect(text.hasSuffix("。"), "\(text)")
        #expect(failure.text(.en) == "ENGLISH")
        // Core's English appears only as the last resort: a content problem.
        #expect(text.contains("ENGLISH") == (problem == nil), "\(text)")
      }
    }
    let system = FileFailure(
      task: .save, file: "a.json", problem: .system("Stale file handle"), english: "")
    #expect(system.text(.ja) == "a.json を保存できません: システムエラーです（Stale file handle）。")
  }

  @Test func errnoValuesMapToProblems() {
    #expect(FileProblem(errno: ENOSPC) == .diskFull)
    #expect(FileProblem(errno: EDQUOT) == .diskFull)
    #expect(FileProblem(errno: EROFS) == .readOnlyFileSystem)
    #expect(FileProblem(errno: EACCES) == .permissionDenied)
    #expect(FileProblem(errno: ENOENT) == .noSuchFile)
    #expect(FileProblem(errno: ELOOP) == .symbolicLink)
    #expect(FileProblem(errno: ESTALE) == .system(String(cString: strerror(ESTALE))))
  }

  @Test func aDamagedProjectInTheBrowserIsExplainedInJapanese() throws {
    let folder = Self.folder("browser")
    #expect(
      FileManager.default.createFile(
        atPath: folder + "/broken.shinsa.json", contents: Data("{\n  \"schema\": ".utf8)))
    let listed = ProjectStore(directory: folder).list(rulebook: UI.rulebook)
    let english = try #require(listed.first?.problem)
    for language in [Language.en, .ja] {
      var state = UI.browser(projects: listed, language: language)
      _ = UI.press(&state, "Enter")
      let flash = try #require(state.flash)
      if language == .en {
        #expect(flash == english)
      } else {
        #expect(flash.hasPrefix("broken.shinsa.json を開けません: "), "\(flash)")
        #expect(flash.contains("行目の内容が正しくありません（expected a JSON value"), "\(flash)")
      }
      let screen = render(state).text
      #expect(
        screen.contains(language == .en ? "! broken.shinsa.json:" : "! broken.shinsa.json を開けません"))
    }
  }

  @Test func aReadOnlyOpeningIsNoticedInJapanese() {
    let english = "bank.shinsa.json is open in another shinsa (process 42); opened read-only."
    for (language, expected) in [
      (Language.en, english),
      (.ja, "bank.shinsa.json は別の shinsa（プロセス 42）で開かれています。読み取り専用で開きました。"),
    ] {
      var state = UI.browser(language: language)
      _ = update(
        &state,
        .opened(
          path: "/p/bank.shinsa.json", document: UI.document(answers: [:], current: "role"),
          notice: english, recovery: nil, readOnly: .heldByOther(42)))
      #expect(state.flash == expected)
      #expect(state.workbench?.saveState == .readOnly(expected))
    }
  }

  @Test func aRefusedHomeworkFormSaysTheLineAndTheProblemInJapanese() throws {
    var state = HomeworkReducerTests.reportPane()
    UI.press(&state, "L")
    #expect(state.language == .ja)
    let before = try #require(state.workbench?.document)
    let text = try HomeworkReducerTests.form(
      state, filling: "perhaps", for: "uses_foundation_model")
    let line = (text.components(separatedBy: "\n").firstIndex { $0 == "Answer: perhaps" } ?? 0) + 1
    _ = update(&state, .homeworkRead(path: "/tmp/hw.md", text: text))
    #expect(state.workbench?.document == before)
    #expect(
      state.flash
        == "hw.md の \(line) 行目: uses_foundation_model には はい か いいえ（または unknown）を書いてください。書かれていたのは「perhaps」です。何も反映していません。"
    )
  }

  @Test func aFileThatIsNoFormIsRefusedInJapanese() {
    var state = HomeworkReducerTests.reportPane()
    UI.press(&state, "L")
    _ = update(&state, .homeworkRead(path: "/tmp/notes.md", text: "# Notes\n"))
    #expect(
      state.flash
        == "notes.md の 1 行目: shinsa の確認シートではありません（見出しの目印がありません）。何も反映していません。"
    )
  }

  @Test func aFormForAnotherProjectIsRefusedInJapanese() throws {
    var state = HomeworkReducerTests.reportPane()
    UI.press(&state, "L")
    var text = try HomeworkReducerTests.form(state, filling: "bank", for: "sector")
    let created = try #require(state.workbench?.document.metadata.created)
    text = text.replacingOccurrences(
      of: HomeworkForm.percentEncoded(created), with: "2020-01-01T00%3A00%3A00Z")
    _ = update(&state, .homeworkRead(path: "/tmp/hw.md", text: text))
    #expect(state.flash?.hasPrefix("hw.md の 1 行目: この確認シートは別のプロジェクト用です") == true)
    #expect(state.flash?.hasSuffix("何も反映していません。") == true)
  }
}

/// Scans the runner's source: every failure it sends the workbench (`.failed(…)`,
/// `saveFinished(error: …)`, an editor result) is worded for the interface's language, never
/// Core's English passed straight through.
@Suite struct RunnerFailureWordingScan {
  static let runnerFolder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Sources/shinsa")

  /// The text from `start` (just after an opening parenthesis) to its matching close.
  static func argument(_ text: Substring) -> Substring {
    var depth = 1
    var index = text.startIndex
    while index < text.endIndex {
      switch text[index] {
      case "(": depth += 1
      case ")":
        depth -= 1
        if depth == 0 { return text[text.startIndex..<index] }
      default: break
      }
      index = text.index(after: index)
    }
    return text
  }

  @Test func everyFailureTheRunnerSendsIsWordedForTheLanguage() throws {
    let files = try FileManager.default.contentsOfDirectory(atPath: Self.runnerFolder.path)
      .filter { $0.hasSuffix(".swift") }
    var found = 0
    for file in files {
      let source = try String(
        contentsOf: Self.runnerFolder.appendingPathComponent(file), encoding: .utf8)
      for marker in [".failed(", "saveFinished(error: ", "ExternalEditFailure(message: "] {
        var rest = Substring(source)
        while let range = rest.range(of: marker) {
          let argument = Self.argument(rest[range.upperBound...])
          rest = rest[range.upperBound...]
          if argument == "nil" { continue }
          found += 1
          let worded = [".text(", "t(", "refusal(", "message(state.language)", "failure.message"]
            .contains { argument.contains($0) }
          #expect(worded, "\(file): \(marker)\(argument))")
        }
      }
    }
    // The scan looked at the runner's failures (open, save, recover, create, duplicate,
    // archive, export, evidence, homework forms, input journal, editor).
    #expect(found >= 15)
  }
}
