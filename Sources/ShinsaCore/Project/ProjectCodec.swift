/// Reads and writes project files: deterministic, diff-friendly JSON with strict decoding.
public enum ProjectCodec {
  /// The largest project file accepted.
  public static let maximumBytes = 20 * 1024 * 1024
  /// The most path steps kept in the file (the oldest are dropped).
  public static let maximumPathSteps = 200

  // MARK: Encoding

  /// The file's text: stable key order, two-space indent, UTF-8 as is, final newline.
  /// Encoding the same document twice gives identical bytes.
  public static func encode(_ document: ProjectDocument) -> String {
    encodeValue(document).rendered()
  }

  static func encodeValue(_ document: ProjectDocument) -> JSONOut {
    let answers: [(String, JSONOut)] = document.answers.keys.sorted().compactMap { key in
      document.answers[key].map { (key, $0.jsonOut) }
    }
    let notes: [(String, JSONOut)] = document.meta.keys.sorted().compactMap { key in
      guard let meta = document.meta[key] else { return nil }
      var members: [(String, JSONOut)] = []
      if !meta.note.isEmpty || meta.notePrivate {
        members.append(("note", .string(meta.note)))
        members.append(("private", .bool(meta.notePrivate)))
      }
      if meta.followUp { members.append(("followUp", .bool(true))) }
      if let confidence = meta.confidence {
        members.append(("confidence", .string(confidence.rawValue)))
      }
      return members.isEmpty ? nil : (key, .object(members))
    }
    let path = document.path.suffix(maximumPathSteps).map { JSONOut.string($0) }
    var members: [(String, JSONOut)] = [
      ("format", .string(ProjectDocument.formatMarker)),
      ("schemaVersion", .int(ProjectDocument.schemaVersion)),
      (
        "rulebook",
        .object([
          ("id", .string(document.rulebookID)), ("version", .string(document.rulebookVersion)),
        ])
      ),
      (
        "metadata",
        .object([
          ("client", .string(document.metadata.client)),
          ("system", .string(document.metadata.system)),
          ("assessor", .string(document.metadata.assessor)),
          ("created", .string(document.metadata.created)),
          ("modified", .string(document.metadata.modified)),
        ])
      ),
      ("answers", .object(answers)),
      ("questionNotes", .object(notes)),
      ("position", .object([("current", .string(document.current)), ("path", .array(path))])),
      ("disclosure", .object(sortedDrafts(document.disclosure))),
      (
        "sandbox",
        .object([
          (
            "checklist",
            .object(
              document.sandbox.checklist.keys.sorted().compactMap { key in
                guard let item = document.sandbox.checklist[key], !item.isEmpty else {
                  return nil
                }
                let state = item.state?.rawValue ?? ChecklistItem.fromAnswers
                return (
                  key,
                  .object([("state", .string(state)), ("evidence", .string(item.evidence))])
                )
              })
          ),
          ("plan", .object(sortedDrafts(document.sandbox.plan))),
          (
            "steps",
            .object(
              document.sandbox.steps.keys.sorted().compactMap { key in
                document.sandbox.steps[key].map {
                  (key, .object([("date", .string($0.date)), ("note", .string($0.note))]))
                }
              })
          ),
        ])
      ),
    ]
    // Left out when nothing is recorded, so files without a plan keep their bytes.
    if !document.plan.isEmpty { members.append(("plan", PlanCodec.encode(document.plan))) }
    members.append(("lastAssessment", document.lastAssessment.map(encodeSnapshot) ?? .null))
    members.append(("changeLog", .array(document.changeLog.map(encodeLogEntry))))
    // Left out when none is open, so files without conflicts keep their bytes.
    if !document.conflicts.isEmpty {
      members.append(("conflicts", ConflictCodec.encode(document.conflicts)))
    }
    return .object(members)
  }

