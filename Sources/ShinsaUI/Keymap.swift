import ShinsaCore

/// What a key does. One table (``Keymap/bindings``) maps keys to commands per context and
/// drives key handling, the status-bar hints, the `?` help overlay and docs/keys.md.
public enum Command: String, Sendable, CaseIterable {
  case up, down, pageUp, pageDown
  case back, forward
  case confirm, toggle, clear
  case note, followUp, confidence, jump, undo, redo, why, about
  case pane1, pane2, pane3, pane4, pane5, pane6, nextPane, previousPane
  case export, language, help, quit, save, browser
  case open, new, filter, duplicate, archive, demo
  case edit, externalEdit, draftLanguage, markDone, withhold, notApplicable, prefill, prefillAll
  case markInSync
  case checkYes, checkNo, checkUnknown, checkNotApplicable, stepDate
  /// Dialogs and fields: close without a change.
  case close
  /// Throw away what was typed and close.
  case cancel
  /// Apply the dialog or field (save, create, go, export) and close.
  case accept
  /// Keep what was typed and close (just close when nothing changed).
  case keep
  case togglePrivate, restore, discard, nextField, previousField
  case statusMet, statusPartly, statusGap, statusNotApplicable, statusUnknown
  case addEvidence, addAction, toggleDone, remove
  /// Complete the path being typed.
  case complete
  /// Merge conflicts: open the list, and resolve one.
  case conflicts, keepOurs, takeTheirs, takeBase
  /// Scrolling dialogs: the first or the last page.
  case top, bottom
  /// The why dialog: search its text, the next or previous match, the notice in full.
  case search, nextMatch, previousMatch, expand
  /// The command palette.
  case palette
  /// The Report pane's client homework form: write it beside the project, read one back.
  case homeworkExport, homeworkImport
  /// List every option of the question, not only the use cases of the chosen sectors.
  case showAllOptions
  /// Set the project's assessor (the consultant's name on the report).
  case assessor
  /// Switch the mouse on or off.
  case mouse
  /// The answer field: go on in the multi-line editor.
  case multiLine
}

/// Where a binding applies: a screen, a pane, a dialog or a field.
public enum KeyContext: String, Sendable, CaseIterable {
  /// The browser and the workbench (not dialogs or fields).
  case everywhere
  /// Every pane of the workbench.
  case workbench
  case browser
  /// The browser's filter while typing it.
  case filter
  case interview
  /// The number or text field of an interview question.
  case answerField
  case pane
  /// The Report pane's own keys (it scrolls like Guidance).
  case report
  case disclosure, sandbox, plan
  /// The multi-line draft editor.
  case editor
  case help, why, about, jump, note, newProject, export
  /// "Unsaved changes found" (the autosave of a session that ended early).
  case recovery
  /// "Unsaved typing found" (the input journal).
  case inputRecovery
  /// A one-line prompt: a reason, evidence or a step's note.
  case prompt
  /// The step-date prompt, where Esc backs out.
  case datePrompt
  /// The evidence-file prompt, where Tab completes the path.
  case pathPrompt
  /// The merge-conflicts dialog.
  case conflict
  /// Typing a search in the why dialog (`/`).
  case search
  /// The command palette (`:` or Ctrl-P).
  case palette
  /// A text question's answer in the multi-line editor.
  case longAnswer
  /// The end of the interview (its status-bar keys; the interview's keys still work).
  case interviewEnd
  /// The path of a homework form to read back (`H`).
  case homeworkPrompt
  /// A new action's prompts (text, owner, due date), where Esc saves what was given so far.
  case actionPrompt

  /// The contexts whose bindings also apply here, nearest first.
  public var parents: [KeyContext] {
    switch self {
    case .browser, .workbench: return [.everywhere]
    case .interview, .pane, .disclosure, .sandbox, .plan: return [.workbench, .everywhere]
    case .report: return [.pane, .workbench, .everywhere]
    case .interviewEnd: return [.workbench, .everywhere]
    default: return []
    }
  }

