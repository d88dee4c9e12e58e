import ShinsaCore

/// The help overlay's lines, generated from the keymap: the screen's keys, then the text
/// fields' and (on the draft panes) the editor's.
func helpLines(_ state: AppState, width: Int) -> [StyledLine] {
  var builder = LineBuilder(width: width)
  let context: KeyContext
  switch state.screen {
  case .browser: context = .browser
  case .workbench: context = state.workbench.map { Keymap.context(for: $0.pane) } ?? .pane
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
      "Every change is saved at once. The tier is shinsa's triage tier, not a statutory category.",
      "変更はすぐに保存されます。区分はshinsaのトリアージ区分で、法令上の区分ではありません。"), .muted)
  return builder.lines
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