  /// The edit stamps, written only when known (older files have none), and the revisions,
  /// written once a text has changed.
  private static func edited(_ draft: DisclosureDraft) -> [(String, JSONOut)] {
    var members =
      (draft.enEdited.isEmpty ? [] : [("enEdited", JSONOut.string(draft.enEdited))])
      + (draft.jaEdited.isEmpty ? [] : [("jaEdited", JSONOut.string(draft.jaEdited))])
    guard draft.enRevision > 0 || draft.jaRevision > 0 else { return members }
    members.append(
      (
        "revisions",
        .object([
          ("en", .int(draft.enRevision)), ("ja", .int(draft.jaRevision)),
          ("enSynced", .int(draft.enSynced)), ("jaSynced", .int(draft.jaSynced)),
        ])
      ))
    if let translation = draft.translation {
      members.append(("translation", .string(translation.rawValue)))
    }
    return members
  }

  private static func sortedDrafts(_ drafts: [String: DisclosureDraft]) -> [(String, JSONOut)] {
    drafts.keys.sorted().compactMap { key in
      drafts[key].map { draft in
        (
          key,
          .object(
            [
              ("state", .string(draft.state.rawValue)), ("en", .string(draft.en)),
              ("ja", .string(draft.ja)),
              ("reason", .string(draft.reason)),
            ] + edited(draft))
        )
      }
    }
  }

  private static func encodeSnapshot(_ snapshot: AssessmentSnapshot) -> JSONOut {
    .object([
      (
        "rulebook",
        .object([
          ("id", .string(snapshot.rulebookID)), ("version", .string(snapshot.rulebookVersion)),
        ])
      ),
      ("at", .string(snapshot.at)),
      ("tier", .string(snapshot.tier.rawValue)),
      ("requiresReview", .bool(snapshot.requiresReview)),
      ("primaryRegulator", .string(snapshot.primaryRegulator)),
      ("regulators", .array(snapshot.regulators.map { .string($0) })),
      ("obligations", .array(snapshot.obligations.map { .string($0) })),
      ("sandboxRoute", .string(snapshot.sandboxRoute)),
    ])
  }

  private static func encodeLogEntry(_ entry: ChangeLogEntry) -> JSONOut {
    var members: [(String, JSONOut)] = [("at", .string(entry.at)), ("kind", .string(entry.kind))]
    if !entry.subject.isEmpty { members.append(("subject", .string(entry.subject))) }
    if let from = entry.from { members.append(("from", .string(from))) }
    if let to = entry.to { members.append(("to", .string(to))) }
    return .object(members)
  }

  // MARK: Decoding

  /// The outcome of reading a project file.
  public struct Decoded: Sendable {
    public var document: ProjectDocument
    /// The schema version the file had, when it was migrated on reading.
    public var migratedFrom: Int?
  }

  /// Whether `bytes` look like a project file (a JSON object whose "format" is shinsa-project).
  public static func looksLikeProject(_ bytes: [UInt8]) -> Bool {
    guard let root = try? JSONParser.parse(bytes), case .string(let format)? = root["format"]?.value
    else {
      return false
    }
    return format == ProjectDocument.formatMarker
  }

  /// Decodes a project file, migrating older schema versions; never changes the file.
  public static func decode(
    _ bytes: [UInt8], file: String, rulebook: Rulebook
  ) throws(DataFileError) -> Decoded {
    let root: JSONNode
    do {
      root = try JSONParser.parse(bytes)
    } catch {
      throw DataFileError(file: file, position: error.position, path: nil, message: error.message)
    }
    let top = try ObjectReader(root, path: [], file: file)
    guard let formatNode = top.optional("format"), case .string(let format) = formatNode.value,
      format == ProjectDocument.formatMarker
    else {
      let message: String
      if let formatNode = top.optional("format"), case .string(let found) = formatNode.value {
        message =
          "this is not a shinsa project file: its \"format\" is \"\(found)\", not \"shinsa-project\""
      } else if top.optional("answers") != nil {
        message =
          "this is an answers file, not a shinsa project; assess it with shinsa assess, or import it with shinsa new NAME --answers FILE"
      } else {
        message = "this is not a shinsa project file (it has no \"format\": \"shinsa-project\")"
      }
      throw DataFileError(file: file, position: root.position, path: nil, message: message)
    }
    let version = try top.int("schemaVersion")
    switch version {
    case 1:
      return Decoded(document: try decodeVersion1(top, rulebook: rulebook), migratedFrom: nil)
    case 0:
      return Decoded(
        document: try ProjectMigration.fromVersion0(top, rulebook: rulebook), migratedFrom: 0)
    case let newer where newer > ProjectDocument.schemaVersion:
      throw DataFileError(
        file: file, position: try top.required("schemaVersion").position, path: "schemaVersion",
        message:
          "this project was written by a newer shinsa (schema version \(newer); this one reads up to \(ProjectDocument.schemaVersion)); update shinsa to open it"
      )
    default:
      throw DataFileError(
        file: file, position: try top.required("schemaVersion").position, path: "schemaVersion",
        message: "schema version \(version) is not one shinsa knows")
    }
  }

