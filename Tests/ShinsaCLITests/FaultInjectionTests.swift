import Foundation
import ShinsaCore
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Faults injected into the built binaries: a full disk (a file-size limit, or a small tmpfs),
/// a read-only folder, a second writer, kills during `shinsa recover`, and what leaves the
/// machine (permissions, sockets, private notes). After each fault every file loads, nothing
/// acknowledged is lost, and the user was told in one sentence naming the file.
///
/// The faults are applied by `shinsa-stress --exec`, which sets the limit, user or umask and
/// then runs the program: the `shinsa` binary itself has no fault switches.
@Suite struct FaultInjectionTests {
  // MARK: Helpers

  /// Runs `program` (default `shinsa`) under `faults` (options of `shinsa-stress --exec`).
  static func run(
    _ arguments: [String], faults: [String] = [], program: URL = Binary.executable
  ) throws -> Binary.Run {
    if faults.isEmpty { return try Binary.run(arguments, executable: program) }
    return try Binary.run(
      ["--exec"] + faults + ["--", program.path] + arguments, executable: Binary.stressExecutable)
  }

  /// The acknowledgement lines of a shinsa-stress run: the start value, and the last
  /// journaled and saved values.
  static func acknowledged(_ stdout: String) -> (start: Int?, journaled: Int, saved: Int) {
    var result: (start: Int?, journaled: Int, saved: Int) = (nil, 0, 0)
    for line in stdout.split(separator: "\n") {
      let parts = line.split(separator: " ")
      guard parts.count == 2, let value = Int(parts[1]) else { continue }
      switch parts[0] {
      case "start": result.start = value
      case "j": result.journaled = value
      case "s": result.saved = value
      default: break
      }
    }
    return result
  }

  static func peopleAffected(_ document: ProjectDocument?) -> Int {
    if case .number(let number)? = document?.answers["people_affected"] { return number }
    return -1
  }

  /// The value in the saved file, and the value recoverable at the next open (file or journal).
  static func values(_ path: String) throws -> (saved: Int, recoverable: Int) {
    let rulebook = try RulebookLoader.bundled()
    let saved = peopleAffected(try ProjectFile.read(path: path, rulebook: rulebook).document)
    let reopened = try OpenProject(path: path, rulebook: rulebook)
    defer { reopened.close() }
    return (saved, peopleAffected(reopened.pendingRecovery ?? reopened.document))
  }

  /// Every project and backup in `folder` loads, and no temporary file is left.
  static func expectIntact(_ folder: String, _ label: String) throws {
    let rulebook = try RulebookLoader.bundled()
    for name in try FileManager.default.contentsOfDirectory(atPath: folder) {
      #expect(!name.contains(".tmp-"), "\(label): temporary file left: \(name)")
      if name.hasSuffix(".shinsa.json") || name.hasSuffix(".shinsa.json.bak") {
        do {
          _ = try ProjectFile.read(path: folder + "/" + name, rulebook: rulebook)
        } catch {
          Issue.record("\(label): \(name) does not load: \(error.description)")
        }
      }
    }
  }

  /// One plain sentence on stderr naming `file` and containing `fragment`.
  static func expectTold(_ run: Binary.Run, status: Int32, file: String, _ fragment: String) {
    #expect(run.status == status, "exit \(run.status), expected \(status): \(run.stderr)")
    let lines = run.stderr.split(separator: "\n")
    #expect(lines.count == 1, "not one line: \(run.stderr)")
    let line = lines.first.map(String.init) ?? ""
    #expect(line.contains(file), "the message does not name \(file): \(run.stderr)")
    #expect(line.contains(fragment), "the message does not say '\(fragment)': \(run.stderr)")
  }

  static func bytes(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }

  static func fileSize(_ path: String) -> Int { bytes(path)?.count ?? 0 }

  /// Rounds of each full-disk loop: 12 with SHINSA_LONG_TESTS=1, 4 by default.
  static let faultRounds = LongTests.count(short: 4, long: 12)

