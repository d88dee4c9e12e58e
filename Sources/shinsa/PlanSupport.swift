import ArgumentParser
import Foundation
import ShinsaCore

extension ObligationStatus: ExpressibleByArgument {}

extension PlanFailOn: ExpressibleByArgument {}

/// The dates and the project edits that the plan commands share.
enum PlanSupport {
  /// Today's date (YYYY-MM-DD, UTC). `SHINSA_TODAY=YYYY-MM-DD` replaces the clock; it exists
  /// for tests (evidence that goes stale, actions that fall overdue) and is documented in
  /// docs/plan.md.
  static func today() -> String {
    if let fixed = ProcessInfo.processInfo.environment["SHINSA_TODAY"] {
      guard Timestamp.isValidDate(fixed) else {
        Exit.fail(Exit.usage, "SHINSA_TODAY=\(fixed) is not a date like 2026-12-31.")
      }
      return fixed
    }
    return String(Timestamp.now().prefix(10))
  }

  /// Refuses `text` given for `option` unless it is a calendar date.
  static func checkDate(_ text: String?, option: String) throws {
    guard let text, !Timestamp.isValidDate(text) else { return }
    throw ValidationError("\(option) \(text) is not a date like 2026-12-31.")
  }

  /// Checks `target` against the rulebook, exiting with 64 and the closest id when unknown.
  static func checkTarget(_ target: String, rulebook: Rulebook, prefixes: [String]) {
    do {
      try PlanTarget.check(target, in: rulebook, prefixes: prefixes)
    } catch {
      Exit.fail(Exit.usage, error.message)
    }
  }

  /// What a plan edit logs: the subject and the value before and after.
  struct LogNote {
    var subject: String
    var from: String?
    var to: String?
  }

  /// Opens the project for writing (locked), applies `body` to its plan as one logged change
  /// and saves it atomically. Exits with 65 and the rule's sentence when `body` refuses, and
  /// with a clear message when the project cannot be read or written.
  static func edit(
    _ argument: String, projects: ProjectsOptions, rulebook: Rulebook, kind: String,
    _ body: (inout Plan) throws(PlanError) -> LogNote
  ) -> OpenProject {
    let open = ProjectWriting.open(argument, projects: projects, rulebook: rulebook)
    defer { open.close() }
    var plan = open.document.plan
    let note: LogNote
    do {
      note = try body(&plan)
    } catch {
      Exit.fail(Exit.dataError, error.message)
    }
    do {
      try open.change(kind, subject: note.subject, from: note.from, to: note.to, journal: false) {
        $0.plan = plan
      }
      try open.save()
    } catch {
      error.exit()
    }
    return open
  }
}
