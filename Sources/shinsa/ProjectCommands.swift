import ArgumentParser
import ShinsaCore

struct DemoCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "demo",
    abstract: "Write a realistic demo project (a fictional consumer lender) to explore shinsa with."
  )

  @OptionGroup var storeOptions: StoreOptions

  func run() throws {
    let rulebook = loadRulebook(path: nil)
    let store = storeOptions.store
    let path = store.path(forName: DemoProject.name)
    if FilePaths.exists(path) {
      Exit.writeOut("The demo project is already at \(path)\n")
      return
    }
    do {
      try store.create(
        name: DemoProject.name,
        document: DemoProject.document(rulebook: rulebook, now: Timestamp.now()))
    } catch {
      error.exit()
    }
    Exit.writeOut(
      "Wrote the demo project to \(path)\nTry: shinsa assess \(path)\n     shinsa export \(path) --format markdown\n"
    )
  }
}

struct DiffCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "diff",
    abstract:
      "Show what differs between two projects or answers files, or two versions of one: answers, tier, regulators, obligations.",
    discussion: """
      Either side may be a project or an answers file (as shinsa assess reads). Example, \
      against the previous saved version: shinsa diff client.shinsa.json client.shinsa.json.bak
      """
  )

  @Argument(help: "The first project (a path, or a name in the projects folder) or answers file.")
  var first: String

  @Argument(help: "The second project or answers file.")
  var second: String

  @Option(name: .long, help: "text or json.")
  var format: OutputFormat = .text

  @Option(name: .long, help: "Language of the text output: en or ja.")
  var lang: Language = .en

  @OptionGroup var projects: ProjectsOptions

  func run() throws {
    let rulebook = projects.loadRulebook()
    let store = projects.store
    let a = readProjectOrAnswers(first, store: store, rulebook: rulebook)
    let b = readProjectOrAnswers(second, store: store, rulebook: rulebook)
    let diff = ProjectDiff(
      a.document, b.document, rulebook: rulebook, compareMetadata: a.isProject && b.isProject)
    switch format {
    case .json: Exit.writeOut(diff.json().rendered())
    case .text, .markdown:
      Exit.writeOut(TextSafety.inertLines(diff.text(rulebook: rulebook, language: lang)))
    }
  }
}

