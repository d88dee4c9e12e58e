import ShinsaCore

extension Command {
  /// Whether the command changes the project in a workbench pane (answers, notes, flags,
  /// drafts, the sandbox work). A read-only project refuses these before any dialog or
  /// editor opens; moving, reading, switching panes, the language and exports stay.
  var editsProject: Bool {
    switch self {
    case .confirm, .toggle, .clear, .note, .followUp, .confidence, .undo, .redo,
      .edit, .externalEdit, .markDone, .markInSync, .withhold, .notApplicable, .prefill,
      .prefillAll, .checkYes, .checkNo, .checkUnknown, .checkNotApplicable, .stepDate,
      .statusMet, .statusPartly, .statusGap, .statusNotApplicable, .statusUnknown,
      .addEvidence, .addAction, .toggleDone, .remove, .keepOurs, .takeTheirs, .takeBase,
      .homeworkImport, .assessor:
      return true
    // Every command is named, so that a new one must be sorted here.
    case .up, .down, .pageUp, .pageDown, .back, .forward, .jump, .why, .about, .pane1, .pane2,
      .pane3, .pane4, .pane5, .pane6, .nextPane, .previousPane, .export, .language, .help,
      .quit, .save, .browser, .open, .new, .filter, .duplicate, .archive, .demo, .draftLanguage,
      .close, .cancel, .accept, .keep, .togglePrivate, .restore, .discard, .nextField,
      .previousField, .complete, .conflicts, .top, .bottom, .search, .nextMatch,
      .previousMatch, .expand, .palette, .homeworkExport, .showAllOptions, .mouse, .multiLine:
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