  /// A folder with one project, `fault.shinsa.json`, made from the bank scenario.
  static func project() throws -> (folder: URL, dir: String, path: String) {
    let folder = try Binary.temporaryFolder()
    let dir = folder.appendingPathComponent("projects").path
    let path = try Binary.newProject("fault", in: dir, scenario: "bank-credit-scoring")
    #expect(FileManager.default.fileExists(atPath: path))
    return (folder, dir, path)
  }

  /// Leaves unsaved changes in the journal with shinsa-stress; returns the last acknowledged value.
  static func leaveUnsavedChanges(_ path: String) throws -> Int {
    let current = try values(path).recoverable
    // Stop on a value that is not a multiple of 3, so the last change is journaled, not saved.
    let steps = (current + 1) % 3 == 0 ? 2 : 1
    let run = try Binary.run(
      [path, "--limit", String(steps)], executable: Binary.stressExecutable)
    #expect(run.status == 0, "\(run.stderr)")
    return acknowledged(run.stdout).journaled
  }

  // MARK: A full disk

  /// Saves every change (as the workbench does) under a file-size limit a little above the
  /// file's size: the save that would cross it fails with EFBIG, as on a full disk. The file
  /// keeps the last acknowledged save, the backup loads, no temporary file is left, and the
  /// message names the file and says the file system refused to make it larger (exit 74).
  @Test func fullDiskDuringSavesKeepsTheLastSave() throws {
    let (folder, dir, path) = try Self.project()
    defer { try? FileManager.default.removeItem(at: folder) }
    let seed = Seeds.seed(1)
    var random = Seeds.generator(seed)
    for round in 0..<Self.faultRounds {
      let label = "round \(round) (\(Seeds.label(seed)))"
      let limit = Self.fileSize(path) + Int.random(in: 0...1_500, using: &random)
      let run = try Self.run(
        [path, "--no-journal", "--limit", "500"], faults: ["--file-size-limit", String(limit)],
        program: Binary.stressExecutable)
      Self.expectTold(
        run, status: 74, file: FilePaths.name(of: path), "cannot save: the file system refused")
      let acks = Self.acknowledged(run.stdout)
      let (saved, recoverable) = try Self.values(path)
      #expect(saved == max(acks.saved, acks.start ?? 0), "\(label): \(run.stdout)")
      #expect(recoverable == saved, "\(label)")
      #expect(Self.fileSize(path) <= limit, "\(label)")
      #expect(FilePaths.mode(path) == 0o600, "\(label)")
      try Self.expectIntact(dir, label)
    }
  }

