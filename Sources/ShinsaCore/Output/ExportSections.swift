/// The parts of a project report to render. The project's metadata is always included.
public struct ExportSections: OptionSet, Sendable, Hashable {
  public let rawValue: Int

  /// Creates a set from its raw bits.
  public init(rawValue: Int) { self.rawValue = rawValue }

  /// The assessment, the answers and the follow-ups.
  public static let assessment = ExportSections(rawValue: 1 << 0)
  /// The disclosure fields and their drafts.
  public static let disclosure = ExportSections(rawValue: 1 << 1)
  /// The sandbox advice: route, checklist, verdict, plan and steps.
  public static let sandbox = ExportSections(rawValue: 1 << 2)
  /// Every section.
  public static let all: ExportSections = [.assessment, .disclosure, .sandbox]

  /// The names of the sections in the set, in report order ("assessment", "disclosure",
  /// "sandbox").
  public var names: [String] {
    var names: [String] = []
    if contains(.assessment) { names.append("assessment") }
    if contains(.disclosure) { names.append("disclosure") }
    if contains(.sandbox) { names.append("sandbox") }
    return names
  }
}
