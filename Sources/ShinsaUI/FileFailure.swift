import ShinsaCore

/// What the workbench was doing with a file when it failed.
public enum FileTask: Sendable, Equatable, CaseIterable {
  /// Opening a project.
  case open
  /// Saving the open project.
  case save
  /// Taking the changes the recovery journal kept.
  case recover
  /// Making a new project (or the demo).
  case create
  /// Copying a project in the browser.
  case duplicate
  /// Moving a project into the archive folder.
  case archive
  /// Writing a report export.
  case export
  /// Reading a file to add as evidence (Plan pane `f`).
  case addEvidence
  /// Writing the client homework form (`h`).
  case writeForm
  /// Reading a filled homework form (`H`).
  case readForm
  /// Keeping unsaved typing in the input journal.
  case keepTyping
  /// Handing a draft to `$EDITOR` through a temporary file.
  case editExternally

  /// "could not … NAME" in Japanese.
  func japaneseHead(_ name: String) -> String {
    switch self {
    case .keepTyping: return "入力中の文章を \(name) に一時保存できません"
    case .editExternally: return "エディタ用の一時ファイル \(name) を作成できません"
    default: return "\(name) を\(japaneseVerb)"
    }
  }

  private var japaneseVerb: String {
    switch self {
    case .open: return "開けません"
    case .save: return "保存できません"
    case .recover: return "復元できません"
    case .create: return "作成できません"
    case .duplicate: return "複製できません"
    case .archive: return "アーカイブできません"
    case .export: return "書き出せません"
    case .addEvidence: return "根拠資料として追加できません"
    case .writeForm: return "確認シートとして書き出せません"
    case .readForm: return "確認シートとして読み込めません"
    case .keepTyping, .editExternally: return "作成できません"
    }
  }

  /// True when the task writes the file (a missing file then means a missing folder).
  var writes: Bool {
    switch self {
    case .open, .addEvidence, .readForm: return false
    default: return true
    }
  }

  /// What the failure left untouched, said after the problem in Japanese.
  var japaneseOutcome: String {
    switch self {
    case .readForm: return "何も反映していません。"
    case .editExternally: return "項目は変更していません。"
    default: return ""
    }
  }
}

/// A file failure the runner reports to the workbench: the facts (task, file, problem) the
/// Japanese interface words itself, and Core's English sentence, which the English
/// interface shows as it always has.
public struct FileFailure: Sendable, Equatable {
  public var task: FileTask
  /// The file (or folder) concerned; the sentence names it by its name.
  public var file: String
  /// The file-system problem, or nil when the file's content is unusable.
  public var problem: FileProblem?
  /// Where in the file the content is unusable, when known.
  public var position: TextPosition?
  /// The English sentence (Core's message, as the command line says it).
  public var english: String
  /// Core's English words for a content problem without the file and place (which the
  /// Japanese says itself), when known.
  public var detail: String?

  /// A failure of `task` on `file`.
  public init(
    task: FileTask, file: String, problem: FileProblem?, position: TextPosition? = nil,
    english: String
  ) {
    self.task = task
    self.file = file
    self.problem = problem
    self.position = position
    self.english = english
  }

  /// A failure of `task` from a project-store error.
  public init(task: FileTask, _ error: StoreError) {
    self.init(
      task: task, file: error.file, problem: error.problem, position: error.position,
      english: error.description)
    detail = error.path.map { "\($0): " + error.message } ?? error.message
  }

  /// A failure of `task` reading `file` with the size-limited reader.
  public init(task: FileTask, file: String, _ error: FileReadError, english: String) {
    self.init(task: task, file: file, problem: error.problem, english: english)
  }

  /// The sentence in `language`: the English as Core words it, or one Japanese sentence
  /// naming the file and the problem (the OS's own words only when nothing else fits).
  public func text(_ language: Language) -> String {
    guard language == .ja else { return english }
    // Evidence is named as typed (a path relative to the project, usually); other files
    // by their name.
    let name =
      task == .addEvidence || FilePaths.name(of: file).isEmpty ? file : FilePaths.name(of: file)
    let outcome = task.japaneseOutcome
    return task.japaneseHead(name) + ": \(japaneseProblem)。" + outcome
  }

  private var japaneseProblem: String {
    guard let problem else {
      let line = position.map { "\($0.line) 行目の" } ?? ""
      return "\(line)内容が正しくありません（\(detail ?? english)）"
    }
    switch problem {
    case .noSuchFile:
      return task.writes ? "保存先のフォルダーがありません" : "ファイルがありません"
    case .folderMissing: return "保存先のフォルダーがありません"
    case .permissionDenied:
      return task.writes ? "フォルダーに書き込む権限がありません" : "読み取る権限がありません"
    case .isFolder: return "ファイルではなくフォルダーです"
    case .notFolder: return "フォルダーであるべき場所がファイルです"
    case .tooLarge(let limit): return "\(limit) を超えています"
    case .diskFull: return "ディスクの空き（または容量の割り当て）がありません"
    case .readOnlyFileSystem: return "読み取り専用のファイルシステムです"
    case .ioError: return "ディスクの入出力エラーが起きました"
    case .symbolicLink: return "シンボリックリンクです（ここでは shinsa はたどりません）。リンクを削除してください"
    case .alreadyExists: return "同じ名前のプロジェクトが既にあります。別の名前にしてください"
    case .notUTF8: return "UTF-8 のテキストではありません"
    case .system(let words):
      return words.isEmpty ? "システムエラーです" : "システムエラーです（\(words)）"
    }
  }
}

/// Why a listed project cannot be opened, in the interface's language (nil when it can).
func projectProblemText(_ state: AppState, _ project: ProjectSummary) -> String? {
  guard let problem = project.problem else { return nil }
  guard let failure = project.failure else { return problem }
  return FileFailure(task: .open, failure).text(state.language)
}
