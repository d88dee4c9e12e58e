import ShinsaCore

/// The key reference (docs/keys.md), generated from the keymap tables.
public enum KeysReference {
  /// Every key in Markdown, by context, in `language`.
  public static func markdown(_ language: Language = .en) -> String {
    func t(_ en: String, _ ja: String) -> String { language == .en ? en : ja }
    var lines = [
      t("# Keys", "# キー一覧"), "",
      t(
        "Generated from the keymap tables (`shinsa keys`); the `?` overlay and the status bar use the same tables.",
        "キーマップ表から生成（`shinsa keys`）。`?` のヘルプとステータスバーも同じ表を使います。"),
      "",
    ]
    func table(_ rows: [(keys: [Key], help: Localized)]) {
      lines += [t("| keys | action |", "| キー | 動作 |"), "|---|---|"]
      for row in rows {
        let keys = row.keys.map { "`\($0.label)`" }.joined(separator: " ")
        lines.append("| \(keys) | \(row.help.text(language)) |")
      }
      lines.append("")
    }
    for context in KeyContext.allCases {
      lines += ["## \(context.title.text(language))", ""]
      if !context.parents.isEmpty {
        let names = context.parents.map { $0.title.text(language) }
        lines += [t("Also: ", "ほかに: ") + names.joined(separator: t(", ", "、")) + t(".", "。"), ""]
      }
      let own = Keymap.bindings.filter { $0.context == context }.map { ($0.keys, $0.help) }
      guard !own.isEmpty else {
        // A context with no keys of its own (the Guidance and Report panes) gets a sentence,
        // not an empty table.
        lines += [t("No keys of their own.", "固有のキーはありません。"), ""]
        continue
      }
      table(own)
      if let scope = context.editScope {
        lines += [
          scope == .field
            ? t("Text fields' keys (below) edit the text.", "入力欄のキー（下記）で文字を編集します。")
            : t(
              "Text fields' keys and the editor's own keys (below) edit the text.",
              "入力欄のキーと本文エディターのキー（下記）で文字を編集します。"),
          "",
        ]
      }
    }
    lines += ["## \(t("Text fields", "入力欄"))", ""]
    lines += [
      t(
        "Every text field and the editor. Typing and bracketed paste insert text.",
        "すべての入力欄と本文エディターで使えます。入力と貼り付けで文字を挿入します。"), "",
    ]
    table(EditKeymap.bindings.filter { $0.scope == .field }.map { ($0.keys, $0.help) })
    lines += ["## \(t("Text editor: editing", "本文エディターの編集"))", ""]
    table(EditKeymap.bindings.filter { $0.scope == .editor }.map { ($0.keys, $0.help) })
    return lines.joined(separator: "\n")
  }
}
