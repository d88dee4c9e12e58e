#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Text being typed that is not yet part of the project: which input it belongs to and
/// what it holds. The workbench writes it to the input journal a moment after each change,
/// so a kill loses at most that moment of typing, and offers it back on reopening.
public struct PendingInput: Sendable, Equatable {
  /// Which kind of input the text was typed into.
  public enum Kind: String, Sendable, CaseIterable {
    /// The editor of a disclosure field (`subject`: the field id).
    case disclosure
    /// The editor of a sandbox plan section (`subject`: the section id).
    case plan
    /// The note dialog of a question (`subject`: the question id; `option`: "private" or "shared").
    case note
    /// The evidence dialog of a checklist criterion.
    case evidence
    /// The note dialog of a process step.
    case stepNote
    /// The date dialog of a process step.
    case stepDate
    /// Why a disclosure field is withheld or not applicable (`option`: the state asked for).
    case reason
    /// The typed answer of a text or number question.
    case answer
    /// The new-project form (`text`: the name; `more`: client and system).
    case newProject
    /// The plan pane's reason for an obligation's status (`subject`: the obligation id;
    /// `option`: the status asked for).
    case planReason
    /// The plan pane's evidence file prompt (`subject`: the obligation id; `text`: the path).
    case planEvidence
    /// The plan pane's new action, asked in three steps (`subject`: the obligation id;
    /// `option`: "text", "owner" or "due", the step being typed; `more`: the action's text
    /// and owner typed in the steps before it).
    case planAction
  }

  public var kind: Kind
  /// The field, section, criterion, step or question id ("" for the new-project form).
  public var subject: String
  /// The language of a draft editor's text.
  public var language: Language?
  /// The text typed.
  public var text: String
  /// A setting of the input: the note's privacy, the reason's state.
  public var option: String?
  /// Further fields of a form (the new-project form's client and system).
  public var more: [String]
  /// The external editor's file, while `$EDITOR` edits a draft: its contents are the text.
  public var externalFile: String?

  /// An input record.
  public init(
    kind: Kind, subject: String, language: Language? = nil, text: String, option: String? = nil,
    more: [String] = [], externalFile: String? = nil
  ) {
    self.kind = kind
    self.subject = subject
    self.language = language
    self.text = text
    self.option = option
    self.more = more
    self.externalFile = externalFile
  }

  /// The record with `text` read from the external editor's file, when there is one (nil
  /// when that file is gone: there is nothing more to offer than the record's own text).
  public func withExternalText() -> PendingInput {
    guard let file = externalFile,
      let bytes = try? FileLimits.read(path: file, maximumBytes: 4 * 1024 * 1024)
    else { return self }
    var copy = self
    var text = String(decoding: bytes, as: UTF8.self)
    while text.hasSuffix("\n") { text.removeLast() }
    copy.text = text
    return copy
  }

  /// Whether the project already holds this text where the input would put it, so there
  /// is nothing to offer back.
  public func isSaved(in document: ProjectDocument) -> Bool {
    switch kind {
    case .disclosure, .plan:
      let drafts = kind == .disclosure ? document.disclosure : document.sandbox.plan
      return (drafts[subject] ?? DisclosureDraft()).text(language ?? .en) == text
    case .note:
      return (document.meta[subject]?.note ?? "") == text
    case .evidence:
      return (document.sandbox.checklist[subject]?.evidence ?? "") == text
    case .stepNote:
      return (document.sandbox.steps[subject]?.note ?? "") == text
    case .stepDate:
      return (document.sandbox.steps[subject]?.date ?? "") == text
    case .reason:
      return (document.disclosure[subject]?.reason ?? "") == text
    case .answer:
      switch document.answers[subject] {
      case .text(let value)?: return value == text
      case .number(let number)?: return String(number) == text
      default: return text.isEmpty
      }
    case .newProject:
      return false
    case .planReason:
      return (document.plan.obligations[subject]?.reason ?? "") == text
    // A path or an action is in the project only once the prompt is done (and then closed).
    case .planEvidence, .planAction:
      return isEmpty
    }
  }

  /// Whether there is anything typed to offer back.
  public var isEmpty: Bool { text.isEmpty && more.allSatisfy(\.isEmpty) && externalFile == nil }
}

/// The input journal: one small file holding the ``PendingInput`` being typed, replaced
/// atomically (temporary file, fsync, rename) a moment after each change and removed when
/// the input is closed and its text saved.
///
/// Beside a project it is `.NAME.shinsa.json.input`; for the new-project form, which has
/// no project yet, `.new-project.input` in the projects folder.
public enum InputJournal {
  /// The input journal of the project at `projectPath`.
  public static func path(for projectPath: String) -> String {
    FilePaths.folder(of: projectPath) + "/." + FilePaths.name(of: projectPath) + ".input"
  }

