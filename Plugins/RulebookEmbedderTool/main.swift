// Turns the rulebook JSON into Swift source that builds the same `Rulebook` value without
// parsing anything at run time. Run by the EmbedRulebook build tool plugin; the JSON stays the
// source of truth. usage: rulebook-embedder RULEBOOK.json CHANGELOG.json OUTPUT.swift
import Foundation

/// A JSON value, decoded generically.
indirect enum Tree: Decodable {
  case string(String)
  case int(Int)
  case bool(Bool)
  case array([Tree])
  case object([String: Tree])
  case null

  init(from decoder: any Decoder) throws {
    let single = try decoder.singleValueContainer()
    if single.decodeNil() {
      self = .null
    } else if let value = try? single.decode(Bool.self) {
      self = .bool(value)
    } else if let value = try? single.decode(Int.self) {
      self = .int(value)
    } else if let value = try? single.decode(String.self) {
      self = .string(value)
    } else if let value = try? single.decode([Tree].self) {
      self = .array(value)
    } else {
      self = .object(try single.decode([String: Tree].self))
    }
  }
}

/// The Swift type of a member.
indirect enum Kind: Sendable {
  case string, int, bool, localized
  /// A String-backed enum: the value becomes `.camelCase`.
  case enumeration
  case object(String)
  case array(Kind)
  case optional(Kind)
}

/// One member: its JSON key, the memberwise initialiser's label and its kind.
struct Field: Sendable {
  let key: String
  let label: String
  let kind: Kind
  init(_ key: String, _ kind: Kind, label: String? = nil) {
    self.key = key
    self.label = label ?? key
    self.kind = kind
  }
}

let text = Kind.localized
let ids = Kind.array(.string)
let optionalText = Kind.optional(.localized)

/// Every type of the rulebook, its members in declaration order (the memberwise order).
let schema: [String: [Field]] = [
  "Rulebook": [
    Field("format", .string), Field("formatVersion", .int), Field("id", .string),
    Field("version", .string), Field("asOf", .string), Field("title", text),
    Field("notice", text), Field("universalReason", text),
    Field("jurisdictions", .array(.object("Jurisdiction"))),
    Field("tiers", .array(.object("TierInfo"))), Field("sources", .array(.object("Source"))),
    Field("assumptions", .array(.object("Assumption"))),
    Field("sections", .array(.object("Section"))),
    Field("questions", .array(.object("Question"))),
    Field("regulators", .array(.object("Regulator"))),
    Field("tierRules", .array(.object("TierRule"))),
    Field("regulatorRules", .array(.object("RegulatorRule"))),
    Field("obligations", .array(.object("Obligation"))),
    Field("disclosureFields", .array(.object("DisclosureField"))),
    Field("sandbox", .object("SandboxRules")),
  ],
  "Jurisdiction": [
    Field("id", .string), Field("name", text), Field("appliesIf", text),
    Field("exposure", .optional(.string), label: "exposureSource"),
  ],
  "TierInfo": [
    Field("id", .enumeration), Field("label", text), Field("meaning", text),
    Field("sources", .optional(ids)),
  ],
  "Source": [
    Field("id", .string), Field("title", text), Field("publisher", text),
    Field("date", .string), Field("url", .string), Field("kind", .enumeration),
    Field("jurisdiction", .optional(.string)), Field("status", .enumeration),
    Field("verified", .bool), Field("note", optionalText),
  ],
  "Assumption": [
    Field("id", .string), Field("value", .int), Field("title", text), Field("text", text),
  ],
  "Section": [Field("id", .string), Field("title", text)],
  "Question": [
    Field("id", .string), Field("section", .string), Field("kind", .enumeration),
    Field("contract", .bool), Field("text", text), Field("why", text), Field("help", text),
    Field("options", .optional(.array(.object("ChoiceOption")))),
    Field("min", .optional(.int)), Field("max", .optional(.int)), Field("unit", optionalText),
    Field("visibleIf", .optional(.string), label: "visibleIfSource"),
  ],
  "ChoiceOption": [
    Field("value", .string), Field("label", text), Field("explain", text),
    Field("sectors", .optional(.array(.string))),
  ],
  "RegulatorDocument": [
    Field("title", text), Field("date", .string), Field("status", .enumeration),
    Field("sources", ids),
  ],
  "Regulator": [
    Field("id", .string), Field("name", text), Field("abbreviation", .string),
    Field("role", text), Field("documents", .array(.object("RegulatorDocument"))),
    Field("watch", .optional(.array(.localized))), Field("sources", ids),
    Field("abbreviationJa", .optional(.string)),
  ],
  "TierRule": [
    Field("id", .string), Field("tier", .enumeration),
    Field("when", .string, label: "whenSource"), Field("reason", text), Field("anchor", text),
    Field("status", .enumeration), Field("sources", ids),
    Field("assumptions", .optional(ids)),
  ],
  "RegulatorRule": [
    Field("id", .string), Field("regulator", .string), Field("role", .enumeration),
    Field("priority", .optional(.int)), Field("when", .string, label: "whenSource"),
    Field("why", text), Field("sources", ids),
  ],
  "Obligation": [
    Field("id", .string), Field("title", text), Field("summary", text),
    Field("status", .enumeration), Field("regulator", .string),
    Field("when", .string, label: "whenSource"), Field("universal", .optional(.bool)),
    Field("jurisdiction", .optional(.string)), Field("sources", ids), Field("asOf", .string),
    Field("verified", .bool), Field("note", optionalText),
  ],
  "DisclosureFramework": [
    Field("name", text), Field("status", .enumeration), Field("sources", ids),
    Field("jurisdiction", .optional(.string)),
  ],
  "DisclosureField": [
    Field("id", .string), Field("title", text), Field("prompt", text),
    Field("frameworks", .array(.object("DisclosureFramework"))),
    Field("requiredWhen", .optional(.string), label: "requiredWhenSource"),
    Field("recommendedWhen", .optional(.string), label: "recommendedWhenSource"),
    Field("requiredFromTier", .optional(.enumeration)),
  ],
  "SandboxRules": [
    Field("routes", .array(.object("SandboxRoute"))),
    Field("criteria", .array(.object("SandboxCriterion"))),
    Field("planItems", .array(.object("SandboxPlanItem"))),
    Field("steps", .array(.object("SandboxStep"))),
  ],
  "SandboxDesk": [
    Field("regulator", .string), Field("when", .string, label: "whenSource"),
  ],
  "SandboxPublication": [
    Field("text", text), Field("confirmed", .bool), Field("sources", ids),
  ],
  "SandboxRoute": [
    Field("id", .enumeration), Field("name", text), Field("summary", text),
    Field("when", .string, label: "whenSource"), Field("priority", .int),
    Field("status", .enumeration), Field("statute", text), Field("timing", text),
    Field("timingConfirmed", .bool), Field("publication", .object("SandboxPublication")),
    Field("desk", .string), Field("desks", .optional(.array(.object("SandboxDesk")))),
    Field("sources", ids),
  ],
  "SandboxCriterion": [
    Field("id", .string), Field("routes", .array(.enumeration)), Field("title", text),
    Field("met", .string, label: "metSource"), Field("blocking", .bool), Field("sources", ids),
  ],
  "SandboxPlanItem": [
    Field("id", .string), Field("title", text), Field("prompt", text), Field("article", text),
    Field("routes", .array(.enumeration)), Field("required", .bool), Field("sources", ids),
  ],
  "SandboxStep": [
    Field("id", .string), Field("routes", .array(.enumeration)), Field("title", text),
    Field("article", optionalText), Field("evidence", optionalText),
    Field("timing", optionalText), Field("timingConfirmed", .optional(.bool)),
    Field("sources", ids),
  ],
]

