import Foundation
import ShinsaCore
import ShinsaUI

// Benchmarks rulebook loading and assessment. Run in release:
//   swift run -c release shinsa-bench [iterations] [keys]
// `keys` runs only the per-key update+render sessions at the end. Figures go in
// docs/performance.md.

@MainActor
func measure(_ label: String, iterations: Int, _ body: () throws -> Void) rethrows {
  var samples: [Double] = []
  samples.reserveCapacity(iterations)
  for _ in 0..<iterations {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
  }
  samples.sort()
  let median = samples[samples.count / 2]
  let p95 = samples[min(samples.count - 1, samples.count * 95 / 100)]
  let best = samples[0]
  print(
    String(
      format: "%-34@ n=%-7d best %9.4f ms  median %9.4f ms  p95 %9.4f ms", label as NSString,
      iterations, best, median, p95))
}

let iterations = CommandLine.arguments.dropFirst().first.flatMap { Int($0) } ?? 200
let keysOnly = CommandLine.arguments.dropFirst(2).first == "keys"
let rulebook = try RulebookLoader.bundled()
print(
  "rulebook \(rulebook.id) \(rulebook.version): \(rulebook.questions.count) questions, \(rulebook.obligations.count) obligations"
)
let bank: [String: Answer] = [
  "sector": .choices(["finance"]), "use_case": .choices(["credit-decision"]),
  "role": .choice("provider"),
  "people_affected": .number(2_000_000), "decision_role": .choice("decides"),
  "infrastructure_operator": .bool(false), "personal_data": .choice("personal"),
  "cross_border_transfer": .bool(true), "uses_foundation_model": .bool(true),
  "fine_tuned": .bool(true),
  "offered_in_eu": .bool(false), "headquarters": .choice("foreign"),
  "regulatory_barrier": .choice("none"),
]
var sink = 0
if !keysOnly {
  try measure("rulebook load (bundled, cold path)", iterations: iterations) {
    _ = try RulebookLoader.bundled()
  }
  let assessor = Assessor(rulebook: rulebook)
  measure("assess (bank-credit-scoring)", iterations: iterations * 50) {
    sink &+= assessor.assess(bank).obligations.count
  }
  measure("assess (no answers)", iterations: iterations * 50) {
    sink &+= assessor.assess([:]).review.count
  }
  measure("render json (bank-credit-scoring)", iterations: iterations) {
    sink &+=
      AssessmentJSON(assessment: assessor.assess(bank), rulebook: rulebook).render().utf8.count
  }

  // Project files: save (with fsync), load, and listing a folder of 1,000 projects.
  let folder = NSTemporaryDirectory() + "shinsa-bench-\(getpid())"
  let store = ProjectStore(directory: folder)
  defer { try? FileManager.default.removeItem(atPath: folder) }
  let demo = DemoProject.document(rulebook: rulebook, now: Timestamp.now())
  let demoPath = try store.create(name: "bench", document: demo)
  let project = try OpenProject(path: demoPath, rulebook: rulebook)
  var counter = 0
  try measure("save full project (fsync, backup)", iterations: iterations) {
    counter += 1
    let value = counter
    try project.change("answer", subject: "people_affected", journal: false) {
      $0.answers["people_affected"] = .number(value)
    }
    try project.save()
  }
  try measure("journal one change (fsync)", iterations: iterations) {
    counter += 1
    let value = counter
    try project.change("answer", subject: "people_affected") {
      $0.answers["people_affected"] = .number(value)
    }
  }
  try project.save()
  project.close()
  let size = (try? FileManager.default.attributesOfItem(atPath: demoPath)[.size] as? Int) ?? 0
  print("project file: \(size) bytes")
  try measure("load full project (read, parse, check)", iterations: iterations) {
    sink &+= try ProjectFile.read(path: demoPath, rulebook: rulebook).document.answers.count
  }
  for index in 0..<999 {
    var copy = demo
    copy.metadata.client = "Client \(index)"
    try store.create(name: "p\(index)", document: copy)
  }
  measure("list 1,000 projects (read, parse, assess)", iterations: max(5, iterations / 20)) {
    sink &+= store.list(rulebook: rulebook).count
  }
  print("checksum \(sink)")
  let sample = try FileLimits.read(path: store.path(forName: "p1"), maximumBytes: 1 << 24)
  print("one listed project file: \(sample.count) bytes")
  measure("  of which: parse one project (JSONParser)", iterations: iterations * 5) {
    sink &+= (try? JSONParser.parse(sample)) == nil ? 0 : 1
  }
  measure("  of which: decode one project (parse+check)", iterations: iterations * 5) {
    sink &+= (try? ProjectCodec.decode(sample, file: "p", rulebook: rulebook)) == nil ? 0 : 1
  }
  print("checksum \(sink)")
}

// The workbench: update + render per key over a scripted interview at 200×60 and 80×24.
@MainActor
func interviewKeys(rulebook: Rulebook) -> [Key] {
  // Walk every visible question: move through the options, choose, go on; then browse panes.
  var keys: [Key] = []
  for _ in 0..<rulebook.questions.count {
    keys += [.down, .down, .up, .char(" "), .enter]
  }
  keys += [
    .char("w"), .pageDown, .escape, .char("2"), .down, .down, .char("5"), .pageDown, .char("1"),
  ]
  keys += [.char("g"), .char("s"), .down, .enter, .char("L"), .left, .right, .char("u")]
  return keys
}

