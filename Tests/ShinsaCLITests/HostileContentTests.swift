import Foundation
import ShinsaCore
import Testing

/// Escape sequences, bidi overrides and control characters in project files and rulebooks
/// never reach the terminal or an output as control characters.
@Suite struct HostileContentTests {
  static let hostile = "\\u001b]0;pwned\\u0007\\u001b[2J\\u202eevil\\u202c\\u009b31m"

  /// True when `text` holds a C0/C1 control character other than newline, or a bidi control.
  static func hasControl(_ text: String) -> Bool {
    text.unicodeScalars.contains { scalar in
      (scalar.properties.generalCategory == .control && scalar != "\n")
        || scalar.properties.isBidiControl
    }
  }

  @Test func aHostileRulebookRendersInertInEveryOutput() throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let rulebook = try Binary.rulebookCopy(
      [
        (
          "\"en\": \"Which sectors is the system used in?\"",
          "\"en\": \"Which sectors \(Self.hostile) is the system used in?\""
        ),
        ("\"en\": \"Finance\"", "\"en\": \"Fin\(Self.hostile)ance\""),
      ], named: "hostile-rulebook.json", in: folder)
    let scenario = Binary.fixtures.appendingPathComponent("scenarios/bank-credit-scoring.json")
    let runs = [
      try Binary.run(["assess", scenario.path, "--rulebook", rulebook]),
      try Binary.run(["assess", scenario.path, "--rulebook", rulebook, "--format", "markdown"]),
      try Binary.run([
        "new", "h", "--dir", folder.path, "--rulebook", rulebook, "--answers", scenario.path,
      ]),
      try Binary.run([
        "snapshot", "h", "--dir", folder.path, "--rulebook", rulebook, "--pane", "1", "--keys",
        "g sectors Enter",
      ]),
      try Binary.run(["export", "h", "--dir", folder.path, "--rulebook", rulebook]),
      try Binary.run(["rulebook", "check", rulebook]),
    ]
    for run in runs {
      #expect(!Self.hasControl(run.stdout), "\(run.stdout.prefix(300))")
      #expect(!Self.hasControl(run.stderr), "\(run.stderr.prefix(300))")
    }
    #expect(runs[3].stdout.contains("Which sectors"), "\(runs[3].stdout)")
    // Rulebook text is drawn without its control characters: the rest stays readable.
    #expect(runs[3].stdout.contains("Which sectors ]0;pwned[2Jevil31m is the system used in?"))
  }

  @Test func errorMessagesQuotingHostileContentStayInert() throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let answers = try Binary.write(
      "{\"answers\": {\"sec\\u001b]0;pwned\\u0007tor\": [\"finance\"]}}", named: "bad.json",
      in: folder
    )
    let rulebook = try Binary.rulebookCopy(
      [("\"regulatory_barrier == blocked\"", "\"regulatory_barrier == \\u001b[2Jblocked\"")],
      named: "bad-rulebook.json", in: folder)
    let runs = [
      try Binary.run(["assess", answers]),
      try Binary.run(["rulebook", "check", rulebook]),
      try Binary.run(["assess", answers, "--rulebook", rulebook]),
    ]
    for run in runs {
      #expect(run.status == 65, "\(run.stderr)")
      #expect(!run.stderr.isEmpty)
      #expect(!Self.hasControl(run.stderr), "\(run.stderr.prefix(300))")
    }
    #expect(runs[0].stderr.contains("pwned"), "the message quotes the key: \(runs[0].stderr)")
  }

  @Test func theHostileProjectRendersInertInEveryCommand() throws {
    let path = Binary.fixtures.appendingPathComponent("hostile/hostile.shinsa.json").path
    var runs: [Binary.Run] = []
    for format in ["markdown", "html", "json"] {
      runs.append(try Binary.run(["export", path, "--format", format, "--include-private"]))
      runs.append(
        try Binary.run(["export", path, "--format", format, "--disclosure", "--lang", "both"]))
    }
    runs.append(try Binary.run(["assess", path]))
    for pane in 1...5 {
      runs.append(try Binary.run(["snapshot", path, "--pane", String(pane), "--size", "120x40"]))
    }
    runs.append(try Binary.run(["diff", path, path]))
    for run in runs {
      #expect(run.status == 0, "\(run.stderr)")
      #expect(!Self.hasControl(run.stdout), "\(run.stdout.prefix(300))")
      #expect(!Self.hasControl(run.stderr), "\(run.stderr.prefix(300))")
    }
  }
}
