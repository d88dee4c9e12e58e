/// Migrations from older project schema versions to the current one.
///
/// Version 0 (shinsa's first prototype) kept client, system and created at the top level,
/// notes as plain strings by question and follow-ups as a list. Reading migrates in memory;
/// the file is rewritten as version 1 only when the project is next saved, and the store
/// keeps the version-0 file as the backup.
enum ProjectMigration {
  static func fromVersion0(_ top: ObjectReader, rulebook: Rulebook) throws(DataFileError)
    -> ProjectDocument
  {
    try top.onlyKeys([
      "format", "schemaVersion", "client", "system", "created", "rulebookVersion", "answers",
      "notes", "flags",
    ])
    let created = try top.string("created", maxLength: 40)
    guard Timestamp.isValid(created) else {
      throw top.fail("\"\(created)\" is not a timestamp like 2026-11-25T17:00:00Z", key: "created")
    }
    let answers = try AnswersFile.decodeAnswers(
      try top.required("answers"), path: [.key("answers")], fileName: top.file, rulebook: rulebook)
    var meta: [String: QuestionMeta] = [:]
    if let notes = try top.object("notes") {
      for entry in notes.entries {
        try notes.requireQuestion(entry, in: rulebook, "a note")
        meta[entry.key, default: QuestionMeta()].note = try notes.string(entry)
      }
    }
    for id in try top.stringArray("flags") {
      guard rulebook.question(id) != nil else {
        throw top.fail("a follow-up flag for an unknown question \"\(id)\"", key: "flags")
      }
      meta[id, default: QuestionMeta()].followUp = true
    }
    let version = try top.optionalString("rulebookVersion", maxLength: 100) ?? "unknown"
    let metadata = ProjectMetadata(
      client: try top.string("client", maxLength: 500),
      system: try top.string("system", maxLength: 500),
      assessor: "", created: created, modified: created)
    return ProjectDocument(
      rulebookID: rulebook.id, rulebookVersion: version, metadata: metadata, answers: answers,
      meta: meta,
      current: nil, path: [], disclosure: [:], sandbox: SandboxWork(), lastAssessment: nil,
      changeLog: [
        ChangeLogEntry(at: created, kind: "created", to: "\(metadata.client) · \(metadata.system)"),
        ChangeLogEntry(at: created, kind: "migrated", from: "schema 0", to: "schema 1"),
      ])
  }
}