  static func decodeVersion1(_ top: ObjectReader, rulebook: Rulebook) throws(DataFileError)
    -> ProjectDocument
  {
    try top.onlyKeys([
      "format", "schemaVersion", "rulebook", "metadata", "answers", "questionNotes", "position",
      "disclosure",
      "sandbox", "plan", "lastAssessment", "changeLog", "conflicts",
    ])
    let file = top.file
    guard let rulebookInfo = try top.object("rulebook") else {
      throw top.fail("the member \"rulebook\" is missing")
    }
    try rulebookInfo.onlyKeys(["id", "version"])
    let rulebookID = try rulebookInfo.string("id", maxLength: 200)
    guard rulebookID == rulebook.id else {
      throw rulebookInfo.fail(
        "the project was assessed with rulebook \"\(rulebookID)\", but shinsa is using \"\(rulebook.id)\"; pass --rulebook with a rulebook whose id is \(rulebookID)",
        key: "id")
    }
    guard let metadataReader = try top.object("metadata") else {
      throw top.fail("the member \"metadata\" is missing")
    }
    try metadataReader.onlyKeys(["client", "system", "assessor", "created", "modified"])
    let metadata = ProjectMetadata(
      client: try metadataReader.string("client", maxLength: 500),
      system: try metadataReader.string("system", maxLength: 500),
      assessor: try metadataReader.optionalString("assessor", maxLength: 500) ?? "",
      created: try timestamp(metadataReader, "created"),
      modified: try timestamp(metadataReader, "modified"))
    let answers = try AnswersFile.decodeAnswers(
      try top.required("answers"), path: [.key("answers")], fileName: file, rulebook: rulebook)
    var meta: [String: QuestionMeta] = [:]
    if let notes = try top.object("questionNotes") {
      for entry in notes.entries {
        try notes.requireQuestion(entry, in: rulebook, "notes")
        let reader = try notes.object(entry)
        try reader.onlyKeys(["note", "private", "followUp", "confidence"])
        var item = QuestionMeta()
        item.note = try reader.optionalString("note") ?? ""
        item.notePrivate = try reader.bool("private", default: false)
        item.followUp = try reader.bool("followUp", default: false)
        if let text = try reader.optionalString("confidence") {
          guard let confidence = Confidence(rawValue: text) else {
            throw reader.fail(
              "confidence must be low, medium or high, not \"\(text)\"", key: "confidence")
          }
          item.confidence = confidence
        }
        meta[entry.key] = item
      }
    }
    var current: String?
    var path: [String] = []
    if let position = try top.object("position") {
      try position.onlyKeys(["current", "path"])
      current = try position.optionalString("current", maxLength: 200)
      path = try position.stringArray("path")
    }
    let disclosure = try drafts(try top.object("disclosure"))
    if let reader = try top.object("disclosure") {
      let known = Set(rulebook.disclosureFields.map(\.id))
      for entry in reader.entries where !known.contains(entry.key) {
        throw reader.fail(
          "unknown disclosure field \"\(entry.key)\"\(Suggest.didYouMean(entry.key, among: known))",
          at: entry.value, key: entry.key)
      }
    }
    var sandbox = SandboxWork()
    if let reader = try top.object("sandbox") {
      try reader.onlyKeys(["checklist", "plan", "steps"])
      try knownKeys(
        try reader.object("checklist"), rulebook.sandbox.criteria.map(\.id),
        "sandbox checklist item")
      try knownKeys(
        try reader.object("plan"), rulebook.sandbox.planItems.map(\.id), "sandbox plan item")
      try knownKeys(try reader.object("steps"), rulebook.sandbox.steps.map(\.id), "sandbox step")
      if let checklist = try reader.object("checklist") {
        for entry in checklist.entries {
          let item = try checklist.object(entry)
          try item.onlyKeys(["state", "evidence"])
          let text = try item.optionalString("state", maxLength: 50) ?? ChecklistItem.fromAnswers
          let state = ChecklistState(rawValue: text)
          guard state != nil || text == ChecklistItem.fromAnswers else {
            let words = ChecklistState.allCases.map(\.rawValue) + [ChecklistItem.fromAnswers]
            throw item.fail(
              "state must be one of \(words.joined(separator: ", ")), not \"\(text)\"",
              key: "state")
          }
          sandbox.checklist[entry.key] = ChecklistItem(
            state: state, evidence: try item.optionalString("evidence") ?? "")
        }
      }
      sandbox.plan = try drafts(try reader.object("plan"))
      if let steps = try reader.object("steps") {
        for entry in steps.entries {
          let item = try steps.object(entry)
          try item.onlyKeys(["date", "note"])
          let date = try item.optionalString("date", maxLength: 40) ?? ""
          guard date.isEmpty || Timestamp.isValidDate(date) else {
            throw item.fail("\"\(date)\" is not a date like 2026-11-25", key: "date")
          }
          sandbox.steps[entry.key] = ProcessStep(
            date: date, note: try item.optionalString("note") ?? "")
        }
      }
    }
    let plan = try PlanCodec.decode(try top.object("plan"))
    var lastAssessment: AssessmentSnapshot?
    if let snapshot = try top.object("lastAssessment") {
      lastAssessment = try decodeSnapshot(snapshot)
    }
    var changeLog: [ChangeLogEntry] = []
    for (index, node) in try top.array("changeLog").enumerated() {
      let entry = try ObjectReader(node, path: [.key("changeLog"), .index(index)], file: file)
      try entry.onlyKeys(["at", "kind", "subject", "from", "to"])
      changeLog.append(
        ChangeLogEntry(
          at: try timestamp(entry, "at"), kind: try entry.string("kind", maxLength: 40),
          subject: try entry.optionalString("subject", maxLength: 200) ?? "",
          from: try entry.optionalString("from"), to: try entry.optionalString("to")))
    }
    var document = ProjectDocument(
      rulebookID: rulebookID, rulebookVersion: try rulebookInfo.string("version", maxLength: 100),
      metadata: metadata, answers: answers, meta: meta, current: current, path: path,
      disclosure: disclosure,
      sandbox: sandbox, plan: plan, lastAssessment: lastAssessment, changeLog: changeLog)
    document.conflicts = try ConflictCodec.decode(top, document: document, rulebook: rulebook)
    return document
  }

