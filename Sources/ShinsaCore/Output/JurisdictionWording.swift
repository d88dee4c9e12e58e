/// The wording that says why an item applies, whose law it is and what kind of source backs it,
/// shared by every screen, report and export so that none of them overstates the law.
extension AssessmentWording {
  /// The jurisdiction of an item when it is foreign (nil for the home jurisdiction).
  public static func foreign(_ id: String?, _ rulebook: Rulebook) -> Jurisdiction? {
    guard let id, let jurisdiction = rulebook.jurisdiction(id), !jurisdiction.isHome else {
      return nil
    }
    return jurisdiction
  }

  /// "EU law — applies if you offer the system in the EU"; nil for the home jurisdiction.
  public static func jurisdictionLabel(
    _ id: String?, _ rulebook: Rulebook, _ language: Language
  ) -> String? {
    guard let jurisdiction = foreign(id, rulebook) else { return nil }
    return "\(jurisdiction.name.text(language)) — \(jurisdiction.appliesIf.text(language))"
  }

  /// A legal status with its jurisdiction when foreign: "Binding law (EU law)", never a
  /// plain "Binding law" for another country's law.
  public static func status(
    _ status: LegalStatus, jurisdiction: String?, _ rulebook: Rulebook, _ language: Language
  ) -> String {
    guard let foreign = foreign(jurisdiction, rulebook) else { return status.label(language) }
    let name = foreign.name.text(language)
    return language == .en
      ? "\(status.label(language)) (\(name))" : "\(status.label(language))（\(name)）"
  }

  /// Why an obligation applies: the rulebook's universal reason for an item that applies to
  /// every business, the jurisdiction's exposure for foreign law, then the answers it rests on.
  public static func appliesBecause(
    _ finding: ObligationFinding, _ rulebook: Rulebook, _ language: Language
  ) -> String {
    if finding.trace.universal { return rulebook.universalReason.text(language) }
    let answers = because(finding.trace.because, language)
    guard let label = jurisdictionLabel(finding.obligation.jurisdiction, rulebook, language) else {
      return answers
    }
    return language == .en ? "\(label). Answers: \(answers)" : "\(label)。回答: \(answers)"
  }

  /// What kind of publication a source is, in words.
  public static func sourceKind(_ kind: SourceKind, _ language: Language) -> String {
    switch (kind, language) {
    case (.official, .en): return "official text"
    case (.official, .ja): return "公式の原文"
    case (.officialTranslation, .en): return "official translation"
    case (.officialTranslation, .ja): return "公式の翻訳"
    case (.commentary, .en): return "commentary"
    case (.commentary, .ja): return "解説（公式ではない）"
    }
  }

  /// A source's status and kind: "Binding law (EU law); official text".
  public static func sourceStatus(
    _ source: Source, _ rulebook: Rulebook, _ language: Language
  ) -> String {
    let kind = sourceKind(source.kind, language)
    if source.kind == .commentary, let foreign = foreign(source.jurisdiction, rulebook) {
      // Commentary is not the foreign instrument: say whose law it discusses, not a status.
      let name = foreign.name.text(language)
      return language == .en ? "commentary on \(name)" : "\(name)に関する解説（公式ではない）"
    }
    let status = status(source.status, jurisdiction: source.jurisdiction, rulebook, language)
    return language == .en ? "\(status); \(kind)" : "\(status)・\(kind)"
  }

  /// A disclosure framework with its status and, when foreign, where it applies:
  /// "EU AI Act Art. 50(1) — Binding law (EU law: applies if you offer the system in the EU)".
  public static func framework(
    _ framework: DisclosureFramework, _ rulebook: Rulebook, _ language: Language
  ) -> String {
    let name = framework.name.text(language)
    guard let foreign = foreign(framework.jurisdiction, rulebook) else {
      return "\(name) — \(framework.status.label(language))"
    }
    let status = framework.status.label(language)
    return language == .en
      ? "\(name) — \(status) (\(foreign.name.text(language)): \(foreign.appliesIf.text(language)))"
      : "\(name) — \(status)（\(foreign.name.text(language))：\(foreign.appliesIf.text(language))）"
  }

  /// Obligations grouped by legal status, and within a status home law before each foreign
  /// jurisdiction (in the rulebook's order), so no foreign item sits under a plain
  /// "Binding law" heading.
  public static func groups(
    _ findings: [ObligationFinding], _ rulebook: Rulebook
  ) -> [(status: LegalStatus, jurisdiction: String?, findings: [ObligationFinding])] {
    let foreignIDs = rulebook.jurisdictions.filter { !$0.isHome }.map(\.id)
    var result: [(status: LegalStatus, jurisdiction: String?, findings: [ObligationFinding])] = []
    for status in LegalStatus.allCases {
      let group = findings.filter { $0.obligation.status == status }
      let home = group.filter { foreign($0.obligation.jurisdiction, rulebook) == nil }
      if !home.isEmpty { result.append((status, nil, home)) }
      for id in foreignIDs {
        let abroad = group.filter { foreign($0.obligation.jurisdiction, rulebook)?.id == id }
        if !abroad.isEmpty { result.append((status, id, abroad)) }
      }
    }
    return result
  }

  /// The heading of one group from ``groups(_:_:)``: "Binding law" or "Binding law (EU law)".
  public static func groupHeading(
    _ status: LegalStatus, _ jurisdiction: String?, _ rulebook: Rulebook, _ language: Language
  ) -> String {
    self.status(status, jurisdiction: jurisdiction, rulebook, language)
  }
}
