import Foundation
import ShinsaCore
import ShinsaUI

/// The plan pane's file work, for the workbench runner and `shinsa snapshot`: evidence
/// states, reading an evidence file, listing a folder for path completion.
enum PlanPaneEffects {
  /// The action answering `effect`, or nil when `effect` is not the plan pane's; a failure
  /// is worded in `language`, the interface's.
  static func perform(_ effect: Effect, language: Language) -> Action? {
    switch effect {
    case .checkEvidence(let project, let items):
      let folder = projectFolder(project)
      let today = today()
      var states: [String: EvidenceState] = [:]
      for item in items {
        states[item.id] = EvidenceFiles.state(of: item, projectFolder: folder, today: today)
      }
      return .evidenceChecked(EvidenceCheckResult(today: today, items: items, states: states))
    case .readEvidence(let project, let file, let target):
      let folder = projectFolder(project)
      let absolute = EvidenceFiles.location(of: expandHome(file), projectFolder: folder)
      let sha256: String
      do {
        // The same limit as `shinsa evidence add`: larger files are refused, not read.
        sha256 = try EvidenceFiles.digest(path: absolute)
      } catch {
        let english = "cannot add evidence: \(file): \(error.message)."
        return .failed(
          FileFailure(task: .addEvidence, file: file, error, english: english).text(language))
      }
      let stored = EvidenceFiles.storedPath(
        for: FilePaths.resolved(absolute), projectFolder: folder)
      return .evidenceRead(
        EvidenceReadResult(target: target, path: stored, sha256: sha256, today: today()))
    case .listPath(let project, let typed):
      let folder = projectFolder(project)
      let part = String(
        typed[..<(typed.lastIndex(of: "/").map { typed.index(after: $0) } ?? typed.startIndex)])
      let expanded = expandHome(part)
      let listed =
        expanded.isEmpty ? folder : EvidenceFiles.location(of: expanded, projectFolder: folder)
      let names = (try? FileManager.default.contentsOfDirectory(atPath: listed)) ?? []
      let entries = names.sorted().prefix(2000).map { name in
        PathEntry(name: name, isFolder: FilePaths.isFolder(listed + "/" + name))
      }
      return .pathListed(typed: typed, entries: Array(entries))
    default:
      return nil
    }
  }

  /// The folder of the project file at `project`, symbolic links resolved.
  private static func projectFolder(_ project: String) -> String {
    FilePaths.folder(of: FilePaths.resolved(project))
  }

  /// `~/…` with the home folder written out.
  private static func expandHome(_ path: String) -> String {
    guard path.hasPrefix("~/") else { return path }
    return NSHomeDirectory() + String(path.dropFirst(1))
  }

  /// Today (YYYY-MM-DD, UTC), or `SHINSA_TODAY`, as the plan commands judge evidence and
  /// actions (the workbench refuses a `SHINSA_TODAY` that is not a date at start).
  static func today() -> String {
    if let fixed = ProcessInfo.processInfo.environment["SHINSA_TODAY"],
      Timestamp.isValidDate(fixed)
    {
      return fixed
    }
    return String(Timestamp.now().prefix(10))
  }
}