  private static func optionalStamp(_ reader: ObjectReader, _ key: String) throws(DataFileError)
    -> String
  {
    guard try reader.optionalString(key) != nil else { return "" }
    return try timestamp(reader, key)
  }

  /// Refuses keys of `reader` that are not among the rulebook's `ids`.
  private static func knownKeys(_ reader: ObjectReader?, _ ids: [String], _ noun: String)
    throws(DataFileError)
  {
    guard let reader else { return }
    let known = Set(ids)
    for entry in reader.entries where !known.contains(entry.key) {
      throw reader.fail(
        "unknown \(noun) \"\(entry.key)\"\(Suggest.didYouMean(entry.key, among: known))",
        at: entry.value, key: entry.key)
    }
  }

  static func timestamp(_ reader: ObjectReader, _ key: String) throws(DataFileError)
    -> String
  {
    let text = try reader.string(key, maxLength: 40)
    guard Timestamp.isValid(text) else {
      throw reader.fail(
        "\"\(text)\" is not a timestamp like 2026-11-25T17:00:00Z", at: try reader.required(key),
        key: key)
    }
    return text
  }

  private static func drafts(_ reader: ObjectReader?) throws(DataFileError) -> [String:
    DisclosureDraft]
  {
    guard let reader else { return [:] }
    var result: [String: DisclosureDraft] = [:]
    for entry in reader.entries {
      let item = try reader.object(entry)
      try item.onlyKeys([
        "state", "en", "ja", "reason", "enEdited", "jaEdited", "revisions", "translation",
      ])
      let text = try item.string("state", maxLength: 50)
      guard let state = DisclosureFieldState(rawValue: text) else {
        throw item.fail(
          "state must be one of \(DisclosureFieldState.allCases.map(\.rawValue).joined(separator: ", ")), not \"\(text)\"",
          key: "state")
      }
      var draft = DisclosureDraft(
        state: state, en: try item.optionalString("en") ?? "",
        ja: try item.optionalString("ja") ?? "",
        reason: try item.optionalString("reason") ?? "",
        enEdited: try optionalStamp(item, "enEdited"), jaEdited: try optionalStamp(item, "jaEdited")
      )
      try revisions(item, &draft)
      result[entry.key] = draft
    }
    return result
  }