struct ReassessCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "reassess",
    abstract:
      "Assess a project against the current (or given) rulebook and show what changed since its last assessment.",
    discussion: """
      With the bundled rulebook, records the new assessment in the project (its change log \
      keeps the old one). Nothing is recorded with --dry-run; with --rulebook PATH (a what-if \
      run) unless --record is given; when the project was last assessed with a newer edition \
      of the rulebook unless --record is given; or when the project is open in another shinsa.
      """
  )

  @Argument(help: "The project (a path, or a name in the projects folder).")
  var project: String

  @Option(name: .long, help: "text or json.")
  var format: OutputFormat = .text

  @Flag(name: .long, help: "Show what changed without recording anything in the project.")
  var dryRun = false

  @Flag(
    name: .long,
    help: "Record the assessment even with --rulebook PATH or an older rulebook than last time.")
  var record = false

  @OptionGroup var projects: ProjectsOptions

  func validate() throws {
    if dryRun, record { throw ValidationError("Give either --dry-run or --record, not both.") }
  }

  func run() throws {
    let rulebook = projects.loadRulebook()
    let path = projects.store.resolve(project)
    let open: OpenProject
    do {
      open = try OpenProject(path: path, rulebook: rulebook)
    } catch {
      error.exit()
    }
    defer { open.close() }
    let now = Timestamp.now()
    let document = open.document
    let assessment = Assessor(rulebook: rulebook).assess(
      document.answers, completeDisclosureFields: document.completeDisclosureFields)
    let snapshot = AssessmentSnapshot(assessment, at: now)
    let changes = document.lastAssessment.map { AssessmentChanges(from: $0, to: snapshot) }
    let unchanged =
      changes?.isEmpty == true && document.lastAssessment?.rulebookVersion == rulebook.version
      && document.lastAssessment?.rulebookID == rulebook.id
    let notRecorded =
      open.readOnlyNotice ?? (unchanged ? nil : reasonNotToRecord(open, rulebook: rulebook))
    if notRecorded == nil, !unchanged, open.pendingRecovery != nil {
      Exit.fail(
        Exit.cannotCreate,
        "\(path) has unsaved changes from an interrupted session; run shinsa recover \(project) first (or shinsa recover \(project) --discard)"
      )
    }
    // The bundled changelog describes the bundled rulebook only; another rulebook has none.
    let fromChangelog = document.lastAssessment.flatMap { previous in
      (try? RulebookChangelogLoader.bundled(for: rulebook)).map {
        ReassessChangelog(
          previous: previous, assessment: assessment, rulebook: rulebook, changelog: $0)
      }
    }
    let reopenings = document.plan.reopenings(
      in: assessment, previous: document.lastAssessment)
    var lines: [String] = []
    lines.append(
      "\(TextSafety.inert(document.metadata.client)) · \(TextSafety.inert(document.metadata.system)): \(assessment.tier.rawValue) (\(Tier.notStatutoryLabel(.en)))"
    )
    if let previous = document.lastAssessment {
      lines.append(
        "Last assessed \(previous.at) with rulebook \(previous.rulebookID) \(previous.rulebookVersion)."
      )
      let changeLines = changes?.lines(rulebook) ?? []
      lines +=
        changeLines.isEmpty
        ? ["No change in tier, regulators, obligations or sandbox route."] : changeLines
      lines += fromChangelog?.lines() ?? []
      lines += reopenings.map(\.line)
    } else if notRecorded == nil {
      lines.append("Not assessed before; recorded this assessment as the baseline.")
    } else {
      lines.append("Not assessed before.")
    }
    if let notRecorded {
      lines.append("Not recorded: \(notRecorded)")
    } else if !unchanged {
      do {
        try open.change(
          "assessed", subject: "\(rulebook.id) \(rulebook.version)",
          from: document.lastAssessment?.tier.rawValue,
          to: assessment.tier.rawValue, at: now, journal: false
        ) { document in
          document.lastAssessment = snapshot
          document.rulebookVersion = rulebook.version
        }
        try open.save()
      } catch {
        error.exit()
      }
    }
    switch format {
    case .json:
      Exit.writeOut(
        JSONOut.object([
          ("project", .string(path)), ("tier", .string(assessment.tier.rawValue)),
          ("recorded", .bool(notRecorded == nil && !unchanged)),
          ("changes", changes?.json() ?? .null),
          ("changelog", fromChangelog?.json() ?? .array([])),
          ("plan", .array(reopenings.map(\.json))),
          ("notRecordedBecause", .string(notRecorded)),
        ]).rendered())
    case .text, .markdown:
      Exit.writeOut(lines.joined(separator: "\n") + "\n")
    }
  }

  /// Why this run must not be recorded in the project, or nil when it may be.
  private func reasonNotToRecord(_ open: OpenProject, rulebook: Rulebook) -> String? {
    if dryRun { return "--dry-run." }
    if record { return nil }
    if let file = projects.rulebookPath {
      return
        "a what-if run against the rulebook \(file) is not the project's history; add --record to record it."
    }
    if let previous = open.document.lastAssessment, previous.rulebookID == rulebook.id,
      RulebookVersionOrder.isOlder(rulebook.version, than: previous.rulebookVersion)
    {
      return
        "the project was last assessed with rulebook \(previous.rulebookID) \(previous.rulebookVersion), newer than \(rulebook.version) in use; add --record to record it anyway."
    }
    return nil
  }
}

struct RecoverCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "recover",
    abstract: "Restore changes that a crash or kill left unsaved in a project's recovery journal.",
    discussion:
      "Without --discard, the unsaved changes are saved into the project (the old file becomes the .bak)."
  )

  @Argument(help: "The project (a path, or a name in the projects folder).")
  var project: String

  @Flag(name: .long, help: "Throw the unsaved changes away instead.")
  var discard = false

  @OptionGroup var projects: ProjectsOptions

  func run() throws {
    let rulebook = projects.loadRulebook()
    let path = projects.store.resolve(project)
    do {
      let open = try OpenProject(path: path, rulebook: rulebook)
      defer { open.close() }
      if let notice = open.readOnlyNotice { Exit.fail(Exit.cannotCreate, notice) }
      // Typing left in the input journal is restored by the workbench, into its editor.
      let inputPath = InputJournal.path(for: open.path)
      var typingReported = false
      if let typing = InputJournal.read(at: inputPath)?.withExternalText(),
        !typing.isSaved(in: open.pendingRecovery ?? open.document)
      {
        if discard {
          InputJournal.remove(at: inputPath)
          Exit.writeOut("Discarded the unsaved typing of \(path).\n")
        } else {
          Exit.writeOut(
            "\(path) has unsaved typing (\(typing.kind.rawValue) \(typing.subject), \(typing.text.count) characters); open the project in the workbench to restore it, or discard it with --discard.\n"
          )
        }
        typingReported = true
      }
      guard open.pendingRecovery != nil else {
        if !typingReported {
          Exit.writeOut("\(path) has no unsaved changes to recover.\n")
        }
        return
      }
      if discard {
        open.discardRecovery()
        Exit.writeOut("Discarded the unsaved changes of \(path).\n")
      } else {
        try open.recover()
        Exit.writeOut("Recovered the unsaved changes into \(path).\n")
      }
    } catch {
      error.exit()
    }
  }
}
