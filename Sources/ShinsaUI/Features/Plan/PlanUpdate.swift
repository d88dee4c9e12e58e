import ShinsaCore

/// Plan pane commands: move, set a status, edit its reason, add evidence and actions, mark
/// an action done, remove an evidence link or an action.
func planPaneCommand(
  _ state: inout AppState, _ workbench: inout WorkbenchState, _ command: Command
) -> [Effect] {
  let report = workbench.planReport(state)
  let entries = planEntries(report)
  guard !entries.isEmpty else {
    // With no rows at all, `a` still adds an action for the whole project.
    if command == .addAction, !workbench.readOnly {
      return openPlanActionPrompt(&state, PlanExtras.otherTarget)
    }
    state.flash = state.t(
      "No obligation applies on the answers so far.", "現在の回答で該当する義務はありません。")
    return []
  }
  let cursor = planCursor(workbench.planPane.selected, in: entries)
  let entry = entries[cursor]
  // A removal waits for a second Backspace on the same row; any other key forgets it.
  let pending = workbench.planPane.pendingRemoval
  workbench.planPane.pendingRemoval = nil
  switch command {
  case .up, .down:
    let next = max(0, min(entries.count - 1, cursor + (command == .up ? -1 : 1)))
    workbench.planPane.selected = entries[next]
    workbench.scroll[.plan] = 0
    return []
  case .pageUp, .pageDown:
    let layout = WorkbenchLayout(state)
    let lines = planDetailLines(state, workbench, report, entry, width: layout.detail.width)
    workbench.scroll[.plan] = max(
      0,
      min(
        layout.detailScrollLimit(lines: lines.count),
        (workbench.scroll[.plan] ?? 0) + (command == .pageUp ? -5 : 5)))
    return []
  default: break
  }
  if workbench.readOnly {
    state.flash = state.t(
      "This project is read-only here; nothing was changed.", "読み取り専用のため変更できません。")
    return []
  }
  switch command {
  case .toggleDone:
    return togglePlanAction(&state, &workbench, entry)
  case .remove:
    let effects = removePlanEntry(&state, &workbench, entry, confirmed: pending == entry)
    // A row under the later headings has no obligation to fall back to: the row that takes
    // its place is selected (the one above when it was the last).
    if !effects.isEmpty, !report.rows.contains(where: { $0.obligation.id == entry.obligation }) {
      let remaining = planEntries(workbench.planReport(state))
      workbench.planPane.selected =
        remaining.isEmpty ? nil : remaining[min(cursor, remaining.count - 1)]
    }
    return effects
  default: break
  }
  // Evidence for a disclosure field and the other actions have no status of their own:
  // `f` adds evidence for the row's field, `a` an action for the whole project.
  guard let row = report.rows.first(where: { $0.obligation.id == entry.obligation }) else {
    return planExtrasCommand(
      &state, entry, command, pathDraft: workbench.pathDrafts[.evidence] ?? "")
  }
  let id = row.obligation.id
  switch command {
  case .statusMet: return setPlanStatus(&state, &workbench, row, .met)
  case .statusPartly: return setPlanStatus(&state, &workbench, row, .partly)
  case .statusGap: return setPlanStatus(&state, &workbench, row, .gap)
  case .statusNotApplicable: return setPlanStatus(&state, &workbench, row, .notApplicable)
  case .statusUnknown: return setPlanStatus(&state, &workbench, row, .unknown)
  case .edit:
    guard row.status.status != .unknown else {
      state.flash = state.t(
        "Set a status first (m met · p partly · g gap · n not applicable); the reason goes with it.",
        "先に状況を設定してください（m 対応済み · p 一部対応 · g 未対応 · n 対象外）。理由は状況とともに記録されます。")
      return []
    }
    state.overlay = .prompt(
      .plan(.reason(obligation: id, status: row.status.status)),
      TextField(row.status.reason, limit: 2000), problem: nil)
    return []
  case .addEvidence:
    state.overlay = .prompt(
      .plan(.evidence(obligation: id)),
      TextField(workbench.pathDrafts[.evidence] ?? "", limit: 1000),
      problem: nil)
    return []
  case .addAction:
    return openPlanActionPrompt(&state, id)
  default:
    return []
  }
}

