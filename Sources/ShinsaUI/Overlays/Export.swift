import ShinsaCore

/// Keys in the export dialog (`x`), by its keymap context.
func handleExportKey(_ state: inout AppState, _ cursor: Int, _ key: Key) -> [Effect] {
  let formats = ReportFormat.allCases
  switch Keymap.command(for: key, in: .export) {
  case .close?: state.overlay = nil
  case .up?: state.overlay = .export(cursor: max(0, cursor - 1))
  case .down?: state.overlay = .export(cursor: min(formats.count - 1, cursor + 1))
  case .accept?:
    state.overlay = nil
    return [.export(format: formats[cursor], language: state.language)]
  default: break
  }
  return []
}

/// Draws the export dialog: the formats, the chosen one highlighted, and the file it will
/// write (with its folder when that fits).
func renderExport(_ state: AppState, _ cursor: Int, _ frame: inout Frame, left: Int, width: Int) {
  let top = frame.height / 2 - 5
  frame.box(
    top: top, left: left, width: width, height: 10,
    title: state.t("Export the report", "レポートを出力"))
  frame.markDialog(top: top, left: left, width: width, height: 10)
  let names = [
    state.t("Markdown (.md)", "Markdown (.md)"),
    state.t("HTML, one printable file", "HTML（印刷用の1ファイル）"),
    state.t("JSON", "JSON"),
  ]
  for (index, name) in names.enumerated() {
    let row = top + 2 + index
    frame.mark(.dialogRow(index), row: row, from: left + 1, to: left + width - 1)
    if index == cursor {
      frame.fill(row: row, role: .selection, from: left + 1, to: left + width - 1)
    }
    frame.put(
      (index == cursor ? "▸ " : "  ") + name, row: row, column: left + 2,
      role: index == cursor ? .selection : .text)
  }
  let room = width - 4
  if let project = state.workbench?.path {
    let formats = ReportFormat.allCases
    let format = formats[max(0, min(formats.count - 1, cursor))]
    let path = ProjectStore.exportPath(
      forProject: project, language: state.language, suffix: format.fileExtension)
    let name = String(path[path.index(after: path.lastIndex(of: "/") ?? path.startIndex)...])
    let folder = FilePaths.folder(of: path)
    frame.put(
      DisplayWidth.truncate(TextSafety.escaped(state.t("File: ", "ファイル: ") + name), to: room),
      row: top + 6, column: left + 2, role: .accent)
    let inFolder = TextSafety.escaped(state.t("In: ", "場所: ") + folder)
    frame.put(
      DisplayWidth.of(inFolder) <= room
        ? inFolder
        : DisplayWidth.truncate(
          state.t("In: the exports folder beside the project", "場所: プロジェクトの隣の exports フォルダー"),
          to: room),
      row: top + 7, column: left + 2, role: .muted)
  }
  frame.put(
    DisplayWidth.truncate(
      state.t(
        "An existing file of that name is replaced; private notes stay out.",
        "同名のファイルは置き換えます。非公開メモは含めません。"), to: room),
    row: top + 8, column: left + 2, role: .muted)
}

/// "Exported to PATH" when the whole path fits the status bar; otherwise the file name
/// first and as much of its folder as fits, cut at the start ("Exported sakura.md in …/exports").
func exportNotice(_ state: AppState, path: String) -> String {
  let full = state.t("Exported to \(path)", "\(path) に出力しました")
  let room = state.width - 2
  guard DisplayWidth.of(full) > room else { return full }
  let slash = path.lastIndex(of: "/")
  let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
  let folder = slash.map { String(path[..<$0]) } ?? ""
  let head = state.t("Exported \(name) in ", "\(name) を出力しました: ")
  let left = room - DisplayWidth.of(head)
  guard left > 4, !folder.isEmpty else { return state.t("Exported \(name)", "\(name) を出力しました") }
  var tail = ""
  for character in folder.reversed() {
    if DisplayWidth.of(tail) + DisplayWidth.of(character) + 1 > left { break }
    tail = String(character) + tail
  }
  return head + (tail == folder ? folder : "…" + tail)
}
