import Foundation
import ShinsaCore
import Testing

/// End-to-end runs of the built binary: the public `shinsa assess` contract.
@Suite struct AssessCommandTests {
  static let scenarioNames: [String] = {
    let folder = Binary.fixtures.appendingPathComponent("scenarios")
    return ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
      .filter { $0.hasSuffix(".json") }.sorted()
  }()

  private func json(_ text: String) throws -> JSONNode { try JSONParser.parse(Array(text.utf8)) }

  private func strings(_ node: JSONNode?) -> [String] {
    guard case .array(let items)? = node?.value else { return [] }
    return items.compactMap {
      if case .string(let text) = $0.value { return text } else { return nil }
    }
  }

  @Test(arguments: scenarioNames)
  func scenarioPassesThroughTheBinary(name: String) throws {
    let path = Binary.fixtures.appendingPathComponent("scenarios/\(name)").path
    let run = try Binary.run(["assess", "--answers", path, "--format", "json"])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stderr.isEmpty)
    let output = try json(run.stdout)
    let scenario = try JSONParser.parse(Array(try Data(contentsOf: URL(fileURLWithPath: path))))
    guard let expect = scenario["expect"] else {
      Issue.record("scenario has no expect")
      return
    }
    if let tier = expect["tier"] { #expect(output["tier"]?.value == tier.value) }
    guard case .array(let regulators)? = output["regulators"]?.value else {
      Issue.record("no regulators")
      return
    }
    let ids = regulators.compactMap { node -> String? in
      if case .string(let id)? = node["id"]?.value { return id } else { return nil }
    }
    let primaries = regulators.filter { $0["role"]?.value == .string("primary") }
    #expect(primaries.count == 1)
    if let primary = expect["primaryRegulator"] {
      #expect(primaries.first?["id"]?.value == primary.value)
    }
    for id in strings(expect["regulatorsInclude"]) { #expect(ids.contains(id), "\(id)") }
    for id in strings(expect["regulatorsExclude"]) { #expect(!ids.contains(id), "\(id)") }
    if let route = expect["sandboxRoute"] {
      #expect(output.node(at: [.key("sandbox"), .key("route")])?.value == route.value)
    }
    if let not = expect["sandboxEligibleNot"] {
      #expect(output.node(at: [.key("sandbox"), .key("eligible")])?.value != not.value)
    }
    if let review = expect["requiresReview"] {
      #expect(output["requiresReview"]?.value == review.value)
    }
  }

  /// `counterfactuals` lists single-answer changes with their effect; applying one to the
  /// answers file and assessing again gives that effect.
  @Test func counterfactualsAreInTheJSONAndHoldWhenApplied() throws {
    let path = Binary.fixtures.appendingPathComponent("scenarios/bank-credit-scoring.json").path
    let run = try Binary.run(["assess", path, "--format", "json"])
    #expect(run.status == 0)
    guard case .array(let changes)? = try json(run.stdout)["counterfactuals"]?.value else {
      Issue.record("no counterfactuals array")
      return
    }
    func number(_ node: JSONNode?) -> Int? {
      if case .number(let value)? = node?.value { return value.intValue }
      return nil
    }
    let lower = changes.first {
      $0["question"]?.value == .string("people_affected") && number($0["to"]) == 9_999
    }
    #expect(number(lower?["from"]) == 2_000_000)
    #expect(lower?["effect"]?["tier"]?.value == .string("important"))
    // Apply it and assess again.
    let changed = try String(contentsOfFile: path, encoding: .utf8)
      .replacingOccurrences(of: "\"people_affected\": 2000000", with: "\"people_affected\": 9999")
    #expect(changed.contains("9999"))
    let file = NSTemporaryDirectory() + "shinsa-cf-\(getpid()).json"
    try changed.write(toFile: file, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(atPath: file) }
    let again = try Binary.run(["assess", "--answers", file, "--format", "json"])
    #expect(try json(again.stdout)["tier"]?.value == .string("important"))
  }

  @Test func textFormatIsForPeople() throws {
    let path = Binary.fixtures.appendingPathComponent("scenarios/bank-credit-scoring.json").path
    let run = try Binary.run(["assess", path])
    #expect(run.status == 0)
    #expect(run.stdout.contains("triage tier, not a statutory category"))
    #expect(run.stdout.contains("Binding law"))
    let markdown = try Binary.run([
      "assess", "--answers", path, "--format", "markdown", "--lang", "ja",
    ])
    #expect(markdown.status == 0)
    #expect(markdown.stdout.contains("## 関係省庁"))
  }

  @Test func failOnGatesCI() throws {
    let bank = Binary.fixtures.appendingPathComponent("scenarios/bank-credit-scoring.json").path
    let factory = Binary.fixtures.appendingPathComponent("scenarios/factory-visual-inspection.json")
      .path
    let gated = try Binary.run([
      "assess", "--answers", bank, "--format", "json", "--fail-on", "important",
    ])
    #expect(gated.status == 3)
    #expect(!gated.stdout.isEmpty)
    // Standard error says which tier tripped the gate, in one line naming the file.
    #expect(
      gated.stderr
        == "shinsa: --fail-on important: \(bank) is assessed specially-designated, at or above important (shinsa's triage tier, not a statutory category).\n"
    )
    let passed = try Binary.run(["assess", "--answers", factory, "--fail-on", "important"])
    #expect(passed.status == 0)
    #expect(passed.stderr.isEmpty)
    let equal = try Binary.run(["assess", "--answers", factory, "--fail-on", "standard"])
    #expect(equal.status == 3)
    #expect(equal.stderr.contains("is assessed standard, at or above standard"), "\(equal.stderr)")
  }

  @Test(arguments: [
    (#"{"answers": {"sectr": ["finance"]}}"#, "answers.sectr"),
    (#"{"answers": {"sector": ["banking"]}}"#, "\"banking\" is not an option of sector"),
    (#"{"answers": {"people_affected": -5}}"#, "answers.people_affected"),
    (#"{"answers": {"role": "provider",}}"#, ":1:"),
    ("{\"answers\": {\n\"role\": provider}}", ":2:9:"),
    ("", "empty"),
    (#"{"answers": {"offered_in_eu": "maybe"}}"#, "offered_in_eu"),
  ])
  func malformedAnswersExit65WithTheProblemNamedAndNothingOnStdout(text: String, expected: String)
    throws
  {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = try Binary.write(text, named: "answers.json", in: folder)
    let run = try Binary.run(["assess", "--answers", path, "--format", "json"])
    #expect(run.status == 65)
    #expect(run.stdout.isEmpty)
    #expect(run.stderr.contains(expected), "\(run.stderr)")
    #expect(run.stderr.contains("answers.json"))
    #expect(run.stderr.split(separator: "\n").count <= 3)
  }

  @Test func binaryAndDirectoryInputsAreRefusedClearly() throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let binary = folder.appendingPathComponent("binary.json")
    try Data([0x00, 0xFF, 0xFE, 0x10]).write(to: binary)
    let run = try Binary.run(["assess", "--answers", binary.path])
    #expect(run.status == 65)
    #expect(run.stderr.contains("not valid UTF-8"))
    let directory = try Binary.run(["assess", "--answers", folder.path])
    #expect(directory.status == 66)
    #expect(directory.stderr.contains("folder"))
  }

  @Test func missingFileExits66() throws {
    let run = try Binary.run(["assess", "--answers", "/nonexistent/answers.json"])
    #expect(run.status == 66)
    #expect(run.stdout.isEmpty)
    #expect(run.stderr.contains("/nonexistent/answers.json: no such file"))
  }

  @Test func badUsageExits64() throws {
    #expect(try Binary.run(["assess"]).status == 64)
    #expect(try Binary.run(["assess", "a.json", "--answers", "b.json"]).status == 64)
    #expect(try Binary.run(["assess", "--answers", "a.json", "--format", "yaml"]).status == 64)
    #expect(try Binary.run(["assess", "--answers", "a.json", "--fail-on", "high"]).status == 64)
  }

  @Test func rulebookOverrideIsUsedAndItsErrorsAreClear() throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let broken = try Binary.write(
      "{\"format\": \"shinsa-rulebook\"", named: "rules.json", in: folder)
    let answers = Binary.fixtures.appendingPathComponent("scenarios/bank-credit-scoring.json").path
    let run = try Binary.run(["assess", "--answers", answers, "--rulebook", broken])
    #expect(run.status == 65)
    #expect(run.stderr.contains("rules.json:1:"))
    let missing = try Binary.run([
      "assess", "--answers", answers, "--rulebook", "/nonexistent/rules.json",
    ])
    #expect(missing.status == 66)
  }
}
