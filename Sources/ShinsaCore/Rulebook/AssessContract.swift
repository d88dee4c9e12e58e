/// The public answers-file contract: question ids, kinds and values that every
/// rulebook version must have exactly (spec: docs/assess.md).
public enum AssessContract {
  /// One contract question.
  public struct Entry: Sendable {
    public var id: String
    public var kind: QuestionKind
    public var values: [String]
  }

  /// Regulator ids every rulebook must define.
  public static let regulatorIDs = [
    "fsa", "mhlw", "pmda", "mext", "meti", "mic", "digital-agency", "ppc", "mlit",
    "cabinet-office-ai", "cabinet-secretariat-sandbox", "bunka", "aisi", "cabinet-office-regional",
  ]

  /// The contract's questions.
  public static let questions: [Entry] = [
    Entry(
      id: "sector", kind: .multi,
      values: [
        "finance", "healthcare", "education", "public-sector", "industrial", "mobility", "other",
      ]),
    Entry(
      id: "use_case", kind: .multi,
      values: [
        "credit-decision", "insurance-underwriting", "fraud-detection", "customer-service",
        "diagnosis", "clinical-decision-support", "clinical-documentation", "personalised-learning",
        "student-assessment", "student-genai-use", "public-service-delivery", "hiring",
        "quality-inspection", "predictive-maintenance", "autonomous-driving", "drone-operations",
        "internal-productivity", "content-generation", "other",
      ]),
    Entry(
      id: "role", kind: .single,
      values: ["foundation-model-developer", "developer", "provider", "business-user"]),
    Entry(id: "people_affected", kind: .number, values: []),
    Entry(id: "decision_role", kind: .single, values: ["none", "informs", "decides"]),
    Entry(id: "infrastructure_operator", kind: .yesno, values: []),
    Entry(id: "personal_data", kind: .single, values: ["none", "personal", "special-care"]),
    Entry(id: "cross_border_transfer", kind: .yesno, values: []),
    Entry(id: "uses_foundation_model", kind: .yesno, values: []),
    Entry(id: "fine_tuned", kind: .yesno, values: []),
    Entry(id: "offered_in_eu", kind: .yesno, values: []),
    Entry(id: "headquarters", kind: .single, values: ["japan", "foreign"]),
    Entry(id: "regulatory_barrier", kind: .single, values: ["none", "unclear", "blocked"]),
  ]
}
