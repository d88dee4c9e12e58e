import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

// The one tmux harness of the end-to-end tests (TmuxWorkbenchTests, DurabilityTests): a
// private tmux server, keys and text sent to a window, the screen read back and waited on,
// and the process id of the binary under test.

/// A private tmux server for one test.
final class Tmux {
  let socket = "shinsa-test-\(UUID().uuidString.prefix(8))"
  let folder: URL
  /// The window the keys go to and the screen is read from.
  var target = "t"
  /// How long ``waitFor(_:seconds:sourceLocation:)`` waits by default, and how often it looks.
  /// Generous: the suites run in parallel, so the machine under test is loaded by the tests
  /// themselves (and CI machines are shared). A wait ends as soon as its text shows.
  var timeout: Double = 30
  var poll: useconds_t = 50_000

  init(folder: URL) { self.folder = folder }

  static var available: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") }

  /// Why the tmux tests cannot run here, or nil: they need tmux, and pgrep to find the
  /// binary's process. Tests use it as `.enabled(if: Tmux.missing == nil, …)`, so they are
  /// reported as skipped with this reason rather than passing quietly (.ci/run installs both).
  static let missing: String? = {
    if !available { return "tmux is not installed (/usr/bin/tmux; apt package tmux)" }
    if !FileManager.default.isExecutableFile(atPath: "/usr/bin/pgrep") {
      return "pgrep is not installed (/usr/bin/pgrep; apt package procps)"
    }
    return nil
  }()

  /// The trait that skips a test or suite visibly when ``missing`` is set.
  static var needed: ConditionTrait {
    .enabled(if: missing == nil, Comment(rawValue: missing ?? ""))
  }

  /// Runs a tmux command with posix_spawn and waitpid (Foundation's Process can miss the
  /// exit of a tmux client whose server daemonises). Returns what it printed.
  @discardableResult
  func run(_ arguments: [String], capture: Bool = false) throws -> String {
    let argv = ["/usr/bin/tmux", "-L", socket] + arguments
    var fds: [Int32] = [0, 0]
    guard pipe(&fds) == 0 else { throw CancellationError() }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    if capture {
      posix_spawn_file_actions_adddup2(&actions, fds[1], 1)
    } else {
      posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    }
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addclose(&actions, fds[0])
    posix_spawn_file_actions_addclose(&actions, fds[1])
    var cArguments = argv.map { strdup($0) } + [nil]
    defer { cArguments.forEach { free($0) } }
    // The test runner blocks signals in its threads; a tmux server that inherited that mask
    // never reaps its panes, so kill-server would leave it (and shinsa) running.
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var empty = sigset_t()
    sigemptyset(&empty)
    var all = sigset_t()
    sigfillset(&all)
    posix_spawnattr_setsigmask(&attributes, &empty)
    posix_spawnattr_setsigdefault(&attributes, &all)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, argv[0], &actions, &attributes, &cArguments, environ)
    close(fds[1])
    guard spawned == 0 else {
      close(fds[0])
      throw CancellationError()
    }
    var output: [UInt8] = []
    if capture {
      var buffer = [UInt8](repeating: 0, count: 65536)
      while true {
        let count = buffer.withUnsafeMutableBytes { read(fds[0], $0.baseAddress, $0.count) }
        if count <= 0 { break }
        output += buffer[0..<count]
      }
    }
    close(fds[0])
    var status: Int32 = 0
    waitpid(pid, &status, 0)
    return String(decoding: output, as: UTF8.self)
  }

  /// Starts a plain shell in a 100×30 window with HOME and XDG folders inside the test folder.
  func start() throws {
    let home = folder.path
    try run([
      "new-session", "-d", "-s", "t", "-x", "100", "-y", "30",
      "env -i PATH=/usr/bin:/bin HOME=\(home) XDG_DATA_HOME=\(home)/data XDG_CONFIG_HOME=\(home)/config TERM=screen LANG=C.UTF-8 PS1='$ ' sh",
    ])
  }

  func keys(_ keys: [String]) throws { try run(["send-keys", "-t", target] + keys) }

  func keys(_ keys: String...) throws { try self.keys(keys) }

  func type(_ text: String) throws { try run(["send-keys", "-t", target, "-l", text]) }

  func screen() throws -> String { try run(["capture-pane", "-t", target, "-p"], capture: true) }

  /// Waits until the screen contains `text`; fails with the screen after `seconds`.
  @discardableResult
  func waitFor(
    _ text: String, seconds: Double? = nil, sourceLocation: SourceLocation = #_sourceLocation
  )
    throws -> String
  {
    let deadline = Date().addingTimeInterval(seconds ?? timeout)
    var last = ""
    while Date() < deadline {
      last = try screen()
      if last.contains(text) { return last }
      usleep(poll)
    }
    Issue.record(
      "timed out waiting for \"\(text)\"; the screen was:\n\(last)",
      sourceLocation: sourceLocation)
    throw CancellationError()
  }

  /// Waits until `text` is no longer on the screen (a key after Esc within the escape delay
  /// would arrive as Alt plus that key, as in any terminal program).
  func waitForGone(
    _ text: String, seconds: Double? = nil, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let deadline = Date().addingTimeInterval(seconds ?? timeout)
    while Date() < deadline {
      if try !screen().contains(text) { return }
      usleep(poll)
    }
    Issue.record("\"\(text)\" stayed on the screen", sourceLocation: sourceLocation)
    throw CancellationError()
  }

  /// Waits until the screen differs from `before`; returns the new screen, or nil if it stayed
  /// the same for `seconds` (a key that changed nothing). Sending the next key only once the
  /// last one showed keeps a loaded machine from merging Esc and the next key into Alt+key,
  /// and a loop that reads the screen from acting on a stale one.
  @discardableResult
  func waitForChange(from before: String, seconds: Double? = nil) throws -> String? {
    let deadline = Date().addingTimeInterval(seconds ?? timeout)
    while Date() < deadline {
      let now = try screen()
      if now != before { return now }
      usleep(poll)
    }
    return nil
  }

  /// Waits until the screen has not changed for `quiet` seconds (the program has caught up
  /// with the keys sent to it); fails after `seconds`.
  @discardableResult
  func waitForStill(
    quiet: Double = 1, seconds: Double? = nil, sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> String {
    let deadline = Date().addingTimeInterval(seconds ?? timeout)
    var last = try screen()
    var since = Date()
    while Date() < deadline {
      usleep(poll)
      let now = try screen()
      if now != last {
        last = now
        since = Date()
      } else if Date().timeIntervalSince(since) >= quiet {
        return now
      }
    }
    Issue.record("the screen kept changing:\n\(last)", sourceLocation: sourceLocation)
    throw CancellationError()
  }

  func kill() { _ = try? run(["kill-server"]) }

  /// The process id of the newest process whose command line matches `pattern` (`pgrep -f`),
  /// other than this test process.
  static func pid(matching pattern: String) throws -> Int32 {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/pgrep")
    process.arguments = ["-f", pattern]
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    let pids = text.split(separator: "\n").compactMap { Int32($0) }.filter { $0 != getpid() }
    return try #require(pids.last, "no process matches \(pattern)")
  }
}