  /// Which text-editing keys work here (``EditKeymap``), if any.
  public var editScope: EditScope? {
    switch self {
    case .filter, .answerField, .jump, .newProject, .prompt, .datePrompt, .pathPrompt,
      .homeworkPrompt, .actionPrompt,
      .search, .palette:
      return .field
    case .editor, .note, .longAnswer: return .editor
    default: return nil
    }
  }

  /// Whether the status bar adds the hinted text-editing keys of ``editScope``.
  var hintsEditKeys: Bool { self == .answerField || self == .editor || self == .longAnswer }

  /// The heading of the context in help and docs/keys.md.
  public var title: Localized {
    switch self {
    case .everywhere:
      return Localized(
        en: "Everywhere (project list and workbench)", ja: "どこでも（プロジェクト一覧とワークベンチ）")
    case .workbench: return Localized(en: "Everywhere in the workbench", ja: "ワークベンチ全体")
    case .browser: return Localized(en: "Project browser", ja: "プロジェクト一覧")
    case .filter: return Localized(en: "Filtering the project list", ja: "プロジェクト一覧の絞り込み")
    case .interview: return Localized(en: "Interview pane", ja: "ヒアリング")
    case .answerField: return Localized(en: "Typing an answer", ja: "回答の入力")
    case .pane: return Localized(en: "Guidance and Report panes", ja: "指針・レポート")
    case .report: return Localized(en: "Report pane", ja: "レポート")
    case .disclosure: return Localized(en: "Disclosure pane", ja: "開示")
    case .sandbox: return Localized(en: "Sandbox pane", ja: "サンドボックス")
    case .plan: return Localized(en: "Plan pane", ja: "対応計画")
    case .editor: return Localized(en: "Text editor (drafts and plan text)", ja: "本文の編集（下書き・計画）")
    case .help: return Localized(en: "Help dialog (? or F1)", ja: "ヘルプ（? または F1）")
    case .why: return Localized(en: "Why dialog (w)", ja: "理由（w）")
    case .about: return Localized(en: "About this question (i)", ja: "この質問について（i）")
    case .jump: return Localized(en: "Jump to a question (g)", ja: "質問へ移動（g）")
    case .note: return Localized(en: "Note dialog (e)", ja: "メモ（e）")
    case .interviewEnd: return Localized(en: "End of the interview", ja: "ヒアリングの終わり")
    case .longAnswer:
      return Localized(
        en: "Long answer editor (a long text answer, or Ctrl-O in the field)",
        ja: "長い回答の編集（長い文章の回答、または回答欄で Ctrl-O）")
    case .newProject: return Localized(en: "New project dialog (n)", ja: "新規プロジェクト（n）")
    case .export: return Localized(en: "Export dialog (x)", ja: "出力（x）")
    case .recovery: return Localized(en: "Unsaved changes found", ja: "未保存の変更があります")
    case .inputRecovery: return Localized(en: "Unsaved typing found", ja: "未保存の入力があります")
    case .prompt:
      return Localized(en: "Reason, evidence and step-note dialogs", ja: "理由・根拠資料・手順のメモの入力")
    case .datePrompt: return Localized(en: "Step-date dialog", ja: "手順の実施日の入力")
    case .pathPrompt: return Localized(en: "Evidence-file dialog", ja: "根拠ファイルの入力")
    case .homeworkPrompt:
      return Localized(en: "Homework form to read back (H)", ja: "読み込む確認シート（H）")
    case .actionPrompt:
      return Localized(
        en: "New action dialogs (text, owner, due date)", ja: "新しい対応の入力（内容・担当・期限）")
    case .conflict: return Localized(en: "Merge conflicts dialog (M)", ja: "マージの競合（M）")
    case .search: return Localized(en: "Searching the why dialog (/)", ja: "理由の検索（/）")
    case .palette:
      return Localized(en: "Command palette (: or Ctrl-P)", ja: "コマンドパレット（: または Ctrl-P）")
    }
  }

  /// What the status bar says before the keys, for contexts where typing is the point.
  var hintLead: Localized? {
    switch self {
    case .filter, .jump, .help, .palette: return Localized(en: "type to filter", ja: "入力で絞り込み")
    case .search: return Localized(en: "type to search", ja: "入力で検索")
    default: return nil
    }
  }
}

