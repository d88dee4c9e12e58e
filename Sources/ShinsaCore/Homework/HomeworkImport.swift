import Foundation

/// One change a form asks for.
public struct HomeworkChange: Sendable, Equatable {
  public var subject: HomeworkForm.Subject
  /// The value before and after, as the change log shows them.
  public var from: String?
  public var to: String
  /// The answer line's number in the form.
  public var line: Int
  /// True when the project changed this value since the export and `force` overrode it.
  public var forced: Bool
  fileprivate var apply: Edit

  fileprivate enum Edit: Sendable, Equatable {
    case answer(String, Answer)
    case text(String, Language, String)
    case reason(String, String)
  }
}

/// A value the client changed that the project also changed since the export.
public struct HomeworkConflict: Sendable, Equatable, CustomStringConvertible {
  public var subject: HomeworkForm.Subject
  /// The project's value now, the value at export and the form's value.
  public var project: String
  public var form: String
  public var line: Int

  /// "line 12: sector: the project now says X; the form says Y".
  public var description: String {
    "line \(line): \(subject): changed in the project since the export (now \(project)); the form says \(form)"
  }
}

/// What importing a form would do: the changes to apply and the conflicts left alone.
public struct HomeworkImportPlan: Sendable, Equatable {
  public var changes: [HomeworkChange]
  public var conflicts: [HomeworkConflict]
  /// Entries whose answer line was left blank or unchanged.
  public var unchanged: Int
}

/// Reads a filled form against a project: pure, and all-or-nothing.
public enum HomeworkImport {
  /// Reads `text` (the form file `fileName`) against `document`. Any invalid entry throws
  /// the first problem with its line, so nothing is applied. With `force`, values changed in
  /// the project since the export are overwritten instead of reported as conflicts.
  public static func plan(
    _ text: String, fileName: String, document: ProjectDocument, rulebook: Rulebook,
    force: Bool = false
  ) throws(DataFileError) -> HomeworkImportPlan {
    let form = try HomeworkReader.read(text, fileName: fileName, rulebook: rulebook)
    if form.projectCreated != HomeworkForm.percentEncoded(document.metadata.created) {
      let formCreated = form.projectCreated.removingPercentEncoding ?? form.projectCreated
      var error = DataFileError(
        file: fileName, position: TextPosition(line: 1, column: 1), path: nil,
        message:
          "the form was written for another project (created \(formCreated), this one \(document.metadata.created))"
      )
      error.homeworkProblem = .otherProject(
        formCreated: formCreated, projectCreated: document.metadata.created)
      throw error
    }
    var result = HomeworkImportPlan(changes: [], conflicts: [], unchanged: 0)
    for entry in form.entries {
      guard !entry.value.isEmpty else {
        result.unchanged += 1
        continue
      }
      let current = HomeworkForm.currentFingerprint(entry.subject, in: document)
      let edit: HomeworkChange.Edit
      let fromText: String?
      let toText: String
      switch entry.subject {
      case .question(let id):
        guard let question = rulebook.question(id) else { continue }
        let answer = try HomeworkValue.answer(
          entry.value, question: question, position: entry.valuePosition, fileName: fileName)
        guard HomeworkForm.fingerprint(answer) != current else {
          result.unchanged += 1
          continue
        }
        edit = .answer(id, answer)
        fromText = document.answers[id]?.display
        toText = answer.display
      case .disclosureText(let field, let language):
        let value = try checkedText(entry, fileName: fileName)
        guard HomeworkForm.fingerprint(text: value) != current else {
          result.unchanged += 1
          continue
        }
        edit = .text(field, language, value)
        fromText = document.disclosure[field]?.text(language)
        toText = value
      case .disclosureReason(let field):
        let value = try checkedText(entry, fileName: fileName)
        guard HomeworkForm.fingerprint(text: value) != current else {
          result.unchanged += 1
          continue
        }
        edit = .reason(field, value)
        fromText = document.disclosure[field]?.reason
        toText = value
      }
      let moved = current != entry.was
      if moved && !force {
        result.conflicts.append(
          HomeworkConflict(
            subject: entry.subject, project: fromText.map { "\"\($0)\"" } ?? "no answer",
            form: "\"\(toText)\"", line: entry.valuePosition.line))
        continue
      }
      result.changes.append(
        HomeworkChange(
          subject: entry.subject, from: fromText.flatMap { $0.isEmpty ? nil : $0 }, to: toText,
          line: entry.valuePosition.line, forced: moved, apply: edit))
    }
    return result
  }

  /// `document` with `plan`'s changes applied, each logged as a "homework" entry naming the
  /// form; `document` itself when there are none.
  public static func apply(
    _ plan: HomeworkImportPlan, to document: ProjectDocument, formName: String, now: String
  ) -> ProjectDocument {
    guard !plan.changes.isEmpty else { return document }
    // The log's subject is limited to 200 characters; a long file name is cut.
    let formName = formName.count > 100 ? String(formName.prefix(99)) + "…" : formName
    var copy = document
    for change in plan.changes {
      switch change.apply {
      case .answer(let id, let answer):
        copy.answers[id] = answer
      case .text(let field, let language, let text):
        var draft = copy.disclosure[field] ?? DisclosureDraft()
        draft.setText(text, language, at: now)
        if draft.state == .empty { draft.state = .draft }
        copy.disclosure[field] = draft
      case .reason(let field, let reason):
        var draft = copy.disclosure[field] ?? DisclosureDraft()
        draft.reason = reason
        copy.disclosure[field] = draft
      }
      copy.changeLog.append(
        ChangeLogEntry(
          at: now, kind: "homework", subject: "\(change.subject) from \(formName)",
          from: change.from, to: change.to))
    }
    copy.metadata.modified = now
    return copy
  }

  private static func checkedText(_ entry: HomeworkEntry, fileName: String) throws(DataFileError)
    -> String
  {
    guard entry.value.count <= AnswersFile.maximumTextLength else {
      var error = DataFileError(
        file: fileName, position: entry.valuePosition, path: entry.subject.description,
        message: "the text is longer than \(AnswersFile.maximumTextLength) characters")
      error.homeworkProblem = .textTooLong(limit: AnswersFile.maximumTextLength)
      throw error
    }
    return entry.value
  }
}

extension HomeworkImport {
  /// What an import did (or, with `dryRun`, would do), one line per change and conflict.
  public static func summary(_ plan: HomeworkImportPlan, formName: String, dryRun: Bool) -> String {
    let verb = dryRun ? "would apply" : "applied"
    var text =
      "\(formName): \(verb) \(plan.changes.count) \(plan.changes.count == 1 ? "change" : "changes"), \(plan.conflicts.count) \(plan.conflicts.count == 1 ? "conflict" : "conflicts"), \(plan.unchanged) left as they were\n"
    for change in plan.changes {
      let forced = change.forced ? " (overwriting a change made since the export)" : ""
      text +=
        "  line \(change.line): \(change.subject): \(change.from ?? "(none)") → \(change.to)\(forced)\n"
    }
    for conflict in plan.conflicts {
      text += "  conflict, \(conflict); not applied (--force applies it)\n"
    }
    return text
  }

  /// The one-line result the workbench shows: "applied 2, conflicts 1".
  public static func shortSummary(_ plan: HomeworkImportPlan) -> String {
    "applied \(plan.changes.count), conflicts \(plan.conflicts.count)"
  }
}
