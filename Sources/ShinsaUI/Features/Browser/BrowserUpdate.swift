import ShinsaCore

/// Project browser keys: the filter while typing in it, then the browser's commands.
func handleBrowserKey(_ state: inout AppState, _ key: Key) -> [Effect] {
  if state.browser.filtering {
    switch Keymap.command(for: key, in: .filter) {
    case .accept?:
      state.browser.filtering = false
      return []
    case .cancel?:
      state.browser.filtering = false
      state.browser.filter = TextField("", limit: 100)
      return []
    case .up?, .down?:
      break
    default:
      state.browser.filter.handle(key)
      state.browser.selected = 0
      return []
    }
  }
  guard let command = Keymap.command(for: key, in: .browser) else { return [] }
  if command == .cancel {
    if !state.browser.filter.text.isEmpty {
      state.browser.filter = TextField("", limit: 100)
      state.browser.selected = 0
    }
    return []
  }
  if command != .archive { state.browser.pendingArchive = nil }
  if let effects = handleCommon(&state, command) { return effects }
  let visible = state.browser.visible
  switch command {
  case .up: state.browser.selected = max(0, state.browser.selected - 1)
  case .down: state.browser.selected = min(max(0, visible.count - 1), state.browser.selected + 1)
  case .pageUp: state.browser.selected = max(0, state.browser.selected - 10)
  case .pageDown:
    state.browser.selected = min(max(0, visible.count - 1), state.browser.selected + 10)
  case .filter: state.browser.filtering = true
  case .new: state.overlay = .newProject(state.browser.newProjectDraft ?? NewProjectForm())
  case .demo: return [.openDemo]
  case .open, .duplicate, .archive:
    guard visible.indices.contains(state.browser.selected) else { return [] }
    let project = visible[state.browser.selected]
    if command == .open {
      if let problem = projectProblemText(state, project) {
        state.flash = problem
        return []
      }
      return [.open(path: project.path)]
    }
    if command == .duplicate { return [.duplicate(path: project.path)] }
    // Archiving moves the file away: ask for the key twice.
    if state.browser.pendingArchive == project.path {
      state.browser.pendingArchive = nil
      return [.archive(path: project.path)]
    }
    state.browser.pendingArchive = project.path
    state.flash = state.t(
      "Press a again to move \(project.name) to the archive folder.",
      "もう一度 a を押すと \(project.name) をアーカイブに移します。")
    return []
  default: break
  }
  return []
}
