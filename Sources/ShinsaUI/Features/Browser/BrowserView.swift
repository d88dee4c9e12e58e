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
  // Column widths follow the content: tier, progress and time as wide as their longest
  // value, and name, client and system share the rest by what they hold (the name first).
  let showModified = frame.width >= 100
  let rows = visible.filter { $0.problem == nil }
  func widest(_ title: String, _ values: [String]) -> Int {
    ([title] + values).map(DisplayWidth.of).max() ?? 0
  }
  let tierWidth = widest(
    state.t("TIER", "区分"),
    rows.map { ($0.tier.map { tierLabel(state, $0) } ?? "—") + ($0.requiresReview ? " *" : "") })
  let progressWidth = widest(state.t("PROGRESS", "進捗"), rows.map { "\($0.answered)/\($0.total)" })
  let fixed = tierWidth + progressWidth + (showModified ? 17 : 0) + 6
  let flexible = max(30, frame.width - 2 - fixed)
  let texts: [[String]] = [
    rows.map { TextSafety.escaped($0.name) }, rows.map { TextSafety.escaped($0.client) },
    rows.map { TextSafety.escaped($0.system) },
  ]
  let wanted = zip(texts, ["NAME", "CLIENT", "SYSTEM"]).map { widest($1, $0) }
  let shares = fitColumns(wanted, into: flexible)
  var columns: [(String, Int)] = [
    (state.t("NAME", "名前"), shares[0]), (state.t("CLIENT", "顧客"), shares[1]),
    (state.t("SYSTEM", "システム"), shares[2]),
    (state.t("TIER", "区分"), tierWidth), (state.t("PROGRESS", "進捗"), progressWidth),
  ]
  if showModified {
    // Times in the user's zone, named in the heading.
    let zone = state.zone.name()
    columns.append((state.t("MODIFIED \(zone)", "更新 (\(zone))"), 17))
  }
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
    frame.mark(.browserRow(offset), row: row, from: 0, to: frame.width)
    frame.put(selected ? "▸" : " ", row: row, column: 0, role: role)
    if let problem = projectProblemText(state, project) {
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
      state.zone.local(project.modified),
    ]
    var column = 2
    for (index, value) in values.enumerated() where index < columns.count {
      let width = columns[index].1
      let cellRole: StyleRole =
        selected ? .selection : index == 3 ? (project.tier.map(tierRole) ?? .text) : .text
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

/// Widths for columns that want `wanted` cells within `room` (less a space between each):
/// all of it when it fits; otherwise narrow columns keep their width and the widest ones
/// share what is left evenly (the name column first).
func fitColumns(_ wanted: [Int], into room: Int) -> [Int] {
  let space = room - (wanted.count - 1)
  if wanted.reduce(0, +) <= space {
    // Spare room goes to the last column, so the table keeps its right edge.
    var widths = wanted
    widths[widths.count - 1] += space - wanted.reduce(0, +)
    return widths
  }
  var widths = wanted
  var open = Array(wanted.indices)
  var left = space
  // Give each column its width when it is below a fair share of what is left.
  while true {
    let fair = left / max(1, open.count)
    let small = open.filter { wanted[$0] <= fair }
    if small.isEmpty || open.count == small.count { break }
    for index in small { left -= wanted[index] }
    open.removeAll { small.contains($0) }
  }
  let fair = left / max(1, open.count)
  for (position, index) in open.enumerated() {
    widths[index] = min(wanted[index], fair + (position < left % max(1, open.count) ? 1 : 0))
  }
  return widths
}
