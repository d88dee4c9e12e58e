/// A project's client-facing report: Markdown, one self-contained printable HTML file, or JSON.
///
/// The report holds the project's metadata, a summary (tier, primary regulator, obligations
/// by status, overdue actions, open questions, what would change the tier), the assessment of
/// its answers with what would change it, every visible question with its answer, the
/// follow-ups and open answers, the plan (status, evidence and actions per obligation), the
/// disclosure fields with their drafts and, when a sandbox route applies, the eligibility
/// criteria and checklist. Private notes stay out unless asked for. Every output is
/// deterministic: the same project, date and evidence files render to the same bytes.
public struct ProjectExport: Sendable {
  /// The project being exported.
  public let document: ProjectDocument
  /// The rulebook the project is assessed against and whose texts the report uses.
  public let rulebook: Rulebook
  /// The language of titles, questions, labels and drafts.
  public let language: Language
  /// Whether notes marked private appear (marked "(private)").
  public let includePrivateNotes: Bool
  /// The assessment of the project's answers, with its complete disclosure fields.
  public let assessment: Assessment
  /// The sections rendered (the metadata is always included).
  public let sections: ExportSections
  /// The sandbox advice for the project (shinsa's advice, not an official determination).
  public let sandboxAdvice: SandboxAdvice
  /// Where the project stands on each obligation on `today`, with its evidence and actions.
  public let planStatus: PlanStatusReport
  /// Every single-answer change that moves the tier, the primary regulator or the sandbox
  /// route (none when the report leaves the assessment out).
  public let counterfactuals: [Counterfactual]
  /// The report's first section.
  public let summary: ReportSummary

  let answers: [ExportAnswer]
  let disclosure: [ExportDisclosure]

  /// Prepares an export of `document` against `rulebook`. `today` (YYYY-MM-DD) decides
  /// which actions are overdue and which evidence is stale; evidence paths are read relative
  /// to `projectFolder` (without one, a relative path cannot be found and shows as missing).
  public init(
    document: ProjectDocument, rulebook: Rulebook, language: Language = .en,
    includePrivateNotes: Bool = false, sections: ExportSections = .all, today: String = "",
    projectFolder: String = ""
  ) {
    self.document = document
    self.rulebook = rulebook
    self.language = language
    self.includePrivateNotes = includePrivateNotes
    self.sections = sections
    let assessment = Assessor(rulebook: rulebook).assess(
      document.answers, completeDisclosureFields: document.completeDisclosureFields)
    self.assessment = assessment
    sandboxAdvice = SandboxAdvisor(rulebook: rulebook).advise(
      assessment: assessment, work: document.sandbox, answers: document.answers)

    let interview = document.interview(rulebook: rulebook)
    planStatus = PlanStatusReport(
      plan: document.plan, assessment: assessment, rulebook: rulebook, today: today
    ) { item in
      guard !projectFolder.isEmpty || item.path.hasPrefix("/") else {
        return EvidenceCheck.state(of: item, bytes: nil, today: today)
      }
      return EvidenceFiles.state(of: item, projectFolder: projectFolder, today: today)
    }
    // The search assesses the answers many times: only the assessment section needs it.
    counterfactuals =
      sections.contains(.assessment)
      ? CounterfactualFinder(rulebook: rulebook).find(document.answers) : []
    summary = ReportSummary(
      interview: interview, assessment: assessment, rulebook: rulebook, plan: planStatus,
      counterfactuals: counterfactuals, language: language)
    answers = interview.visibleQuestions.map { question in
      let meta = document.meta[question.id] ?? QuestionMeta()
      let answer = interview.activeAnswer(question.id)
      let showNote = !meta.note.isEmpty && (!meta.notePrivate || includePrivateNotes)
      return ExportAnswer(
        question: question, answer: answer,
        display: ProjectExport.display(answer, for: question, language),
        confidence: meta.confidence, note: showNote ? meta.note : "",
        notePrivate: showNote && meta.notePrivate, followUp: meta.followUp)
    }
    disclosure = rulebook.disclosureFields.map { field in
      let draft = document.disclosure[field.id] ?? DisclosureDraft()
      let finding = assessment.disclosure.first { $0.fieldID == field.id }
      let need = finding?.need ?? .notApplicable
      let text = language == .en ? draft.en : draft.ja
      let hasText = !text.allSatisfy(\.isWhitespace)
      let open =
        draft.state == .empty || ((draft.state == .draft || draft.state == .done) && !hasText)
      return ExportDisclosure(
        field: field, draft: draft, need: need, undecided: finding?.undecided ?? false,
        because: finding?.because ?? [], frameworks: finding?.frameworks ?? [], text: text,
        hasText: hasText,
        moreInformationNeeded: need == .required && open)
    }
  }
}

/// One visible question as the export shows it.
struct ExportAnswer: Sendable, Equatable {
  var question: Question
  /// The active answer, or nil when not answered.
  var answer: Answer?
  var display: String
  var confidence: Confidence?
  /// The note to show: empty when there is none or it is private and not included.
  var note: String
  var notePrivate: Bool
  var followUp: Bool
}

/// One disclosure field with its draft and assessed need.
struct ExportDisclosure: Sendable, Equatable {
  var field: DisclosureField
  var draft: DisclosureDraft
  var need: DisclosureNeed
  var undecided: Bool
  /// The answers the need rests on.
  var because: [TraceAnswer]
  /// The frameworks in scope for these answers (a foreign one only with its exposure).
  var frameworks: [DisclosureFramework]
  /// The draft text in the report's language.
  var text: String
  var hasText: Bool
  /// Required, and nothing drafted in the report's language.
  var moreInformationNeeded: Bool
}