  /// Reads a draft's revisions. A file without them (before 2026.12) keeps the lag its edit
  /// stamps showed: the language edited later counts as changed since the last sync.
  private static func revisions(_ item: ObjectReader, _ draft: inout DisclosureDraft)
    throws(DataFileError)
  {
    guard let reader = try item.object("revisions") else {
      if !draft.enEdited.isEmpty, !draft.jaEdited.isEmpty, draft.enEdited != draft.jaEdited {
        if draft.enEdited > draft.jaEdited { draft.enRevision = 1 } else { draft.jaRevision = 1 }
      }
      return
    }
    try reader.onlyKeys(["en", "ja", "enSynced", "jaSynced"])
    func count(_ key: String) throws(DataFileError) -> Int {
      let value = try reader.int(key)
      guard value >= 0 else { throw reader.fail("a revision cannot be negative", key: key) }
      return value
    }
    draft.enRevision = try count("en")
    draft.jaRevision = try count("ja")
    draft.enSynced = try count("enSynced")
    draft.jaSynced = try count("jaSynced")
    guard draft.enSynced <= draft.enRevision, draft.jaSynced <= draft.jaRevision else {
      throw reader.fail("a synced revision cannot be later than the revision itself")
    }
    if let text = try item.optionalString("translation", maxLength: 10) {
      guard let language = Language(rawValue: text) else {
        throw item.fail("translation must be en or ja, not \"\(text)\"", key: "translation")
      }
      draft.translation = language
    }
  }

  private static func decodeSnapshot(_ reader: ObjectReader) throws(DataFileError)
    -> AssessmentSnapshot
  {
    try reader.onlyKeys([
      "rulebook", "at", "tier", "requiresReview", "primaryRegulator", "regulators", "obligations",
      "sandboxRoute",
    ])
    guard let rulebook = try reader.object("rulebook") else {
      throw reader.fail("the member \"rulebook\" is missing")
    }
    try rulebook.onlyKeys(["id", "version"])
    let tierText = try reader.string("tier", maxLength: 50)
    guard let tier = Tier(rawValue: tierText) else {
      throw reader.fail(
        "\"\(tierText)\" is not a tier (standard, important, specially-designated)", key: "tier")
    }
    return AssessmentSnapshot(
      rulebookID: try rulebook.string("id", maxLength: 200),
      rulebookVersion: try rulebook.string("version", maxLength: 100),
      at: try timestamp(reader, "at"), tier: tier,
      requiresReview: try reader.bool("requiresReview", default: false),
      primaryRegulator: try reader.string("primaryRegulator", maxLength: 100),
      regulators: try reader.stringArray("regulators"),
      obligations: try reader.stringArray("obligations"),
      sandboxRoute: try reader.string("sandboxRoute", maxLength: 100))
  }
}
