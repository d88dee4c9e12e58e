import ShinsaCore

/// What the disclosure and sandbox panes show that depends only on the project and its
/// assessment: made once after a key while one of those panes is showing, and kept until the
/// interview, the rest of the project or the assessment changes, instead of on every key.
/// Nothing else goes in: the cursor, the scroll, the language and the editor are read fresh
/// at each render.
struct DerivedViews: Sendable {
  /// The disclosure fields with their need, draft state, suggestion and wording checks.
  let sheet: DisclosureSheet
  /// The sandbox route, checklist, plan and steps.
  let advice: SandboxAdvice
}

extension WorkbenchState {
  /// Makes the derived views when the disclosure or sandbox pane shows and none are kept.
  mutating func keepDerivedViews(_ rulebook: Rulebook) {
    guard derived == nil, pane == .disclosure || pane == .sandbox else { return }
    derived = DerivedViews(
      sheet: makeDisclosureSheet(rulebook), advice: makeSandboxAdvice(rulebook))
  }
}
