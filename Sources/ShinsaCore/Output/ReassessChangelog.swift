/// What `shinsa reassess` adds to the plain before/after comparison: obligations that now wait
/// on an open answer, and the changelog entries, released since the last assessment, that
/// touch this client's assessment.
public struct ReassessChangelog: Sendable {
  public let previous: AssessmentSnapshot
  public let assessment: Assessment
  public let rulebook: Rulebook
  public let changelog: RulebookChangelog

  /// Prepares the report for a project last assessed as `previous`.
  public init(
    previous: AssessmentSnapshot, assessment: Assessment, rulebook: Rulebook,
    changelog: RulebookChangelog
  ) {
    self.previous = previous
    self.assessment = assessment
    self.rulebook = rulebook
    self.changelog = changelog
  }

  /// The rulebook ids this client's assessment rests on, before and now: obligations, tier
  /// rules, regulators, disclosure fields in play, the sandbox route and the questions answered.
  public var items: Set<String> {
    var ids = Set(previous.obligations + previous.regulators + [previous.sandboxRoute])
    ids.formUnion(assessment.obligations.map(\.obligation.id))
    ids.formUnion(assessment.tierTrace.map(\.rule))
    ids.formUnion(assessment.regulators.map(\.id))
    ids.formUnion(assessment.disclosure.filter { $0.need != .notApplicable }.map(\.fieldID))
    ids.insert(assessment.sandbox.route.rawValue)
    for entry in assessment.tierTrace + assessment.obligations.map(\.trace) {
      ids.formUnion(entry.because.map(\.question))
    }
    return ids
  }

  /// Releases after the previous assessment's version, up to the current rulebook's.
  var releases: [RulebookRelease] {
    changelog.releases.filter {
      $0.version > previous.rulebookVersion && $0.version <= rulebook.version
    }
  }

  /// The changelog entries that touch this client, with the release they came in.
  public var entries: [(release: String, change: RulebookChange)] {
    let items = self.items
    return releases.flatMap { release in
      release.changes.filter { !items.isDisjoint(with: $0.items) }.map { (release.version, $0) }
    }
  }

  /// Lines for people, empty when there is nothing to add.
  public func lines() -> [String] {
    var lines: [String] = []
    let open = assessment.obligations.filter {
      $0.applies == .unknown && previous.obligations.contains($0.obligation.id)
    }
    for finding in open {
      lines.append(
        "obligation now 'may apply' until an open answer is given: "
          + "\(finding.obligation.title.en) (\(finding.obligation.id))")
    }
    let entries = self.entries
    guard !entries.isEmpty else { return lines }
    let touched = items
    lines.append("")
    lines.append("Changelog entries that touch this assessment (\(entries.count)):")
    for (release, change) in entries {
      let ids = change.items.filter { touched.contains($0) }.joined(separator: ", ")
      lines.append("  • \(release) [\(change.area.title(.en))] \(change.change) (\(ids))")
      lines.append("      Why: \(change.reason)")
    }
    lines.append("See `shinsa rulebook changelog` for every change and its sources.")
    return lines
  }

  /// The entries as JSON for `reassess --format json`: release, area, change, reason and the
  /// items of this assessment it touches.
  public func json() -> JSONOut {
    let touched = items
    return .array(
      entries.map { release, change in
        .object([
          ("release", .string(release)),
          ("area", .string(change.area.rawValue)),
          ("items", .array(change.items.filter { touched.contains($0) }.map { .string($0) })),
          ("change", .string(change.change)),
          ("reason", .string(change.reason)),
        ])
      })
  }
}
