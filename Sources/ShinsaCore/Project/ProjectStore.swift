import Foundation

/// One line of the portfolio: what `shinsa list` shows.
public struct ProjectSummary: Sendable, Equatable {
  public var path: String
  public var name: String
  public var client: String
  public var system: String
  public var tier: Tier?
  public var requiresReview: Bool
  public var answered: Int
  public var total: Int
  public var followUps: Int
  public var modified: String
  /// Set when the file could not be read; the other fields are empty then.
  public var problem: String?
  /// The same failure as facts, for wording it in the interface's language.
  public var failure: StoreError?
}

/// The folder of project files: naming, creating and listing projects.
public struct ProjectStore: Sendable {
  /// The folder holding the projects.
  public let directory: String
  /// The file-name suffix of project files.
  public static let suffix = ".shinsa.json"

  /// A store over `directory`.
  public init(directory: String) {
    self.directory =
      directory.hasSuffix("/") && directory.count > 1 ? String(directory.dropLast()) : directory
  }

  /// `$XDG_DATA_HOME/shinsa/projects`, or `~/.local/share/shinsa/projects`.
  public static func defaultDirectory(
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> String {
    if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") {
      return data + "/shinsa/projects"
    }
    let home = environment["HOME"] ?? NSHomeDirectory()
    return home + "/.local/share/shinsa/projects"
  }

  /// The project name of a file: its name without `.shinsa.json` (or `.json`).
  public static func projectName(ofFile path: String) -> String {
    let file = FilePaths.name(of: path)
    for ending in [suffix, ".json"] where file.hasSuffix(ending) && file.count > ending.count {
      return String(file.dropLast(ending.count))
    }
    return file
  }

  /// The file a project named `name` lives in.
  public func path(forName name: String) -> String { directory + "/" + name + Self.suffix }

  /// Resolves a project argument: a path to a file, or the name of a project in this store.
  public func resolve(_ argument: String) -> String {
    if argument.contains("/") || argument.hasSuffix(".json") || argument.hasSuffix(".bak")
      || FilePaths.exists(argument)
    {
      return argument
    }
    return path(forName: argument)
  }

  /// Checks a new project's name: a plain file name, 1 to 100 characters.
  public static func validateName(_ name: String) -> String? {
    if name.isEmpty { return "the project name is empty" }
    if name.count > 100 { return "the project name is longer than 100 characters" }
    if name.utf8.count > 180 {
      return "the project name is too long for a file name (at most 180 bytes of UTF-8)"
    }
    if name.hasPrefix(".") { return "the project name may not start with a dot" }
    if name.contains("/") || name.contains("\0") { return "the project name may not contain '/'" }
    if name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
      return "the project name may not contain control characters"
    }
    return nil
  }

  /// Writes a new project file; refuses to overwrite an existing one.
  @discardableResult
  public func create(name: String, document: ProjectDocument) throws(StoreError) -> String {
    if let problem = Self.validateName(name) { throw StoreError(.cannotCreate, name, problem) }
    try FilePaths.makeFolder(directory)
    let path = path(forName: name)
    if FilePaths.exists(path) {
      throw StoreError(
        .cannotCreate, path, "a project with this name already exists; choose another name",
        problem: .alreadyExists)
    }
    try AtomicFile.write(Array(ProjectCodec.encode(document).utf8), to: path, keepBackup: false)
    return path
  }

  /// Every project in the folder, most recently modified first; unreadable files are listed with their problem.
  public func list(rulebook: Rulebook) -> [ProjectSummary] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
    let assessor = Assessor(rulebook: rulebook)
    var summaries: [ProjectSummary] = []
    for name in names where name.hasSuffix(Self.suffix) && !name.hasPrefix(".") {
      let path = directory + "/" + name
      let short = String(name.dropLast(Self.suffix.count))
      var summary = ProjectSummary(
        path: path, name: short, client: "", system: "", tier: nil, requiresReview: false,
        answered: 0,
        total: 0, followUps: 0, modified: "", problem: nil)
      do {
        let bytes = try FileLimits.read(path: path, maximumBytes: ProjectCodec.maximumBytes)
        let document = try ProjectCodec.decode(bytes, file: name, rulebook: rulebook).document
        let active = ActiveAnswers(rulebook: rulebook, answers: document.answers)
        let assessment = assessor.assess(
          active: active, completeDisclosureFields: document.completeDisclosureFields)
        summary.client = document.metadata.client
        summary.system = document.metadata.system
        summary.tier = assessment.tier
        summary.requiresReview = assessment.requiresReview
        let visible = rulebook.questions.indices.filter { active.visible[$0] }
        summary.total = visible.count
        summary.answered =
          visible.filter { document.answers[rulebook.questions[$0].id] != nil }.count
        summary.followUps = document.followUps.count
        summary.modified = document.metadata.modified
      } catch let error as DataFileError {
        summary.problem = error.description
        summary.failure = StoreError(error)
      } catch let error as FileReadError {
        summary.problem = "\(name): \(error.message)"
        summary.failure = StoreError(
          error.isMissingOrUnreadable ? .noInput : .data, name, error.message,
          problem: error.problem)
      } catch {
        summary.problem = "\(name): cannot be read"
      }
      summaries.append(summary)
    }
    return summaries.sorted { lhs, rhs in
      lhs.modified != rhs.modified ? lhs.modified > rhs.modified : lhs.name < rhs.name
    }
  }
}

/// Reading a project without opening it for writing (no lock, no journal, no file written).
public enum ProjectFile {
  /// Reads and decodes the project at `path`.
  public static func read(path: String, rulebook: Rulebook) throws(StoreError)
    -> ProjectCodec.Decoded
  {
    let bytes: [UInt8]
    do {
      bytes = try FileLimits.read(path: path, maximumBytes: ProjectCodec.maximumBytes)
    } catch {
      throw StoreError(
        error.isMissingOrUnreadable ? .noInput : .data, path, error.message, problem: error.problem)
    }
    do {
      return try ProjectCodec.decode(bytes, file: path, rulebook: rulebook)
    } catch {
      throw damaged(error, path: path)
    }
  }

  /// The error for a project that does not decode, pointing to the backup when there is one.
  static func damaged(_ error: DataFileError, path: String) -> StoreError {
    var failure = StoreError(error)
    let backup = AtomicFile.backupPath(for: path)
    if FilePaths.exists(backup) {
      failure.message += " (the previous saved version is in \(FilePaths.name(of: backup)))"
    }
    return failure
  }
}
