/// The human-readable renderings of an assessment: plain text for terminals and Markdown.
public struct AssessmentReport {
  /// The output flavour.
  public enum Style: Sendable {
    case text
    case markdown
  }

  public let assessment: Assessment
  public let rulebook: Rulebook
  public let language: Language
  public let style: Style
  /// Set when the assessment is a section of a larger report: no title or closing
  /// disclaimer of its own, and Markdown headings one level down.
  let embedded: Bool
  /// The single-answer changes that would move a conclusion, shown under "What would change
  /// this" before the sources; nil leaves the section out.
  let counterfactuals: [Counterfactual]?

  /// Creates a report renderer.
  public init(assessment: Assessment, rulebook: Rulebook, language: Language = .en, style: Style) {
    self.init(
      assessment: assessment, rulebook: rulebook, language: language, style: style,
      embedded: false)
  }

  init(
    assessment: Assessment, rulebook: Rulebook, language: Language, style: Style, embedded: Bool,
    counterfactuals: [Counterfactual]? = nil
  ) {
    self.counterfactuals = counterfactuals
    self.assessment = assessment
    self.rulebook = rulebook
    self.language = language
    self.style = style
    self.embedded = embedded
  }

  func t(_ en: String, _ ja: String) -> String { language == .en ? en : ja }

  /// The rendered report: terminal text or Markdown of the same blocks.
  public func render() -> String {
    let blocks = blocks()
    let lines = style == .text ? ReportText.lines(blocks) : ReportMarkdown.compactLines(blocks)
    return lines.drop(while: \.isEmpty).joined(separator: "\n") + "\n"
  }
}