/// Keys through the disclosure pane (every field, the editor with English and Japanese
/// typing, suggestions, done) and the sandbox pane (every row, checklist answers, a plan
/// section written in the editor).
func draftingKeys() -> [Key] {
  var keys: [Key] = [.char("3")]
  keys += Array(repeating: .down, count: 13) + Array(repeating: .up, count: 12)
  keys += [.enter] + KeyScript.parse("We use AI to score loan applications . 与信審査にAIを利用しています。")
  keys += [.enter] + KeyScript.parse("A person reviews every refusal .") + [.escape, .char("t")]
  keys += [.char("p"), .char("d"), .down, .char("P"), .pageDown, .pageUp, .char("4")]
  keys += Array(repeating: .down, count: 8) + [.char("y"), .up, .char("n"), .up, .char("u")]
  keys += Array(repeating: .down, count: 6) + [.enter]
  keys +=
    KeyScript.parse("Show that remote inspection is as safe as on - site checks .") + [.escape]
  keys += Array(repeating: .down, count: 20) + [.char("D"), .enter]
  return keys
}

let sandboxAnswers: [String: Answer] = [
  "sector": .choices(["mobility"]), "use_case": .choices(["quality-inspection"]),
  "role": .choice("provider"), "people_affected": .number(1000), "decision_role": .choice("none"),
  "personal_data": .choice("personal"), "uses_foundation_model": .bool(true),
  "regulatory_barrier": .choice("blocked"), "barrier_goal": .choice("demonstrate"),
]

/// This thread's CPU time in nanoseconds: unlike the wall clock, it does not count the time
/// other processes on a shared machine take the core away.
func threadCPUTime() -> UInt64 {
  var spec = timespec()
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
  return UInt64(spec.tv_sec) * 1_000_000_000 + UInt64(spec.tv_nsec)
}

/// "median … p95 … max …" of sorted `samples`.
func summary(_ samples: [Double]) -> String {
  String(
    format: "median %.3f ms  p95 %.3f ms  max %.3f ms", samples[samples.count / 2],
    samples[samples.count * 95 / 100], samples[samples.count - 1])
}

// SHINSA_BENCH_SLOWEST=N lists the N keys with the most CPU time in each session.
let slowest = ProcessInfo.processInfo.environment["SHINSA_BENCH_SLOWEST"].flatMap { Int($0) } ?? 0
/// The Report pane: scrolling its summary (tier, counts, what would change the tier) and
/// text line by line and by page, in both languages, and the why overlay opened from it.
func reportKeys() -> [Key] {
  var keys: [Key] = [.char("5")]
  for _ in 0..<2 {
    keys += Array(repeating: .down, count: 30) + Array(repeating: .up, count: 30)
    keys += [.pageDown, .pageDown, .pageDown, .pageUp, .pageUp, .pageUp, .char("L")]
  }
  keys += [.char("w"), .down, .down, .pageDown, .escape]
  return keys
}

/// The Plan pane: moving through its list (each move shows another entry's detail) and
/// back, in both languages.
func planKeys() -> [Key] {
  var keys: [Key] = [.char("6")]
  for _ in 0..<2 {
    keys += Array(repeating: .down, count: 30) + Array(repeating: .up, count: 30)
    keys += [.char("L")]
  }
  return keys
}

for (label, width, height) in [
  ("interview", 200, 60), ("interview", 80, 24), ("disclosure+sandbox", 200, 60),
  ("disclosure+sandbox", 80, 24), ("report", 200, 60), ("report", 80, 24),
  ("plan", 200, 60), ("plan", 80, 24),
] {
  let keys =
    switch label {
    case "interview": interviewKeys(rulebook: rulebook)
    case "report": reportKeys()
    case "plan": planKeys()
    default: draftingKeys()
    }
  var timings: [Double] = []
  var cpu: [Double] = []
  var perKey = Array(repeating: 0.0, count: keys.count)
  for _ in 0..<max(3, iterations / 50) {
    var state = AppState(
      rulebook: rulebook, folder: "/projects", language: .en, width: width, height: height,
      now: "2026-11-25T10:00:00Z")
    var document = ProjectDocument(
      rulebook: rulebook, client: "Bench", system: "Interview", assessor: "",
      now: "2026-11-25T10:00:00Z")
    if label != "interview" { document.answers = sandboxAnswers.merging(bank) { own, _ in own } }
    _ = update(
      &state,
      .opened(path: "/projects/bench.shinsa.json", document: document, notice: nil, recovery: nil))
    for (index, key) in keys.enumerated() {
      let start = DispatchTime.now().uptimeNanoseconds
      let startCPU = threadCPUTime()
      let effects = update(&state, .key(key))
      if effects.contains(where: { if case .save = $0 { return true } else { return false } }) {
        _ = update(&state, .saveFinished(error: nil))
      }
      sink &+= render(state).cells.count
      let used = Double(threadCPUTime() - startCPU) / 1_000_000
      cpu.append(used)
      perKey[index] += used
      timings.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
    }
  }
  timings.sort()
  cpu.sort()
  print(
    "update+render per key, \(label) at \(width)x\(height): wall \(summary(timings)); "
      + "CPU \(summary(cpu)) (\(timings.count) keys)")
  if slowest > 0 {
    let runs = Double(max(3, iterations / 50))
    for index in perKey.indices.sorted(by: { perKey[$0] > perKey[$1] }).prefix(slowest) {
      print(
        String(format: "  key %3d %@: %.3f ms CPU", index, "\(keys[index])", perKey[index] / runs))
    }
  }
}
print("checksum \(sink)")
