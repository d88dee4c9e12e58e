import ShinsaCore

/// The key reference (docs/keys.md), generated from the keymap table.
public enum KeysReference {
  /// Every key in Markdown, by context, in `language`.
  public static func markdown(_ language: Language = .en) -> String {
    let titles: [KeyContext: (String, String)] = [
      .global: ("Everywhere in the workbench", "ワークベンチ全体"),
      .browser: ("Project browser", "プロジェクト一覧"),
      .interview: ("Interview pane", "ヒアリング"),
      .pane: ("Guidance and Report panes", "指針・レポート"),
      .disclosure: ("Disclosure pane", "開示"),
      .sandbox: ("Sandbox pane", "サンドボックス"),
    ]
    var lines = [
      language == .en ? "# Keys" : "# キー一覧", "",
      language == .en
        ? "Generated from the keymap table (`shinsa keys`); the `?` overlay and the status bar use the same table."
        : "キーマップ表から生成（`shinsa keys`）。`?` のヘルプとステータスバーも同じ表を使います。",
      "",
    ]
    for context in KeyContext.allCases {
      let title = titles[context].map { language == .en ? $0.0 : $0.1 } ?? context.rawValue
      lines += ["## \(title)", ""]
      let own = Keymap.bindings.filter { $0.context == context }
      guard !own.isEmpty else {
        // A context with no keys of its own (the Guidance and Report panes) gets a sentence,
        // not an empty table.
        lines += [
          language == .en
            ? "No keys of their own: the keys that work everywhere in the workbench (above) apply."
            : "固有のキーはありません。ワークベンチ全体のキー（上記）が使えます。",
          "",
        ]
        continue
      }
      lines += ["| keys | \(language == .en ? "action" : "動作") |", "|---|---|"]
      for binding in own {
        let keys = binding.keys.map { "`\($0.label)`" }.joined(separator: " ")
        lines.append("| \(keys) | \(binding.help.text(language)) |")
      }
      lines.append("")
    }
    lines += [
      language == .en ? "## Text fields" : "## 入力欄", "",
      language == .en
        ? "Fields edit like readline: `Ctrl-A`/`Ctrl-E` start/end, `Ctrl-B`/`Ctrl-F` or `←`/`→` move, `Alt-B`/`Alt-F` move by word, `Ctrl-K`/`Ctrl-U` delete to end/start, `Ctrl-W` delete a word, `Backspace`/`Delete`, and bracketed paste. `Enter` saves. In the note, evidence, step-note and reason dialogs `Esc` also saves what you typed (it just closes when nothing changed) and `Ctrl-G` cancels; in the step-date dialog and answer fields `Esc` cancels. In the note dialog `Ctrl-T` makes the note private (kept out of client exports)."
        : "入力欄は readline と同じ操作です: `Ctrl-A`/`Ctrl-E` 先頭/末尾、`Ctrl-B`/`Ctrl-F` または `←`/`→` 移動、`Alt-B`/`Alt-F` 単語移動、`Ctrl-K`/`Ctrl-U` 末尾/先頭まで削除、`Ctrl-W` 単語削除、`Backspace`/`Delete`、貼り付け。`Enter` で保存。メモ・根拠・手続きのメモ・理由の入力では `Esc` でも入力内容を保存し（変更がなければ閉じるだけ）、`Ctrl-G` で取消。手続きの日付と回答欄では `Esc` で取消。メモでは `Ctrl-T` で非公開（顧客向け出力に含めない）に切り替えます。",
      "",
    ]
    return lines.joined(separator: "\n")
  }
}
