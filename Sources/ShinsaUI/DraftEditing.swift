import ShinsaCore

/// A draft the multi-line editor can work on.
public enum DraftTarget: Sendable, Equatable, Hashable {
  /// A disclosure field, by id.
  case disclosure(String)
  /// A section of the sandbox demonstration plan, by id.
  case plan(String)

  /// The field or section id.
  public var id: String {
    switch self {
    case .disclosure(let id), .plan(let id): return id
    }
  }
}

/// The multi-line editor open on one language of one draft.
public struct DraftEditor: Sendable, Equatable {
  public var target: DraftTarget
  public var language: Language
  public var area: TextArea
  /// The text when the editor opened (Ctrl-G puts it back).
  public var original: String
}

/// What a one-line prompt is asking for.
public enum PromptPurpose: Sendable, Equatable {
  /// Why a disclosure field is withheld or not applicable.
  case disclosureReason(field: String, state: DisclosureFieldState)
  /// The evidence note of a sandbox checklist item.
  case evidence(criterion: String)
  /// The date a process step was done ("YYYY-MM-DD").
  case stepDate(step: String)
  /// The note of a process step.
  case stepNote(step: String)
}

/// The longest draft text, in characters.
let draftLimit = 20_000

extension WorkbenchState {
  /// The draft of `target`, or an empty one.
  func draft(_ target: DraftTarget) -> DisclosureDraft {
    switch target {
    case .disclosure(let id): return document.disclosure[id] ?? DisclosureDraft()
    case .plan(let id): return document.sandbox.plan[id] ?? DisclosureDraft()
    }
  }

  /// The disclosure sheet over the current assessment and drafts.
  func disclosureSheet(_ rulebook: Rulebook) -> DisclosureSheet {
    DisclosureSheet(rulebook: rulebook, assessment: assessment, document: document)
  }
}

/// Records a change to the project's drafts: stamps, logs, re-assesses and asks for a save.
/// Refused (with a message) when the project is read-only.
func commitDocument(
  _ state: inout AppState, _ workbench: inout WorkbenchState,
  _ change: (inout ProjectDocument) -> Void,
  log: ChangeLogEntry?
) -> [Effect] {
  if workbench.readOnly {
    state.flash = state.t(
      "This project is read-only here; nothing was changed.", "読み取り専用のため変更できません。")
    return []
  }
  var document = workbench.document
  change(&document)
  guard document != workbench.document else { return [] }
  return storeChange(&state, &workbench, document, log: log)
}

/// Stamps, logs and re-assesses a changed document, makes it the workbench's, and asks for a
/// save. The interview's answers must already be in `document`.
func storeChange(
  _ state: inout AppState, _ workbench: inout WorkbenchState, _ changed: ProjectDocument,
  log: ChangeLogEntry?
) -> [Effect] {
  var document = changed
  document.metadata.modified = state.now
  if let log { document.changeLog.append(log) }
  // The interview already derived visibility for these answers; assess from it.
  let assessment = state.assessor.assess(
    active: workbench.interview.active, completeDisclosureFields: document.completeDisclosureFields)
  document.lastAssessment = AssessmentSnapshot(assessment, at: state.now)
  workbench.document = document
  workbench.assessment = assessment
  workbench.saveState = .unsaved
  return [.save(document)]
}

/// Changes the draft of `target`, logging the state change.
func changeDraft(
  _ state: inout AppState, _ workbench: inout WorkbenchState, _ target: DraftTarget,
  _ change: (inout DisclosureDraft) -> Void
) -> [Effect] {
  let before = workbench.draft(target)
  var after = before
  change(&after)
  guard after != before else { return [] }
  let kind: String
  switch target {
  case .disclosure: kind = "disclosure"
  case .plan: kind = "sandbox"
  }
  let log = ChangeLogEntry(
    at: state.now, kind: kind, subject: target.id, from: before.state.rawValue,
    to: after.state.rawValue)
  return commitDocument(
    &state, &workbench,
    { document in
      switch target {
      case .disclosure(let id): document.disclosure[id] = after
      case .plan(let id): document.sandbox.plan[id] = after
      }
    }, log: log)
}

