/// One side's value of a conflicting item, with who changed it and when, where known.
public struct ConflictSide: Sendable, Equatable {
  /// The value as the project file writes it; nil when the side holds nothing for the item.
  public var value: JSONOut?
  /// The side's assessor (from its metadata); empty when not known.
  public var by: String
  /// When the side last changed the item (from its change log); empty when not known.
  public var at: String

  /// Creates a side.
  public init(value: JSONOut?, by: String = "", at: String = "") {
    self.value = value
    self.by = by
    self.at = at
  }
}

/// An item two versions of a project changed differently, kept until someone decides. While
/// the record is open, the project holds OURS's value.
public struct ConflictRecord: Sendable, Equatable {
  /// The item's key ("answer:QUESTION", "disclosure:FIELD:ja"; see ``MergeItem``).
  public var item: String
  /// The value in the common ancestor; nil when it held nothing.
  public var base: JSONOut?
  public var ours: ConflictSide
  public var theirs: ConflictSide

  /// Creates a record.
  public init(item: String, base: JSONOut?, ours: ConflictSide, theirs: ConflictSide) {
    self.item = item
    self.base = base
    self.ours = ours
    self.theirs = theirs
  }

  /// The item as a ``MergeItem`` (records read from a file always have a known one).
  public var mergeItem: MergeItem? { MergeItem(key: item) }

  /// The question the conflict is about, if any.
  public var question: String? { mergeItem?.question }
}

/// Which value resolves a conflict.
public enum ConflictChoice: String, Sendable, Equatable, CaseIterable {
  case ours
  case theirs
  case base
}

extension ConflictRecord {
  /// The value `choice` stands for.
  public func value(_ choice: ConflictChoice) -> JSONOut? {
    switch choice {
    case .ours: return ours.value
    case .theirs: return theirs.value
    case .base: return base
    }
  }

  /// A value for people: an answer's option labels in `language`, a text as it is, status
  /// words, flags and a record's members on one line in `language` (``ConflictWording``);
  /// "(nothing)" / "（なし）" for no value.
  public static func display(
    _ value: JSONOut?, item: MergeItem?, rulebook: Rulebook, language: Language
  ) -> String {
    guard let value else { return language == .ja ? "（なし）" : "(nothing)" }
    if case .answer(let id)? = item, let question = rulebook.question(id) {
      func label(_ option: String) -> String {
        question.option(option)?.label.text(language) ?? option
      }
      switch value {
      case .string(let word): return label(word)
      case .array(let words):
        return words.map { word in
          if case .string(let text) = word { return label(text) }
          return word.renderedCompact()
        }.joined(separator: ", ")
      default: break
      }
    }
    if let item, let described = ConflictWording.describe(value, item: item, language: language) {
      return described
    }
    switch value {
    case .string(let text): return text
    case .bool(let flag): return language == .ja ? (flag ? "はい" : "いいえ") : (flag ? "yes" : "no")
    case .object(let members):
      return members.compactMap { member -> String? in
        switch member.1 {
        case .string(let text): return text.isEmpty ? nil : "\(member.0): \(text)"
        case .null: return nil
        default: return "\(member.0): \(member.1.renderedCompact())"
        }
      }.joined(separator: " · ")
    default: return value.renderedCompact()
    }
  }
}

extension JSONOut {
  /// The value of a parsed node (numbers that are not whole are kept as their text).
  init(_ node: JSONNode) {
    switch node.value {
    case .null: self = .null
    case .bool(let flag): self = .bool(flag)
    case .number(let number): self = number.intValue.map { .int($0) } ?? .string(number.literal)
    case .string(let text): self = .string(text)
    case .array(let items): self = .array(items.map(JSONOut.init))
    case .object(let members): self = .object(members.map { ($0.key, JSONOut($0.value)) })
    }
  }
}

/// Writes and reads the project file's `conflicts` member.
enum ConflictCodec {
  static func encode(_ records: [ConflictRecord]) -> JSONOut {
    .array(
      records.map { record in
        .object([
          ("item", .string(record.item)), ("base", record.base ?? .null),
          ("ours", side(record.ours)), ("theirs", side(record.theirs)),
        ])
      })
  }

  private static func side(_ side: ConflictSide) -> JSONOut {
    var members: [(String, JSONOut)] = [("value", side.value ?? .null)]
    if !side.by.isEmpty { members.append(("by", .string(side.by))) }
    if !side.at.isEmpty { members.append(("at", .string(side.at))) }
    return .object(members)
  }

  /// Reads the records, checking that each names a known item and that its base and theirs
  /// values could be taken (so resolving never meets a bad value).
  static func decode(_ top: ObjectReader, document: ProjectDocument, rulebook: Rulebook)
    throws(DataFileError) -> [ConflictRecord]
  {
    var records: [ConflictRecord] = []
    var seen: Set<String> = []
    for (index, node) in try top.array("conflicts").enumerated() {
      let reader = try ObjectReader(
        node, path: [.key("conflicts"), .index(index)], file: top.file)
      try reader.onlyKeys(["item", "base", "ours", "theirs"])
      let key = try reader.string("item", maxLength: 300)
      guard let item = MergeItem(key: key) else {
        throw reader.fail("\"\(key)\" is not an item shinsa merges", key: "item")
      }
      guard seen.insert(key).inserted else {
        throw reader.fail("a second conflict record for \"\(key)\"", key: "item")
      }
      func side(_ name: String) throws(DataFileError) -> ConflictSide {
        guard let sideReader = try reader.object(name) else {
          throw reader.fail("the member \"\(name)\" is missing")
        }
        try sideReader.onlyKeys(["value", "by", "at"])
        return ConflictSide(
          value: sideReader.optional("value").map(JSONOut.init),
          by: try sideReader.optionalString("by", maxLength: 500) ?? "",
          at: try sideReader.optionalString("at", maxLength: 40) ?? "")
      }
      let record = ConflictRecord(
        item: key, base: reader.optional("base").map(JSONOut.init), ours: try side("ours"),
        theirs: try side("theirs"))
      for choice in ConflictChoice.allCases {
        var scratch = document
        try item.write(record.value(choice), into: &scratch, rulebook: rulebook, file: top.file)
      }
      records.append(record)
    }
    return records
  }
}