/// Members that may be left out of the JSON and default to an empty array.
let emptyWhenMissing: Set<String> = ["SandboxRules.planItems", "SandboxRules.steps"]

struct Failure: Error, CustomStringConvertible {
  let description: String
}

/// A Swift string literal for `text`.
func literal(_ text: String) -> String {
  var out = "\""
  for scalar in text.unicodeScalars {
    switch scalar {
    case "\\": out += "\\\\"
    case "\"": out += "\\\""
    case "\n": out += "\\n"
    case "\r": out += "\\r"
    case "\t": out += "\\t"
    default:
      if scalar.value < 0x20 || scalar.value == 0x7F {
        out += "\\u{\(String(scalar.value, radix: 16))}"
      } else {
        out.unicodeScalars.append(scalar)
      }
    }
  }
  return out + "\""
}

/// "official-translation" -> "officialTranslation".
func caseName(_ raw: String) -> String {
  var out = ""
  var upper = false
  for character in raw {
    if character == "-" || character == "_" {
      upper = true
    } else {
      out += upper ? character.uppercased() : String(character)
      upper = false
    }
  }
  return out
}

@MainActor
func emit(_ value: Tree, as kind: Kind, at path: String) throws -> String {
  switch (kind, value) {
  case (.optional, .null): return "nil"
  case (.optional(let inner), _): return try emit(value, as: inner, at: path)
  case (.string, .string(let text)): return literal(text)
  case (.int, .int(let number)): return String(number)
  case (.bool, .bool(let flag)): return flag ? "true" : "false"
  case (.enumeration, .string(let raw)): return "." + caseName(raw)
  case (.localized, .object(let members)):
    guard case .string(let en)? = members["en"], case .string(let ja)? = members["ja"],
      members.count == 2
    else { throw Failure(description: "\(path) should have exactly the strings en and ja") }
    return "Localized(en: \(literal(en)), ja: \(literal(ja)))"
  case (.array(let element), .array(let items)):
    let parts = try items.enumerated().map { try emit($1, as: element, at: "\(path)[\($0)]") }
    return "[" + parts.joined(separator: ", ") + "]"
  case (.object(let type), .object(let members)):
    return try object(type, members, at: path)
  default:
    throw Failure(description: "\(path) has a value of an unexpected type (\(kind))")
  }
}

