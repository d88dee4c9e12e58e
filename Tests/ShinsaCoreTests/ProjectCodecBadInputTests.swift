import Foundation
import Testing

@testable import ShinsaCore

/// The bad-project corpus (Tests/Fixtures/bad-projects): every file is refused by the decoder
/// with one clear sentence that says what is wrong and where.
@Suite struct ProjectCodecBadInputTests {
  /// What the error for one corpus file must say.
  struct Expected: Sendable {
    /// A fragment the message must contain.
    var fragment: String
    /// The JSON path the error must name, when the fault has one worth checking.
    var path: String?

    init(_ fragment: String, path: String? = nil) {
      self.fragment = fragment
      self.path = path
    }
  }

  static let folder = Support.fixtures.appendingPathComponent("bad-projects")

  /// The corpus files, by name.
  static let corpus: [String] = {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
      .filter { $0.hasSuffix(".shinsa.json") }.sorted()
  }()

  static let notAProject = "this is not a shinsa project file"
  static let notUTF8 = "the file is not valid UTF-8 text"

  /// File name → what its error must say (derived from the decoder, checked for meaning).
  static let expected: [String: Expected] = [
    // Damaged: truncated, empty, crash debris.
    "truncated-mid-string.shinsa.json": Expected(
      "a string is not closed before the end of the file"),
    "truncated-mid-object.shinsa.json": Expected(
      "expected a quoted member name but found the end of the file"),
    "truncated-after-first-byte.shinsa.json": Expected(
      "expected a quoted member name but found the end of the file"),
    "truncated-before-final-brace.shinsa.json": Expected(
      "expected ',' or '}' after a member but found the end of the file"),
    "empty.shinsa.json": Expected("the file is empty; expected a JSON value"),
    "whitespace-only.shinsa.json": Expected("the file is empty; expected a JSON value"),
    "nul-filled-after-crash.shinsa.json": Expected(
      "found a NUL byte (the file looks damaged or is not text)"),
    "nul-padded-tail.shinsa.json": Expected("unexpected text after the end of the JSON value"),
    "two-documents-concatenated.shinsa.json": Expected(
      "unexpected text after the end of the JSON value"),
    // Malformed JSON.
    "trailing-comma.shinsa.json": Expected("expected a quoted member name but found '}'"),
    "single-quotes.shinsa.json": Expected("expected a quoted member name but found"),
    "comments.shinsa.json": Expected("expected a quoted member name but found '/'"),
    "unquoted-keys.shinsa.json": Expected("expected a quoted member name but found 'r'"),
    "nan-number.shinsa.json": Expected("NaN and Infinity are not JSON numbers"),
    "leading-zero-number.shinsa.json": Expected("a number may not start with 0"),
    "duplicate-key.shinsa.json": Expected("the member \"role\" appears twice"),
    "raw-newline-in-string.shinsa.json": Expected("a string contains a raw control character"),
    "windows-path-backslash.shinsa.json": Expected("unknown escape in a string"),
    "unpaired-surrogate-escape.shinsa.json": Expected("a \\u escape has an unpaired surrogate"),
    "merge-conflict-markers.shinsa.json": Expected("expected a quoted member name but found '<'"),
    "deeply-nested-arrays.shinsa.json": Expected("the JSON nests deeper than 256 levels"),
    // Not a project.
    "top-level-array.shinsa.json": Expected("expected an object but found an array"),
    "top-level-string.shinsa.json": Expected("expected an object but found a string"),
    "top-level-number.shinsa.json": Expected("expected an object but found a whole number"),
    "top-level-null.shinsa.json": Expected("expected an object but found null"),
    "missing-format.shinsa.json": Expected("this is an answers file, not a shinsa project"),
    "format-typo.shinsa.json": Expected(notAProject),
    "answers-file-instead-of-project.shinsa.json": Expected(
      "this is an answers file, not a shinsa project; assess it with shinsa assess"),
    "package-json.shinsa.json": Expected(notAProject),
    "rulebook-instead-of-project.shinsa.json": Expected(notAProject),
    "assessment-output-instead-of-project.shinsa.json": Expected(notAProject),
    // Schema version.
    "schema-version-missing.shinsa.json": Expected("the member \"schemaVersion\" is missing"),
    "schema-version-string.shinsa.json": Expected(
      "expected a whole number but found a string", path: "schemaVersion"),
    "schema-version-99-newer.shinsa.json": Expected(
      "this project was written by a newer shinsa (schema version 99", path: "schemaVersion"),
    "schema-version-negative.shinsa.json": Expected(
      "schema version -1 is not one shinsa knows", path: "schemaVersion"),
    "schema-version-fractional.shinsa.json": Expected(
      "expected a plain whole number but found 1.1", path: "schemaVersion"),
    "schema-version-huge.shinsa.json": Expected("is too large", path: "schemaVersion"),
    "schema-version-0-unknown-note.shinsa.json": Expected(
      "a note for an unknown question \"sectors\"", path: "notes.sectors"),
    // Metadata and rulebook.
    "metadata-missing.shinsa.json": Expected("the member \"metadata\" is missing"),
    "client-missing.shinsa.json": Expected("the member \"client\" is missing", path: "metadata"),
    "client-not-a-string.shinsa.json": Expected(
      "expected text but found a whole number", path: "metadata.client"),
    "client-name-too-long.shinsa.json": Expected(
      "the text is longer than 500 characters", path: "metadata.client"),
    "bad-timestamp.shinsa.json": Expected(
      "\"25/11/2026 17:00\" is not a timestamp like 2026-11-25T17:00:00Z", path: "metadata.created"
    ),
    "timestamp-month-13.shinsa.json": Expected(
      "\"2026-13-01T09:00:00Z\" is not a timestamp", path: "metadata.modified"),
    "rulebook-id-of-another-rulebook.shinsa.json": Expected(
      "the project was assessed with rulebook \"eu-ai-act\", but shinsa is using \"jp-ai\"",
      path: "rulebook.id"),
    // Answers.
    "answers-missing.shinsa.json": Expected("the member \"answers\" is missing"),
    "answers-not-an-object.shinsa.json": Expected(
      "expected an object of answers but found an array", path: "answers"),
    "answer-unknown-question-id.shinsa.json": Expected(
      "unknown question id \"secotr\" (did you mean 'sector'?)", path: "answers.secotr"),
    "answer-key-with-newline.shinsa.json": Expected("unknown question id \"model_name\\u{A}"),
    "answer-value-not-an-option.shinsa.json": Expected(
      "\"vendor\" is not an option of role", path: "answers.role"),
    "answer-value-with-terminal-escape.shinsa.json": Expected(
      "\"\\u{1B}]0;owned\\u{7}\\u{1B}[2Jprovider\" is not an option of role", path: "answers.role"),
    "answer-wrong-type.shinsa.json": Expected(
      "sector takes a list of options", path: "answers.sector"),
    "answer-yesno-as-string.shinsa.json": Expected(
      "fine_tuned takes true or false", path: "answers.fine_tuned"),
    "answer-negative-people-affected.shinsa.json": Expected(
      "people_affected must be from 0 to 10000000000; found -5", path: "answers.people_affected"),
    "answer-fractional-people-affected.shinsa.json": Expected(
      "people_affected takes a whole number from 0 to 10000000000; found 2000000.5",
      path: "answers.people_affected"),
    "answer-exponent-notation.shinsa.json": Expected(
      "people_affected takes a whole number from 0 to 10000000000; found 2e6",
      path: "answers.people_affected"),
    "answer-people-affected-too-large.shinsa.json": Expected(
      "people_affected must be from 0 to 10000000000; found 100000000000",
      path: "answers.people_affected"),
    "answer-choice-listed-twice.shinsa.json": Expected(
      "\"finance\" is listed twice", path: "answers.sector[1]"),
    "answer-empty-choice-list.shinsa.json": Expected(
      "choose at least one of: credit-decision", path: "answers.use_case"),
    "answer-text-too-long.shinsa.json": Expected(
      "system_purpose is longer than 20000 characters", path: "answers.system_purpose"),
    // Other members.
    "unknown-top-level-member.shinsa.json": Expected(
      "unknown member \"questionNote\" (did you mean 'questionNotes'?)", path: "questionNote"),
    "question-notes-unknown-question.shinsa.json": Expected(
      "notes for an unknown question \"people_effected\"", path: "questionNotes.people_effected"),
    "bad-confidence.shinsa.json": Expected(
      "confidence must be low, medium or high, not \"very high\"",
      path: "questionNotes.role.confidence"),
    "note-private-not-bool.shinsa.json": Expected(
      "expected true or false but found a string", path: "questionNotes.people_affected.private"),
    "position-path-not-strings.shinsa.json": Expected(
      "expected text but found a whole number", path: "position.path[1]"),
    "disclosure-bad-state.shinsa.json": Expected(
      "state must be one of empty, draft, done, withheld, not-applicable, not \"finished\"",
      path: "disclosure.ai-use.state"),
    "sandbox-checklist-bad-state.shinsa.json": Expected(
      "state must be one of yes, no, unknown, not-applicable, from-answers, not \"maybe\"",
      path: "sandbox.checklist.novel.state"),
    "sandbox-checklist-unknown-criterion.shinsa.json": Expected(
      "unknown sandbox checklist item \"novelty\" (did you mean 'novel'?)",
      path: "sandbox.checklist.novelty"),
    "sandbox-plan-unknown-item.shinsa.json": Expected(
      "unknown sandbox plan item \"budget\"", path: "sandbox.plan.budget"),
    "sandbox-step-unknown-id.shinsa.json": Expected(
      "unknown sandbox step \"consulted-desk\"", path: "sandbox.steps.consulted-desk"),
    "sandbox-step-bad-date.shinsa.json": Expected(
      "\"22.11.2026\" is not a date like 2026-11-25", path: "sandbox.steps.pre-consultation.date"),
    "changelog-not-a-list.shinsa.json": Expected(
      "expected a list but found an object", path: "changeLog"),
    "changelog-entry-missing-kind.shinsa.json": Expected(
      "the member \"kind\" is missing", path: "changeLog[1]"),
    "last-assessment-unknown-tier.shinsa.json": Expected(
      "\"high-risk\" is not a tier (standard, important, specially-designated)",
      path: "lastAssessment.tier"),
    "last-assessment-not-an-object.shinsa.json": Expected(
      "expected an object but found a string", path: "lastAssessment"),
    // Wrong encoding and binary.
    "invalid-utf8-latin1.shinsa.json": Expected(notUTF8),
    "shift-jis-encoded.shinsa.json": Expected(notUTF8),
    "utf16-with-bom.shinsa.json": Expected("the file is UTF-16 text; save it as UTF-8"),
    "nul-byte-in-string.shinsa.json": Expected("a string contains a raw control character"),
    "binary-random-bytes.shinsa.json": Expected(notUTF8),
    "png-image.shinsa.json": Expected(notUTF8),
  ]