  /// The same with the recovery journal on (a change journaled, a save every third): the
  /// journal append or the save that crosses the limit fails, the torn part of the journal
  /// is cut off again, and every acknowledged change is still recoverable.
  @Test func fullDiskDuringJournalingLosesNothingAcknowledged() throws {
    let (folder, dir, path) = try Self.project()
    defer { try? FileManager.default.removeItem(at: folder) }
    let seed = Seeds.seed(2)
    var random = Seeds.generator(seed)
    var highest = 0
    for round in 0..<Self.faultRounds {
      let label = "round \(round) (\(Seeds.label(seed)))"
      let size = Self.fileSize(path)
      let limit = size + Int.random(in: 0...(3 * size), using: &random)
      let run = try Self.run(
        [path, "--limit", "2000"], faults: ["--file-size-limit", String(limit)],
        program: Binary.stressExecutable)
      #expect(run.status == 74, "\(label): \(run.stderr)")
      #expect(
        run.stderr.contains(FilePaths.name(of: path) + ": cannot "), "\(label): \(run.stderr)")
      #expect(
        run.stderr.contains("cannot write the recovery journal: the file system refused")
          || run.stderr.contains("cannot save: the file system refused"), "\(label): \(run.stderr)")
      let acks = Self.acknowledged(run.stdout)
      highest = max(highest, acks.journaled)
      let journal = RecoveryJournal.path(for: path)
      if let text = Self.bytes(journal), let last = text.last {
        #expect(last == 0x0A, "\(label): the journal ends in a torn line")
      }
      let (_, recoverable) = try Self.values(path)
      #expect(
        recoverable >= highest, "\(label): acknowledged \(highest), recoverable \(recoverable)")
      try Self.expectIntact(dir, label)
      // Fold the journal in, so the next round starts from a saved file.
      let recover = try Binary.run(["recover", path])
      #expect(recover.status == 0, "\(label): \(recover.stderr)")
      #expect(try Self.values(path).saved >= highest, "\(label)")
    }
  }

  /// `shinsa new`, `shinsa export -o` and `shinsa recover` under a limit smaller than what
  /// they write: exit 74 with the file named, the previous content intact, nothing left over.
  @Test func fullDiskForNewExportAndRecover() throws {
    let (folder, dir, path) = try Self.project()
    defer { try? FileManager.default.removeItem(at: folder) }
    let limit = ["--file-size-limit", "512"]

    let scenario = Binary.fixtures.appendingPathComponent("scenarios/bank-credit-scoring.json").path
    let created = try Self.run(
      ["new", "second", "--dir", dir, "--answers", scenario], faults: limit)
    let secondPath = dir + "/second.shinsa.json"
    Self.expectTold(created, status: 74, file: secondPath, "the file system refused")
    #expect(!FileManager.default.fileExists(atPath: secondPath))

    let report = folder.appendingPathComponent("report.md").path
    let previous = Data("the previous report\n".utf8)
    try previous.write(to: URL(fileURLWithPath: report))
    let exported = try Self.run(["export", path, "-o", report], faults: limit)
    Self.expectTold(exported, status: 74, file: report, "the file system refused")
    #expect(Self.bytes(report) == previous, "the previous export was damaged")
    try Self.expectIntact(folder.path, "export")

    let acknowledged = try Self.leaveUnsavedChanges(path)
    let before = Self.bytes(path)
    let recovered = try Self.run(["recover", path], faults: limit)
    Self.expectTold(
      recovered, status: 74, file: FilePaths.name(of: path), "cannot save: the file system refused")
    #expect(Self.bytes(path) == before, "a failed recover changed the project")
    #expect(try Self.values(path).recoverable == acknowledged, "the unsaved changes were lost")
    let retried = try Binary.run(["recover", path])
    #expect(retried.status == 0, "\(retried.stderr)")
    #expect(try Self.values(path).saved == acknowledged)
    try Self.expectIntact(dir, "recover")
  }

  /// Whether this process may mount a tmpfs (root in a container that allows it).
  static let tmpfsReason: String? = {
    guard getuid() == 0 else { return "mounting a tmpfs needs root" }
    guard FileManager.default.isExecutableFile(atPath: "/bin/mount") else { return "no mount" }
    let probe = FileManager.default.temporaryDirectory.appendingPathComponent(
      "shinsa-mount-probe-\(UUID().uuidString)"
    ).path
    try? FileManager.default.createDirectory(atPath: probe, withIntermediateDirectories: true)
    defer { rmdir(probe) }
    guard mountTmpfs(probe, options: "size=64k") else { return "mounting a tmpfs is not permitted" }
    unmount(probe)
    return nil
  }()

  @discardableResult
  static func mountTmpfs(_ point: String, options: String) -> Bool {
    let run = try? Binary.run(
      ["-t", "tmpfs", "-o", options, "tmpfs", point], executable: URL(fileURLWithPath: "/bin/mount")
    )
    return run?.status == 0
  }

  static func unmount(_ point: String) {
    _ = try? Binary.run([point], executable: URL(fileURLWithPath: "/bin/umount"))
  }

  /// A real full disk: a 64 KiB tmpfs filled up. The save fails with ENOSPC, the message says
  /// the disk is full (exit 74), and the project and its backup are as before.
  @Test(.enabled(if: tmpfsReason == nil, Comment(rawValue: tmpfsReason ?? "")))
  func fullTmpfsSaysTheDiskIsFull() throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let point = folder.appendingPathComponent("small").path
    try FileManager.default.createDirectory(atPath: point, withIntermediateDirectories: true)
    try #require(Self.mountTmpfs(point, options: "size=64k,mode=0700"))
    defer { Self.unmount(point) }
    let path = try Binary.newProject("full", in: point, scenario: "bank-credit-scoring")
    let setup = try Binary.run(
      [path, "--no-journal", "--limit", "3"], executable: Binary.stressExecutable)
    let acknowledged = Self.acknowledged(setup.stdout).saved
    #expect(acknowledged > 0, "\(setup.stderr)")
    // Fill the disk.
    let filler = open(point + "/filler", O_WRONLY | O_CREAT, 0o600)
    let chunk = [UInt8](repeating: 0x20, count: 4096)
    while chunk.withUnsafeBytes({ write(filler, $0.baseAddress, $0.count) }) > 0 {}
    close(filler)
    let before = (Self.bytes(path), Self.bytes(path + ".bak"))

    let run = try Self.run([path, "--no-journal"], program: Binary.stressExecutable)
    Self.expectTold(
      run, status: 74, file: FilePaths.name(of: path), "cannot save: the disk is full")
    #expect(Self.bytes(path) == before.0 && Self.bytes(path + ".bak") == before.1)
    let journaled = try Self.run([path], program: Binary.stressExecutable)
    Self.expectTold(journaled, status: 74, file: FilePaths.name(of: path), "the disk is full")
    let created = try Self.run(["new", "another", "--dir", point])
    Self.expectTold(created, status: 74, file: "another.shinsa.json", "the disk is full")
    try Self.expectIntact(point, "full tmpfs")
    #expect(try Self.values(path).recoverable == acknowledged)
  }

  // MARK: A read-only folder

  /// Checks the commands that write, run by `runner` on a folder they cannot write: each is
  /// refused with a sentence naming the file (exit 73), and nothing in the folder changes.
  static func expectReadOnlyRefusals(
    dir: String, path: String, reason: String, runner: ([String], URL) throws -> Binary.Run
  ) throws {
    let listing = try FileManager.default.contentsOfDirectory(atPath: dir).sorted()
    let before = bytes(path)
    let stress = try runner([path, "--limit", "3"], Binary.stressExecutable)
    expectTold(stress, status: 73, file: FilePaths.name(of: path), "cannot be locked for writing")
    let recover = try runner(["recover", path], Binary.executable)
    expectTold(recover, status: 73, file: FilePaths.name(of: path), "cannot be locked for writing")
    let created = try runner(["new", "other", "--dir", dir], Binary.executable)
    expectTold(created, status: 73, file: dir + "/other.shinsa.json", reason)
    let exported = try runner(["export", path, "-o", dir + "/report.md"], Binary.executable)
    expectTold(exported, status: 73, file: dir + "/report.md", reason)
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir).sorted() == listing)
    #expect(bytes(path) == before)
  }

  /// Why running as another user is not possible here, or nil.
  static let otherUserReason: String? = {
    guard getuid() == 0 else { return "the tests do not run as root (chmod 0500 is used instead)" }
    let probe = try? FaultInjectionTests.run(["--help"], faults: ["--user", "65534"])
    return probe?.status == 0
      ? nil : "user 65534 cannot run the built binary here (\(probe?.stderr ?? "no result"))"
  }()

  /// A folder made read-only with chmod 0500. Root ignores permission bits, so as root the
  /// commands run as user 65534 (nobody), which owns the folder.
  @Test(
    .enabled(if: otherUserReason == nil || getuid() != 0, Comment(rawValue: otherUserReason ?? "")))
  func readOnlyFolderByPermissions() throws {
    let (folder, dir, path) = try Self.project()
    defer {
      chmod(dir, 0o700)
      try? FileManager.default.removeItem(at: folder)
    }
    var faults: [String] = []
    if getuid() == 0 {
      faults = ["--user", "65534"]
      chown(folder.path, 65534, 65534)
      for name in [dir, path]
        + ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? [])
        .map({ dir + "/" + $0 })
      {
        chown(name, 65534, 65534)
      }
    }
    #expect(chmod(dir, 0o500) == 0)
    try Self.expectReadOnlyRefusals(
      dir: dir, path: path, reason: "permission denied (the folder is not writable)"
    ) { arguments, program in
      try Self.run(arguments, faults: faults, program: program)
    }
  }

  /// Whether `chattr +i` works on the temporary folder's file system (root on ext4, xfs…).
  static let immutableReason: String? = {
    guard getuid() == 0 else { return "chattr +i needs root" }
    guard let folder = try? Binary.temporaryFolder() else { return "no temporary folder" }
    defer { try? FileManager.default.removeItem(at: folder) }
    let on = try? Binary.run(
      ["+i", folder.path], executable: URL(fileURLWithPath: "/usr/bin/chattr"))
    _ = try? Binary.run(["-i", folder.path], executable: URL(fileURLWithPath: "/usr/bin/chattr"))
    return on?.status == 0 ? nil : "chattr +i is not available on this file system"
  }()

  /// A folder made immutable (`chattr +i`): even root cannot create files in it (EPERM).
  @Test(.enabled(if: immutableReason == nil, Comment(rawValue: immutableReason ?? "")))
  func readOnlyFolderByImmutableFlag() throws {
    let (folder, dir, path) = try Self.project()
    let chattr = URL(fileURLWithPath: "/usr/bin/chattr")
    defer {
      _ = try? Binary.run(["-i", dir], executable: chattr)
      try? FileManager.default.removeItem(at: folder)
    }
    #expect(try Binary.run(["+i", dir], executable: chattr).status == 0)
    try Self.expectReadOnlyRefusals(
      dir: dir, path: path, reason: "permission denied (the folder is not writable)"
    ) { arguments, program in
      try Self.run(arguments, program: program)
    }
  }

  /// A read-only file system: a tmpfs remounted read-only (EROFS).
  @Test(.enabled(if: tmpfsReason == nil, Comment(rawValue: tmpfsReason ?? "")))
  func readOnlyFileSystem() throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let point = folder.appendingPathComponent("ro").path
    try FileManager.default.createDirectory(atPath: point, withIntermediateDirectories: true)
    try #require(Self.mountTmpfs(point, options: "size=1m,mode=0700"))
    defer { Self.unmount(point) }
    let path = try Binary.newProject("ro", in: point, scenario: "bank-credit-scoring")
    try #require(Self.mountTmpfs(point, options: "remount,ro"))
    try Self.expectReadOnlyRefusals(
      dir: point, path: path, reason: "the file system is read-only"
    ) { arguments, program in
      try Self.run(arguments, program: program)
    }
  }

  // MARK: A second writer

  /// A second shinsa-stress (and `shinsa recover`) on a project the first holds: refused
  /// with the holder's process id; after both end, the first's acknowledged changes are there.
  @Test func secondWriterIsRefusedWhileTheFirstHoldsTheLock() throws {
    let (folder, dir, path) = try Self.project()
    defer { try? FileManager.default.removeItem(at: folder) }
    var highest = 0
    for round in 0..<4 {
      let first = Process()
      first.executableURL = Binary.stressExecutable
      first.arguments = [path]
      let output = Pipe()
      first.standardOutput = output
      first.standardError = FileHandle.nullDevice
      try first.run()
      // Wait for the first to hold the lock (it acknowledges "start" after opening).
      var text = ""
      while !text.contains("start") {
        let data = output.fileHandleForReading.availableData
        if data.isEmpty { break }
        text += String(decoding: data, as: UTF8.self)
      }
      let holder = "process \(first.processIdentifier)"
      let second = try Binary.run([path, "--limit", "3"], executable: Binary.stressExecutable)
      Self.expectTold(second, status: 73, file: FilePaths.name(of: path), holder)
      #expect(second.stderr.contains("open in another shinsa"), "\(second.stderr)")
      let recover = try Binary.run(["recover", path])
      Self.expectTold(recover, status: 73, file: FilePaths.name(of: path), holder)
      kill(first.processIdentifier, SIGKILL)
      text += String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
      first.waitUntilExit()
      let acks = Self.acknowledged(text)
      #expect(Self.acknowledged(second.stdout).journaled == 0, "the second writer changed it")
      highest = max(highest, acks.journaled)
      let (_, recoverable) = try Self.values(path)
      #expect(
        recoverable >= highest, "round \(round): acknowledged \(highest), found \(recoverable)")
      try Self.expectIntact(dir, "round \(round)")
      // Once the first has ended, a writer gets in.
      let after = try Binary.run([path, "--limit", "1"], executable: Binary.stressExecutable)
      #expect(after.status == 0, "\(after.stderr)")
      highest = max(highest, Self.acknowledged(after.stdout).journaled)
    }
  }

  // MARK: Kills during recover

  /// `shinsa recover` killed at random moments: the project and backup always load and the
  /// unsaved changes are in the file or still in the journal.
  @Test func killedRecoverLosesNothing() throws {
    let (folder, dir, path) = try Self.project()
    defer { try? FileManager.default.removeItem(at: folder) }
    let seed = Seeds.seed(3)
    var random = Seeds.generator(seed)
    var landed = 0
    let kills = LongTests.count(short: 8, long: 25)
    for iteration in 0..<kills {
      let label = "kill \(iteration) (\(Seeds.label(seed)))"
      let acknowledged = try Self.leaveUnsavedChanges(path)
      let process = Process()
      process.executableURL = Binary.executable
      process.arguments = ["recover", path]
      process.standardOutput = FileHandle.nullDevice
      process.standardError = FileHandle.nullDevice
      try process.run()
      usleep(UInt32.random(in: 0...40_000, using: &random))
      kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()
      if process.terminationReason == .uncaughtSignal { landed += 1 }
      let (saved, recoverable) = try Self.values(path)
      #expect(
        recoverable == acknowledged, "\(label): acknowledged \(acknowledged), found \(recoverable)")
      #expect(saved <= acknowledged, "\(label)")
      try Self.expectIntact(dir, label)
      // Finish the recovery before the next round.
      _ = try Binary.run(["recover", path])
      #expect(try Self.values(path).saved == acknowledged, "\(label)")
    }
    #expect(landed > 0, "no kill landed while recover ran")
  }

  // MARK: Confidentiality

  /// Under umask 000, everything shinsa writes is still 0600 and the folders it makes 0700.
  @Test func filesStayPrivateUnderAnOpenUmask() throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let dir = folder.appendingPathComponent("a/b/projects").path
    let open = ["--umask", "000"]
    let scenario = Binary.fixtures.appendingPathComponent("scenarios/bank-credit-scoring.json").path
    let created = try Self.run(["new", "open", "--dir", dir, "--answers", scenario], faults: open)
    #expect(created.status == 0, "\(created.stderr)")
    let path = dir + "/open.shinsa.json"
    for folder in [dir, FilePaths.folder(of: dir), FilePaths.folder(of: FilePaths.folder(of: dir))]
    {
      #expect(FilePaths.mode(folder) == 0o700, "\(folder)")
    }
    chmod(path, 0o644)
    let stress = try Self.run(
      [path, "--limit", "8"], faults: open, program: Binary.stressExecutable)
    #expect(stress.status == 0, "\(stress.stderr)")
    let report = folder.appendingPathComponent("report.html").path
    let exported = try Self.run(["export", path, "--format", "html", "-o", report], faults: open)
    #expect(exported.status == 0, "\(exported.stderr)")
    for name in try FileManager.default.contentsOfDirectory(atPath: dir) {
      #expect(FilePaths.mode(dir + "/" + name) == 0o600, "\(name)")
    }
    #expect(FilePaths.mode(report) == 0o600)
  }

  /// Private notes leave in no export format, to stdout or to a file, without --include-private.
  @Test func exportsLeavePrivateNotesOut() throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let dir = folder.appendingPathComponent("projects").path
    #expect(try Binary.run(["demo", "--dir", dir]).status == 0)
    let secret = "Vendor contract names the base model"
    for format in ["markdown", "html", "json"] {
      for includePrivate in [false, true] {
        let flags = includePrivate ? ["--include-private"] : []
        let label = "\(format)\(includePrivate ? " --include-private" : "")"
        let out = try Binary.run(
          ["export", "demo-hikari-credit", "--dir", dir, "--format", format] + flags)
        #expect(out.status == 0, "\(label): \(out.stderr)")
        #expect(out.stdout.contains(secret) == includePrivate, "\(label) to stdout")
        let file = folder.appendingPathComponent("export-\(format)-\(includePrivate)").path
        let written = try Binary.run(
          ["export", "demo-hikari-credit", "--dir", dir, "--format", format, "-o", file] + flags)
        #expect(written.status == 0, "\(label): \(written.stderr)")
        let text = String(decoding: Self.bytes(file) ?? Data(), as: UTF8.self)
        #expect(text.contains(secret) == includePrivate, "\(label) to a file")
        #expect(FilePaths.mode(file) == 0o600, "\(label)")
      }
    }
  }

  /// Where strace is, or nil.
  static let strace: String? = ["/usr/bin/strace", "/bin/strace"].first {
    FileManager.default.isExecutableFile(atPath: $0)
  }

  /// Why the no-network test cannot run here, or nil.
  static let straceReason: String? = {
    guard let strace else { return "strace is not installed (apt package strace)" }
    let probe = try? Binary.run(
      ["-f", "-o", "/dev/null", "/bin/true"], executable: URL(fileURLWithPath: strace))
    return probe?.status == 0 ? nil : "strace cannot trace here (ptrace not permitted)"
  }()

  /// The commands and the stress loop open no socket of any kind (no AF_INET, AF_INET6, and
  /// no AF_UNIX either) and connect nowhere, traced with `strace -f`.
  @Test(.enabled(if: straceReason == nil, Comment(rawValue: straceReason ?? "")))
  func noSocketIsOpened() throws {
    let (folder, dir, path) = try Self.project()
    defer { try? FileManager.default.removeItem(at: folder) }
    let strace = try #require(Self.strace)
    let log = folder.appendingPathComponent("strace.log").path
    let shinsa = Binary.executable.path
    let report = folder.appendingPathComponent("report.html").path
    let commands: [[String]] = [
      [shinsa, "assess", path], [shinsa, "list", "--dir", dir],
      [shinsa, "export", path, "--format", "markdown"],
      [shinsa, "export", path, "--format", "html", "-o", report],
      [shinsa, "export", path, "--format", "json", "--include-private"],
      [shinsa, "new", "traced", "--dir", dir], [shinsa, "reassess", path],
      [Binary.stressExecutable.path, path, "--limit", "7"], [shinsa, "recover", path],
      [shinsa, "diff", path, path + ".bak"],
    ]
    for command in commands {
      let run = try Binary.run(
        ["-f", "-qq", "-e", "trace=socket,socketpair,connect", "-o", log] + command,
        executable: URL(fileURLWithPath: strace))
      #expect(run.status == 0, "\(command.dropFirst()): \(run.stderr)")
      let trace = String(decoding: Self.bytes(log) ?? Data(), as: UTF8.self)
      let calls = trace.split(separator: "\n").filter {
        $0.contains("socket(") || $0.contains("socketpair(") || $0.contains("connect(")
      }
      #expect(calls.isEmpty, "\(command.dropFirst()) opened sockets: \(calls)")
    }
  }
}