/// The keys on a row under "Evidence for disclosure fields" or "Other actions": `f` on a
/// field's evidence adds evidence for that field, `a` under the other actions adds one for
/// the whole project; the rest say what the row does take.
private func planExtrasCommand(
  _ state: inout AppState, _ entry: PlanEntry, _ command: Command, pathDraft: String
) -> [Effect] {
  let field: String? =
    if case .evidence(let target, _) = entry, target.hasPrefix("disclosure:") { target } else {
      nil
    }
  switch command {
  case .addEvidence:
    if let field {
      state.overlay = .prompt(
        .plan(.evidence(obligation: field)), TextField(pathDraft, limit: 1000), problem: nil)
      return []
    }
  case .addAction:
    if field == nil { return openPlanActionPrompt(&state, PlanExtras.otherTarget) }
  case .statusMet, .statusPartly, .statusGap, .statusNotApplicable, .statusUnknown, .edit:
    break
  default:
    return []
  }
  state.flash =
    field == nil
    ? state.t(
      "Choose an obligation with ↑↓ first: a status, reason or evidence goes with one (a here adds an action for the whole project).",
      "先に ↑↓ で義務を選んでください（状況・理由・根拠資料は義務ごとに記録します。ここで a を押すとプロジェクト全体の対応を追加します）。")
    : state.t(
      "Choose an obligation with ↑↓ first: a status, reason or action goes with one (f here adds evidence for this field).",
      "先に ↑↓ で義務を選んでください（状況・理由・対応は義務ごとに記録します。ここで f を押すとこの開示項目の根拠資料を追加します）。")
  return []
}

/// Opens the first of the new action's prompts, for obligation `id`, for the whole project
/// when `id` is ``PlanExtras/otherTarget``, or for `question:ID` or `criterion:ID`.
func openPlanActionPrompt(_ state: inout AppState, _ id: String) -> [Effect] {
  state.overlay = .prompt(
    .plan(.actionText(obligation: id)), TextField("", limit: 2000), problem: nil)
  return []
}

/// Marks the selected action done, or open again.
private func togglePlanAction(
  _ state: inout AppState, _ workbench: inout WorkbenchState, _ entry: PlanEntry
) -> [Effect] {
  guard case .action(_, let item) = entry,
    let action = workbench.document.plan.actions.first(where: { $0.id == item })
  else {
    state.flash = state.t("Choose an action with ↑↓ first.", "↑↓ で対応を選んでください。")
    return []
  }
  return commitDocument(
    &state, &workbench,
    { document in
      guard let index = document.plan.actions.firstIndex(where: { $0.id == item }) else {
        return
      }
      document.plan.actions[index].done.toggle()
    },
    log: ChangeLogEntry(
      at: state.now, kind: "action", subject: item, from: action.done ? "done" : "open",
      to: action.done ? "open" : "done"))
}

/// Sets `row`'s status, keeping its reason. When a rule refuses (met or not applicable
/// without a reason), the status bar says the rule and the reason prompt opens for it.
private func setPlanStatus(
  _ state: inout AppState, _ workbench: inout WorkbenchState, _ row: PlanStatusReport.Row,
  _ wanted: ObligationStatus
) -> [Effect] {
  var plan = workbench.document.plan
  do {
    try plan.setStatus(wanted, reason: row.status.reason, for: row.obligation, now: state.now)
  } catch {
    state.flash = planRefusalText(state, error, row.obligation)
    state.overlay = .prompt(
      .plan(.reason(obligation: row.obligation.id, status: wanted)), TextField("", limit: 2000),
      problem: nil)
    return []
  }
  guard plan != workbench.document.plan else {
    state.flash = state.t(
      "\(row.obligation.id) is already \(planStatusLabel(state, wanted)).",
      "\(row.obligation.id) は既に「\(planStatusLabel(state, wanted))」です。")
    return []
  }
  return commitDocument(
    &state, &workbench, { $0.plan = plan },
    log: ChangeLogEntry(
      at: state.now, kind: "status", subject: row.obligation.id,
      from: row.status.status.rawValue, to: wanted.rawValue))
}

