import ArgumentParser
import Foundation
import ShinsaCore

struct EvidenceCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "evidence",
    abstract: "Keep the files that show an obligation or disclosure field is done.",
    subcommands: [AddEvidenceCommand.self]
  )
}

struct AddEvidenceCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "add",
    abstract:
      "Record a file as evidence for an obligation or disclosure field, with its SHA-256.",
    discussion: """
      The path is kept relative to the project's folder when the file is inside it. Adding a \
      file already recorded adds ID to what it supports; if its content changed since, the \
      new fingerprint is recorded (you have looked at it again).

      Exit status: 0 recorded; 64 bad usage, an unknown id or a bad date; 65 the file is \
      larger than 256 MB or the project is malformed; 66 the file or the project is missing; \
      73 the project cannot be written.
      """
  )

  @Argument(help: "The project (a path, or a name in the projects folder).")
  var project: String

  @Argument(help: "An obligation id, or disclosure:FIELD for a disclosure field.")
  var id: String

  @Argument(help: "The evidence file.")
  var file: String

  @Option(name: .long, help: "What the file shows.")
  var note: String?

  @Option(
    name: .customLong("review-by"),
    help: ArgumentHelp("When to look at it again; stale after that.", valueName: "YYYY-MM-DD"))
  var reviewBy: String?

  @OptionGroup var projects: ProjectsOptions

  func validate() throws {
    try PlanSupport.checkDate(reviewBy, option: "--review-by")
  }

  func run() throws {
    let rulebook = projects.loadRulebook()
    PlanSupport.checkTarget(id, rulebook: rulebook, prefixes: ["disclosure"])
    let absolute =
      file.hasPrefix("/") ? file : FileManager.default.currentDirectoryPath + "/" + file
    let sha256: String
    do {
      sha256 = try EvidenceFiles.digest(path: absolute)
    } catch {
      Exit.fail(
        error.isMissingOrUnreadable ? Exit.noInput : Exit.dataError,
        "cannot add evidence: \(file): \(error.message).")
    }
    let projectPath = FilePaths.resolved(projects.store.resolve(project))
    let stored = EvidenceFiles.storedPath(
      for: FilePaths.resolved(absolute), projectFolder: FilePaths.folder(of: projectPath))
    let today = PlanSupport.today()
    var addition: EvidenceAddition?
    _ = PlanSupport.edit(project, projects: projects, rulebook: rulebook, kind: "evidence") {
      plan throws(PlanError) in
      let result = plan.addEvidence(
        path: stored, sha256: sha256, for: id, today: today, note: note, reviewBy: reviewBy)
      addition = result
      if case .refreshed(_, let previous) = result {
        return .init(subject: id, from: previous, to: sha256)
      }
      return .init(subject: id, to: stored)
    }
    let line: String
    switch addition {
    case .added(let item)?: line = "Added \(item): \(stored) for \(id)."
    case .extended(let item)?: line = "\(item) (\(stored)) now also supports \(id)."
    case .refreshed(let item, _)?:
      line =
        "\(item) (\(stored)) supports \(id); its content had changed, so the new SHA-256 is recorded."
    case nil: line = ""
    }
    Exit.writeOut(TextSafety.inertLines(line + "\n"))
  }
}
