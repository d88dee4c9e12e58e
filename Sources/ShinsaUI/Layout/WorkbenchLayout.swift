/// Where every part of the screen goes, computed once from the screen size. `update` and
/// `render` both read it, so what a key scrolls is what the screen shows.
struct WorkbenchLayout: Sendable, Equatable {
  /// The whole screen.
  let screen: Rect
  /// Rows 0–1: the project and its live tier.
  let header: Rect
  /// Row 2: the pane tabs.
  let tabs: Rect
  /// Row 3: the rule under the tabs.
  let rule: Rect
  /// Between the rule and the status bar: the pane's area.
  let pane: Rect
  /// The pane's own part: all of `pane`, less the side panel and its border.
  let main: Rect
  /// The live assessment beside the interview, guidance and report on wide screens.
  let side: Rect?
  /// The list column of the disclosure and sandbox panes; its border is the column `list.right`.
  let list: Rect
  /// The detail column beside `list`.
  let detail: Rect
  /// The bottom row: hints, messages.
  let statusBar: Rect
  /// A full-height dialog (help, why, about).
  let dialog: Rect

  /// The screens at least this wide show the side panel.
  static let sidePanelMinimumWidth = 110
  /// The screens at least this wide get the wider disclosure and sandbox list.
  static let wideListMinimumWidth = 120

  /// The layout of a `width` × `height` screen.
  init(width: Int, height: Int) {
    screen = Rect(top: 0, left: 0, width: width, height: height)
    header = Rect(top: 0, left: 0, width: width, height: 2)
    tabs = Rect(top: 2, left: 0, width: width, height: 1)
    rule = Rect(top: 3, left: 0, width: width, height: 1)
    let bottom = max(5, height - 2)
    pane = Rect(top: 4, left: 0, width: width, height: bottom - 4 + 1)
    let sideWidth = width >= Self.sidePanelMinimumWidth ? min(46, width / 3) : 0
    let mainWidth = width - (sideWidth > 0 ? sideWidth + 1 : 0)
    main = Rect(top: pane.top, left: 0, width: mainWidth, height: pane.height)
    side =
      sideWidth > 0
      ? Rect(top: pane.top, left: mainWidth + 1, width: sideWidth, height: pane.height) : nil
    let listWidth = width >= Self.wideListMinimumWidth ? 40 : 30
    list = Rect(top: pane.top, left: 0, width: listWidth, height: pane.height)
    detail = Rect(
      top: pane.top, left: listWidth + 2, width: max(10, width - listWidth - 3),
      height: pane.height)
    statusBar = Rect(top: height - 1, left: 0, width: width, height: 1)
    let dialogWidth = min(width - 4, 100)
    dialog = Rect(
      top: 1, left: (width - dialogWidth) / 2, width: dialogWidth, height: height - 2)
  }

  /// The layout of the screen `state` is drawn on.
  init(_ state: AppState) { self.init(width: state.width, height: state.height) }

  /// The width the guidance and report panes wrap their lines at.
  var textWidth: Int { main.width - 2 }

  /// How many of `lines` lines the guidance or report pane shows at once: all rows, or all
  /// but the last when they overflow (that row says which lines are shown).
  func textCapacity(lines: Int) -> Int {
    lines > main.height ? main.height - 1 : main.height
  }

  /// The furthest the guidance or report pane scrolls for `lines` lines.
  func textScrollLimit(lines: Int) -> Int { max(0, lines - textCapacity(lines: lines)) }

  /// The rows of the disclosure and sandbox detail column, under the pane's first row.
  var detailRows: Int { pane.height - 1 }

  /// How many of `lines` detail lines show at once: all rows, or all but the last when they
  /// overflow (that row says which lines are shown).
  func detailCapacity(lines: Int) -> Int { lines > detailRows ? detailRows - 1 : detailRows }

  /// The furthest the disclosure or sandbox detail scrolls for `lines` lines.
  func detailScrollLimit(lines: Int) -> Int { max(0, lines - detailCapacity(lines: lines)) }

  /// The width the draft editor wraps at: the text box inside the detail column.
  var editorWidth: Int { max(10, detail.width - 2) }

  /// The width a full-height dialog's lines wrap at: inside its border and margins.
  var dialogTextWidth: Int { dialog.width - 4 }

  /// How many lines a full-height dialog shows at once: all rows inside its border.
  var dialogCapacity: Int { dialog.height - 2 }

  /// The furthest a full-height dialog scrolls for `lines` lines.
  func dialogScrollLimit(lines: Int) -> Int { max(0, lines - dialogCapacity) }
}

/// The width the editor wraps at on this screen (the text box inside the detail column).
func editorWidth(_ state: AppState) -> Int { WorkbenchLayout(state).editorWidth }
