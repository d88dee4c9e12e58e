import Foundation
import ShinsaCore

// A fault-injection helper for the test suite: opens a project and changes it in a loop,
// journaling every change and saving every third, printing an acknowledgement line after
// each durable step ("j N" after the journal append, "s N" after the save). The tests
// kill it with SIGKILL at random moments and check that nothing acknowledged was lost.
//
//   shinsa-stress PROJECT [--limit N] [--no-journal]
//
// With --no-journal it saves every change at once, as the workbench does, and acknowledges
// each save.
//
//   shinsa-stress --exec [--file-size-limit BYTES] [--user UID] [--umask MODE] -- PROGRAM ARG...
//
// runs PROGRAM under injected faults: a file-size limit (RLIMIT_FSIZE, with SIGXFSZ ignored,
// so a write past BYTES fails with EFBIG as on a full disk), as another user (a read-only
// folder for a root test run), or with another umask. Only this helper reads these options;
// the shinsa binary has no fault switches.

/// Writes one acknowledgement line straight to file descriptor 1 (no buffering to lose).
func ack(_ line: String) {
  let bytes = Array((line + "\n").utf8)
  _ = bytes.withUnsafeBytes { write(1, $0.baseAddress, $0.count) }
}

/// Prints `message` on stderr and exits with `status`.
func fail(_ status: Int32, _ message: String) -> Never {
  FileHandle.standardError.write(Data("shinsa-stress: \(message)\n".utf8))
  exit(status)
}

/// Applies the faults named in `options` to this process, then replaces it with the program.
func execUnderFaults(_ options: ArraySlice<String>) -> Never {
  var rest = options
  while let option = rest.first, option.hasPrefix("--") {
    rest = rest.dropFirst()
    if option == "--" { break }
    guard let value = rest.first else { fail(64, "\(option) needs a value") }
    rest = rest.dropFirst()
    switch option {
    case "--file-size-limit":
      guard let bytes = UInt(value) else { fail(64, "bad size \(value)") }
      var limit = rlimit(rlim_cur: rlim_t(bytes), rlim_max: rlim_t(bytes))
      #if canImport(Glibc)
        let resource = __rlimit_resource_t(RLIMIT_FSIZE.rawValue)
      #else
        let resource = RLIMIT_FSIZE
      #endif
      guard setrlimit(resource, &limit) == 0 else { fail(71, "cannot set the file-size limit") }
      signal(SIGXFSZ, SIG_IGN)
    case "--user":
      guard let id = UInt32(value) else { fail(64, "bad user id \(value)") }
      guard setgroups(0, nil) == 0, setgid(id) == 0, setuid(id) == 0 else {
        fail(77, "cannot become user \(id)")
      }
    case "--umask":
      guard let mode = UInt32(value, radix: 8) else { fail(64, "bad umask \(value)") }
      umask(mode_t(mode))
    default:
      fail(64, "unknown option \(option)")
    }
  }
  guard let program = rest.first else { fail(64, "no program to run") }
  var argv: [UnsafeMutablePointer<CChar>?] = rest.map { strdup($0) }
  argv.append(nil)
  execv(program, argv)
  fail(126, "cannot run \(program): \(String(cString: strerror(errno)))")
}

let arguments = CommandLine.arguments
if arguments.count >= 2, arguments[1] == "--exec" { execUnderFaults(arguments.dropFirst(2)) }
guard arguments.count >= 2 else {
  FileHandle.standardError.write(
    Data("usage: shinsa-stress PROJECT [--limit N] [--no-journal]\n".utf8))
  exit(64)
}
let path = arguments[1]
let limit = arguments.firstIndex(of: "--limit").flatMap { Int(arguments[$0 + 1]) } ?? Int.max
let journal = !arguments.contains("--no-journal")

do {
  let rulebook = try RulebookLoader.bundled()
  let project = try OpenProject(path: path, rulebook: rulebook)
  if project.readOnly {
    FileHandle.standardError.write(Data("\(project.readOnlyNotice ?? "read-only")\n".utf8))
    exit(73)
  }
  if project.pendingRecovery != nil { try project.recover() }
  var value: Int = {
    if case .number(let number)? = project.document.answers["people_affected"] { return number }
    return 0
  }()
  ack("start \(value)")
  var steps = 0
  while steps < limit {
    steps += 1
    value += 1
    let next = value
    try project.change(
      "answer", subject: "people_affected", to: String(next), journal: journal
    ) {
      $0.answers["people_affected"] = .number(next)
    }
    if journal { ack("j \(next)") }
    if next % 3 == 0 || !journal {
      try project.save()
      ack("s \(next)")
    }
  }
  project.close()
} catch let error as StoreError {
  FileHandle.standardError.write(Data("\(error.description)\n".utf8))
  exit(error.exitStatus)
} catch {
  FileHandle.standardError.write(Data("\(error)\n".utf8))
  exit(70)
}
