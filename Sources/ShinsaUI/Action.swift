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
  case opened(path: String, document: ProjectDocument, notice: String?, recovery: ProjectDocument?)
  case saveFinished(error: String?)
  /// An effect failed: the sentence saying why.
  case failed(String)
  /// An effect succeeded: a short notice such as "Duplicated as …" (not an error).
  case notice(String)
  case exported(path: String)
  /// SIGINT, SIGTERM or SIGHUP: save and quit.
  case terminate
  /// The input journal held typing a session left unsaved: offer it back.
  case inputFound(PendingInput)
  /// The external editor finished: the new text, or why it could not be used.
  case externalEditFinished(target: DraftTarget, language: Language, result: ExternalEditResult)
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
  case acceptRecovery(Bool)
  case closeProject
  /// Hands `text` to `$VISUAL` / `$EDITOR` and reads it back.
  case editExternally(target: DraftTarget, language: Language, text: String)
  case quit
}
