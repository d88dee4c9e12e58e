import ArgumentParser
import Foundation
import ShinsaCore

struct NewCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "new",
    abstract: "Create a project file for one client's AI system.",
    discussion: """
      Creates NAME.shinsa.json in the projects folder (readable only by you). Start from an \
      answers file with --answers to import a builder's self-assessment.

      Example: shinsa new hikari-credit --client "Hikari Lending" --system "Instant credit decisions"
      """
  )

  @Argument(help: "The project's short name (used as the file name).")
  var name: String

  @Option(name: .long, help: "The client's name.")
  var client: String = ""

  @Option(name: .long, help: "The name of the AI system being assessed.")
  var system: String = ""

  @Option(name: .long, help: "Who is doing the assessment.")
  var assessor: String = ""

  @Option(
    name: .long,
    help: ArgumentHelp("Start from the answers in this answers file.", valueName: "FILE"))
  var answers: String?

  @OptionGroup var projects: ProjectsOptions

  func validate() throws {
    if let problem = ProjectStore.validateName(name) { throw ValidationError("\(problem).") }
    for (label, value) in [("client", client), ("system", system), ("assessor", assessor)]
    where value.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
      throw ValidationError("--\(label) may not contain control characters.")
    }
    for (label, value) in [("client", client), ("system", system), ("assessor", assessor)]
    where value.count > 500 {
      throw ValidationError("--\(label) is longer than 500 characters.")
    }
  }

  func run() throws {
    let rulebook = projects.loadRulebook()
    let now = Timestamp.now()
    var document = ProjectDocument(
      rulebook: rulebook, client: client.isEmpty ? name : client, system: system,
      assessor: assessor, now: now)
    if let answers {
      document.answers = readAnswersFile(answers, rulebook: rulebook)
      document.changeLog.append(
        ChangeLogEntry(at: now, kind: "imported", subject: "answers", to: answers))
    }
    let assessment = Assessor(rulebook: rulebook).assess(document.answers)
    document.lastAssessment = AssessmentSnapshot(assessment, at: now)
    do {
      let path = try projects.store.create(name: name, document: document)
      Exit.writeOut("Created \(path)\n")
    } catch {
      error.exit()
    }
  }
}

/// Reads and checks an answers file, exiting with a clear message when it is unusable.
func readAnswersFile(_ path: String, rulebook: Rulebook) -> [String: Answer] {
  let bytes = readAnswersBytes(path)
  do {
    return try AnswersFile.parse(bytes, fileName: path, rulebook: rulebook)
  } catch {
    Exit.fail(Exit.dataError, error.description)
  }
}

/// The bytes of an answers file or project (at most ``AnswersFile/maximumBytes``), exiting
/// with 66 when it is missing or unreadable and 65 when it is too large.
func readAnswersBytes(_ path: String) -> [UInt8] {
  do {
    return try FileLimits.read(path: path, maximumBytes: AnswersFile.maximumBytes)
  } catch {
    Exit.fail(
      error.isMissingOrUnreadable ? Exit.noInput : Exit.dataError, "\(path): \(error.message).")
  }
}