/// One row of the keymap.
public struct Binding: Sendable {
  public var keys: [Key]
  public var command: Command
  public var context: KeyContext
  public var help: Localized
  /// The short word shown in the status bar, when the binding is hinted there.
  public var hint: Localized?
  /// How many of ``keys`` the hint shows (the others are aliases such as vi keys).
  public var hintKeyCount: Int?
  /// Always shown, at the right of the status bar (help and quit).
  public var pinned = false

  /// The keys as the status bar writes them: "↑/k".
  public var hintKeys: String {
    keys.prefix(hintKeyCount ?? keys.count).map(\.label).joined(separator: "/")
  }
}

/// One hint of the status bar: "↑/k move".
public struct KeyHint: Sendable, Equatable {
  public var keys: String
  public var text: String
  /// Shown at the right whatever else fits.
  public var pinned: Bool
}

/// The keymap table.
public enum Keymap {
  private static func b(
    _ keys: [Key], _ command: Command, _ context: KeyContext, _ en: String, _ ja: String,
    hint: (String, String)? = nil, hintKeys: Int? = nil, pinned: Bool = false
  ) -> Binding {
    Binding(
      keys: keys, command: command, context: context, help: Localized(en: en, ja: ja),
      hint: hint.map { Localized(en: $0.0, ja: $0.1) }, hintKeyCount: hintKeys, pinned: pinned)
  }

  /// Every binding, in the order help and hints list them.
  public static let bindings: [Binding] =
    screens + interview + browser + panes + editing + dialogs
    + help + scrolling(.why, own: .char("w")) + search + scrolling(.about, own: .char("i"))
    + palette

  private static let screens: [Binding] = [
    b([.up, .char("k")], .up, .everywhere, "move up", "上へ", hint: ("move", "移動")),
    b([.down, .char("j")], .down, .everywhere, "move down", "下へ"),
    b([.pageUp], .pageUp, .everywhere, "page up", "前のページ"),
    b([.pageDown], .pageDown, .everywhere, "page down", "次のページ"),
    b([.char("1")], .pane1, .workbench, "Interview pane", "ヒアリング"),
    b([.char("2")], .pane2, .workbench, "Guidance pane", "指針"),
    b([.char("3")], .pane3, .workbench, "Disclosure pane", "開示"),
    b([.char("4")], .pane4, .workbench, "Sandbox pane", "サンドボックス"),
    b([.char("5")], .pane5, .workbench, "Report pane", "レポート"),
    b([.char("6")], .pane6, .workbench, "Plan pane", "対応計画"),
    b([.tab], .nextPane, .workbench, "next pane", "次のペイン"),
    b([.backTab], .previousPane, .workbench, "previous pane", "前のペイン"),
    b([.char("w")], .why, .workbench, "why: the reasons and sources", "理由と出典", hint: ("why", "理由")),
    b([.char("x")], .export, .workbench, "export the report", "レポートを出力"),
    b(
      [.char("L")], .language, .everywhere, "English / 日本語", "English / 日本語",
      hint: ("日本語", "English")),
    b([.ctrl("s")], .save, .workbench, "save now", "今すぐ保存"),
    b([.char("A")], .assessor, .workbench, "set the assessor", "評価者を設定"),
    b([.escape], .browser, .workbench, "back to the project list", "プロジェクト一覧へ"),
    b(
      [.char("?"), .function(1)], .help, .everywhere, "help: every key, filtered as you type",
      "ヘルプ（すべてのキー、入力で絞り込み）", hint: ("help", "ヘルプ"), hintKeys: 1, pinned: true),
    b(
      [.char(":"), .ctrl("p")], .palette, .everywhere, "command palette: run any command by name",
      "コマンドパレット（名前で探して実行）"),
    b(
      [.function(2)], .mouse, .everywhere, "mouse on / off (clicks, wheel)",
      "マウスの有効・無効（クリック・ホイール）"),
    b(
      [.char("q")], .quit, .everywhere, "quit (saved)", "終了（保存済み）", hint: ("quit", "終了"),
      pinned: true),
  ]

