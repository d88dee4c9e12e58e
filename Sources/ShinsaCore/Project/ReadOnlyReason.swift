/// Why a project is open without the right to save it.
public enum ReadOnlyReason: Sendable, Equatable {
  /// Opened for review (`--read-only`): no lock taken, nothing written.
  case review
  /// Another shinsa holds the lock (its process id, when known).
  case heldByOther(Int32?)
  /// The lock file cannot be made: the folder is not writable.
  case notWritable

  /// The reason in a few words, for "Read-only: …" refusals.
  public func short(_ language: Language) -> String {
    switch (self, language) {
    case (.review, .en): return "opened for review (--read-only)"
    case (.review, .ja): return "レビュー用に開いています（--read-only）"
    case (.heldByOther(let pid?), .en): return "open in another shinsa (process \(pid))"
    case (.heldByOther(let pid?), .ja): return "別の shinsa（プロセス \(pid)）で開かれています"
    case (.heldByOther(nil), .en): return "open in another shinsa"
    case (.heldByOther(nil), .ja): return "別の shinsa で開かれています"
    case (.notWritable, .en): return "the folder cannot be written"
    case (.notWritable, .ja): return "フォルダーに書き込めません"
    }
  }

  /// The refusal of an edit, one line: "Read-only: …; nothing was changed."
  public func refusal(_ language: Language) -> String {
    ReadOnlyReason.refusal(self, language)
  }

  /// The refusal of an edit for `reason` (a generic one when the reason is not known).
  public static func refusal(_ reason: ReadOnlyReason?, _ language: Language) -> String {
    switch language {
    case .en:
      return
        "Read-only: \(reason?.short(.en) ?? "this project cannot be saved here"); nothing was changed."
    case .ja:
      return "読み取り専用: \(reason?.short(.ja) ?? "ここでは保存できません")。変更していません。"
    }
  }
}
