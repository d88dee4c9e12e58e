import ShinsaCore

/// What a one-line prompt is asking for.
public enum PromptPurpose: Sendable, Equatable {
  /// Why a disclosure field is withheld or not applicable.
  case disclosureReason(field: String, state: DisclosureFieldState)
  /// The evidence note of a sandbox checklist item.
  case evidence(criterion: String)
  /// The date a process step was done ("YYYY-MM-DD").
  case stepDate(step: String)
  /// The note of a process step.
  case stepNote(step: String)
  /// A plan pane question: a reason, an evidence file, an action's text, owner or due date.
  case plan(PlanPrompt)
  /// The path of a filled homework form to import (Report pane).
  case homeworkForm
  /// The project's assessor (the consultant's name on the report).
  case assessor
}
