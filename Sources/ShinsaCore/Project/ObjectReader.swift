/// Reads the members of one JSON object strictly: typed getters with precise errors,
/// and a final check that no unknown member was present.
struct ObjectReader {
  let node: JSONNode
  let path: [JSONPathComponent]
  let file: String
  private let members: [(key: String, keyPosition: TextPosition, value: JSONNode)]

  init(_ node: JSONNode, path: [JSONPathComponent], file: String) throws(DataFileError) {
    guard case .object(let members) = node.value else {
      throw DataFileError(
        file: file, position: node.position, path: path.dotted,
        message: "expected an object but found \(node.value.kindDescription)")
    }
    self.node = node
    self.path = path
    self.file = file
    self.members = members
  }

  func fail(_ message: String, at child: JSONNode? = nil, key: String? = nil) -> DataFileError {
    let full = key.map { path + [.key($0)] } ?? path
    return DataFileError(
      file: file, position: (child ?? node).position, path: full.isEmpty ? nil : full.dotted,
      message: message)
  }

  /// Refuses members not in `allowed`.
  func onlyKeys(_ allowed: Set<String>) throws(DataFileError) {
    for member in members where !allowed.contains(member.key) {
      throw DataFileError(
        file: file, position: member.keyPosition, path: (path + [.key(member.key)]).dotted,
        message: "unknown member \"\(member.key)\"\(Suggest.didYouMean(member.key, among: allowed))"
      )
    }
  }

  func optional(_ key: String) -> JSONNode? {
    guard let value = members.first(where: { $0.key == key })?.value else { return nil }
    if case .null = value.value { return nil }
    return value
  }

  func required(_ key: String) throws(DataFileError) -> JSONNode {
    guard let value = members.first(where: { $0.key == key })?.value else {
      throw fail("the member \"\(key)\" is missing")
    }
    return value
  }

  func string(_ key: String, maxLength: Int = 100_000) throws(DataFileError) -> String {
    try Self.string(required(key), path: path + [.key(key)], file: file, maxLength: maxLength)
  }

  func optionalString(_ key: String, maxLength: Int = 100_000) throws(DataFileError) -> String? {
    guard let value = optional(key) else { return nil }
    return try Self.string(value, path: path + [.key(key)], file: file, maxLength: maxLength)
  }

  func int(_ key: String) throws(DataFileError) -> Int {
    let value = try required(key)
    guard case .number(let number) = value.value else {
      throw fail(
        "expected a whole number but found \(value.value.kindDescription)", at: value, key: key)
    }
    guard number.isWholeNumber, let int = number.intValue else {
      throw fail(
        number.isWholeNumber
          ? "the number \(number.literal) is too large"
          : "expected a plain whole number but found \(number.literal)", at: value, key: key)
    }
    return int
  }

  func bool(_ key: String, default fallback: Bool) throws(DataFileError) -> Bool {
    guard let value = optional(key) else { return fallback }
    guard case .bool(let flag) = value.value else {
      throw fail(
        "expected true or false but found \(value.value.kindDescription)", at: value, key: key)
    }
    return flag
  }

  func object(_ key: String) throws(DataFileError) -> ObjectReader? {
    guard let value = optional(key) else { return nil }
    return try ObjectReader(value, path: path + [.key(key)], file: file)
  }

  func stringArray(_ key: String) throws(DataFileError) -> [String] {
    guard let value = optional(key) else { return [] }
    guard case .array(let items) = value.value else {
      throw fail(
        "expected a list of strings but found \(value.value.kindDescription)", at: value, key: key)
    }
    var result: [String] = []
    for (index, item) in items.enumerated() {
      result.append(try Self.string(item, path: path + [.key(key), .index(index)], file: file))
    }
    return result
  }

  func array(_ key: String) throws(DataFileError) -> [JSONNode] {
    guard let value = optional(key) else { return [] }
    guard case .array(let items) = value.value else {
      throw fail("expected a list but found \(value.value.kindDescription)", at: value, key: key)
    }
    return items
  }

  /// Each member of this object, as key and node, in file order.
  var entries: [(key: String, value: JSONNode)] { members.map { ($0.key, $0.value) } }

  /// The member `entry` (one of ``entries``) read as an object.
  func object(_ entry: (key: String, value: JSONNode)) throws(DataFileError) -> ObjectReader {
    try ObjectReader(entry.value, path: path + [.key(entry.key)], file: file)
  }

  /// The member `entry` (one of ``entries``) read as text.
  func string(_ entry: (key: String, value: JSONNode)) throws(DataFileError) -> String {
    try Self.string(entry.value, path: path + [.key(entry.key)], file: file)
  }

  /// Refuses the member `entry` (one of ``entries``) unless its key is a question of
  /// `rulebook`: "`what` for an unknown question "id"".
  func requireQuestion(
    _ entry: (key: String, value: JSONNode), in rulebook: Rulebook, _ what: String
  ) throws(DataFileError) {
    guard rulebook.question(entry.key) == nil else { return }
    throw fail("\(what) for an unknown question \"\(entry.key)\"", at: entry.value, key: entry.key)
  }

  static func string(
    _ node: JSONNode, path: [JSONPathComponent], file: String, maxLength: Int = 100_000
  ) throws(DataFileError) -> String {
    guard case .string(let text) = node.value else {
      throw DataFileError(
        file: file, position: node.position, path: path.dotted,
        message: "expected text but found \(node.value.kindDescription)")
    }
    guard text.unicodeScalars.count <= maxLength else {
      throw DataFileError(
        file: file, position: node.position, path: path.dotted,
        message: "the text is longer than \(maxLength) characters")
    }
    return text
  }
}
