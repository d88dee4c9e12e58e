import Foundation
import Testing

@testable import ShinsaCore

/// Keeps docs/project.schema.json in step with the codec: it is valid JSON, it names the
/// members the encoder writes, its state enums are the Swift enums' raw values, and what the
/// encoder writes passes it.
@Suite struct ProjectSchemaTests {
  /// docs/project.schema.json in the source tree (Tests/Fixtures → ../../docs).
  static let schemaURL = Support.fixtures.deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("docs/project.schema.json")

  private func schema() throws -> JSONNode {
    try JSONParser.parse(Array(try Data(contentsOf: Self.schemaURL)))
  }

  private func encoded(_ document: ProjectDocument) throws -> JSONNode {
    try JSONParser.parse(Array(ProjectCodec.encode(document).utf8))
  }

  private func keys(_ node: JSONNode?) -> [String] {
    guard case .object(let members)? = node?.value else { return [] }
    return members.map(\.key)
  }

  private func strings(_ node: JSONNode?) -> [String] {
    guard case .array(let items)? = node?.value else { return [] }
    return items.compactMap {
      if case .string(let text) = $0.value { return text }
      return nil
    }
  }

  /// A document that uses every part of the format.
  private func richDocument() -> ProjectDocument {
    var document = DemoProject.document(rulebook: Support.rulebook, now: "2026-11-25T10:00:00Z")
    document.disclosure["training-data"] = DisclosureDraft(state: .withheld, reason: "trade secret")
    document.sandbox.checklist["novel"] = ChecklistItem(state: .notApplicable, evidence: "none")
    document.sandbox.plan["objective"] = DisclosureDraft(state: .draft, en: "Test it", ja: "試験")
    document.sandbox.steps["pre-consultation"] = ProcessStep(date: "2026-11-01", note: "met")
    document.changeLog.append(
      ChangeLogEntry(
        at: "2026-11-25T10:05:00Z", kind: "answer", subject: "role", from: "developer",
        to: "provider"))
    document.plan = Self.plan()
    document.conflicts = [Self.conflict]
    return document
  }

  /// An open conflict record on the demo's role answer.
  static let conflict = ConflictRecord(
    item: "answer:role", base: .string("developer"),
    ours: ConflictSide(value: .string("provider"), by: "A. Tanaka", at: "2026-11-25T10:05:00Z"),
    theirs: ConflictSide(value: nil))

  /// A plan with a status, evidence (with and without a review date) and actions.
  static func plan() -> Plan {
    var plan = Plan()
    _ = plan.addEvidence(
      path: "policy.pdf", sha256: String(repeating: "a", count: 64), for: "appi.security",
      today: "2026-11-25", note: "v3", reviewBy: "2027-03-31")
    _ = plan.addEvidence(
      path: "/srv/notice.html", sha256: String(repeating: "b", count: 64),
      for: "disclosure:ai-use", today: "2026-11-25")
    plan.obligations["appi.security"] = ObligationRecord(
      status: .partly, reason: "contractors not yet", updated: "2026-11-25T10:00:00Z",
      basis: "0123456789abcdef")
    plan.addAction("Review contracts", for: ["appi.security"], owner: "K. Ito", due: "2026-12-15")
    plan.addAction("Ask legal", for: [])
    return plan
  }

