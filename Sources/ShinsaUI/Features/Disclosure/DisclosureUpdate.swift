import ShinsaCore

/// Disclosure pane commands: move among the fields, scroll the detail, edit, mark done or in
/// sync, withhold or mark not applicable (with a reason), start from the answers.
func disclosureCommand(
  _ state: inout AppState, _ workbench: inout WorkbenchState, _ command: Command
) -> [Effect] {
  let sheet = workbench.disclosureSheet(state.rulebook)
  guard !sheet.rows.isEmpty else { return [] }
  workbench.disclosureCursor = max(0, min(sheet.rows.count - 1, workbench.disclosureCursor))
  let row = sheet.rows[workbench.disclosureCursor]
  let target = DraftTarget.disclosure(row.field.id)
  switch command {
  case .up, .down:
    let step = command == .up ? -1 : 1
    workbench.disclosureCursor = max(
      0, min(sheet.rows.count - 1, workbench.disclosureCursor + step))
    workbench.scroll[.disclosure] = 0
  case .pageUp, .pageDown:
    let step = command == .pageUp ? -5 : 5
    let layout = WorkbenchLayout(state)
    let lines = disclosureDetailLines(state, workbench, row, width: layout.detail.width).count
    workbench.scroll[.disclosure] = max(
      0, min(layout.detailScrollLimit(lines: lines), (workbench.scroll[.disclosure] ?? 0) + step))
  case .edit, .externalEdit, .markDone, .markInSync:
    return draftCommand(&state, &workbench, target, prefill: row.prefill, command)
  case .draftLanguage:
    workbench.draftLanguage = workbench.draftLanguage == .en ? .ja : .en
  case .withhold, .notApplicable:
    let wanted: DisclosureFieldState = command == .withhold ? .withheld : .notApplicable
    let draft = workbench.draft(target)
    if draft.state == wanted {
      return changeDraft(&state, &workbench, target) { draft in
        draft.state = draft.en.isEmpty && draft.ja.isEmpty ? .empty : .draft
      }
    }
    state.overlay = .prompt(
      .disclosureReason(field: row.field.id, state: wanted),
      TextField(draft.reason, limit: 1000), problem: nil)
  case .prefill:
    return draftCommand(&state, &workbench, target, prefill: row.prefill, command)
  case .prefillAll:
    let fills = sheet.rows.compactMap { row in row.prefill.map { (row.field.id, $0) } }
    guard !fills.isEmpty else {
      state.flash = state.t("No empty field has a suggestion.", "下書きを入れられる空欄はありません。")
      return []
    }
    let now = state.now
    let effects = commitDocument(
      &state, &workbench,
      { document in
        for (id, prefill) in fills {
          var draft = document.disclosure[id] ?? DisclosureDraft()
          draft.adopt(prefill, at: now)
          document.disclosure[id] = draft
        }
      },
      log: ChangeLogEntry(
        at: now, kind: "disclosure", subject: "", from: nil,
        to: "suggestions for \(fills.count) fields"))
    if !effects.isEmpty {
      state.flash = state.t(
        "Filled \(fills.count) empty fields from the answers, as drafts to check.",
        "\(fills.count) 項目の空欄に回答からの下書きを入れました。内容を確認してください。")
    }
    return effects
  default: break
  }
  return []
}