// MARK: Disclosure pane commands

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
    workbench.scroll[.disclosure] = max(0, (workbench.scroll[.disclosure] ?? 0) + step)
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

/// The text an editor starts from: the draft's, else the answers' suggestion.
func startingText(_ draft: DisclosureDraft, _ prefill: DisclosureDraft?, _ language: Language)
  -> String
{
  let text = draft.text(language)
  if !text.isEmpty { return text }
  return prefill?.text(language) ?? ""
}

/// Opens the multi-line editor on `target` in the current draft language.
func openEditor(
  _ state: inout AppState, _ workbench: inout WorkbenchState, _ target: DraftTarget,
  prefill: DisclosureDraft?
) {
  guard !workbench.readOnly else {
    state.flash = state.t("This project is read-only here.", "読み取り専用です。")
    return
  }
  let draft = workbench.draft(target)
  let text = startingText(draft, prefill, workbench.draftLanguage)
  workbench.draftEditor = DraftEditor(
    target: target, language: workbench.draftLanguage, area: TextArea(text, limit: draftLimit),
    original: draft.text(workbench.draftLanguage))
  workbench.draftSavedAt = state.now
}

/// What the disclosure fields and the plan sections share: the editor, `$EDITOR`, done and
/// starting from the answers' suggestion.
func draftCommand(
  _ state: inout AppState, _ workbench: inout WorkbenchState, _ target: DraftTarget,
  prefill: DisclosureDraft?, _ command: Command
) -> [Effect] {
  switch command {
  case .edit:
    openEditor(&state, &workbench, target, prefill: prefill)
    return []
  case .externalEdit:
    guard !workbench.readOnly else {
      state.flash = state.t("This project is read-only here.", "読み取り専用です。")
      return []
    }
    let text = startingText(workbench.draft(target), prefill, workbench.draftLanguage)
    return [.editExternally(target: target, language: workbench.draftLanguage, text: text)]
  case .markDone:
    return toggleDone(&state, &workbench, target)
  case .markInSync:
    return markInSync(&state, &workbench, target)
  case .prefill:
    let draft = workbench.draft(target)
    guard draft.en.isEmpty, draft.ja.isEmpty else {
      state.flash = state.t(
        "This field already has text; suggestions only fill empty fields.",
        "この項目には既に本文があります。下書きは空欄にのみ入ります。")
      return []
    }
    guard let prefill else {
      state.flash = state.t(
        "The answers so far suggest nothing here.", "これまでの回答からは、ここに入れる下書きを作れません。")
      return []
    }
    let now = state.now
    return changeDraft(&state, &workbench, target) { $0.adopt(prefill, at: now) }
  default:
    return []
  }
}

// MARK: The editor

/// The width the editor wraps at on this screen (the text box inside the detail column).
func editorWidth(_ state: AppState) -> Int {
  let layout = DraftLayout(width: state.width, height: state.height)
  return max(10, layout.detailWidth - 2)
}

/// The external editor's text came back.
func finishExternalEdit(
  _ state: inout AppState, _ target: DraftTarget, _ language: Language,
  _ result: ExternalEditResult
) -> [Effect] {
  guard var workbench = state.workbench else { return [] }
  switch result {
  case .failed(let message):
    state.flash = message
    return []
  case .text(let raw):
    // Editors end files with a newline; a trailing one is not part of the text.
    var text = TextArea.printable(raw)
    while text.hasSuffix("\n") { text.removeLast() }
    text = String(text.prefix(draftLimit))
    let now = state.now
    let effects = changeDraft(&state, &workbench, target) { draft in
      draft.setText(text, language, at: now)
      if draft.state == .empty, !text.isEmpty { draft.state = .draft }
      if draft.state == .draft, draft.en.isEmpty, draft.ja.isEmpty { draft.state = .empty }
    }
    state.workbench = workbench
    if state.flash == nil {
      state.flash =
        effects.isEmpty
        ? state.t("The editor made no change.", "エディターでの変更はありませんでした。")
        : state.t("Text read back from the editor.", "エディターの内容を読み込みました。")
    }
    return effects
  }
}
