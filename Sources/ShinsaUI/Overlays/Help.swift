import Foundation
import ShinsaCore

/// The help overlay's lines, generated from the keymap: the screen's keys, then the text
/// fields' and (on the draft panes) the editor's. While a filter is typed, only the keys whose
/// label or description (in the current language) holds it are listed, from every screen and
/// dialog, each under its heading.
func helpLines(_ state: AppState, width: Int) -> [StyledLine] {
  var builder = LineBuilder(width: width)
  let context: KeyContext
  switch state.screen {
  case .browser: context = .browser
  case .workbench: context = state.workbench.map { Keymap.context(for: $0.pane) } ?? .pane
  }
  let filter = state.dialogSearch.field.text
  guard filter.isEmpty else {
    filteredHelp(&builder, state, context, filter)
    return builder.lines
  }
  for binding in Keymap.bindings(for: context) {
    helpLine(&builder, binding.keys, binding.help.text(state.language))
  }
  builder.blank()
  builder.line(Segment(state.t("In text fields", "入力欄では"), .accent))
  builder.paragraph(
    editKeys(EditKeymap.bindings.filter { $0.scope == .field }, state.language)
      + state.t(" · typing and paste insert text", " · 入力と貼り付けで文字を挿入"), .text)
  if context == .disclosure || context == .sandbox {
    builder.blank()
    builder.line(Segment(state.t("In the text editor", "本文の編集中は"), .accent))
    for binding in Keymap.bindings(for: .editor) {
      helpLine(&builder, binding.keys, binding.help.text(state.language))
    }
    builder.paragraph(
      editKeys(EditKeymap.bindings.filter { $0.scope == .editor }, state.language)
        + state.t(" · and the text fields' keys", " · 入力欄のキーも使えます"), .text)
  }
  builder.blank()
  builder.paragraph(
    state.t(
      "Type to filter: every screen's keys are searched. : or Ctrl-P opens the command palette.",
      "入力で絞り込み（すべての画面のキーを検索）。: または Ctrl-P でコマンドパレット。"), .muted)
  builder.paragraph(
    state.t(
      "Every change is saved at once. The tier is shinsa's triage tier, not a statutory category.",
      "変更はすぐに保存されます。区分はshinsaのトリアージ区分で、法令上の区分ではありません。"), .muted)
  return builder.lines
}

/// Whether a key row matches the help's filter: a key's label or the description holds it.
func helpMatches(_ keys: [Key], _ help: String, _ filter: String) -> Bool {
  keys.contains { $0.label.range(of: filter, options: .caseInsensitive) != nil }
    || help.range(of: filter, options: .caseInsensitive) != nil
}

/// The keys matching `filter`: the current screen's first (with what it inherits), then every
/// other context's own keys, then the text-editing keys, each group under its heading.
private func filteredHelp(
  _ builder: inout LineBuilder, _ state: AppState, _ context: KeyContext, _ filter: String
) {
  let language = state.language
  var groups: [(title: String, rows: [(keys: [Key], help: String)])] = []
  let here = Keymap.bindings(for: context).map { ($0.keys, $0.help.text(language)) }
  groups.append((state.t("Here — ", "この画面 — ") + context.title.text(language), here))
  let shown = Set([context] + context.parents)
  for other in KeyContext.allCases where !shown.contains(other) {
    let rows = Keymap.bindings.filter { $0.context == other }.map {
      ($0.keys, $0.help.text(language))
    }
    groups.append((other.title.text(language), rows))
  }
  for scope in [EditScope.field, .editor] {
    let title =
      scope == .field
      ? state.t("Text fields", "入力欄") : state.t("Text editor: editing", "本文エディターの編集")
    let rows = EditKeymap.bindings.filter { $0.scope == scope }.map {
      ($0.keys, $0.help.text(language))
    }
    groups.append((title, rows))
  }
  var any = false
  for group in groups {
    let rows = group.rows.filter { helpMatches($0.keys, $0.help, filter) }
    guard !rows.isEmpty else { continue }
    if any { builder.blank() }
    any = true
    builder.line(Segment(group.title, .accent))
    for row in rows { helpLine(&builder, row.keys, row.help) }
  }
  if !any {
    builder.paragraph(
      state.t(
        "No key matches “\(filter)”. Backspace widens the search; Esc clears it.",
        "「\(filter)」に一致するキーはありません。Backspaceで広げ、Escで解除します。"), .muted)
  }
}

/// One key line of help: the keys in a column, then what they do.
private func helpLine(_ builder: inout LineBuilder, _ keys: [Key], _ help: String) {
  let labels = keys.map(\.label).joined(separator: " ")
  let padded = labels + String(repeating: " ", count: max(1, 19 - DisplayWidth.of(labels)))
  builder.line(Segment(padded, .key), Segment(help, .text))
}

/// Text-editing keys as one paragraph: "Ctrl-A/Home start of the line · …".
private func editKeys(_ bindings: [EditBinding], _ language: Language) -> String {
  bindings.map { binding in
    binding.keys.map(\.label).joined(separator: "/") + " " + binding.help.text(language)
  }.joined(separator: " · ")
}