  private static let interview: [Binding] = [
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
    b(
      [.char("+")], .addAction, .interview,
      "add an action for this question (text, owner, due date)",
      "この質問の対応を追加（内容・担当・期限）"),
    b([.char("g")], .jump, .interview, "jump to a question", "質問へ移動", hint: ("jump", "移動")),
    b(
      [.char("i")], .about, .interview, "about this question: why it is asked, help, the options",
      "この質問の説明（理由・補足・選択肢）"),
    b([.char("u")], .undo, .interview, "undo", "元に戻す", hint: ("undo", "戻す")),
    b([.ctrl("r")], .redo, .interview, "redo", "やり直し"),
    b(
      [.char("o")], .showAllOptions, .interview,
      "use cases: all of them / only the chosen sectors'", "用途: すべて表示・選んだ業種のみ"),
    b(
      [.enter], .accept, .answerField, "save the answer and go on", "回答を保存して次へ",
      hint: ("save", "保存")),
    b(
      [.escape], .keep, .answerField, "save what was typed and stay (just close when unchanged)",
      "入力内容を保存（変更がなければ閉じるだけ）", hint: ("keep", "保持")),
    b(
      [.ctrl("g")], .cancel, .answerField, "cancel: the answer stays as it was", "取消（回答は元のまま）",
      hint: ("cancel", "取消")),
    b(
      [.ctrl("o")], .multiLine, .answerField, "text answer: go on in the multi-line editor",
      "文章の回答: 複数行の編集画面で続ける"),
    b([.char("5")], .pane5, .interviewEnd, "the report", "レポート", hint: ("report", "レポート")),
    b(
      [.char("g")], .jump, .interviewEnd, "jump to a question to answer it", "質問へ移動して回答",
      hint: ("jump", "移動")),
    b(
      [.char("x")], .export, .interviewEnd, "export the report", "レポートを出力",
      hint: ("export", "出力")),
    b(
      [.left, .char("h")], .back, .interviewEnd, "back to the last question", "最後の質問に戻る",
      hint: ("back", "戻る"), hintKeys: 1),
    b(
      [.escape], .keep, .longAnswer, "save what was typed and stay (just close when unchanged)",
      "入力内容を保存して留まる（変更がなければ閉じるだけ）", hint: ("keep", "保持")),
    b(
      [.ctrl("g")], .cancel, .longAnswer, "cancel: the answer stays as it was", "取消（回答は元のまま）",
      hint: ("cancel", "取消")),
  ]

  private static let browser: [Binding] = [
    b([.enter], .open, .browser, "open the project", "開く", hint: ("open", "開く")),
    b([.char("n")], .new, .browser, "new project", "新規作成", hint: ("new", "新規")),
    b([.char("/")], .filter, .browser, "filter as you type", "絞り込み", hint: ("filter", "絞込")),
    b([.escape], .cancel, .browser, "clear the filter", "絞り込みを解除"),
    b([.char("d")], .duplicate, .browser, "duplicate", "複製"),
    b(
      [.char("a")], .archive, .browser, "archive (moves the file to archive/)", "アーカイブ（archive/へ移動）"
    ),
    b([.char("D")], .demo, .browser, "open the demo project", "デモを開く", hint: ("demo", "デモ")),
    b([.up], .up, .filter, "move up the list", "一覧の上へ"),
    b([.down], .down, .filter, "move down the list", "一覧の下へ"),
    b([.enter], .accept, .filter, "done: keep the filter", "確定（絞り込みを保つ）", hint: ("done", "確定")),
    b([.escape], .cancel, .filter, "clear the filter", "絞り込みを解除", hint: ("clear", "解除")),
  ]

