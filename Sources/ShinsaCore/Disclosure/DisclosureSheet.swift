/// One disclosure field as the pane and the exports show it: what asks for it, how strongly,
/// the draft, a suggested start from the answers, and the wording check's findings.
public struct DisclosureRow: Sendable, Equatable {
  public var field: DisclosureField
  public var finding: DisclosureFinding
  public var draft: DisclosureDraft
  /// Text the answers suggest, when the field has none yet.
  public var prefill: DisclosureDraft?
  public var issues: [WordingIssue]

  /// Required, with no text and not withheld or n/a: shown as "More information needed" / 要確認.
  public var needsInformation: Bool {
    guard finding.need == .required else { return false }
    switch draft.state {
    case .withheld, .notApplicable: return false
    case .empty, .draft, .done:
      return DisclosureWordingCheck.isBlank(draft.en) && DisclosureWordingCheck.isBlank(draft.ja)
    }
  }
}

/// How far the disclosure is: counts of done fields by need.
public struct DisclosureProgress: Sendable, Equatable {
  public var requiredDone: Int
  public var requiredTotal: Int
  public var recommendedDone: Int
  public var recommendedTotal: Int

  /// Settled required fields over all required ones, 0...1 (1 when nothing is required;
  /// the pane shows an empty meter then, saying nothing is required).
  public var fraction: Double {
    requiredTotal == 0 ? 1 : Double(requiredDone) / Double(requiredTotal)
  }
}

/// The whole disclosure of a project, field by field in rulebook order.
public struct DisclosureSheet: Sendable, Equatable {
  public var rows: [DisclosureRow]

  /// Builds the sheet from the assessment and the project's drafts.
  public init(rulebook: Rulebook, assessment: Assessment, document: ProjectDocument) {
    let prefill = DisclosurePrefill(
      rulebook: rulebook, answers: document.answers, organisation: document.metadata.client)
    rows = rulebook.disclosureFields.compactMap { field in
      guard let finding = assessment.disclosure.first(where: { $0.fieldID == field.id }) else {
        return nil
      }
      let draft = document.disclosure[field.id] ?? DisclosureDraft()
      let untouched =
        draft.state == .empty && DisclosureWordingCheck.isBlank(draft.en)
        && DisclosureWordingCheck.isBlank(draft.ja)
      return DisclosureRow(
        field: field, finding: finding, draft: draft,
        prefill: untouched ? prefill.draft(for: field.id) : nil,
        issues: DisclosureWordingCheck.issues(
          fieldID: field.id, draft: draft, need: finding.need))
    }
  }

  /// Done (or withheld / not applicable with a reason) counts for the meter.
  public var progress: DisclosureProgress {
    func settled(_ row: DisclosureRow) -> Bool {
      switch row.draft.state {
      case .done: return row.draft.isFinishedDone
      case .withheld, .notApplicable:
        return !DisclosureWordingCheck.isBlank(row.draft.reason)
      case .empty, .draft: return false
      }
    }
    let required = rows.filter { $0.finding.need == .required }
    let recommended = rows.filter { $0.finding.need == .recommended }
    return DisclosureProgress(
      requiredDone: required.filter(settled).count, requiredTotal: required.count,
      recommendedDone: recommended.filter(settled).count, recommendedTotal: recommended.count)
  }
}
