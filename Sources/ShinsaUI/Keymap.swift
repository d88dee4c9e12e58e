import ShinsaCore

/// What a key does. One table (``Keymap/bindings``) maps keys to commands per context and
/// drives key handling, the status-bar hints and the `?` help overlay, so they cannot disagree.
public enum Command: String, Sendable, CaseIterable {
  case up, down, pageUp, pageDown
  case back, forward
  case confirm, toggle, clear
  case note, followUp, confidence, jump, undo, redo, why, about
  case pane1, pane2, pane3, pane4, pane5, nextPane, previousPane
  case export, language, help, quit, save, browser
  case open, new, filter, duplicate, archive, demo
  case edit, externalEdit, draftLanguage, markDone, withhold, notApplicable, prefill, prefillAll
  case markInSync
  case checkYes, checkNo, checkUnknown, checkNotApplicable, stepDate
}

/// Where a binding applies.
public enum KeyContext: String, Sendable, CaseIterable {
  case global, browser, interview, pane, disclosure, sandbox
}

/// One row of the keymap.
public struct Binding: Sendable {
  public var keys: [Key]
  public var command: Command
  public var context: KeyContext
  public var help: Localized
  /// The short word shown in the status bar, when the binding is hinted there.
  public var hint: Localized?
}

/// The keymap table.
public enum Keymap {
  private static func b(
    _ keys: [Key], _ command: Command, _ context: KeyContext, _ en: String, _ ja: String,
    hint: (String, String)? = nil
  ) -> Binding {
    Binding(
      keys: keys, command: command, context: context, help: Localized(en: en, ja: ja),
      hint: hint.map { Localized(en: $0.0, ja: $0.1) })
  }

