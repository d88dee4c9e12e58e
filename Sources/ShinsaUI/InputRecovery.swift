import ShinsaCore

// Typing that is not yet in the project: what the runner journals, and putting it back.

/// The text being typed that `saved` (by default the workbench's document) does not hold
/// yet, or nil.
///
/// The runner writes this to the input journal a moment after it changes and removes the
/// journal when it becomes nil, passing the project as last saved, so the journal goes only
/// once the project file holds the text. While the "unsaved typing" dialog is open it is
/// the typing offered, so nothing is removed before the user decides. Pure: derived from
/// the state.
public func pendingInput(_ state: AppState, savedIn saved: ProjectDocument? = nil)
  -> PendingInput?
{
  if case .inputRecovery(let input)? = state.overlay { return input }
  if case .newProject(let form)? = state.overlay {
    let input = PendingInput(
      kind: .newProject, subject: "", text: form.fields[0].text,
      more: form.fields.dropFirst().map(\.text))
    return input.isEmpty ? nil : input
  }
  guard let workbench = state.workbench, !workbench.readOnly else { return nil }
  var input: PendingInput?
  switch state.overlay {
  case .note(let area, let isPrivate)?:
    if let id = workbench.interview.current {
      input = PendingInput(
        kind: .note, subject: id, text: area.text, option: isPrivate ? "private" : "shared")
    }
  case .longAnswer(let area)?:
    if let id = workbench.interview.current {
      input = PendingInput(kind: .answer, subject: id, text: area.text)
    }
  case .prompt(let purpose, let field, _)?:
    switch purpose {
    case .evidence(let criterion):
      input = PendingInput(kind: .evidence, subject: criterion, text: field.text)
    case .stepNote(let step):
      input = PendingInput(kind: .stepNote, subject: step, text: field.text)
    case .stepDate(let step):
      input = PendingInput(kind: .stepDate, subject: step, text: field.text)
    case .disclosureReason(let id, let wanted):
      input = PendingInput(kind: .reason, subject: id, text: field.text, option: wanted.rawValue)
    case .plan(let prompt):
      input = planPendingInput(prompt, field.text)
    // A path, and a name retyped in a moment; the journal keeps longer typing.
    case .homeworkForm, .assessor:
      break
    }
  case nil:
    if let editor = workbench.draftEditor {
      let kind: PendingInput.Kind
      switch editor.target {
      case .disclosure: kind = .disclosure
      case .plan: kind = .plan
      }
      input = PendingInput(
        kind: kind, subject: editor.target.id, language: editor.language, text: editor.area.text)
    } else if let field = workbench.editing, let id = workbench.interview.current {
      input = PendingInput(kind: .answer, subject: id, text: field.text)
    }
  default:
    break
  }
  guard let input, !input.isSaved(in: saved ?? workbench.document) else { return nil }
  return input
}

/// Where typing belongs, for the "unsaved typing" dialog ("Disclosure · Human oversight
/// (English)").
public func inputPlace(_ state: AppState, _ input: PendingInput) -> String {
  let rulebook = state.rulebook
  let language = state.language
  switch input.kind {
  case .disclosure, .reason:
    let title =
      rulebook.disclosureFields.first { $0.id == input.subject }?.title.text(language)
      ?? input.subject
    if input.kind == .reason {
      return state.t("Disclosure · \(title) · reason", "開示 · \(title) · 理由")
    }
    return state.t("Disclosure · ", "開示 · ") + title + languageLabel(state, input.language)
  case .plan:
    let title =
      rulebook.sandbox.planItems.first { $0.id == input.subject }?.title.text(language)
      ?? input.subject
    return state.t("Sandbox plan · ", "実証計画 · ") + title + languageLabel(state, input.language)
  case .evidence:
    let title =
      rulebook.sandbox.criteria.first { $0.id == input.subject }?.title.text(language)
      ?? input.subject
    return state.t("Checklist evidence · ", "チェックリストの根拠 · ") + title
  case .stepNote, .stepDate:
    let title =
      rulebook.sandbox.steps.first { $0.id == input.subject }?.title.text(language)
      ?? input.subject
    return input.kind == .stepNote
      ? state.t("Step note · ", "手続きのメモ · ") + title
      : state.t("Step date · ", "手続きの日付 · ") + title
  case .note, .answer:
    let text = rulebook.question(input.subject)?.text.text(language) ?? input.subject
    return input.kind == .note
      ? state.t("Note · ", "メモ · ") + text : state.t("Answer · ", "回答 · ") + text
  case .newProject:
    return state.t("New-project form", "新規プロジェクトの入力欄")
  case .planReason, .planEvidence, .planAction:
    return planInputPlace(state, input)
  }
}