/// Removes an evidence link (the item goes when it supports nothing else) or an action, on
/// the second press.
private func removePlanEntry(
  _ state: inout AppState, _ workbench: inout WorkbenchState, _ entry: PlanEntry, confirmed: Bool
) -> [Effect] {
  switch entry {
  case .obligation:
    state.flash = state.t(
      "Choose an evidence item or an action with ↑↓ to remove it.", "削除する根拠資料か対応を ↑↓ で選んでください。")
    return []
  case .evidence(let obligation, let item):
    guard confirmed else {
      workbench.planPane.pendingRemoval = entry
      state.flash = state.t(
        "Press Backspace again to remove \(item) from \(obligation).",
        "もう一度 Backspace を押すと \(obligation) から \(item) を外します。")
      return []
    }
    return commitDocument(
      &state, &workbench,
      { document in
        guard let index = document.plan.evidence.firstIndex(where: { $0.id == item }) else {
          return
        }
        document.plan.evidence[index].supports.removeAll { $0 == obligation }
        if document.plan.evidence[index].supports.isEmpty {
          document.plan.evidence.remove(at: index)
        }
      },
      log: ChangeLogEntry(
        at: state.now, kind: "evidence", subject: obligation, from: item, to: "removed"))
  case .action(_, let item):
    guard confirmed else {
      workbench.planPane.pendingRemoval = entry
      state.flash = state.t(
        "Press Backspace again to remove action \(item).", "もう一度 Backspace を押すと対応 \(item) を削除します。")
      return []
    }
    return commitDocument(
      &state, &workbench, { $0.plan.actions.removeAll { $0.id == item } },
      log: ChangeLogEntry(at: state.now, kind: "action", subject: item, to: "removed"))
  }
}

// MARK: Prompts

/// Whether the prompt holds what the project already has (Esc then just closes).
func planPromptUnchanged(_ state: AppState, _ prompt: PlanPrompt, _ text: String) -> Bool {
  switch prompt {
  case .reason(let id, _):
    let current = state.workbench?.document.plan.obligations[id]?.reason ?? ""
    return text.trimmingCharacters(in: .whitespaces) == current
  case .evidence, .actionText:
    return text.isEmpty
  // The action's text is given by then: Esc saves the action as it stands.
  case .actionOwner, .actionDue:
    return false
  }
}

/// Why the prompt's text is refused, in one sentence; nil when it is fine.
func planPromptProblem(_ state: AppState, _ prompt: PlanPrompt, _ text: String) -> String? {
  switch prompt {
  case .reason(let id, let status):
    guard let workbench = state.workbench,
      let obligation = state.rulebook.obligations.first(where: { $0.id == id })
    else { return nil }
    var plan = workbench.document.plan
    do {
      try plan.setStatus(status, reason: text, for: obligation, now: state.now)
    } catch {
      return planRefusalText(state, error, obligation)
    }
    return nil
  case .evidence:
    return text.isEmpty
      ? state.t("Type the file's path (Tab completes it).", "ファイルのパスを入力してください（Tab で補完）。") : nil
  case .actionText:
    return text.isEmpty
      ? state.t("Say what is to be done: the action's text is empty.", "対応の内容を入力してください。") : nil
  case .actionOwner:
    return nil
  case .actionDue:
    return text.isEmpty || Timestamp.isValidDate(text)
      ? nil
      : state.t(
        "Enter a date as YYYY-MM-DD (for example 2026-12-01), or leave it empty.",
        "日付は YYYY-MM-DD の形で入力してください（例: 2026-12-01）。空欄も可。")
  }
}

/// Applies a plan prompt's answer: sets the status with its reason, asks the runner to read
/// the evidence file, or goes on to the action's next question and adds it.
func applyPlanPrompt(
  _ state: inout AppState, _ workbench: inout WorkbenchState, _ prompt: PlanPrompt, _ text: String
) -> [Effect] {
  switch prompt {
  case .reason(let id, let status):
    guard let obligation = state.rulebook.obligations.first(where: { $0.id == id }) else {
      return []
    }
    let before = workbench.document.plan.status(of: obligation).status
    var plan = workbench.document.plan
    do {
      try plan.setStatus(status, reason: text, for: obligation, now: state.now)
    } catch {
      state.flash = planRefusalText(state, error, obligation)
      return []
    }
    return commitDocument(
      &state, &workbench, { $0.plan = plan },
      log: ChangeLogEntry(
        at: state.now, kind: "status", subject: id, from: before.rawValue, to: status.rawValue))
  case .evidence(let id):
    return [.readEvidence(project: workbench.path, file: text, target: id)]
  case .actionText(let id):
    state.overlay = .prompt(
      .plan(.actionOwner(obligation: id, text: text)), TextField("", limit: 200), problem: nil)
    return []
  case .actionOwner(let id, let action):
    state.overlay = .prompt(
      .plan(.actionDue(obligation: id, text: action, owner: text)), TextField("", limit: 10),
      problem: nil)
    return []
  case .actionDue(let id, let action, let owner):
    return addPlanAction(&state, &workbench, id, text: action, owner: owner, due: text)
  }
}