  /// Every binding, in the order help lists them.
  public static let bindings: [Binding] = [
    b([.up, .char("k")], .up, .global, "move up", "上へ", hint: ("move", "移動")),
    b([.down, .char("j")], .down, .global, "move down", "下へ"),
    b([.pageUp], .pageUp, .global, "page up", "前のページ"),
    b([.pageDown], .pageDown, .global, "page down", "次のページ"),
    b([.char("1")], .pane1, .global, "Interview pane", "ヒアリング"),
    b([.char("2")], .pane2, .global, "Guidance pane", "指針"),
    b([.char("3")], .pane3, .global, "Disclosure pane", "開示"),
    b([.char("4")], .pane4, .global, "Sandbox pane", "サンドボックス"),
    b([.char("5")], .pane5, .global, "Report pane", "レポート"),
    b([.tab], .nextPane, .global, "next pane", "次のペイン"),
    b([.backTab], .previousPane, .global, "previous pane", "前のペイン"),
    b([.char("w")], .why, .global, "why: the reasons and sources", "理由と出典", hint: ("why", "理由")),
    b([.char("x")], .export, .global, "export the report", "レポートを出力"),
    b([.char("L")], .language, .global, "English / 日本語", "English / 日本語", hint: ("日本語", "English")),
    b([.ctrl("s")], .save, .global, "save now", "今すぐ保存"),
    b([.escape], .browser, .global, "back to the project list", "プロジェクト一覧へ"),
    b([.char("?")], .help, .global, "help", "ヘルプ", hint: ("help", "ヘルプ")),
    b([.char("q")], .quit, .global, "quit (saved)", "終了（保存済み）", hint: ("quit", "終了")),
    b(
      [.left, .char("h")], .back, .interview, "previous question on your path", "前の質問",
      hint: ("back", "前へ")),
    b([.right, .char("l")], .forward, .interview, "next question", "次の質問", hint: ("next", "次へ")),
    b(
      [.enter], .confirm, .interview, "answer and go on / edit", "回答して次へ・入力", hint: ("answer", "回答")
    ),
    b([.char(" ")], .toggle, .interview, "choose / toggle", "選択・切替", hint: ("choose", "選択")),
    b([.backspace, .delete], .clear, .interview, "clear the answer", "回答を消去"),
    b([.char("e")], .note, .interview, "edit the note", "メモを編集", hint: ("note", "メモ")),
    b(
      [.char("f")], .followUp, .interview, "flag for follow-up", "要フォローアップ",
      hint: ("follow-up", "要フォロー")),
    b([.char("c")], .confidence, .interview, "cycle confidence", "確度を切替"),
    b([.char("g")], .jump, .interview, "jump to a question", "質問へ移動", hint: ("jump", "移動")),
    b(
      [.char("i")], .about, .interview, "about this question: why it is asked, help, the options",
      "この質問の説明（理由・補足・選択肢）"),
    b([.char("u")], .undo, .interview, "undo", "元に戻す", hint: ("undo", "戻す")),
    b([.ctrl("r")], .redo, .interview, "redo", "やり直し"),
    b([.enter], .open, .browser, "open the project", "開く", hint: ("open", "開く")),
    b([.char("n")], .new, .browser, "new project", "新規作成", hint: ("new", "新規")),
    b([.char("/")], .filter, .browser, "filter as you type", "絞り込み", hint: ("filter", "絞込")),
    b([.char("d")], .duplicate, .browser, "duplicate", "複製"),
    b(
      [.char("a")], .archive, .browser, "archive (moves the file to archive/)", "アーカイブ（archive/へ移動）"
    ),
    b([.char("D")], .demo, .browser, "open the demo project", "デモを開く", hint: ("demo", "デモ")),
    b(
      [.enter, .char("e")], .edit, .disclosure, "edit the field's text", "本文を編集",
      hint: ("edit", "編集")),
    b([.char("E")], .externalEdit, .disclosure, "edit in $EDITOR", "$EDITOR で編集"),
    b(
      [.char("t")], .draftLanguage, .disclosure, "English / Japanese draft", "英語／日本語の下書き",
      hint: ("EN/JA", "英/日")),
    b(
      [.char("d")], .markDone, .disclosure, "mark done (again: back to draft)", "完了にする（再度で下書きへ）",
      hint: ("done", "完了")),
    b(
      [.char("s")], .markInSync, .disclosure, "mark English and Japanese in sync (clears a lag)",
      "英語と日本語を一致済みにする（遅れの表示を消す）"),
    b([.char("W")], .withhold, .disclosure, "withhold, with a reason", "非開示にする（理由を記入）"),
    b([.char("N")], .notApplicable, .disclosure, "not applicable, with a reason", "対象外にする（理由を記入）"),
    b([.char("p")], .prefill, .disclosure, "start from the answers' suggestion", "回答からの下書きを使う"),
    b([.char("P")], .prefillAll, .disclosure, "suggestions for all empty fields", "空欄すべてに回答からの下書き"),
    b(
      [.enter, .char("e")], .edit, .sandbox, "edit: plan text, evidence or step note",
      "編集（計画の本文・根拠資料・手順のメモ）", hint: ("edit", "編集")),
    b([.char("y")], .checkYes, .sandbox, "checklist: yes", "チェック: はい", hint: ("yes", "はい")),
    b([.char("n")], .checkNo, .sandbox, "checklist: no", "チェック: いいえ", hint: ("no", "いいえ")),
    b([.char("u")], .checkUnknown, .sandbox, "checklist: unknown", "チェック: 不明"),
    b([.char("a")], .checkNotApplicable, .sandbox, "checklist: not applicable", "チェック: 対象外"),
    b(
      [.backspace, .delete], .clear, .sandbox, "back to the answers' suggestion / clear the step",
      "回答からの判定に戻す・手順を消去"),
    b([.char("D")], .stepDate, .sandbox, "date a step (today by default)", "手順の実施日（既定は今日）"),
    b([.char("E")], .externalEdit, .sandbox, "plan text in $EDITOR", "計画の本文を $EDITOR で編集"),
    b([.char("t")], .draftLanguage, .sandbox, "English / Japanese plan text", "計画の本文: 英語／日本語"),
    b([.char("d")], .markDone, .sandbox, "plan section done (again: draft)", "計画の項目を完了（再度で下書き）"),
    b(
      [.char("s")], .markInSync, .sandbox, "plan: English and Japanese in sync (clears a lag)",
      "計画: 英語と日本語を一致済みにする"),
    b(
      [.char("p")], .prefill, .sandbox, "plan: start from the answers' suggestion",
      "計画: 回答からの下書きを使う"),
  ]

  /// The context of the workbench's current pane.
  public static func context(for pane: Pane) -> KeyContext {
    switch pane {
    case .interview: return .interview
    case .disclosure: return .disclosure
    case .sandbox: return .sandbox
    case .guidance, .report: return .pane
    }
  }

  /// The command `key` triggers in `context` (its own bindings first, then global ones).
  public static func command(for key: Key, in context: KeyContext) -> Command? {
    if let binding = bindings.first(where: { $0.context == context && $0.keys.contains(key) }) {
      return binding.command
    }
    let excluded: Set<Command> =
      context == .browser
      ? [
        .pane1, .pane2, .pane3, .pane4, .pane5, .nextPane, .previousPane, .why, .export, .save,
        .browser,
      ]
      : []
    return bindings.first {
      $0.context == .global && $0.keys.contains(key) && !excluded.contains($0.command)
    }?
    .command
  }

  /// The bindings that work in `context`, for help.
  public static func bindings(for context: KeyContext) -> [Binding] {
    let own = bindings.filter { $0.context == context }
    let global = bindings.filter { binding in
      binding.context == .global && command(for: binding.keys[0], in: context) == binding.command
    }
    return own + global
  }

  /// Status-bar hints for `context`: "↑↓ move  Enter open  ? help".
  public static func hints(for context: KeyContext, language: Language) -> [(
    keys: String, text: String
  )] {
    bindings(for: context).compactMap { binding in
      binding.hint.map { (binding.keys.map(\.label).joined(separator: "/"), $0.text(language)) }
    }
  }
}
