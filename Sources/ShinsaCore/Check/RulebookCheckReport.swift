/// The findings of `shinsa rulebook check`.
public struct RulebookCheckReport: Sendable {
  /// A problem (fails the check) or a warning (reported only).
  public struct Finding: Sendable, Equatable {
    public var isProblem: Bool
    public var message: String
  }

  public var rulebookID: String
  public var version: String
  public var origin: String
  public var findings: [Finding] = []
  public var combinationsWalked = 0
  public var spaceSize = 0
  public var exhaustive = false
  public var conditionsChecked = 0

  /// True when there are no problems.
  public var passed: Bool { !findings.contains { $0.isProblem } }
  public var problems: [String] { findings.filter(\.isProblem).map(\.message) }
  public var warnings: [String] { findings.filter { !$0.isProblem }.map(\.message) }

  /// The report for people.
  public func text() -> String {
    var lines = ["shinsa rulebook check: \(rulebookID) \(version) (\(origin))"]
    lines.append("  conditions checked for satisfiability: \(conditionsChecked)")
    lines.append(
      exhaustive
        ? "  answer combinations walked: all \(combinationsWalked)"
        : "  answer combinations walked: \(combinationsWalked) sampled of \(spaceSize == Int.max ? "too many to count" : String(spaceSize)) (fixed seed)"
    )
    if !problems.isEmpty {
      lines.append("Problems (\(problems.count)):")
      lines += problems.map { "  ✗ \($0)" }
    }
    if !warnings.isEmpty {
      lines.append("Warnings (\(warnings.count)):")
      lines += warnings.map { "  ! \($0)" }
    }
    lines.append(passed ? "Result: passed" : "Result: failed with \(problems.count) problem(s)")
    return lines.joined(separator: "\n") + "\n"
  }

  /// The report as JSON.
  public func json() -> JSONOut {
    .object([
      (
        "rulebook",
        .object([
          ("id", .string(rulebookID)), ("version", .string(version)), ("origin", .string(origin)),
        ])
      ),
      ("passed", .bool(passed)),
      ("conditionsChecked", .int(conditionsChecked)),
      ("combinationsWalked", .int(combinationsWalked)),
      ("exhaustive", .bool(exhaustive)),
      ("problems", .array(problems.map { .string($0) })),
      ("warnings", .array(warnings.map { .string($0) })),
    ])
  }
}
