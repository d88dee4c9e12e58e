import ShinsaCore

/// The notice shown when a project opens read-only, in the interface's language: `english`
/// (Core's sentence) in English, otherwise the same facts in Japanese, naming the file.
func readOnlyOpenNotice(
  _ state: AppState, english: String, reason: ReadOnlyReason?, path: String
) -> String {
  guard state.language == .ja, let reason else { return english }
  let name = FilePaths.name(of: path)
  switch reason {
  case .review:
    return "\(name) をレビュー用に読み取り専用で開きました。何も保存しません。"
  case .heldByOther(let pid?):
    return "\(name) は別の shinsa（プロセス \(pid)）で開かれています。読み取り専用で開きました。"
  case .heldByOther(nil):
    return "\(name) は別の shinsa で開かれています。読み取り専用で開きました。"
  case .notWritable:
    return "\(name) を書き込み用にロックできません（フォルダーが読み取り専用かもしれません）。読み取り専用で開きました。"
  }
}
