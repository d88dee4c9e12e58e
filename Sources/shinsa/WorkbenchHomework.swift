import ShinsaCore
import ShinsaUI

/// The workbench runner's file work for the Report pane's homework keys.
enum WorkbenchHomework {
  /// Writes the open project's homework form into the `exports` folder beside it.
  /// A failure is worded in `interface`, the workbench's language.
  static func export(
    _ project: OpenProject, rulebook: Rulebook, _ language: Language, interface: Language
  ) -> Action {
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
      return .failed(FileFailure(task: .writeForm, error).text(interface))
    }
    return .exported(path: target)
  }

  /// Reads a filled form; a failure is worded in `interface`.
  static func read(_ path: String, interface: Language) -> Action {
    let expanded = path
    do {
      let bytes = try FileLimits.read(path: expanded, maximumBytes: HomeworkForm.maximumBytes)
      guard let text = String(validating: bytes, as: UTF8.self) else {
        let english = "\(path) is not UTF-8 text; nothing was applied."
        return .failed(
          FileFailure(task: .readForm, file: path, problem: .notUTF8, english: english)
            .text(interface))
      }
      return .homeworkRead(path: expanded, text: text)
    } catch {
      let english = "\(path): \(error.message)."
      return .failed(
        FileFailure(task: .readForm, file: path, error, english: english).text(interface))
    }
  }
}
