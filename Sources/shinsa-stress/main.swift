import Foundation
import ShinsaCore

// A fault-injection helper for the test suite: opens a project and changes it in a loop,
// journaling every change and saving every third, printing an acknowledgement line after
// each durable step ("j N" after the journal append, "s N" after the save). The tests
// kill it with SIGKILL at random moments and check that nothing acknowledged was lost.
//
//   shinsa-stress PROJECT [--limit N]

/// Writes one acknowledgement line straight to file descriptor 1 (no buffering to lose).
func ack(_ line: String) {
  let bytes = Array((line + "\n").utf8)
  _ = bytes.withUnsafeBytes { write(1, $0.baseAddress, $0.count) }
}

let arguments = CommandLine.arguments
guard arguments.count >= 2 else {
  FileHandle.standardError.write(Data("usage: shinsa-stress PROJECT [--limit N]\n".utf8))
  exit(64)
}
let path = arguments[1]
let limit = arguments.firstIndex(of: "--limit").flatMap { Int(arguments[$0 + 1]) } ?? Int.max

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
    try project.change("answer", subject: "people_affected", to: String(next)) {
      $0.answers["people_affected"] = .number(next)
    }
    ack("j \(next)")
    if next % 3 == 0 {
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