private func languageLabel(_ state: AppState, _ language: Language?) -> String {
  switch language {
  case .en?: return state.t(" (English)", "（英語）")
  case .ja?: return state.t(" (Japanese)", "（日本語）")
  case nil: return ""
  }
}

/// The text the dialog shows of typing: the form's fields joined, else the text.
func inputShownText(_ input: PendingInput) -> String {
  if input.kind == .planAction { return planShownText(input) }
  guard input.kind == .newProject else { return input.text }
  return ([input.text] + input.more).filter { !$0.isEmpty }.joined(separator: " · ")
}

/// Puts typing found in the input journal back where it was typed: the same editor, dialog
/// or field, holding the text (nothing is saved until the user closes it as usual). A
/// field that is no longer shown gets the text written into the project instead.
func restoreInput(_ state: inout AppState, _ input: PendingInput) -> [Effect] {
  if input.kind == .newProject {
    var form = NewProjectForm()
    for (index, text) in ([input.text] + input.more).prefix(form.fields.count).enumerated() {
      form.fields[index] = TextField(text, limit: form.fields[index].limit)
    }
    state.overlay = .newProject(form)
    return []
  }
  guard var workbench = state.workbench, !workbench.readOnly else { return [] }
  var effects: [Effect] = []
  switch input.kind {
  case .disclosure, .plan:
    effects = restoreDraft(&state, &workbench, input)
  case .note, .answer:
    do {
      try workbench.interview.apply(.jump(question: input.subject))
    } catch {
      state.flash =
        state.t(
          "That question is no longer asked; the text typed was: ",
          "その質問は現在表示されていません。入力されていた文: ") + input.text
      break
    }
    workbench.itemCursor = workbench.initialCursor()
    workbench.pane = .interview
    if input.kind == .note {
      state.overlay = .note(
        TextArea(input.text, limit: noteLimit), isPrivate: input.option == "private")
    } else if let question = state.rulebook.question(input.subject) {
      openAnswerEditor(&state, &workbench, question, text: input.text)
    }
  case .evidence, .stepNote, .stepDate:
    workbench.pane = .sandbox
    let (purpose, limit): (PromptPurpose, Int) =
      switch input.kind {
      case .evidence: (.evidence(criterion: input.subject), 2000)
      case .stepNote: (.stepNote(step: input.subject), 2000)
      default: (.stepDate(step: input.subject), 10)
      }
    state.overlay = .prompt(purpose, TextField(input.text, limit: limit), problem: nil)
  case .reason:
    workbench.pane = .disclosure
    let wanted = DisclosureFieldState(rawValue: input.option ?? "") ?? .withheld
    state.overlay = .prompt(
      .disclosureReason(field: input.subject, state: wanted), TextField(input.text, limit: 1000),
      problem: nil)
  case .planReason, .planEvidence, .planAction:
    restorePlanInput(&state, &workbench, input)
  case .newProject:
    break
  }
  state.workbench = workbench
  return effects
}

/// Opens the draft editor on the restored text, with the list on its row; a section or
/// field no longer listed gets the text written into its draft instead.
private func restoreDraft(
  _ state: inout AppState, _ workbench: inout WorkbenchState, _ input: PendingInput
) -> [Effect] {
  let language = input.language ?? .en
  let target: DraftTarget =
    input.kind == .disclosure ? .disclosure(input.subject) : .plan(input.subject)
  var row: Int?
  if input.kind == .disclosure {
    row = workbench.disclosureSheet(state.rulebook).rows.firstIndex {
      $0.field.id == input.subject
    }
    if let row { workbench.disclosureCursor = row }
  } else {
    let advice = workbench.sandboxAdvice(state.rulebook)
    row = sandboxEntries(advice).firstIndex { entry in
      if case .plan(let index) = entry { return advice.plan[index].item.id == input.subject }
      return false
    }
    if let row { workbench.sandboxCursor = row }
  }
  workbench.pane = input.kind == .disclosure ? .disclosure : .sandbox
  workbench.draftLanguage = language
  let text = String(input.text.prefix(draftLimit))
  guard row != nil else {
    let now = state.now
    let effects = changeDraft(&state, &workbench, target) { draft in
      draft.setText(text, language, at: now)
      if draft.state == .empty, !text.isEmpty { draft.state = .draft }
    }
    state.flash = state.t(
      "That section is no longer listed; the text was put into its draft.",
      "その項目は現在表示されていないため、本文を下書きに入れました。")
    return effects
  }
  workbench.draftEditor = DraftEditor(
    target: target, language: language, area: TextArea(text, limit: draftLimit),
    original: workbench.draft(target).text(language))
  workbench.draftSavedAt = state.now
  return []
}