  private static let panes: [Binding] =
    [
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
      b(
        [.char("N")], .notApplicable, .disclosure, "not applicable, with a reason", "対象外にする（理由を記入）"),
      b([.char("p")], .prefill, .disclosure, "start from the answers' suggestion", "回答からの下書きを使う"),
      b(
        [.char("P")], .prefillAll, .disclosure, "suggestions for all empty fields", "空欄すべてに回答からの下書き"
      ),
      b(
        [.enter, .char("e")], .edit, .sandbox, "edit: plan text, evidence or step note",
        "編集（計画の本文・根拠資料・手順のメモ）", hint: ("edit", "編集")),
      b([.char("y")], .checkYes, .sandbox, "checklist: yes", "チェック: はい", hint: ("yes", "はい")),
      b([.char("n")], .checkNo, .sandbox, "checklist: no", "チェック: いいえ", hint: ("no", "いいえ")),
      b([.char("u")], .checkUnknown, .sandbox, "checklist: unknown", "チェック: 不明"),
      b([.char("a")], .checkNotApplicable, .sandbox, "checklist: not applicable", "チェック: 対象外"),
      b(
        [.char("+")], .addAction, .sandbox,
        "add an action for this criterion (text, owner, due date)",
        "このチェック項目の対応を追加（内容・担当・期限）"),
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
    ] + plan

  private static let plan: [Binding] = [
    b(
      [.char("m")], .statusMet, .plan, "status: met (needs a reason or evidence)",
      "状況: 対応済み（理由か根拠資料が必要）", hint: ("met", "対応済み")),
    b([.char("p")], .statusPartly, .plan, "status: partly met", "状況: 一部対応"),
    b([.char("g")], .statusGap, .plan, "status: gap", "状況: 未対応", hint: ("gap", "未対応")),
    b(
      [.char("n")], .statusNotApplicable, .plan, "status: not applicable (needs a reason)",
      "状況: 対象外（理由が必要）"),
    b([.char("u")], .statusUnknown, .plan, "status: unknown (clears it)", "状況: 未確認（記録を消す）"),
    b(
      [.enter, .char("e")], .edit, .plan, "edit the reason", "理由を編集", hint: ("reason", "理由"),
      hintKeys: 1),
    b(
      [.char("f")], .addEvidence, .plan, "add an evidence file (Tab completes the path)",
      "根拠ファイルを追加（Tab でパスを補完）", hint: ("evidence", "根拠")),
    b(
      [.char("a"), .char("+")], .addAction, .plan, "add an action (text, owner, due date)",
      "対応を追加（内容・担当・期限）", hint: ("action", "対応"), hintKeys: 1),
    b([.char("d")], .toggleDone, .plan, "action done / not done", "対応の完了・未完了"),
    b(
      [.backspace, .delete], .remove, .plan,
      "remove the evidence link or action (press twice)", "根拠の紐付け・対応を削除（2回押す）"),
    b(
      [.char("h")], .homeworkExport, .report, "write the client homework form beside the project",
      "クライアント向け確認シートをプロジェクトの隣に出力"),
    b(
      [.char("H")], .homeworkImport, .report, "read a filled homework form back",
      "記入済みの確認シートを読み込む"),
  ]

  private static let editing: [Binding] = [
    b(
      [.escape], .keep, .editor, "done: keep the text and close", "完了（本文を保持して閉じる）",
      hint: ("done", "完了")),
    b(
      [.ctrl("g")], .cancel, .editor, "cancel: put the text back as it was", "取消（元の本文に戻す）",
      hint: ("cancel", "取消")),
    b([.ctrl("s")], .save, .editor, "save without closing", "閉じずに保存", hint: ("save", "保存")),
  ]

