import ShinsaCore

/// The Report pane's homework keys: `h` writes the client homework form beside the project
/// (the runner answers with its path), `H` asks for a filled form's path and reads it back
/// (docs/homework.md). The guidance pane shares the keymap context and points to the report.
func homeworkCommand(
  _ state: inout AppState, _ workbench: inout WorkbenchState, _ command: Command
) -> [Effect] {
  guard workbench.pane == .report else {
    state.flash = state.t(
      "Homework forms are written and read in the Report pane (5).", "確認シートはレポート（5）で出力・読み込みします。")
    return []
  }
  switch command {
  case .homeworkExport:
    return [.exportHomework(language: state.language)]
  case .homeworkImport:
    let suggested =
      workbench.pathDrafts[.homeworkForm]
      ?? homeworkFormPath(forProject: workbench.path, language: state.language)
    state.overlay = .prompt(.homeworkForm, TextField(suggested, limit: 4096), problem: nil)
    return []
  default:
    return []
  }
}

/// Where `h` writes the form: the `exports` folder beside the project, like the report.
public func homeworkFormPath(forProject projectPath: String, language: Language) -> String {
  FilePaths.folder(of: projectPath) + "/exports/"
    + ProjectStore.exportFileName(
      forProject: projectPath, part: "homework", language: language.rawValue, suffix: "md")
}

/// Applies a form the runner read: all of it, or (when any entry is invalid) nothing, with
/// the sentence that says where. The status bar shows "applied N, conflicts M".
func homeworkFormRead(_ state: inout AppState, path: String, text: String) -> [Effect] {
  guard var workbench = state.workbench, !workbench.readOnly else { return [] }
  let name = FilePaths.name(of: path)
  let plan: HomeworkImportPlan
  do {
    plan = try HomeworkImport.plan(
      text, fileName: name, document: workbench.document, rulebook: state.rulebook)
  } catch {
    state.flash = homeworkRefusalText(state, error)
    return []
  }
  let summary = state.t(
    "\(name): applied \(plan.changes.count), conflicts \(plan.conflicts.count)",
    "\(name): 反映 \(plan.changes.count) 件、競合 \(plan.conflicts.count) 件")
  let conflicts =
    plan.conflicts.isEmpty
    ? ""
    : state.t(" (left alone: ", "（未反映: ")
      + plan.conflicts.map(\.subject.description).joined(separator: ", ") + state.t(")", "）")
  state.flash = summary + conflicts
  guard !plan.changes.isEmpty else { return [] }
  let updated = HomeworkImport.apply(
    plan, to: workbench.document, formName: name, now: state.now)
  workbench.interview = Interview(
    rulebook: state.rulebook, answers: updated.answers, meta: updated.meta,
    current: updated.current, path: updated.path)
  let effects = storeChange(&state, &workbench, updated, log: nil)
  state.workbench = workbench
  return effects
}
