import Foundation
import ShinsaCore
import Testing

/// The bad-project corpus (Tests/Fixtures/bad-projects) through the built binary: every file is
/// refused with one clear sentence and exit status 65, and nothing is written.
///
/// `swift test` runs the binary on one file of each class (a section of the corpus's README);
/// `SHINSA_LONG_TESTS=1` runs it on every file. ProjectCodecBadInputTests decodes every file
/// in-process in both tiers.
@Suite struct BadProjectFileTests {
  static let folder = Binary.fixtures.appendingPathComponent("bad-projects")

  /// The corpus files, by name.
  static let corpus: [String] = {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
      .filter { $0.hasSuffix(".shinsa.json") }.sorted()
  }()

  /// Files without the project marker whose answers are valid: `assess` reads them as answers
  /// files and assesses them (exit 0); only `export` refuses them.
  static let validAnswersFiles: Set<String> = [
    "missing-format.shinsa.json", "format-typo.shinsa.json",
    "answers-file-instead-of-project.shinsa.json",
  ]

  /// The corpus's classes: each `## ` section of its README with the files its table lists.
  static let classes: [(name: String, files: [String])] = {
    let readme = folder.appendingPathComponent("README.md")
    let text = (try? String(contentsOf: readme, encoding: .utf8)) ?? ""
    var classes: [(name: String, files: [String])] = []
    for line in text.split(separator: "\n") {
      if line.hasPrefix("## ") {
        classes.append((String(line.dropFirst(3)), []))
      } else if line.hasPrefix("| `"), !classes.isEmpty {
        let name = line.dropFirst(3).prefix { $0 != "`" }
        if name.hasSuffix(".shinsa.json") { classes[classes.count - 1].files.append(String(name)) }
      }
    }
    return classes
  }()

  /// The files the binary runs on: every file with SHINSA_LONG_TESTS=1; by default the first
  /// file of each class and the first answers file (which `assess` accepts).
  static let binaryCorpus: [String] = {
    guard !LongTests.enabled else { return corpus }
    var files = classes.compactMap(\.files.first)
    if let answers = validAnswersFiles.sorted().first, !files.contains(answers) {
      files.append(answers)
    }
    return files
  }()

  /// What identifies a file's state on disk: its bytes and the inode they live in.
  struct FileState: Equatable {
    var bytes: Data
    var inode: UInt64?
    var modified: Date?

    init(path: String) throws {
      bytes = try Data(contentsOf: URL(fileURLWithPath: path))
      let attributes = try FileManager.default.attributesOfItem(atPath: path)
      inode = (attributes[.systemFileNumber] as? NSNumber)?.uint64Value
      modified = attributes[.modificationDate] as? Date
    }
  }

