/// Writes and reads the project file's `plan` member: statuses keyed by obligation id (sorted),
/// evidence and actions as lists in the order they were added. Reading is strict like the rest
/// of the project file; ids a rulebook no longer has are kept (shinsa status reports them).
enum PlanCodec {
  // MARK: Encoding

  static func encode(_ plan: Plan) -> JSONOut {
    let obligations: [(String, JSONOut)] = plan.obligations.keys.sorted().compactMap { id in
      plan.obligations[id].map { record in
        (
          id,
          .object([
            ("status", .string(record.status.rawValue)), ("reason", .string(record.reason)),
            ("updated", .string(record.updated)), ("basis", .string(record.basis)),
          ])
        )
      }
    }
    return .object([
      ("obligations", .object(obligations)),
      ("evidence", .array(plan.evidence.map(encodeEvidence))),
      ("actions", .array(plan.actions.map(encodeAction))),
    ])
  }

  private static func encodeEvidence(_ item: EvidenceItem) -> JSONOut {
    var members: [(String, JSONOut)] = [
      ("id", .string(item.id)), ("path", .string(item.path)), ("sha256", .string(item.sha256)),
      ("added", .string(item.added)),
    ]
    if !item.note.isEmpty { members.append(("note", .string(item.note))) }
    if let reviewBy = item.reviewBy { members.append(("reviewBy", .string(reviewBy))) }
    members.append(("supports", .array(item.supports.map { .string($0) })))
    return .object(members)
  }

  private static func encodeAction(_ action: PlanAction) -> JSONOut {
    var members: [(String, JSONOut)] = [("id", .string(action.id)), ("text", .string(action.text))]
    if !action.owner.isEmpty { members.append(("owner", .string(action.owner))) }
    if let due = action.due { members.append(("due", .string(due))) }
    members.append(("done", .bool(action.done)))
    members.append(("for", .array(action.targets.map { .string($0) })))
    return .object(members)
  }

  // MARK: Decoding

  /// The plan in `reader` (the `plan` member), or an empty plan when the member is absent.
  static func decode(_ reader: ObjectReader?) throws(DataFileError) -> Plan {
    guard let reader else { return Plan() }
    try reader.onlyKeys(["obligations", "evidence", "actions"])
    var plan = Plan()
    if let obligations = try reader.object("obligations") {
      for entry in obligations.entries {
        plan.obligations[entry.key] = try record(obligations.object(entry))
      }
    }
    var ids: Set<String> = []
    for (index, node) in try reader.array("evidence").enumerated() {
      let item = try ObjectReader(
        node, path: reader.path + [.key("evidence"), .index(index)], file: reader.file)
      plan.evidence.append(try evidence(item, ids: &ids))
    }
    for (index, node) in try reader.array("actions").enumerated() {
      let item = try ObjectReader(
        node, path: reader.path + [.key("actions"), .index(index)], file: reader.file)
      plan.actions.append(try action(item, ids: &ids))
    }
    return plan
  }

  private static func record(_ reader: ObjectReader) throws(DataFileError) -> ObligationRecord {
    try reader.onlyKeys(["status", "reason", "updated", "basis"])
    let text = try reader.string("status", maxLength: 50)
    guard let status = ObligationStatus(rawValue: text) else {
      let words = ObligationStatus.allCases.map(\.rawValue).joined(separator: ", ")
      throw reader.fail(
        "status must be one of \(words), not \"\(text)\"", at: try reader.required("status"),
        key: "status")
    }
    let basis = try reader.string("basis", maxLength: 100)
    guard basis.count == 16, isLowercaseHex(basis) else {
      throw reader.fail(
        "\"\(basis)\" is not an obligation fingerprint (16 lowercase hex digits)",
        at: try reader.required("basis"), key: "basis")
    }
    return ObligationRecord(
      status: status, reason: try reader.optionalString("reason") ?? "",
      updated: try ProjectCodec.timestamp(reader, "updated"), basis: basis)
  }

  private static func evidence(_ reader: ObjectReader, ids: inout Set<String>)
    throws(DataFileError) -> EvidenceItem
  {
    try reader.onlyKeys(["id", "path", "sha256", "added", "note", "reviewBy", "supports"])
    let id = try uniqueID(reader, &ids)
    let path = try reader.string("path", maxLength: 4096)
    guard !path.isEmpty else {
      throw reader.fail(
        "an evidence path cannot be empty", at: try reader.required("path"), key: "path")
    }
    let sha256 = try reader.string("sha256", maxLength: 100)
    guard sha256.count == 64, isLowercaseHex(sha256) else {
      throw reader.fail(
        "\"\(sha256)\" is not a SHA-256 (64 lowercase hex digits)",
        at: try reader.required("sha256"), key: "sha256")
    }
    return EvidenceItem(
      id: id, path: path, sha256: sha256, added: try date(reader, "added") ?? "",
      note: try reader.optionalString("note") ?? "", reviewBy: try date(reader, "reviewBy"),
      supports: try reader.stringArray("supports"))
  }

  private static func action(_ reader: ObjectReader, ids: inout Set<String>)
    throws(DataFileError) -> PlanAction
  {
    try reader.onlyKeys(["id", "text", "owner", "due", "done", "for"])
    let id = try uniqueID(reader, &ids)
    let text = try reader.string("text", maxLength: 10_000)
    guard !text.isEmpty else {
      throw reader.fail(
        "an action's text cannot be empty", at: try reader.required("text"), key: "text")
    }
    return PlanAction(
      id: id, text: text, owner: try reader.optionalString("owner", maxLength: 500) ?? "",
      due: try date(reader, "due"), done: try reader.bool("done", default: false),
      targets: try reader.stringArray("for"))
  }

  /// The item's id, refused when empty or already used by another evidence item or action.
  private static func uniqueID(_ reader: ObjectReader, _ ids: inout Set<String>)
    throws(DataFileError) -> String
  {
    let id = try reader.string("id", maxLength: 40)
    guard !id.isEmpty else { throw reader.fail("an id cannot be empty", key: "id") }
    guard ids.insert(id).inserted else {
      throw reader.fail(
        "the id \"\(id)\" is used twice; each evidence item and action needs its own",
        at: try reader.required("id"), key: "id")
    }
    return id
  }

  /// The date at `key` (YYYY-MM-DD), nil when absent; "added" is required.
  private static func date(_ reader: ObjectReader, _ key: String) throws(DataFileError) -> String? {
    let text: String
    if key == "added" {
      text = try reader.string(key, maxLength: 40)
    } else {
      guard let value = try reader.optionalString(key, maxLength: 40) else { return nil }
      text = value
    }
    guard Timestamp.isValidDate(text) else {
      throw reader.fail(
        "\"\(text)\" is not a date like 2026-11-25", at: try reader.required(key), key: key)
    }
    return text
  }

  private static func isLowercaseHex(_ text: String) -> Bool {
    text.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
  }
}