  private static let dialogs: [Binding] = [
    b([.up], .up, .jump, "choose the question above", "上の質問を選択", hint: ("choose", "選択")),
    b([.down], .down, .jump, "choose the question below", "下の質問を選択", hint: ("choose", "選択")),
    b([.enter], .accept, .jump, "go to the question", "質問へ移動", hint: ("go", "移動")),
    b([.escape], .close, .jump, "close", "閉じる", hint: ("close", "閉じる")),
    b(
      [.escape], .keep, .note, "save what was typed (just close when nothing changed)",
      "入力内容を保存（変更がなければ閉じるだけ）", hint: ("keep", "保持")),
    b(
      [.ctrl("g")], .cancel, .note, "cancel: throw the typing away", "取消（入力を破棄）",
      hint: ("cancel", "取消")),
    b(
      [.ctrl("t")], .togglePrivate, .note, "private (kept out of client exports) / shared",
      "非公開（顧客向け出力に含めない）・共有", hint: ("private", "非公開")),
    b(
      [.tab, .down], .nextField, .newProject, "next field", "次の欄", hint: ("next field", "次の欄"),
      hintKeys: 1),
    b([.backTab, .up], .previousField, .newProject, "previous field", "前の欄"),
    b([.enter], .accept, .newProject, "create the project", "プロジェクトを作成", hint: ("create", "作成")),
    b(
      [.escape], .keep, .newProject, "close and keep the typing for the next n",
      "閉じる（入力は次の n まで保持）", hint: ("keep", "保持")),
    b(
      [.ctrl("g")], .cancel, .newProject, "cancel: clear the form", "取消（入力を破棄）",
      hint: ("cancel", "取消")),
    b(
      [.up, .char("k")], .up, .export, "previous format", "前の形式", hint: ("choose", "選択"),
      hintKeys: 1),
    b(
      [.down, .char("j")], .down, .export, "next format", "次の形式", hint: ("choose", "選択"),
      hintKeys: 1),
    b(
      [.enter], .accept, .export, "export to the exports folder", "exports フォルダーに出力",
      hint: ("export", "出力")),
    b([.escape], .close, .export, "close", "閉じる", hint: ("close", "閉じる")),
    b(
      [.char("y"), .char("Y")], .restore, .recovery,
      "restore the changes (the saved file becomes the .bak)",
      "変更を復元（保存済みのファイルは .bak に）", hint: ("restore", "復元"), hintKeys: 1),
    b(
      [.char("n"), .char("N")], .discard, .recovery, "discard the changes", "変更を破棄",
      hint: ("discard", "破棄"), hintKeys: 1),
    b(
      [.char("y"), .char("Y")], .restore, .inputRecovery, "restore the typing where it was typed",
      "入力していた場所に復元", hint: ("restore it", "復元"), hintKeys: 1),
    b(
      [.char("n"), .char("N")], .discard, .inputRecovery, "discard the typing", "入力を破棄",
      hint: ("discard it", "破棄"), hintKeys: 1),
    b([.char("L")], .language, .inputRecovery, "English / 日本語", "English / 日本語"),
    b([.char("M")], .conflicts, .workbench, "merge conflicts: list and resolve", "マージの競合：一覧と解決"),
    b(
      [.up, .char("k")], .up, .conflict, "previous conflict", "前の競合", hint: ("choose", "選択"),
      hintKeys: 1),
    b(
      [.down, .char("j")], .down, .conflict, "next conflict", "次の競合", hint: ("choose", "選択"),
      hintKeys: 1),
    b([.char("o")], .keepOurs, .conflict, "keep ours", "こちらを残す", hint: ("ours", "こちら")),
    b([.char("t")], .takeTheirs, .conflict, "take theirs", "相手を採用", hint: ("theirs", "相手")),
    b([.char("b")], .takeBase, .conflict, "take the base", "元に戻す", hint: ("base", "元")),
    b([.escape], .close, .conflict, "close", "閉じる", hint: ("close", "閉じる")),
    b([.char("L")], .language, .conflict, "English / 日本語", "English / 日本語"),
    b([.enter], .accept, .prompt, "save", "保存", hint: ("save", "保存")),
    b(
      [.escape], .keep, .prompt, "save what was typed (just close when nothing changed)",
      "入力内容を保存（変更がなければ閉じるだけ）", hint: ("keep", "保持")),
    b(
      [.ctrl("g")], .cancel, .prompt, "cancel: throw the typing away", "取消（入力を破棄）",
      hint: ("cancel", "取消")),
    b(
      [.enter], .accept, .datePrompt, "save the date (empty: not done yet)", "日付を保存（空欄: 未実施）",
      hint: ("save", "保存")),
    b(
      [.escape], .keep, .datePrompt, "save what was typed (just close when nothing changed)",
      "入力内容を保存（変更がなければ閉じるだけ）", hint: ("keep", "保持")),
    b(
      [.ctrl("g")], .cancel, .datePrompt, "cancel: throw the typing away", "取消（入力を破棄）",
      hint: ("cancel", "取消")),
    b(
      [.enter], .accept, .actionPrompt,
      "next: the owner, then the due date (which saves the action)",
      "次へ（担当、期限の順。期限で対応を保存）", hint: ("next", "次へ")),
    b(
      [.escape], .keep, .actionPrompt,
      "save the action with what was given so far (no text: nothing is saved)",
      "ここまでの入力で対応を保存（内容が空なら保存しない）", hint: ("save as is", "この内容で保存")),
    b(
      [.ctrl("g")], .cancel, .actionPrompt, "cancel the whole action: nothing is saved",
      "対応全体を取消（何も保存しない）", hint: ("cancel action", "対応を取消")),
    b([.tab], .complete, .pathPrompt, "complete the path", "パスを補完", hint: ("complete", "補完")),
    b([.enter], .accept, .pathPrompt, "add the file", "ファイルを追加", hint: ("add", "追加")),
    b(
      [.escape], .keep, .pathPrompt, "back, keeping the path for next time",
      "戻る（入力したパスは次回に残す）", hint: ("back", "戻る")),
    b(
      [.ctrl("g")], .cancel, .pathPrompt, "cancel: forget the path", "取消（パスを消す）",
      hint: ("cancel", "取消")),
    b(
      [.enter], .accept, .homeworkPrompt, "read the form and show what it changes",
      "確認シートを読み込み、変更点を表示", hint: ("read", "読込")),
    b(
      [.escape], .keep, .homeworkPrompt, "back: nothing is read; the path is kept for next time",
      "戻る（読み込まない。パスは次回に残す）", hint: ("back", "戻る")),
    b(
      [.ctrl("g")], .cancel, .homeworkPrompt, "cancel: nothing is read, the path is forgotten",
      "取消（読み込まず、パスを消す）", hint: ("cancel", "取消")),
  ]