  static func listing(_ folder: URL) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
  }

  /// A temporary folder holding a copy of the corpus file `name`.
  static func copy(_ name: String) throws -> (folder: URL, path: String) {
    let temporary = try Binary.temporaryFolder()
    let path = temporary.appendingPathComponent(name).path
    try FileManager.default.copyItem(atPath: folder.appendingPathComponent(name).path, toPath: path)
    return (temporary, path)
  }

  /// Checks a refusal: the status, nothing on stdout, a first stderr line that starts with
  /// "shinsa: ", names the file and contains `fragment`, and no control characters.
  static func expectRefusal(
    _ run: Binary.Run, status: Int32, naming name: String, fragment: String? = nil,
    _ label: String
  ) {
    #expect(run.status == status, "\(label): \(run.stderr)")
    #expect(run.stdout.isEmpty, "\(label) wrote to stdout: \(run.stdout.prefix(200))")
    let lines = run.stderr.split(separator: "\n", omittingEmptySubsequences: false)
    let first = lines.first ?? ""
    #expect(first.hasPrefix("shinsa: "), "\(label): \(run.stderr)")
    #expect(first.contains(name), "\(label) does not name the file: \(run.stderr)")
    if let fragment { #expect(first.contains(fragment), "\(label): \(run.stderr)") }
    let controls = run.stderr.unicodeScalars.filter {
      $0 != "\n" && $0.properties.generalCategory == .control
    }
    #expect(controls.isEmpty, "\(label): \(run.stderr.debugDescription)")
    // One sentence, then only indented detail lines (Exit.fail's layout).
    let stray = lines.dropFirst().filter { !$0.isEmpty && !$0.hasPrefix("  ") }
    #expect(stray.isEmpty, "\(label): \(run.stderr.debugDescription)")
  }

  @Test func corpusIsLarge() {
    #expect(Self.corpus.count >= 35)
  }

  /// Every file is in exactly one class, so one file per class covers every kind of fault.
  @Test func everyCorpusFileHasOneClass() {
    let listed = Self.classes.flatMap(\.files)
    #expect(Self.classes.count >= 5, "\(Self.classes.map(\.name))")
    #expect(Self.classes.allSatisfy { !$0.files.isEmpty }, "\(Self.classes.map(\.name))")
    #expect(listed.sorted() == Self.corpus, "README.md's tables and the corpus's files differ")
    #expect(Set(listed).count == listed.count, "a file is listed twice in README.md")
    #expect(Self.binaryCorpus.count >= Self.classes.count)
  }

  @Test(arguments: binaryCorpus)
  func badProjectIsRefusedAndUntouched(name: String) throws {
    let (temporary, path) = try Self.copy(name)
    defer { try? FileManager.default.removeItem(at: temporary) }
    let before = try FileState(path: path)
    let listing = try Self.listing(temporary)
    let report = temporary.appendingPathComponent("report.md").path
    let runs: [(label: String, arguments: [String])] = [
      ("export --format json", ["export", path, "--format", "json"]),
      ("export -o", ["export", path, "--format", "markdown", "-o", report]),
      ("assess", ["assess", path]),
    ]
    for (label, arguments) in runs {
      let run = try Binary.run(arguments)
      if label == "assess", Self.validAnswersFiles.contains(name) {
        #expect(run.status == 0, "assess of an answers file: \(run.stderr)")
        #expect(!run.stdout.isEmpty)
      } else {
        Self.expectRefusal(run, status: 65, naming: name, "\(name): \(label)")
      }
      #expect(try FileState(path: path) == before, "\(label) changed \(name)")
      #expect(try Self.listing(temporary) == listing, "\(label) left files behind")
    }
  }

  @Test func fileOverTwentyMegabytesIsRefused() throws {
    let temporary = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: temporary) }
    let name = "huge.shinsa.json"
    let path = temporary.appendingPathComponent(name).path
    var bytes = Array("{\"format\": \"shinsa-project\", \"schemaVersion\": 1, \"note\": \"".utf8)
    bytes += [UInt8](repeating: UInt8(ascii: "a"), count: 20 * 1024 * 1024)
    bytes += Array("\"}\n".utf8)
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    let before = try FileState(path: path)
    let listing = try Self.listing(temporary)
    for arguments in [["export", path, "--format", "json"], ["assess", path]] {
      let run = try Binary.run(arguments)
      Self.expectRefusal(
        run, status: 65, naming: name, fragment: "larger than 20 MB", arguments[0])
      #expect(try FileState(path: path) == before)
      #expect(try Self.listing(temporary) == listing)
    }
  }

  @Test func projectThatIsAFolderIsNoInput() throws {
    let temporary = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: temporary) }
    let name = "folder.shinsa.json"
    let path = temporary.appendingPathComponent(name).path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
    let listing = try Self.listing(temporary)
    for arguments in [["export", path, "--format", "json"], ["assess", path]] {
      let run = try Binary.run(arguments)
      Self.expectRefusal(run, status: 66, naming: name, fragment: "folder", arguments[0])
      #expect(try Self.listing(temporary) == listing)
      #expect(try FileManager.default.contentsOfDirectory(atPath: path).isEmpty)
    }
  }

  @Test func missingProjectIsNoInputAndNotCreated() throws {
    let temporary = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: temporary) }
    let name = "missing.shinsa.json"
    let path = temporary.appendingPathComponent(name).path
    for arguments in [["export", path, "--format", "json"], ["assess", path]] {
      let run = try Binary.run(arguments)
      Self.expectRefusal(run, status: 66, naming: name, fragment: "no such file", arguments[0])
      #expect(try Self.listing(temporary).isEmpty, "\(arguments[0]) created files")
    }
  }

  /// The control: the valid project the corpus was derived from exports and assesses, and
  /// reading it leaves nothing behind (no lock, journal, backup or temporary file).
  @Test func baselineProjectExportsAndLeavesNothingBehind() throws {
    let temporary = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: temporary) }
    let path = temporary.appendingPathComponent("baseline.shinsa.json").path
    try FileManager.default.copyItem(
      atPath: Self.folder.appendingPathComponent("baseline.json").path, toPath: path)
    let before = try FileState(path: path)
    for format in ["json", "markdown", "html"] {
      let run = try Binary.run(["export", path, "--format", format])
      #expect(run.status == 0, "export --format \(format): \(run.stderr)")
      #expect(!run.stdout.isEmpty)
      #expect(try FileState(path: path) == before)
      #expect(try Self.listing(temporary) == ["baseline.shinsa.json"])
    }
    let assess = try Binary.run(["assess", path, "--format", "json"])
    #expect(assess.status == 0, "\(assess.stderr)")
    #expect(try FileState(path: path) == before)
    #expect(try Self.listing(temporary) == ["baseline.shinsa.json"])
  }
}
