import Testing

@testable import ShinsaCore

/// Plan drafts suggested from the interview answers.
@Suite struct SandboxPrefillTests {
  let rulebook = Support.rulebook

  func item(_ id: String) throws -> SandboxPlanItem {
    try #require(rulebook.sandbox.planItems.first { $0.id == id })
  }

  func draft(_ id: String, _ answers: [String: Answer]) throws -> DisclosureDraft? {
    SandboxPrefill.draft(for: try item(id), answers: answers, rulebook: rulebook)
  }

  @Test func technologyComesFromPurposeUseSectorAndModel() throws {
    var answers = Support.bank
    answers["system_purpose"] = .text("Scores retail credit applications.")
    answers["model_name"] = .text("Llama 3")
    let result = try #require(try draft("technology-business", answers))
    #expect(result.state == .draft)
    #expect(result.en.contains("Scores retail credit applications."))
    #expect(result.en.contains("Llama 3, fine-tuned"))
    #expect(result.en.contains("Use: "))
    #expect(result.ja.contains("用途："))
    #expect(result.ja.contains("事業分野："))
    #expect(result.ja.contains("Llama 3"))
    #expect(result.en != result.ja)
  }

  @Test func hiddenAnswersAreNotUsed() throws {
    var answers = Support.factory
    answers["model_name"] = .text("Hidden model")  // hidden: uses_foundation_model is false
    let result = try #require(try draft("technology-business", answers))
    #expect(!result.en.contains("Hidden model"))
    #expect(!result.en.contains("foundation model"))
  }

  @Test func nothingKnownGivesNil() throws {
    #expect(try draft("technology-business", [:]) == nil)
    #expect(try draft("participants-consent", [:]) == nil)
    #expect(try draft("statutes", [:]) == nil)
    for id in ["objective", "demonstration", "regulatory-analysis", "funding", "other"] {
      #expect(try draft(id, Support.bank) == nil, "\(id)")
    }
  }

  @Test func participantsComeFromPeopleAffectedAndTheSandboxAnswers() throws {
    let result = try #require(try draft("participants-consent", Support.bank))
    #expect(result.en.contains("2,000,000"))
    #expect(result.ja.contains("2,000,000"))
    #expect(!result.en.contains("consent"))
    var answers = Support.with(Support.bank, ["regulatory_barrier": .choice("blocked")])
    answers["sandbox_consent"] = .bool(true)
    let withConsent = try #require(try draft("participants-consent", answers))
    #expect(withConsent.en.contains("consent"))
    #expect(withConsent.ja.contains("同意"))
  }

  @Test func statutesAreCandidatesToCheckForDronesAndDriving() throws {
    let drone = Support.with(
      Support.factory,
      ["use_case": .choices(["drone-operations"]), "regulatory_barrier": .choice("blocked")])
    let result = try #require(try draft("statutes", drone))
    #expect(result.en.contains("Civil Aeronautics Act"))
    #expect(result.en.contains("not confirmed"))
    #expect(result.ja.contains("航空法"))
    #expect(!result.en.contains("identified"))
    let named = Support.with(drone, ["sandbox_statute_named": .bool(true)])
    #expect(try #require(try draft("statutes", named)).en.contains("identified"))
    let driving = Support.with(drone, ["use_case": .choices(["autonomous-driving"])])
    #expect(try #require(try draft("statutes", driving)).en.contains("Road Traffic Act"))
    #expect(try draft("statutes", Support.factory) == nil)
  }

  @Test func grayZoneRuleNamedFeedsTheStatutes() throws {
    let answers = Support.with(
      Support.factory,
      ["regulatory_barrier": .choice("unclear"), "grayzone_rule_named": .bool(true)])
    #expect(try draft("statutes", answers)?.state == .draft)
  }
}