  /// The help dialog: typing filters it, so only keys that type nothing scroll and close.
  private static let help: [Binding] = {
    let scroll = ("scroll", "スクロール")
    return [
      b([.up], .up, .help, "scroll up", "上へスクロール", hint: scroll),
      b([.down], .down, .help, "scroll down", "下へスクロール", hint: scroll),
      b([.pageUp], .pageUp, .help, "page up", "前のページ", hint: scroll),
      b([.pageDown], .pageDown, .help, "page down", "次のページ", hint: scroll),
      b([.home], .top, .help, "to the top", "先頭へ"),
      b([.end], .bottom, .help, "to the end", "末尾へ"),
      b(
        [.escape], .cancel, .help, "clear the filter; close when there is none",
        "絞り込みを解除（なければ閉じる）", hint: ("clear/close", "解除・閉じる")),
      b([.enter, .function(1)], .close, .help, "close", "閉じる"),
    ]
  }()

  /// Typing a search in the why dialog.
  private static let search: [Binding] = [
    b([.enter], .accept, .search, "search", "検索", hint: ("search", "検索")),
    b(
      [.escape], .keep, .search, "stop typing (the search stays)", "入力をやめる（検索は保持）",
      hint: ("done", "完了")),
  ]

  /// The command palette.
  private static let palette: [Binding] = [
    b([.up], .up, .palette, "choose the command above", "上のコマンドを選択", hint: ("choose", "選択")),
    b([.down], .down, .palette, "choose the command below", "下のコマンドを選択", hint: ("choose", "選択")),
    b([.enter], .accept, .palette, "run the command", "コマンドを実行", hint: ("run", "実行")),
    b(
      [.escape], .cancel, .palette, "clear the filter; close when there is none",
      "絞り込みを解除（なければ閉じる）", hint: ("clear/close", "解除・閉じる")),
  ]

