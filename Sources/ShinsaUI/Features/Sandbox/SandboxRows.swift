import ShinsaCore

/// One selectable row of the sandbox pane's list.
enum SandboxEntry: Equatable {
  case route
  case criterion(Int)
  case plan(Int)
  case step(Int)
}

extension WorkbenchState {
  /// The sandbox advice over the current answers and sandbox work (the kept one when there
  /// is one).
  func sandboxAdvice(_ rulebook: Rulebook) -> SandboxAdvice {
    derived?.advice ?? makeSandboxAdvice(rulebook)
  }

  /// The sandbox advice made now.
  func makeSandboxAdvice(_ rulebook: Rulebook) -> SandboxAdvice {
    SandboxAdvisor(rulebook: rulebook).advise(
      assessment: assessment, work: document.sandbox, answers: document.answers)
  }
}

/// The rows of the list: the route, then the checklist, the plan and the steps of the route.
func sandboxEntries(_ advice: SandboxAdvice) -> [SandboxEntry] {
  [.route] + advice.items.indices.map { .criterion($0) } + advice.plan.indices.map { .plan($0) }
    + advice.steps.indices.map { .step($0) }
}

/// The mark of a checklist state.
func checklistMark(_ state: ChecklistState) -> (String, StyleRole) {
  switch state {
  case .yes: return ("✓", .success)
  case .no: return ("✗", .error)
  case .unknown: return ("?", .warning)
  case .notApplicable: return ("–", .muted)
  }
}