  /// The input journal of the new-project form in the projects folder `directory`.
  public static func newProjectPath(in directory: String) -> String {
    directory + "/.new-project.input"
  }

  /// The longest input journal read back.
  static let maximumBytes = 8 * 1024 * 1024

  /// The file's text for `input`: one JSON object.
  public static func encode(_ input: PendingInput) -> String {
    var fields: [(String, JSONOut)] = [
      ("input", .int(1)), ("kind", .string(input.kind.rawValue)),
      ("subject", .string(input.subject)),
    ]
    if let language = input.language { fields.append(("language", .string(language.rawValue))) }
    fields.append(("text", .string(input.text)))
    if let option = input.option { fields.append(("option", .string(option))) }
    if !input.more.isEmpty { fields.append(("more", .array(input.more.map { .string($0) }))) }
    if let file = input.externalFile { fields.append(("externalFile", .string(file))) }
    return JSONOut.object(fields).renderedCompact() + "\n"
  }

  /// The record in `bytes`, or nil when they are not an input journal this version reads.
  public static func decode(_ bytes: [UInt8]) -> PendingInput? {
    guard let node = try? JSONParser.parse(bytes),
      case .number(let version)? = node["input"]?.value, version.intValue == 1,
      case .string(let kindName)? = node["kind"]?.value,
      let kind = PendingInput.Kind(rawValue: kindName),
      case .string(let subject)? = node["subject"]?.value,
      case .string(let text)? = node["text"]?.value
    else { return nil }
    var input = PendingInput(kind: kind, subject: subject, text: text)
    if case .string(let language)? = node["language"]?.value {
      input.language = Language(rawValue: language)
    }
    if case .string(let option)? = node["option"]?.value { input.option = option }
    if case .array(let items)? = node["more"]?.value {
      input.more = items.compactMap { item in
        if case .string(let value) = item.value { return value }
        return nil
      }
    }
    if case .string(let file)? = node["externalFile"]?.value { input.externalFile = file }
    return input
  }

  /// Replaces the journal at `path` with `input` (mode 0600): written to a temporary file
  /// and renamed over the journal, so it holds either the previous record or this one,
  /// whole. A kill keeps what was written; with `sync` it is also flushed to the disk
  /// (`fsync`, after the rename, so the journal never waits for a busy disk to change), to
  /// last through a power cut. Typing is written often, so only the last write of a
  /// session needs it.
  public static func write(_ input: PendingInput, to path: String, sync: Bool = true)
    throws(StoreError)
  {
    let temporary = path + ".tmp"
    unlink(temporary)
    // O_EXCL with O_NOFOLLOW: never write typed text through a planted link.
    let descriptor = open(
      temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else {
      throw StoreError(
        .io, path, "cannot write the input journal: \(FilePaths.explain(errno, creating: true))",
        problem: FileProblem(errno: errno))
    }
    var failure = Descriptor.writeAll(descriptor, Array(encode(input).utf8))
    if failure == nil, rename(temporary, path) != 0 { failure = errno }
    if failure == nil, sync, fsync(descriptor) != 0 { failure = errno }
    if close(descriptor) != 0, failure == nil { failure = errno }
    if let failure {
      unlink(temporary)
      throw StoreError(
        .io, path, "cannot write the input journal: \(FilePaths.explain(failure, creating: true))",
        problem: FileProblem(errno: failure))
    }
  }

  /// The record in the journal at `path`, if there is a readable one.
  public static func read(at path: String) -> PendingInput? {
    guard !FilePaths.isSymbolicLink(path),
      let bytes = try? FileLimits.read(path: path, maximumBytes: maximumBytes)
    else { return nil }
    return decode(bytes)
  }

  /// Removes the journal at `path` and the external editor's file it names, if any.
  public static func remove(at path: String) {
    if let file = read(at: path)?.externalFile { ExternalEditFile.remove(file) }
    unlink(path)
    unlink(path + ".tmp")
  }
}

/// The private temporary file an external editor works on.
public enum ExternalEditFile {
  /// Removes `file` and its private folder (made by `mkdtemp`), if they are shinsa's.
  public static func remove(_ file: String) {
    let folder = FilePaths.folder(of: file)
    guard FilePaths.name(of: folder).hasPrefix("shinsa-edit-") else { return }
    unlink(file)
    rmdir(folder)
  }
}
