import ShinsaCore

/// Keys in the new-project form (`n` in the browser): its keymap context, else the field
/// in focus. Esc closes and keeps the typing for the next `n`; Ctrl-G throws it away.
func handleNewProjectKey(_ state: inout AppState, _ form: NewProjectForm, _ key: Key) -> [Effect] {
  var form = form
  switch Keymap.command(for: key, in: .newProject) {
  case .keep?:
    form.problem = nil
    let typed = form.fields.contains { !$0.text.isEmpty }
    state.browser.newProjectDraft = typed ? form : nil
    state.overlay = nil
    return []
  case .cancel?:
    state.browser.newProjectDraft = nil
    state.overlay = nil
    return []
  case .nextField?: form.focus = (form.focus + 1) % form.fields.count
  case .previousField?: form.focus = (form.focus + form.fields.count - 1) % form.fields.count
  case .accept?:
    let name = form.fields[0].text.trimmingCharacters(in: .whitespaces)
    let client = form.fields[1].text.trimmingCharacters(in: .whitespaces)
    let system = form.fields[2].text.trimmingCharacters(in: .whitespaces)
    let assessor = form.fields[3].text.trimmingCharacters(in: .whitespaces)
    var problem = ProjectStore.validateName(name)
    if problem == nil, state.browser.projects.contains(where: { $0.name == name }) {
      problem = state.t("a project named \(name) already exists", "\(name) という名前のプロジェクトは既にあります")
    }
    if let problem {
      form.problem = problem
      form.focus = 0
      state.overlay = .newProject(form)
      return []
    }
    state.overlay = nil
    state.browser.newProjectDraft = nil
    return [
      .create(
        name: name, client: client.isEmpty ? name : client, system: system, assessor: assessor)
    ]
  default:
    form.fields[form.focus].handle(key)
    form.problem = nil
  }
  state.overlay = .newProject(form)
  return []
}

/// Draws the new-project form: name, client, system and assessor, then its keys or its
/// problem.
func renderNewProject(
  _ state: AppState, _ form: NewProjectForm, _ frame: inout Frame, left: Int, width: Int
) {
  let top = frame.height / 2 - 6
  frame.box(
    top: top, left: left, width: width, height: 12, title: state.t("New project", "新規プロジェクト"))
  frame.markDialog(top: top, left: left, width: width, height: 12)
  let labels = [
    state.t("Name", "名前"), state.t("Client", "顧客"), state.t("System", "システム"),
    state.t("Assessor", "評価者"),
  ]
  for (index, label) in labels.enumerated() {
    let row = top + 2 + index * 2
    frame.mark(.dialogRow(index), row: row, from: left + 1, to: left + width - 1)
    frame.put(label, row: row, column: left + 2, role: index == form.focus ? .accent : .muted)
    let shown = form.fields[index].visible(width: width - 18)
    frame.put("[" + shown.text, row: row, column: left + 12, role: .text)
    frame.put("]", row: row, column: left + width - 4, role: .muted)
    if index == form.focus {
      frame.cursor = CursorPosition(row: row, column: left + 13 + shown.cursorColumn)
    }
  }
  let footer =
    form.problem.map { "✗ " + $0 }
    ?? Keymap.modalHint(for: .newProject, language: state.language)
  frame.put(
    DisplayWidth.truncate(footer, to: width - 4), row: top + 10, column: left + 2,
    role: form.problem == nil ? .muted : .error)
}