/// Esc in a plan prompt: a new action is saved with what was given so far (its text, and
/// the owner and due date when they were reached); the other prompts apply as Enter does.
func finishPlanPrompt(
  _ state: inout AppState, _ workbench: inout WorkbenchState, _ prompt: PlanPrompt, _ text: String
) -> [Effect] {
  switch prompt {
  case .actionText(let id):
    return addPlanAction(&state, &workbench, id, text: text, owner: "", due: "")
  case .actionOwner(let id, let action):
    return addPlanAction(&state, &workbench, id, text: action, owner: text, due: "")
  case .reason, .evidence, .actionDue:
    return applyPlanPrompt(&state, &workbench, prompt, text)
  }
}

/// Adds the action for `id` (an obligation, "" for the whole project, `question:ID` or
/// `criterion:ID`) and selects it in the plan pane.
private func addPlanAction(
  _ state: inout AppState, _ workbench: inout WorkbenchState, _ id: String, text: String,
  owner: String, due: String
) -> [Effect] {
  var plan = workbench.document.plan
  let wholeProject = id == PlanExtras.otherTarget
  let added = plan.addAction(
    text, for: wholeProject ? [] : [id], owner: owner, due: due.isEmpty ? nil : due)
  // Logged as the command line logs it: the action's id and its text.
  let effects = commitDocument(
    &state, &workbench, { $0.plan = plan },
    log: ChangeLogEntry(at: state.now, kind: "action", subject: added.id, to: text))
  guard !effects.isEmpty else { return effects }
  // An action for a question or criterion is listed under the plan pane's other actions.
  let listedUnder = id.contains(":") ? PlanExtras.otherTarget : id
  workbench.planPane.selected = .action(obligation: listedUnder, item: added.id)
  let target = planActionTargetName(state, id)
  state.flash = state.t(
    "Added \(added.id) — for \(target)", "\(target) に \(added.id) を追加しました。")
  return effects
}

/// The title of a plan prompt.
func planPromptTitle(_ state: AppState, _ prompt: PlanPrompt) -> String {
  switch prompt {
  // What is asked comes first: a long title is cut at the box's edge.
  case .reason(let id, let status):
    let name = planActionTargetName(state, id)
    switch status {
    case .met: return state.t("How is it met? — \(name)", "どう満たしているか — \(name)")
    case .notApplicable:
      return state.t("Why does it not apply? — \(name)", "対象外である理由 — \(name)")
    default: return state.t("Reason for this status — \(name)", "この状況の理由 — \(name)")
    }
  case .evidence(let id):
    let name = planPromptTarget(state, id)
    return state.t(
      "Evidence file (from the project's folder) — for \(name)",
      "根拠ファイル（プロジェクトのフォルダーから） — \(name)")
  // What is asked comes first: a long question or criterion is cut at the box's edge.
  case .actionText(let id):
    let name = planActionTargetName(state, id)
    return state.t("New action: what is to be done? — for \(name)", "新しい対応の内容 — \(name)")
  case .actionOwner(let id, _):
    let name = planActionTargetName(state, id)
    return state.t("Who does it? (may be empty) — for \(name)", "担当者（空欄可） — \(name)")
  case .actionDue(let id, _, _):
    let name = planActionTargetName(state, id)
    return state.t(
      "Due date (YYYY-MM-DD, may be empty) — for \(name)", "期限（YYYY-MM-DD、空欄可） — \(name)")
  }
}

/// What a new action is for, in its prompts and flash: an obligation's title, a question's
/// text, a sandbox criterion's first sentence, a disclosure field's title, or the whole
/// project (in the current language; the id only when the rulebook no longer has it).
func planActionTargetName(_ state: AppState, _ id: String) -> String {
  let language = state.language
  if id == PlanExtras.otherTarget { return state.t("the whole project", "プロジェクト全体") }
  if id.hasPrefix("question:") {
    let question = String(id.dropFirst("question:".count))
    return state.rulebook.question(question)?.text.text(language) ?? question
  }
  if id.hasPrefix("criterion:") {
    let criterion = String(id.dropFirst("criterion:".count))
    return state.rulebook.sandbox.criteria.first { $0.id == criterion }
      .map { criterionHeadline($0.title.text(language)) } ?? criterion
  }
  if id.hasPrefix("disclosure:") { return planFieldTitle(state, id) }
  return state.rulebook.obligations.first { $0.id == id }?.title.text(language) ?? id
}

/// What a prompt is for, in its title: an obligation's title, or "Disclosure · " and a
/// disclosure field's title.
func planPromptTarget(_ state: AppState, _ target: String) -> String {
  target.hasPrefix("disclosure:")
    ? planTargetName(state, target) : planActionTargetName(state, target)
}