  /// The keys of a scrolling dialog (why, about); `own` is the key that opened it.
  private static func scrolling(_ context: KeyContext, own: Key) -> [Binding] {
    let scroll = ("scroll", "スクロール")
    let searching: [Binding] =
      context == .why
      ? [
        b([.char("/")], .search, context, "search", "検索", hint: ("search", "検索")),
        b([.char("n")], .nextMatch, context, "next match", "次の一致"),
        b([.char("N")], .previousMatch, context, "previous match", "前の一致"),
        b([.char("m")], .expand, context, "the notice in full / folded", "注記の全文・たたむ"),
      ] : []
    return searching + [
      b([.up, .char("k")], .up, context, "scroll up", "上へスクロール", hint: scroll, hintKeys: 1),
      b([.down, .char("j")], .down, context, "scroll down", "下へスクロール", hint: scroll, hintKeys: 1),
      b([.pageUp], .pageUp, context, "page up", "前のページ", hint: scroll),
      b(
        [.pageDown, .char(" ")], .pageDown, context, "page down", "次のページ", hint: scroll, hintKeys: 1
      ),
      b([.home], .top, context, "to the top", "先頭へ"),
      b([.end], .bottom, context, "to the end", "末尾へ"),
      b([.escape], .close, context, "close", "閉じる", hint: ("close", "閉じる")),
      b([.char("q"), .enter, own], .close, context, "close", "閉じる"),
      b([.char("L")], .language, context, "English / 日本語", "English / 日本語"),
    ]
  }

  /// The context of the workbench's current pane.
  public static func context(for pane: Pane) -> KeyContext {
    switch pane {
    case .interview: return .interview
    case .disclosure: return .disclosure
    case .sandbox: return .sandbox
    case .plan: return .plan
    case .guidance: return .pane
    case .report: return .report
    }
  }

  /// The command `key` triggers in `context`: its own bindings first, then its parents'.
  public static func command(for key: Key, in context: KeyContext) -> Command? {
    for scope in [context] + context.parents {
      if let binding = bindings.first(where: { $0.context == scope && $0.keys.contains(key) }) {
        return binding.command
      }
    }
    return nil
  }

  /// The bindings that work in `context`, for help: its own, then those it inherits, each
  /// in table order.
  public static func bindings(for context: KeyContext) -> [Binding] {
    let own = bindings.filter { $0.context == context }
    let inherited = bindings.filter { binding in
      context.parents.contains(binding.context)
        && command(for: binding.keys[0], in: context) == binding.command
    }
    return own + inherited
  }

  /// The keys of `command` in `context`, as help writes them ("Ctrl-T").
  public static func label(of command: Command, in context: KeyContext) -> String {
    bindings(for: context).first { $0.command == command }?.hintKeys ?? ""
  }

  /// Status-bar hints for `context`: "↑/k move", "Enter open", "? help".
  public static func hints(for context: KeyContext, language: Language) -> [KeyHint] {
    var hints = bindings(for: context).compactMap { binding in
      binding.hint.map {
        KeyHint(keys: binding.hintKeys, text: $0.text(language), pinned: binding.pinned)
      }
    }
    if context.hintsEditKeys, let scope = context.editScope {
      hints += EditKeymap.bindings.filter { $0.scope == scope }.compactMap { binding in
        binding.hint.map { KeyHint(keys: binding.hintKeys, text: $0.text(language), pinned: false) }
      }
    }
    return hints
  }

  /// The status-bar line of a dialog or field: "↑↓ PgUp PgDn scroll · Esc close". Hints with
  /// the same word in a row share it.
  public static func modalHint(for context: KeyContext, language: Language) -> String {
    var groups: [(keys: String, text: String)] = []
    for hint in hints(for: context, language: language) {
      if let last = groups.last, last.text == hint.text {
        // Single-character keys run together ("↑↓"); others keep a space ("↑↓ PgUp").
        let join = last.keys.count == 1 && hint.keys.count == 1 ? "" : " "
        groups[groups.count - 1].keys += join + hint.keys
      } else {
        groups.append((hint.keys, hint.text))
      }
    }
    let lead = context.hintLead.map { [$0.text(language)] } ?? []
    return (lead + groups.map { "\($0.keys) \($0.text)" }).joined(separator: " · ")
  }
}
