import ShinsaCore

/// Draws the project browser: the folder, the filter, the project table and the tier note.
func renderBrowser(_ state: AppState, _ frame: inout Frame) {
  frame.fill(row: 0, role: .header)
  frame.put(" shinsa 審査 — " + state.t("projects", "プロジェクト一覧"), row: 0, column: 0, role: .header)
  let folder = DisplayWidth.truncate(state.browser.folder, to: frame.width / 2)
  frame.put(folder + " ", row: 0, column: frame.width - DisplayWidth.of(folder) - 1, role: .header)
  var row = 2
  let browser = state.browser
  if browser.filtering || !browser.filter.text.isEmpty {
    let label = state.t("Filter: ", "絞り込み: ")
    let x = frame.put(label, row: 1, column: 1, role: .accent)
    let shown = browser.filter.visible(width: frame.width - x - 2)
    frame.put(shown.text, row: 1, column: x, role: .text)
    if browser.filtering { frame.cursor = CursorPosition(row: 1, column: x + shown.cursorColumn) }
  }
  let visible = browser.visible
  if visible.isEmpty {
    let message: [String]
    if !browser.loaded {
      message = [state.t("Loading projects…", "読み込み中…")]
    } else if browser.projects.isEmpty {
      message = [
        state.t("No projects yet in this folder.", "このフォルダーにはまだプロジェクトがありません。"),
        "",
        state.t("n  create a project (client and system name)", "n  プロジェクトを作成（顧客名とシステム名）"),
        state.t(
          "D  open the demo project (a fictional consumer lender)", "D  デモプロジェクトを開く（架空の消費者金融）"),
      ]
    } else {
      message = [state.t("No project matches the filter.", "条件に合うプロジェクトはありません。")]
    }
    for (index, line) in message.enumerated() {
      frame.put(line, row: row + 1 + index, column: 3, role: index == 0 ? .accent : .text)
    }
    statusBar(state, &frame, context: .browser)
    return
  }
  // Column widths follow the screen: client and system share what the fixed columns leave.
  let showModified = frame.width >= 100
  let fixed = 22 + 9 + (showModified ? 17 : 0) + 7
  let flexible = max(30, frame.width - 2 - fixed)
  var columns: [(String, Int)] = [
    (state.t("NAME", "名前"), flexible / 3), (state.t("CLIENT", "顧客"), flexible / 3),
    (state.t("SYSTEM", "システム"), flexible - 2 * (flexible / 3)),
    (state.t("TIER", "区分"), 22), (state.t("PROGRESS", "進捗"), 9),
  ]
  if showModified { columns.append((state.t("MODIFIED", "更新"), 17)) }
  var x = 2
  for (title, width) in columns {
    frame.put(title, row: row, column: x, role: .muted)
    x += width + 1
  }
  row += 1
  let capacity = frame.height - row - 3
  let first = max(0, min(browser.selected - capacity + 1, visible.count - capacity))
  for (offset, project) in visible.enumerated().dropFirst(first).prefix(capacity) {
    let selected = offset == browser.selected
    let role: StyleRole = selected ? .selection : .text
    if selected { frame.fill(row: row, role: .selection) }
    frame.put(selected ? "▸" : " ", row: row, column: 0, role: role)
    if let problem = project.problem {
      frame.put(
        "! " + DisplayWidth.truncate(TextSafety.escaped(problem), to: frame.width - 4), row: row,
        column: 2, role: selected ? .selection : .error)
      row += 1
      continue
    }
    let tier = project.tier.map { tierLabel(state, $0) } ?? "—"
    let values = [
      TextSafety.escaped(project.name), TextSafety.escaped(project.client),
      TextSafety.escaped(project.system),
      tier + (project.requiresReview ? " *" : ""), "\(project.answered)/\(project.total)",
      String(project.modified.prefix(16)).replacingOccurrences(of: "T", with: " "),
    ]
    var column = 2
    for (index, value) in values.enumerated() where index < columns.count {
      let width = columns[index].1
      let cellRole: StyleRole =
        selected ? .selection : index == 2 ? (project.tier.map(tierRole) ?? .text) : .text
      frame.put(DisplayWidth.truncate(value, to: width), row: row, column: column, role: cellRole)
      column += width + 1
    }
    row += 1
  }
  frame.put(
    DisplayWidth.truncate(
      state.t(
        "Tier: shinsa's triage tier, not a statutory category.  * requires review",
        "区分: shinsaのトリアージ区分（法令上の区分ではありません）  * 要確認"), to: frame.width - 2),
    row: frame.height - 2, column: 1, role: .muted)
  statusBar(state, &frame, context: .browser)
}
