import Foundation
import ShinsaCore

/// The I/O of the screen-reader mode (`shinsa open PROJECT --plain`, `SHINSA_PLAIN=1`): reads
/// lines from standard input, prints ``PlainSession``'s text, saves each change as the
/// workbench does (same lock, same atomic save). No terminal control at all.
enum PlainDriver {
  /// Whether the environment asks for the plain mode (`SHINSA_PLAIN` set, not empty or 0).
  static func requested(_ environment: [String: String]) -> Bool {
    guard let value = environment["SHINSA_PLAIN"] else { return false }
    return !value.isEmpty && value != "0"
  }

  /// Runs the session to `q` or the end of input; returns the exit status.
  static func run(
    project: String?, store: ProjectStore, rulebook: Rulebook, language: Language, readOnly: Bool
  ) -> Int32 {
    guard let project else {
      Exit.fail(Exit.usage, "the plain mode needs a project: shinsa open PROJECT --plain")
    }
    let open: OpenProject
    do {
      open = try OpenProject(path: store.resolve(project), rulebook: rulebook, readOnly: readOnly)
    } catch {
      error.exit()
    }
    defer { open.close() }
    var notice: String?
    if let reason = open.readOnlyReason, reason != .review {
      notice = open.readOnlyNotice
    }
    if open.pendingRecovery != nil {
      notice =
        (notice.map { $0 + "\n" } ?? "")
        + "Unsaved changes from an earlier session are in the recovery journal; shinsa recover (or the workbench) offers them. This session starts from the saved file."
    }
    var session = PlainSession(
      document: open.document, rulebook: rulebook, language: language,
      readOnly: open.readOnlyReason)
    Exit.writeOut(session.opening(notice: notice))
    var status: Int32 = 0
    while let line = readLine(strippingNewline: true) {
      let step = session.handle(line, now: Timestamp.now())
      if step.save, let problem = save(session.document, open) {
        Exit.writeOut(problem + "\n")
        status = Exit.ioError
      }
      if step.done { break }
      Exit.writeOut(step.output)
    }
    // The position (where to start next time) is saved on the way out, as the workbench does.
    if !open.readOnly, session.document != open.document,
      let problem = save(session.document, open)
    {
      FileHandle.standardError.write(Data("shinsa: \(TextSafety.inertLines(problem))\n".utf8))
      status = Exit.ioError
    }
    Exit.writeOut("\n")
    return status
  }

  /// Saves `document` into `open` atomically; a sentence when it failed (the change is then
  /// kept in the recovery journal).
  private static func save(_ document: ProjectDocument, _ open: OpenProject) -> String? {
    guard !open.readOnly else { return nil }
    do {
      try open.update(document, journal: false)
      try open.save()
      return nil
    } catch {
      try? open.journalUnsaved()
      return PlainText.clean(error.description)
    }
  }
}
