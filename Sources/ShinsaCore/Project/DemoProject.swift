/// A realistic demo project for first-time users: a consumer lender's credit model.
public enum DemoProject {
  /// The demo's project name.
  public static let name = "demo-hikari-credit"

  /// Builds the demo document (fictional client).
  public static func document(rulebook: Rulebook, now: String) -> ProjectDocument {
    var document = ProjectDocument(
      rulebook: rulebook, client: "Hikari Lending K.K. (fictional)",
      system: "Instant credit decisions",
      assessor: "Demo consultant", now: now)
    let answers: [String: Answer] = [
      "system_purpose": .text(
        "Scores retail loan applications and approves or declines small loans without a person in the loop."
      ),
      "sector": .choices(["finance"]),
      "use_case": .choices(["credit-decision", "fraud-detection"]),
      "role": .choice("provider"),
      "people_affected": .number(2_000_000),
      "decision_role": .choice("decides"),
      "human_oversight": .text(
        "Declines above ¥500,000 go to a credit officer; applicants can ask for review."),
      "infrastructure_operator": .bool(false),
      "personal_data": .choice("personal"),
      "cross_border_transfer": .bool(true),
      "uses_foundation_model": .bool(true),
      "model_name": .text("Fine-tuned open-weight model, version to confirm"),
      "fine_tuned": .bool(true),
      "offered_in_eu": .unknown,
      "headquarters": .choice("foreign"),
      "regulatory_barrier": .choice("none"),
    ]
    for (id, answer) in answers where rulebook.question(id) != nil {
      document.answers[id] = answer
    }
    document.meta["cross_border_transfer"] = QuestionMeta(
      note: "Inference runs in a Singapore data centre; check the APPI Art. 28 consent flow.",
      followUp: true,
      confidence: .medium)
    document.meta["offered_in_eu"] = QuestionMeta(
      note: "Parent company is considering an EU launch in 2027.", followUp: true)
    document.meta["people_affected"] = QuestionMeta(
      note: "Client estimate from 2025 application volumes.", confidence: .high)
    document.meta["model_name"] = QuestionMeta(
      note: "Vendor contract names the base model; client to send it.", notePrivate: true,
      followUp: true,
      confidence: .low)
    if rulebook.disclosureFields.contains(where: { $0.id == "ai-use" }) {
      document.disclosure["ai-use"] = DisclosureDraft(
        state: .done,
        en:
          "We use an AI model to decide small loan applications. A credit officer reviews larger declines.",
        ja: "少額ローンの審査にAIモデルを使用しています。高額の否決は審査担当者が確認します。")
    }
    if rulebook.disclosureFields.contains(where: { $0.id == "redress" }) {
      document.disclosure["redress"] = DisclosureDraft(
        state: .draft,
        en: "Applicants can ask for the main reasons and a human review within 30 days.", ja: "")
    }
    document.current = "offered_in_eu"
    document.path =
      rulebook.questions.map(\.id).prefix { $0 != "offered_in_eu" } + ["offered_in_eu"]
    let assessment = Assessor(rulebook: rulebook).assess(
      document.answers, completeDisclosureFields: document.completeDisclosureFields)
    document.lastAssessment = AssessmentSnapshot(assessment, at: now)
    return document
  }
}
