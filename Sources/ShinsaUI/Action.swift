import ShinsaCore

/// Something that happened: a key, a resize, or the result of an effect.
public enum Action: Sendable {
  case key(Key)
  case resize(width: Int, height: Int)
  /// The runner's clock; keeps `update` pure.
  case tick(now: String)
  case projectsListed([ProjectSummary])
  /// A project was opened. `notice` explains a read-only open; `recovery` holds unsaved
  /// changes a crash left behind, to offer back.
  /// `readOnly` says why saving is refused (with `notice`), when it is.
  case opened(
    path: String, document: ProjectDocument, notice: String?, recovery: ProjectDocument?,
    readOnly: ReadOnlyReason? = nil)
  case saveFinished(error: String?)
  /// An effect failed: the sentence saying why.
  case failed(String)
  /// An effect succeeded: a short notice such as "Duplicated as …" (not an error).
  case notice(String)
  case exported(path: String)
  /// A homework form was read for import: its path and text.
  case homeworkRead(path: String, text: String)
  /// SIGINT, SIGTERM or SIGHUP: save and quit.
  case terminate
  /// The input journal held typing a session left unsaved: offer it back.
  case inputFound(PendingInput)
  /// The external editor finished: the new text, or why it could not be used.
  case externalEditFinished(target: DraftTarget, language: Language, result: ExternalEditResult)
  /// The states of the plan's evidence items today (see ``Effect/checkEvidence``).
  case evidenceChecked(EvidenceCheckResult)
  /// A file read for evidence: its stored path and SHA-256 (see ``Effect/readEvidence``).
  case evidenceRead(EvidenceReadResult)
  /// The entries of the folder a path being typed is in (see ``Effect/listPath``).
  case pathListed(typed: String, entries: [PathEntry])
}

/// What came back from `$EDITOR`.
public enum ExternalEditResult: Sendable, Equatable {
  case text(String)
  case failed(String)
}

/// Work for the runner (the only code that touches files); results come back as actions.
public enum Effect: Sendable, Equatable {
  case listProjects
  case open(path: String)
  case save(ProjectDocument)
  case create(name: String, client: String, system: String, assessor: String = "")
  case openDemo
  case duplicate(path: String)
  case archive(path: String)
  case export(format: ReportFormat, language: Language)
  /// Writes the homework form of the open project beside it (answered by `.exported`).
  case exportHomework(language: Language)
  /// Reads a homework form (answered by `.homeworkRead` or `.failed`).
  case readHomework(path: String)
  case acceptRecovery(Bool)
  case closeProject
  /// Hands `text` to `$VISUAL` / `$EDITOR` and reads it back.
  case editExternally(target: DraftTarget, language: Language, text: String)
  /// Finds the state of each of `items` of the project at `project` today (`SHINSA_TODAY`
  /// respected); answered with ``Action/evidenceChecked(_:)``.
  case checkEvidence(project: String, items: [EvidenceItem])
  /// Reads and fingerprints `file` (relative to the project's folder unless absolute) as
  /// evidence for `target`; answered with ``Action/evidenceRead(_:)`` or a failure.
  case readEvidence(project: String, file: String, target: String)
  /// Lists the folder of `typed` (relative to the project's folder unless absolute);
  /// answered with ``Action/pathListed(typed:entries:)``.
  case listPath(project: String, typed: String)
  case quit
}
