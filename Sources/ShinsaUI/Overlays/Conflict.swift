import ShinsaCore

/// Keys in the merge-conflicts dialog: choose a record, then keep ours, take theirs or take
/// the base. Resolving removes the record and is saved and logged like any change.
func handleConflictKey(_ state: inout AppState, _ cursor: Int, _ key: Key) -> [Effect] {
  guard var workbench = state.workbench else {
    state.overlay = nil
    return []
  }
  let records = workbench.document.conflicts
  let choice: ConflictChoice
  switch Keymap.command(for: key, in: .conflict) {
  case .close?:
    state.overlay = nil
    return []
  case .up?:
    state.overlay = .conflicts(cursor: max(0, cursor - 1))
    return []
  case .down?:
    state.overlay = .conflicts(cursor: min(max(0, records.count - 1), cursor + 1))
    return []
  case .language?:
    state.language = state.language == .en ? .ja : .en
    return []
  case .keepOurs?: choice = .ours
  case .takeTheirs?: choice = .theirs
  case .takeBase?: choice = .base
  default: return []
  }
  guard records.indices.contains(cursor) else { return [] }
  if workbench.readOnly {
    state.flash = state.t(
      "This project is read-only here; nothing was changed.", "読み取り専用のため変更できません。")
    return []
  }
  let record = records[cursor]
  let resolved: ProjectDocument
  do {
    guard
      let document = try workbench.document.resolving(
        record.item, with: choice, rulebook: state.rulebook)
    else { return [] }
    resolved = document
  } catch {
    state.flash = error.description
    return []
  }
  if record.question != nil { workbench.interview = resolved.interview(rulebook: state.rulebook) }
  let log = ChangeLogEntry(
    at: state.now, kind: "conflict", subject: record.item,
    from: record.ours.value?.renderedCompact(), to: choice.rawValue)
  let effects = storeChange(&state, &workbench, resolved, log: log)
  state.workbench = workbench
  let left = resolved.conflicts.count
  state.overlay = left == 0 ? nil : .conflicts(cursor: min(cursor, left - 1))
  state.flash = state.t(
    "Resolved \(record.item) (\(choice.rawValue)); \(left) left.",
    "\(record.item) を解決しました（\(choiceName(state, choice))）。残り \(left) 件。")
  return effects
}

private func choiceName(_ state: AppState, _ choice: ConflictChoice) -> String {
  switch choice {
  case .ours: return state.t("ours", "こちら")
  case .theirs: return state.t("theirs", "相手")
  case .base: return state.t("base", "共通の元")
  }
}

/// A conflict's item for people, in the current language: what kind of item it is and the
/// question, field, criterion or obligation it is about; the file's key when shinsa does not
/// know the item.
func conflictTitle(_ state: AppState, _ record: ConflictRecord) -> String {
  guard let item = record.mergeItem else { return record.item }
  let rulebook = state.rulebook
  let language = state.language
  func question(_ id: String) -> String { rulebook.question(id)?.text.text(language) ?? id }
  func draft(_ place: DraftPlace, _ id: String) -> String {
    switch place {
    case .disclosure:
      return rulebook.disclosureFields.first { $0.id == id }?.title.text(language) ?? id
    case .sandboxPlan:
      return rulebook.sandbox.planItems.first { $0.id == id }?.title.text(language) ?? id
    }
  }
  switch item {
  case .answer(let id): return state.t("Answer: ", "回答: ") + question(id)
  case .note(let id): return state.t("Note: ", "メモ: ") + question(id)
  case .notePrivate(let id): return state.t("Note private or shared: ", "メモの公開範囲: ") + question(id)
  case .followUp(let id): return state.t("Follow-up flag: ", "要フォローアップ: ") + question(id)
  case .confidence(let id): return state.t("Confidence: ", "確度: ") + question(id)
  case .draftState(let place, let id):
    return state.t("Draft state: ", "下書きの状態: ") + draft(place, id)
  case .draftText(let place, let id, let draftLanguage):
    let which = draftLanguage == .en ? state.t("English", "英語") : state.t("Japanese", "日本語")
    return state.t("Draft (\(which)): ", "下書き（\(which)）: ") + draft(place, id)
  case .draftSync(let place, let id):
    return state.t("Draft languages in sync: ", "下書きの言語の一致: ") + draft(place, id)
  case .checklist(let id):
    let title = rulebook.sandbox.criteria.first { $0.id == id }?.title.text(language) ?? id
    return state.t("Sandbox checklist: ", "サンドボックスの確認項目: ") + title
  case .step(let id):
    let title = rulebook.sandbox.steps.first { $0.id == id }?.title.text(language) ?? id
    return state.t("Sandbox step: ", "サンドボックスの手順: ") + title
  case .obligation(let id):
    let title = rulebook.obligations.first { $0.id == id }?.title.text(language) ?? id
    return state.t("Obligation status: ", "義務の対応状況: ") + title
  case .evidence(let id): return state.t("Evidence ", "根拠資料 ") + id
  case .action(let id): return state.t("Action ", "対応 ") + id
  case .metadata(let field):
    switch field {
    case "client": return state.t("Client", "クライアント")
    case "system": return state.t("System", "システム")
    case "assessor": return state.t("Assessor", "評価者")
    default: return field
    }
  }
}