/// Tab in the evidence prompt: asks the runner for the entries of the typed path's folder.
func completePlanPath(_ state: inout AppState, _ purpose: PromptPurpose, _ field: TextField)
  -> [Effect]
{
  guard case .plan(.evidence) = purpose, let workbench = state.workbench else { return [] }
  return [.listPath(project: workbench.path, typed: field.text)]
}

// MARK: Results from the runner

/// Evidence states checked, a file read for evidence, a folder listed for completion.
func applyPlanResult(_ state: inout AppState, _ action: Action) -> [Effect] {
  guard var workbench = state.workbench else { return [] }
  var effects: [Effect] = []
  switch action {
  case .evidenceChecked(let result):
    workbench.planPane.check = result
    workbench.planPane.checkPending = nil
  case .evidenceRead(let read):
    effects = addPlanEvidence(&state, &workbench, read)
  case .pathListed(let typed, let entries):
    guard case .prompt(.plan(.evidence(let id)), let field, _)? = state.overlay,
      field.text == typed
    else { break }
    let (text, matches) = PathCompletion.complete(typed, entries: entries)
    var problem: String?
    if matches.isEmpty {
      problem = state.t("No file or folder starts with that.", "該当するファイル・フォルダーがありません。")
    } else if matches.count > 1, text == typed {
      problem = matches.prefix(20).joined(separator: "  ")
    }
    state.overlay = .prompt(
      .plan(.evidence(obligation: id)), TextField(text, limit: field.limit), problem: problem)
  default: break
  }
  state.workbench = workbench
  return effects
}

/// Records a file read by the runner as evidence, as `shinsa evidence add` does.
private func addPlanEvidence(
  _ state: inout AppState, _ workbench: inout WorkbenchState, _ read: EvidenceReadResult
) -> [Effect] {
  var plan = workbench.document.plan
  let addition = plan.addEvidence(
    path: read.path, sha256: read.sha256, for: read.target, today: read.today)
  let log: ChangeLogEntry
  if case .refreshed(_, let previous) = addition {
    log = ChangeLogEntry(
      at: state.now, kind: "evidence", subject: read.target, from: previous, to: read.sha256)
  } else {
    log = ChangeLogEntry(at: state.now, kind: "evidence", subject: read.target, to: read.path)
  }
  let effects = commitDocument(&state, &workbench, { $0.plan = plan }, log: log)
  guard !effects.isEmpty else { return effects }
  workbench.planPane.selected = .evidence(obligation: read.target, item: addition.id)
  switch addition {
  case .added(let id):
    state.flash = state.t(
      "Added \(id): \(read.path) for \(read.target).",
      "\(read.target) に \(id)（\(read.path)）を追加しました。")
  case .extended(let id):
    state.flash = state.t(
      "\(id) (\(read.path)) now also supports \(read.target).",
      "\(id)（\(read.path)）は \(read.target) の根拠にもなりました。")
  case .refreshed(let id, _):
    state.flash = state.t(
      "\(id) (\(read.path)): its content had changed, so the new SHA-256 is recorded.",
      "\(id)（\(read.path)）は内容が変わっていたため、新しい SHA-256 を記録しました。")
  }
  return effects
}

/// Asks the runner for the evidence states when the plan pane is entered, and when the
/// project's evidence changed since the last check (never for other keys).
func planEvidenceCheck(_ state: inout AppState, paneBefore: Pane?) -> [Effect] {
  guard var workbench = state.workbench, state.screen == .workbench, workbench.pane == .plan
  else { return [] }
  let evidence = workbench.document.plan.evidence
  if paneBefore == .plan {
    if workbench.planPane.check?.items == evidence { return [] }
    if workbench.planPane.checkPending == evidence { return [] }
  }
  workbench.planPane.checkPending = evidence
  state.workbench = workbench
  return [.checkEvidence(project: workbench.path, items: evidence)]
}

/// A status rule's refusal in the interface's language, naming the obligation by its title.
func planRefusalText(_ state: AppState, _ error: PlanError, _ obligation: Obligation) -> String {
  let title = obligation.title.text(state.language)
  switch error.refusal {
  case .notApplicableNeedsReason?:
    return state.t(
      "“Not applicable” needs a reason: say why “\(title)” does not apply.",
      "対象外には理由が必要です。「\(title)」が対象外である理由を記入してください。")
  case .metNeedsReasonOrEvidence?:
    return state.t(
      "“Met” needs a reason or evidence: say how “\(title)” is met, or add evidence for it first.",
      "対応済みには理由か根拠資料が必要です。「\(title)」をどう満たしているかを記入するか、先に根拠資料を追加してください。"
    )
  case nil:
    return error.message
  }
}
