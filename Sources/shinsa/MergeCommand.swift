import ArgumentParser
import Foundation
import ShinsaCore

/// `shinsa merge BASE OURS THEIRS [-o OUT]`: a three-way merge of project files that works as
/// a git merge driver.
struct MergeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "merge",
    abstract: "Merge two versions of a project from their common ancestor (a git merge driver).",
    discussion: """
      Merges per answer, note, flag, draft language, checklist entry, plan record and \
      metadata field. A change made on one side is taken; the same change on both sides is \
      taken once; different changes keep OURS's value and are recorded in the project as \
      conflicts (base, ours and theirs values, who and when) that the workbench shows until \
      they are resolved. The JSON never holds conflict markers.

      Writes the result to OURS (or to -o OUT) atomically. Exit status: 0 merged cleanly, \
      1 conflicts recorded, 65 a file is not a valid project, 66 a file is missing.

      As a git merge driver (see docs/merge.md):
        .gitattributes:  *.shinsa.json merge=shinsa
        git config merge.shinsa.driver "shinsa merge %O %A %B"
      """
  )

  @Argument(help: "The common ancestor's version of the project file.")
  var base: String

  @Argument(help: "Our version of the project file (the result is written here).")
  var ours: String

  @Argument(help: "Their version of the project file.")
  var theirs: String

  @Option(
    name: .shortAndLong,
    help: ArgumentHelp("Write the result here instead of OURS.", valueName: "OUT"))
  var output: String?

  @OptionGroup var rulebookOptions: RulebookOptions

  func run() throws {
    let rulebook = rulebookOptions.load()
    func read(_ path: String) -> ProjectDocument {
      do {
        return try ProjectFile.read(path: path, rulebook: rulebook).document
      } catch {
        error.exit()
      }
    }
    let (baseDocument, oursDocument, theirsDocument) = (read(base), read(ours), read(theirs))
    let result: MergeResult
    do {
      result = try ProjectMerge.merge(
        base: baseDocument, ours: oursDocument, theirs: theirsDocument, rulebook: rulebook,
        file: theirs)
    } catch {
      Exit.fail(Exit.dataError, error.description)
    }
    let target = output ?? ours
    if FilePaths.isFolder(target) {
      Exit.fail(Exit.cannotCreate, "\(target) is a folder; name the file to write with -o.")
    }
    do {
      try AtomicFile.write(
        Array(ProjectCodec.encode(result.document).utf8), to: target, keepBackup: false)
    } catch {
      error.exit()
    }
    guard result.isClean else {
      let count = result.newConflicts.count
      let items = result.newConflicts.prefix(3).map(\.item).joined(separator: ", ")
      let more = count > 3 ? ", …" : ""
      FileHandle.standardError.write(
        Data(
          "shinsa: \(count) conflict\(count == 1 ? "" : "s") recorded in \(target) (\(items)\(more)); it keeps our values until each is resolved in the workbench.\n"
            .utf8))
      throw ExitCode(1)
    }
  }
}