  @Test func schemaIsJSONForDraft2020_12() throws {
    let root = try schema()
    #expect(root["$schema"]?.value == .string("https://json-schema.org/draft/2020-12/schema"))
    #expect(root["type"]?.value == .string("object"))
    #expect(root["additionalProperties"]?.value == .bool(false))
    #expect(
      root["properties"]?["schemaVersion"]?["const"]?.value
        == .number(JSONNumber(literal: "\(ProjectDocument.schemaVersion)")))
    #expect(root["properties"]?["format"]?["const"]?.value == .string(ProjectDocument.formatMarker))
  }

  @Test func topLevelPropertiesAreTheMembersTheEncoderWrites() throws {
    let document = ProjectDocument(
      rulebook: Support.rulebook, client: "Kaimei Learning K.K.", system: "Homework tutor",
      assessor: "A. Tanaka", now: "2026-11-25T10:00:00Z")
    #expect(!keys(try encoded(document)).contains("plan"), "an empty plan is left out")
    var planned = document
    planned.plan = Self.plan()
    planned.conflicts = [Self.conflict]
    let written = keys(try encoded(planned))
    let described = keys(try schema()["properties"])
    #expect(Set(described) == Set(written))
    #expect(described == written, "the schema lists the members in the order shinsa writes them")
  }

  @Test func stateEnumsAreTheSwiftEnumsRawValues() throws {
    let definitions = try schema()["$defs"]
    #expect(
      strings(definitions?["disclosureState"]?["enum"])
        == DisclosureFieldState.allCases.map(\.rawValue))
    #expect(
      strings(definitions?["checklistState"]?["enum"])
        == ChecklistState.allCases.map(\.rawValue) + [ChecklistItem.fromAnswers])
    #expect(strings(definitions?["confidence"]?["enum"]) == Confidence.allCases.map(\.rawValue))
    #expect(strings(definitions?["tier"]?["enum"]) == Tier.allCases.map(\.rawValue))
    #expect(
      strings(definitions?["obligationStatus"]?["enum"])
        == ObligationStatus.allCases.map(\.rawValue))
  }

  @Test func whatTheEncoderWritesPassesTheSchema() throws {
    let checker = SchemaChecker(root: try schema())
    let text = ProjectCodec.encode(richDocument())
    #expect(checker.problems(try JSONParser.parse(Array(text.utf8))) == [])
    let unknownMember = text.replacingOccurrences(
      of: "\"schemaVersion\": 1,", with: "\"schemaVersion\": 1,\n  \"notes\": {},")
    #expect(checker.problems(try JSONParser.parse(Array(unknownMember.utf8))) == ["$.notes"])
    let badState = text.replacingOccurrences(of: "\"state\": \"done\"", with: "\"state\": \"ok\"")
    #expect(
      checker.problems(try JSONParser.parse(Array(badState.utf8))) == ["$.disclosure.ai-use.state"])
    let badHash = text.replacingOccurrences(
      of: String(repeating: "a", count: 64), with: String(repeating: "A", count: 64))
    #expect(
      checker.problems(try JSONParser.parse(Array(badHash.utf8))) == ["$.plan.evidence[0].sha256"])
  }
}

/// Just enough of JSON Schema 2020-12 for the keywords docs/project.schema.json uses:
/// $ref into $defs, type, const, enum, required, properties, additionalProperties, items,
/// anyOf, minItems, maxLength and pattern. Returns the paths of the values that fail.
private struct SchemaChecker {
  let root: JSONNode

  func problems(_ value: JSONNode, _ schema: JSONNode? = nil, at path: String = "$") -> [String] {
    let schema = schema ?? root
    var found: [String] = []
    if case .string(let reference)? = schema["$ref"]?.value {
      let name = String(reference.dropFirst("#/$defs/".count))
      guard let target = root["$defs"]?[name] else { return [path + " ($ref " + reference + ")"] }
      found += problems(value, target, at: path)
    }
    if let types = schema["type"], !matches(value.value, types) { return found + [path] }
    if let constant = schema["const"], constant.value != value.value { return found + [path] }
    if case .array(let options)? = schema["enum"]?.value,
      !options.contains(where: { $0.value == value.value })
    {
      return found + [path]
    }
    if case .array(let choices)? = schema["anyOf"]?.value,
      !choices.contains(where: { problems(value, $0, at: path).isEmpty })
    {
      return found + [path]
    }
    switch value.value {
    case .object(let members):
      for name in stringList(schema["required"]) where !members.contains(where: { $0.key == name })
      {
        found.append(path + "." + name)
      }
      for member in members {
        let memberPath = path + "." + member.key
        if let property = schema["properties"]?[member.key] {
          found += problems(member.value, property, at: memberPath)
        } else if let extra = schema["additionalProperties"] {
          if extra.value == .bool(false) {
            found.append(memberPath)
          } else if case .object = extra.value {
            found += problems(member.value, extra, at: memberPath)
          }
        }
      }
    case .array(let items):
      if case .number(let minimum)? = schema["minItems"]?.value,
        items.count < minimum.intValue ?? 0
      {
        found.append(path)
      }
      if let itemSchema = schema["items"] {
        for (index, item) in items.enumerated() {
          found += problems(item, itemSchema, at: path + "[\(index)]")
        }
      }
    case .string(let text):
      if case .number(let maximum)? = schema["maxLength"]?.value,
        text.unicodeScalars.count > maximum.intValue ?? Int.max
      {
        found.append(path)
      }
      if case .string(let pattern)? = schema["pattern"]?.value,
        text.range(of: pattern, options: .regularExpression) == nil
      {
        found.append(path)
      }
    default:
      break
    }
    return found
  }

  private func stringList(_ node: JSONNode?) -> [String] {
    guard case .array(let items)? = node?.value else { return [] }
    return items.compactMap {
      if case .string(let text) = $0.value { return text }
      return nil
    }
  }

  private func matches(_ value: JSONValue, _ types: JSONNode) -> Bool {
    let names: [String]
    switch types.value {
    case .string(let name): names = [name]
    default: names = stringList(types)
    }
    return names.contains { name in
      switch (name, value) {
      case ("null", .null), ("boolean", .bool), ("string", .string), ("array", .array),
        ("object", .object), ("number", .number):
        return true
      case ("integer", .number(let number)): return number.isWholeNumber && number.intValue != nil
      default: return false
      }
    }
  }
}