  static func bytes(of name: String) throws -> [UInt8] {
    Array(try Data(contentsOf: folder.appendingPathComponent(name)))
  }

  /// The error decoding `bytes` throws, or nil (recording an issue) when it decodes.
  static func decodeError(_ bytes: [UInt8], name: String) -> DataFileError? {
    do {
      _ = try ProjectCodec.decode(bytes, file: name, rulebook: Support.rulebook)
      Issue.record("\(name) decoded without an error")
      return nil
    } catch {
      return error
    }
  }

  /// One line of plain text: no line breaks, escapes or other control characters.
  static func isOneCleanLine(_ text: String) -> Bool {
    !text.unicodeScalars.contains { $0.properties.generalCategory == .control }
  }

  @Test func corpusIsLargeDistinctAndFullyDescribed() throws {
    #expect(Self.corpus.count >= 35)
    #expect(Set(Self.corpus) == Set(Self.expected.keys), "the table and the folder differ")
    var seen: [[UInt8]: String] = [:]
    for name in Self.corpus {
      let bytes = try Self.bytes(of: name)
      if let twin = seen[bytes] { Issue.record("\(name) has the same bytes as \(twin)") }
      seen[bytes] = name
    }
  }

  @Test func baselineDecodes() throws {
    let bytes = Array(try Data(contentsOf: Self.folder.appendingPathComponent("baseline.json")))
    let decoded = try ProjectCodec.decode(bytes, file: "baseline.json", rulebook: Support.rulebook)
    #expect(decoded.migratedFrom == nil)
    #expect(decoded.document.answers.count == 14)
    #expect(Array(ProjectCodec.encode(decoded.document).utf8) == bytes)
  }