/// The count shown in the title bar while conflicts are open ("⚠ 2 conflicts").
func conflictBadge(_ state: AppState, _ document: ProjectDocument) -> String {
  let count = document.conflicts.count
  guard count > 0 else { return "" }
  return state.t(
    "⚠ \(count) conflict\(count == 1 ? "" : "s") (\(Keymap.label(of: .conflicts, in: .workbench))) · ",
    "⚠ 競合 \(count) 件（\(Keymap.label(of: .conflicts, in: .workbench))） · ")
}

/// Draws the merge-conflicts dialog: the records, and the chosen one's three values.
func renderConflicts(_ state: AppState, _ cursor: Int, _ frame: inout Frame, left: Int, width: Int)
{
  let records = state.workbench?.document.conflicts ?? []
  let listRows = min(records.count, max(1, frame.height - 16))
  let height = listRows + 11
  let top = max(0, (frame.height - height) / 2)
  frame.box(
    top: top, left: left, width: width, height: height,
    title: state.t("Merge conflicts — Esc to close", "マージの競合 — Escで閉じる"))
  frame.markDialog(top: top, left: left, width: width, height: height)
  let inner = width - 4
  let first = max(0, min(cursor - listRows + 1, records.count - listRows))
  for (offset, record) in records.dropFirst(first).prefix(listRows).enumerated() {
    let index = first + offset
    let row = top + 1 + offset
    frame.mark(.dialogRow(index), row: row, from: left + 1, to: left + width - 1)
    if index == cursor {
      frame.fill(row: row, role: .selection, from: left + 1, to: left + width - 1)
    }
    frame.put(
      DisplayWidth.truncate(
        (index == cursor ? "▸ " : "  ") + TextSafety.escaped(conflictTitle(state, record)),
        to: inner),
      row: row, column: left + 2, role: index == cursor ? .selection : .text)
  }
  guard records.indices.contains(cursor) else { return }
  let record = records[cursor]
  var row = top + 2 + listRows
  func line(_ label: String, _ side: ConflictSide?, _ value: JSONOut?) {
    let text = ConflictRecord.display(
      value, item: record.mergeItem, rulebook: state.rulebook, language: state.language)
    var who = ""
    if let side, !side.by.isEmpty || !side.at.isEmpty {
      let at =
        side.at.isEmpty ? "" : " " + state.zone.local(side.at) + " " + state.zone.name()
      who = " (\(side.by.isEmpty ? "?" : side.by)\(at))"
    }
    frame.put(
      DisplayWidth.truncate(label + who, to: inner), row: row, column: left + 2, role: .muted)
    frame.put(
      DisplayWidth.truncate("  " + TextSafety.escaped(text), to: inner), row: row + 1,
      column: left + 2, role: .text)
    row += 2
  }
  line(state.t("Ours (kept while open)", "こちら（解決まで保持）"), record.ours, record.ours.value)
  line(state.t("Theirs", "相手"), record.theirs, record.theirs.value)
  line(state.t("Base (common ancestor)", "共通の元"), nil, record.base)
  let ours = Keymap.label(of: .keepOurs, in: .conflict)
  let theirs = Keymap.label(of: .takeTheirs, in: .conflict)
  let base = Keymap.label(of: .takeBase, in: .conflict)
  let choices: [(command: Command, text: String)] = [
    (.keepOurs, state.t("\(ours) keep ours", "\(ours) こちらを残す")),
    (.takeTheirs, state.t("\(theirs) take theirs", "\(theirs) 相手を採用")),
    (.takeBase, state.t("\(base) take base", "\(base) 元に戻す")),
  ]
  frame.drawChoices(state, choices, row: row + 1, column: left + 2, limit: left + 2 + inner)
}
