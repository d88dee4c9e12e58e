import ShinsaCore

/// Records a change to the project's drafts: stamps, logs, re-assesses and asks for a save.
/// Refused (with a message) when the project is read-only.
func commitDocument(
  _ state: inout AppState, _ workbench: inout WorkbenchState,
  _ change: (inout ProjectDocument) -> Void,
  log: ChangeLogEntry?
) -> [Effect] {
  if workbench.readOnly {
    state.flash = readOnlyRefusal(state, workbench)
    return []
  }
  var document = workbench.document
  change(&document)
  guard document != workbench.document else { return [] }
  return storeChange(&state, &workbench, document, log: log)
}

/// Stamps, logs and re-assesses a changed document, makes it the workbench's, and asks for a
/// save. Only what the interview does not own is kept from `changed`.
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
  workbench.keep(document)
  workbench.assessment = assessment
  workbench.saveState = .unsaved
  return [.save(workbench.document)]
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
    state.flash = readOnlyRefusal(state, workbench)
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
      state.flash = readOnlyRefusal(state, workbench)
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

/// Marks a draft done, or back to draft. Done is refused while a language is empty or still
/// holds a placeholder, naming the language to finish.
func toggleDone(
  _ state: inout AppState, _ workbench: inout WorkbenchState, _ target: DraftTarget
) -> [Effect] {
  let draft = workbench.draft(target)
  if draft.state == .done {
    return changeDraft(&state, &workbench, target) { $0.state = .draft }
  }
  if draft.isBlank(.en) && draft.isBlank(.ja) {
    if case .disclosure = target {
      state.flash = state.t(
        "Write the text first (Enter), or mark the field withheld (W) or not applicable (N).",
        "先に本文を書くか（Enter）、非開示（W）または対象外（N）にしてください。")
    } else {
      state.flash = state.t("Write the text first (Enter).", "先に本文を書いてください（Enter）。")
    }
    return []
  }
  if let language = draft.unfinishedLanguages.first {
    let name = languageName(state, language)
    state.flash =
      draft.isBlank(language)
      ? state.t(
        "Not done yet: the \(name) text is empty (t switches, Enter edits).",
        "未完了: \(name)の本文が空です（t で切替、Enter で編集）。")
      : state.t(
        "Not done yet: the \(name) text still holds a placeholder to replace.",
        "未完了: \(name)の本文に［要翻訳］［追記］の箇所が残っています。")
    return []
  }
  return changeDraft(&state, &workbench, target) { $0.state = .done }
}

/// Records that the two languages of a draft say the same thing, clearing a lag.
func markInSync(
  _ state: inout AppState, _ workbench: inout WorkbenchState, _ target: DraftTarget
) -> [Effect] {
  let draft = workbench.draft(target)
  guard let lagging = draft.lagging else {
    state.flash = state.t(
      "English and Japanese are already in step.", "英語と日本語は既に一致済みです。")
    return []
  }
  guard !draft.isBlank(lagging) else {
    state.flash = state.t(
      "The \(languageName(state, lagging)) text is empty: write it first.",
      "\(languageName(state, lagging))の本文が空です。先に記入してください。")
    return []
  }
  let effects = commitDocument(
    &state, &workbench,
    { document in
      var after = draft
      after.markInSync()
      switch target {
      case .disclosure(let id): document.disclosure[id] = after
      case .plan(let id): document.sandbox.plan[id] = after
      }
    },
    log: ChangeLogEntry(
      at: state.now, kind: target.logKind, subject: target.id, to: "languages in sync"))
  if !effects.isEmpty {
    state.flash = state.t(
      "Marked English and Japanese in sync.", "英語と日本語を一致済みにしました。")
  }
  return effects
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
    var text = TextSafety.typed(raw)
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