  @Test(arguments: corpus)
  func corpusFileIsRefusedClearly(name: String) throws {
    let bytes = try Self.bytes(of: name)
    guard let error = Self.decodeError(bytes, name: name) else { return }
    guard let expected = Self.expected[name] else {
      Issue.record("no expected message for \(name): \(error.description)")
      return
    }
    #expect(error.file == name)
    #expect(!error.message.isEmpty)
    #expect(error.description.hasPrefix(name))
    if let path = expected.path { #expect(error.path == path, "\(error.description)") }
    if let position = error.position {
      let lines = bytes.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
      #expect((1...lines).contains(position.line), "\(error.description)")
      #expect(position.column >= 1, "\(error.description)")
    }
    #expect(error.message.contains(expected.fragment), "\(error.description)")
    #expect(Self.isOneCleanLine(error.description), "\(error.description.debugDescription)")
  }

  @Test func newerSchemaSaysToUpdate() throws {
    let name = "schema-version-99-newer.shinsa.json"
    let error = try #require(Self.decodeError(try Self.bytes(of: name), name: name))
    #expect(error.message.contains("newer shinsa"))
    #expect(error.message.contains("update shinsa"))
    #expect(error.position == TextPosition(line: 3, column: 20))
  }

  @Test func fileOverTwentyMegabytesIsRefusedBeforeDecoding() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "shinsa-bad-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("huge.shinsa.json").path
    var bytes = Array("{\"format\": \"shinsa-project\", \"schemaVersion\": 1, \"note\": \"".utf8)
    bytes += [UInt8](repeating: UInt8(ascii: "a"), count: ProjectCodec.maximumBytes)
    bytes += Array("\"}\n".utf8)
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    do {
      _ = try ProjectFile.read(path: path, rulebook: Support.rulebook)
      Issue.record("a file over 20 MB was read")
    } catch {
      #expect(error.exitStatus == 65)
      #expect(error.message.contains("larger than 20 MB"), "\(error.description)")
      #expect(error.description.hasPrefix(path))
    }
  }

  @Test func folderAndMissingFileAreNoInput() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "shinsa-bad-\(UUID().uuidString).shinsa.json")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    for (path, fragment) in [
      (folder.path, "is a folder"), (folder.path + "/missing.shinsa.json", "no such file"),
    ] {
      do {
        _ = try ProjectFile.read(path: path, rulebook: Support.rulebook)
        Issue.record("\(path) was read")
      } catch {
        #expect(error.exitStatus == 66)
        #expect(error.message.contains(fragment), "\(error.description)")
      }
    }
  }
}
