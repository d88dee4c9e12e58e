import ShinsaCore
import ShinsaUI

/// The workbench runner's file work for the Report pane's homework keys.
enum WorkbenchHomework {
  /// Writes the open project's homework form into the `exports` folder beside it.
  static func export(_ project: OpenProject, rulebook: Rulebook, _ language: Language) -> Action {
    let target = homeworkFormPath(forProject: project.path, language: language)
    let text = HomeworkWriter.render(
      project.document, rulebook: rulebook,
      options: HomeworkExportOptions(
        languages: language == .en ? .en : .ja, disclosure: false,
        projectName: ProjectStore.projectName(ofFile: project.path),
        exportedAt: Timestamp.now()))
    do {
      try FilePaths.makeFolder(FilePaths.folder(of: target))
      try AtomicFile.write(Array(text.utf8), to: target, keepBackup: false)
    } catch {
      return .failed(error.description)
    }
    return .exported(path: target)
  }

  /// Reads a filled form.
  static func read(_ path: String) -> Action {
    let expanded = path
    do {
      let bytes = try FileLimits.read(path: expanded, maximumBytes: HomeworkForm.maximumBytes)
      guard let text = String(validating: bytes, as: UTF8.self) else {
        return .failed("\(path) is not UTF-8 text; nothing was applied.")
      }
      return .homeworkRead(path: expanded, text: text)
    } catch {
      return .failed("\(path): \(error.message).")
    }
  }
}
