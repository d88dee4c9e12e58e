import ArgumentParser
import ShinsaCore

struct AssessCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "assess",
    abstract:
      "Assess an answers file and print the tier, regulators, obligations and sandbox route.",
    discussion: """
      The answers file is JSON: {"answers": {"sector": ["finance"], "people_affected": 2000000, ...}}. \
      Other top-level keys are ignored. Any answer may be "unknown" or left out; the result then \
      says requiresReview where that could change a conclusion.

      Exit status: 0 assessed; 3 the tier is at or above --fail-on; 64 bad usage; \
      65 malformed answers or rulebook; 66 a file is missing or unreadable.
      """
  )

  @Argument(
    help: ArgumentHelp(
      "A project file or an answers file (the same as --answers).", valueName: "PROJECT|FILE"))
  var file: String?

  @Option(name: .long, help: ArgumentHelp("The answers file to assess.", valueName: "FILE"))
  var answers: String?

  @Option(name: .long, help: "Output format: text (for people), json or markdown.")
  var format: OutputFormat = .text

  @Option(name: .long, help: "Language of the text in the output: en or ja.")
  var lang: Language = .en

  @Option(
    name: .customLong("fail-on"),
    help: ArgumentHelp(
      "Exit 3 when the tier is at or above TIER (standard, important, specially-designated).",
      valueName: "TIER"))
  var failOn: Tier?

  @OptionGroup var rulebookOptions: RulebookOptions

  func validate() throws {
    if file != nil, answers != nil {
      throw ValidationError("Give the answers file once: either as an argument or with --answers.")
    }
    if file == nil, answers == nil {
      throw ValidationError(
        "Name the answers file to assess, for example: shinsa assess --answers answers.json")
    }
  }

  func run() throws {
    let path = answers ?? file ?? ""
    let rulebook = rulebookOptions.load()
    let bytes = readAnswersBytes(path)
    var parsed: [String: Answer]
    var complete: Set<String> = []
    if ProjectCodec.looksLikeProject(bytes) {
      do {
        let document = try ProjectCodec.decode(bytes, file: path, rulebook: rulebook).document
        parsed = document.answers
        complete = document.completeDisclosureFields
      } catch {
        Exit.fail(Exit.dataError, error.description)
      }
    } else {
      do {
        parsed = try AnswersFile.parse(bytes, fileName: path, rulebook: rulebook)
      } catch {
        Exit.fail(Exit.dataError, error.description)
      }
    }
    let assessment = Assessor(rulebook: rulebook).assess(parsed, completeDisclosureFields: complete)
    switch format {
    case .json:
      let changes = CounterfactualFinder(rulebook: rulebook).find(parsed)
      Exit.writeOut(
        AssessmentJSON(
          assessment: assessment, rulebook: rulebook, language: lang, counterfactuals: changes
        ).render())
    case .text:
      Exit.writeOut(
        AssessmentReport(assessment: assessment, rulebook: rulebook, language: lang, style: .text)
          .render())
    case .markdown:
      Exit.writeOut(
        AssessmentReport(
          assessment: assessment, rulebook: rulebook, language: lang, style: .markdown
        ).render())
    }
    if let failOn, assessment.tier >= failOn {
      Exit.fail(
        Exit.failOn,
        "--fail-on \(failOn.rawValue): \(path) is assessed \(assessment.tier.rawValue), "
          + "at or above \(failOn.rawValue) (shinsa's triage tier, not a statutory category).")
    }
  }
}
