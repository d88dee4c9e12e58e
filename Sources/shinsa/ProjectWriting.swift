import ShinsaCore

/// Opening a project for a one-shot command that writes it (shared by the plan commands
/// and `shinsa homework import`).
enum ProjectWriting {
  /// Opens the project named by `argument` for writing (locked). Exits with 73 when another
  /// shinsa holds it or an interrupted session left unsaved changes, and with a clear
  /// message when it cannot be read. The caller closes it.
  static func open(_ argument: String, projects: ProjectsOptions, rulebook: Rulebook)
    -> OpenProject
  {
    let path = projects.store.resolve(argument)
    let open: OpenProject
    do {
      open = try OpenProject(path: path, rulebook: rulebook)
    } catch {
      error.exit()
    }
    if let notice = open.readOnlyNotice {
      open.close()
      Exit.fail(Exit.cannotCreate, notice)
    }
    if open.pendingRecovery != nil {
      open.close()
      Exit.fail(
        Exit.cannotCreate,
        "\(path) has unsaved changes from an interrupted session; run shinsa recover \(argument) first (or shinsa recover \(argument) --discard)"
      )
    }
    return open
  }
}
