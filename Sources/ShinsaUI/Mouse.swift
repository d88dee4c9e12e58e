/// A mouse event in a screen cell, as the UI sees it (only when the mouse is switched on).
public struct MouseEvent: Sendable, Equatable, Hashable {
  /// What the mouse did.
  public enum Kind: Sendable, Equatable, Hashable {
    /// The left button went down.
    case press
    /// The wheel turned up (away from the user) or down.
    case wheelUp, wheelDown
  }

  public var kind: Kind
  /// The cell's row, from 0 at the top.
  public var row: Int
  /// The cell's column, from 0 at the left.
  public var column: Int

  /// Creates an event at a row and column.
  public init(_ kind: Kind, row: Int, column: Int) {
    self.kind = kind
    self.row = row
    self.column = column
  }
}

/// Something a click can hit, marked by the view that draws it (``Frame/mark(_:row:from:to:)``).
public enum MouseTarget: Sendable, Equatable, Hashable {
  /// A workbench pane tab.
  case tab(Pane)
  /// An option (or the field) of the interview's current question, by its index.
  case interviewItem(Int)
  /// A row of the project browser, by its index among the visible projects.
  case browserRow(Int)
  /// A selectable row of the sandbox checklist, by its entry index.
  case sandboxRow(Int)
  /// A row of the plan pane's list, by its entry index.
  case planRow(Int)
  /// A selectable row of the open dialog, by the index its cursor or focus takes: a command
  /// (palette), a question (jump), a format (export), a conflict, a field (new project).
  case dialogRow(Int)
  /// A choice of the open dialog drawn as its key ("y restore them"), by the command it runs.
  case dialogChoice(Command)
  /// Anywhere else inside the open dialog's box.
  case dialog
}

/// A dialog choice clicked once: a second click on it, with the dialog unchanged, runs it.
public struct ArmedChoice: Sendable, Equatable {
  /// The dialog as it was when the choice was clicked.
  public var overlay: Overlay
  /// The choice's command.
  public var command: Command
}

/// Where a target was drawn: one row, `left..<right`.
public struct MouseRegion: Sendable, Equatable {
  public var row: Int
  public var left: Int
  public var right: Int
  public var target: MouseTarget
}

/// How many lines one turn of the wheel moves.
let wheelLines = 3

/// Handles a mouse event: ignored while the mouse is off. The wheel is ↑ or ↓ pressed
/// ``wheelLines`` times in whatever has the keys (pane, list, dialog, editor). A press is
/// hit-tested against the targets the screen as drawn now marks (``render(_:)``), so a
/// click acts on what is under it: a tab opens its pane; an option, a browser, sandbox or
/// plan row becomes the selected one, and a press on the option or browser row already
/// selected is Space (choose / toggle) or Enter (open), as the keyboard does. In a dialog,
/// see ``clickInDialog(_:_:_:)``. A press elsewhere or while a field or editor is open does
/// nothing.
func handleMouse(_ state: inout AppState, _ event: MouseEvent) -> [Effect] {
  guard state.mouse else { return [] }
  switch event.kind {
  case .wheelUp, .wheelDown:
    let key: Key = event.kind == .wheelUp ? .up : .down
    var effects: [Effect] = []
    for _ in 0..<wheelLines { effects += update(&state, .key(key)) }
    return effects
  case .press:
    if let overlay = state.overlay {
      return clickInDialog(
        &state, overlay, render(state).target(row: event.row, column: event.column))
    }
    guard state.workbench.map({ $0.editing == nil && $0.draftEditor == nil }) ?? true,
      let target = render(state).target(row: event.row, column: event.column)
    else { return [] }
    return click(&state, target)
  }
}

/// Acts on a click on `target`.
private func click(_ state: inout AppState, _ target: MouseTarget) -> [Effect] {
  switch target {
  case .browserRow(let index):
    // A click on a row ends typing the filter (keeping it), as Enter would.
    state.browser.filtering = false
    if index == state.browser.selected { return update(&state, .key(.enter)) }
    state.browser.selected = index
    return []
  case .tab(let pane):
    state.workbench?.pane = pane
    return []
  case .interviewItem(let index):
    guard let workbench = state.workbench else { return [] }
    if index == workbench.itemCursor { return update(&state, .key(.char(" "))) }
    state.workbench?.itemCursor = index
    state.workbench?.pendingUnknown = nil
    return []
  case .sandboxRow(let index):
    state.workbench?.sandboxCursor = index
    return []
  case .planRow(let index):
    guard let workbench = state.workbench else { return [] }
    let entries = planEntries(workbench.planReport(state))
    guard entries.indices.contains(index) else { return [] }
    state.workbench?.planPane.selected = entries[index]
    state.workbench?.scroll[.plan] = 0
    return []
  case .dialogRow, .dialogChoice, .dialog:
    // Drawn only by a dialog, whose clicks go to clickInDialog.
    return []
  }
}

extension Frame {
  /// Marks `left..<right` of `row` as where a click hits `target`.
  public mutating func mark(_ target: MouseTarget, row: Int, from left: Int, to right: Int) {
    guard row >= 0, row < height, left < right else { return }
    regions.append(
      MouseRegion(row: row, left: max(0, left), right: min(width, right), target: target))
  }

  /// The target drawn at a cell, if any (the last marked wins).
  public func target(row: Int, column: Int) -> MouseTarget? {
    regions.last { $0.row == row && column >= $0.left && column < $0.right }?.target
  }
}
