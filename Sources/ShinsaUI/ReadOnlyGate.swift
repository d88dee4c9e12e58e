import ShinsaCore

extension Command {
  /// Whether the command changes the project in a workbench pane (answers, notes, flags,
  /// drafts, the sandbox work). A read-only project refuses these before any dialog or
  /// editor opens; moving, reading, switching panes, the language and exports stay.
  var editsProject: Bool {
    switch self {
    case .confirm, .toggle, .clear, .note, .followUp, .confidence, .undo, .redo,
      .edit, .externalEdit, .markDone, .markInSync, .withhold, .notApplicable, .prefill,
      .prefillAll, .checkYes, .checkNo, .checkUnknown, .checkNotApplicable, .stepDate:
      return true
    default:
      return false
    }
  }
}

/// Refuses `command` with a one-line "Read-only: …" notice when the project is read-only and
/// the command would edit it. True when refused.
func refuseWhenReadOnly(
  _ state: inout AppState, _ workbench: WorkbenchState, _ command: Command
) -> Bool {
  guard workbench.readOnly, command.editsProject else { return false }
  state.flash = readOnlyRefusal(state, workbench)
  return true
}

/// The one-line refusal of an edit on a read-only project, in the interface's language.
func readOnlyRefusal(_ state: AppState, _ workbench: WorkbenchState) -> String {
  ReadOnlyReason.refusal(workbench.readOnlyReason, state.language)
}