@MainActor
func object(_ type: String, _ members: [String: Tree], at path: String) throws -> String {
  guard let fields = schema[type] else { throw Failure(description: "no schema for \(type)") }
  let known = Set(fields.map(\.key))
  if let unknown = members.keys.sorted().first(where: { !known.contains($0) }) {
    throw Failure(
      description: "\(path).\(unknown) is not a member the embedder knows (\(type)); "
        + "add it to Plugins/RulebookEmbedderTool/main.swift")
  }
  var arguments: [String] = []
  for field in fields {
    let value: String
    if let member = members[field.key] {
      value = try emit(member, as: field.kind, at: "\(path).\(field.key)")
    } else if case .optional = field.kind {
      value = "nil"
    } else if emptyWhenMissing.contains("\(type).\(field.key)") {
      value = "[]"
    } else {
      throw Failure(description: "\(path) is missing the member \"\(field.key)\"")
    }
    arguments.append("\(field.label): \(value)")
  }
  return "\(type)(" + arguments.joined(separator: ", ") + ")"
}

/// One function per top-level list, one statement per item, so the type checker stays fast.
@MainActor
func generate(rulebook root: Tree, changelog: [UInt8], rulebookBytes: [UInt8]) throws -> String {
  guard case .object(let members) = root else {
    throw Failure(description: "the rulebook is not a JSON object")
  }
  var out = """
    // Generated at build time by the EmbedRulebook plugin from Resources/jp-ai.json and
    // Resources/jp-ai-changelog.json. Do not edit: change the JSON.
    // swift-format-ignore-file

    enum EmbeddedRulebook {

    """
  guard let fields = schema["Rulebook"] else { throw Failure(description: "no Rulebook schema") }
  var arguments: [String] = []
  for field in fields {
    guard let member = members[field.key] else {
      throw Failure(description: "the rulebook is missing the member \"\(field.key)\"")
    }
    switch (field.kind, member) {
    case (.array(.object(let type)), .array(let items)):
      out += "  static func \(field.key)() -> [\(type)] {\n"
      out += "    var items: [\(type)] = []\n"
      out += "    items.reserveCapacity(\(items.count))\n"
      for (index, item) in items.enumerated() {
        let code = try emit(item, as: .object(type), at: "\(field.key)[\(index)]")
        out += "    items.append(\(code))\n"
      }
      out += "    return items\n  }\n\n"
      arguments.append("\(field.label): \(field.key)()")
    case (.object(let type), _):
      out += "  static func \(field.key)() -> \(type) {\n"
      out += "    \(try emit(member, as: field.kind, at: field.key))\n  }\n\n"
      arguments.append("\(field.label): \(field.key)()")
    default:
      arguments.append("\(field.label): \(try emit(member, as: field.kind, at: field.key))")
    }
  }
  let known = Set(fields.map(\.key))
  if let unknown = members.keys.sorted().first(where: { !known.contains($0) }) {
    throw Failure(description: "the rulebook member \"\(unknown)\" is not known to the embedder")
  }
  out += "  /// The rulebook as built from jp-ai.json, before its conditions are compiled.\n"
  out += "  static func rulebook() -> Rulebook {\n"
  out += "    Rulebook(\n      " + arguments.joined(separator: ",\n      ") + ")\n  }\n\n"
  out += "  /// The text of jp-ai.json (for `rulebook check` and its positions).\n"
  out +=
    "  static let rulebookJSON: StaticString = \(literal(String(decoding: rulebookBytes, as: UTF8.self)))\n\n"
  out += "  /// The text of jp-ai-changelog.json.\n"
  out +=
    "  static let changelogJSON: StaticString = \(literal(String(decoding: changelog, as: UTF8.self)))\n"
  out += "}\n\n"
  // SandboxRules declares its own decoder, so it has no memberwise initialiser.
  out += """
    extension SandboxRules {
      init(
        routes: [SandboxRoute], criteria: [SandboxCriterion], planItems: [SandboxPlanItem],
        steps: [SandboxStep]
      ) {
        self.routes = routes
        self.criteria = criteria
        self.planItems = planItems
        self.steps = steps
      }
    }

    """
  return out
}

let arguments = CommandLine.arguments
guard arguments.count == 4 else {
  FileHandle.standardError.write(
    Data("usage: rulebook-embedder RULEBOOK.json CHANGELOG.json OUTPUT.swift\n".utf8))
  exit(64)
}
do {
  let rulebookData = try Data(contentsOf: URL(fileURLWithPath: arguments[1]))
  let changelogData = try Data(contentsOf: URL(fileURLWithPath: arguments[2]))
  let tree = try JSONDecoder().decode(Tree.self, from: rulebookData)
  let source = try generate(
    rulebook: tree, changelog: [UInt8](changelogData), rulebookBytes: [UInt8](rulebookData))
  let output = URL(fileURLWithPath: arguments[3])
  // Leave an unchanged file alone so the module is not rebuilt for nothing.
  if (try? Data(contentsOf: output)) != Data(source.utf8) {
    try Data(source.utf8).write(to: output, options: .atomic)
  }
} catch {
  FileHandle.standardError.write(Data("rulebook-embedder: \(arguments[1]): \(error)\n".utf8))
  exit(65)
}
