import Foundation
import Testing

@testable import ShinsaCore

/// Foreign law appears only with exposure, and then always with its jurisdiction; items that
/// apply to every business say so instead of naming an answer. Checked in the assessment and
/// in every output format.
@Suite struct ForeignRegimeTests {
  private let rulebook = Support.rulebook

  /// A hiring tool that generates content, decides about people and handles special-care data:
  /// it touches every foreign regime's condition, but is offered in Japan only.
  private let japanOnly: [String: Answer] = [
    "sector": .choices(["other"]), "use_case": .choices(["hiring", "content-generation"]),
    "role": .choice("provider"), "people_affected": .number(250_000),
    "decision_role": .choice("decides"), "infrastructure_operator": .bool(false),
    "personal_data": .choice("special-care"), "cross_border_transfer": .bool(false),
    "uses_foundation_model": .bool(true), "fine_tuned": .bool(true),
    "offered_in_eu": .bool(false), "headquarters": .choice("japan"),
    "regulatory_barrier": .choice("none"),
  ]

  private var exposed: [String: Answer] {
    Support.with(
      japanOnly,
      [
        "offered_in_eu": .bool(true),
        "offered_abroad": .choices(["us-colorado", "china", "uk", "singapore"]),
      ])
  }

  private func document(_ answers: [String: Answer]) -> ProjectDocument {
    var document = ProjectDocument(
      rulebook: rulebook, client: "Client", system: "System", assessor: "A",
      now: "2026-12-01T09:00:00Z")
    document.answers = answers
    return document
  }

  /// Every rendering of the assessment and the disclosure, in both languages.
  private func outputs(_ answers: [String: Answer]) -> [(String, String)] {
    let assessment = Support.assess(answers)
    var result: [(String, String)] = []
    for language in Language.allCases {
      let tag = language.rawValue
      result += [
        (
          "text-\(tag)",
          AssessmentReport(
            assessment: assessment, rulebook: rulebook, language: language, style: .text
          ).render()
        ),
        (
          "markdown-\(tag)",
          AssessmentReport(
            assessment: assessment, rulebook: rulebook, language: language, style: .markdown
          ).render()
        ),
        (
          "json-\(tag)",
          AssessmentJSON(assessment: assessment, rulebook: rulebook, language: language).render()
        ),
      ]
      let export = ProjectExport(
        document: document(answers), rulebook: rulebook, language: language)
      result += [
        ("export-md-\(tag)", export.markdown()), ("export-html-\(tag)", export.html()),
        ("export-json-\(tag)", export.json()),
      ]
      let disclosure = DisclosureExport(
        document: document(answers), rulebook: rulebook, languages: [language])
      result += [
        ("disclosure-md-\(tag)", disclosure.markdown()),
        ("disclosure-html-\(tag)", disclosure.html()),
      ]
    }
    return result
  }

  private var foreignObligations: [Obligation] {
    rulebook.obligations.filter { AssessmentWording.foreign($0.jurisdiction, rulebook) != nil }
  }

  private var foreignFrameworks: [DisclosureFramework] {
    rulebook.disclosureFields.flatMap(\.frameworks).filter {
      AssessmentWording.foreign($0.jurisdiction, rulebook) != nil
    }
  }

  @Test func everyForeignItemAndFrameworkNamesItsJurisdiction() {
    #expect(!foreignObligations.isEmpty)
    for obligation in rulebook.obligations where obligation.id.hasPrefix("eu.") {
      #expect(obligation.jurisdiction == "eu", "\(obligation.id)")
    }
    for framework in rulebook.disclosureFields.flatMap(\.frameworks) {
      let foreignSource = framework.sources.contains {
        AssessmentWording.foreign(rulebook.source($0)?.jurisdiction, rulebook) != nil
      }
      if foreignSource {
        #expect(framework.jurisdiction != nil, "\(framework.name.en)")
      }
    }
  }

  @Test func aJapanOnlyClientHasNoForeignDutyAnywhere() {
    let assessment = Support.assess(japanOnly)
    #expect(!assessment.obligations.contains { foreignObligations.contains($0.obligation) })
    for finding in assessment.disclosure {
      #expect(
        finding.frameworks.allSatisfy {
          AssessmentWording.foreign($0.jurisdiction, rulebook) == nil
        },
        "\(finding.fieldID)")
    }
    for (name, output) in outputs(japanOnly) {
      for obligation in foreignObligations {
        #expect(!output.contains(obligation.title.en), "\(name): \(obligation.id)")
        #expect(!output.contains(obligation.title.ja), "\(name): \(obligation.id)")
      }
      for framework in foreignFrameworks {
        #expect(!output.contains(framework.name.en), "\(name): \(framework.name.en)")
        #expect(!output.contains(framework.name.ja), "\(name): \(framework.name.ja)")
      }
    }
  }

  @Test func anUnansweredMarketQuestionBringsNoForeignLawButEUStaysOpen() {
    let answers = Support.with(japanOnly, ["offered_in_eu": nil])
    let assessment = Support.assess(answers)
    let eu = assessment.obligations.filter { $0.obligation.jurisdiction == "eu" }
    #expect(!eu.isEmpty && eu.allSatisfy { $0.applies == .unknown })
    #expect(
      !assessment.obligations.contains {
        $0.obligation.jurisdiction != nil && $0.obligation.jurisdiction != "eu"
      })
  }

  @Test func exposedClientsSeeForeignLawLabelledWithItsJurisdiction() throws {
    let assessment = Support.assess(exposed)
    for id in ["eu.ai-act", "eu.ai-act-high-risk", "us-co.admt", "cn.ai-labelling"] {
      #expect(
        assessment.obligations.contains { $0.obligation.id == id && $0.applies == .yes }, "\(id)")
    }
    let text = AssessmentReport(
      assessment: assessment, rulebook: rulebook, language: .en, style: .text
    ).render()
    #expect(text.contains("Binding law (EU law) ("))
    #expect(text.contains("Applies because: EU law — applies if you offer the system in the EU."))
    #expect(text.contains("Binding law (Chinese law) ("))
    let ja = AssessmentReport(
      assessment: assessment, rulebook: rulebook, language: .ja, style: .text
    ).render()
    #expect(ja.contains("法的拘束力あり（EU法）"))
    // No foreign item sits under the plain binding-law heading.
    let plain = try #require(text.range(of: "  Binding law ("))
    let nextGroup = text[plain.upperBound...].range(of: "\n  Binding law (EU law)")
    let homeGroup = nextGroup.map { String(text[plain.upperBound..<$0.lowerBound]) } ?? ""
    for obligation in foreignObligations { #expect(!homeGroup.contains(obligation.title.en)) }

    let json = AssessmentJSON(assessment: assessment, rulebook: rulebook).render()
    let root = try #require(
      JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let obligations = try #require(root["obligations"] as? [[String: Any]])
    let eu = try #require(obligations.first { $0["id"] as? String == "eu.ai-act" })
    #expect(eu["jurisdiction"] as? String == "eu")
    #expect((eu["statusLabel"] as? String)?.contains("EU law") == true)
    let sources = try #require(root["sources"] as? [String: [String: Any]])
    #expect(sources["eu-ai-act"]?["kind"] as? String == "official")
    #expect(sources["eu-ai-act"]?["jurisdiction"] as? String == "eu")

    let disclosure = DisclosureExport(
      document: document(exposed), rulebook: rulebook, languages: [.en]
    ).markdown()
    #expect(
      disclosure.contains(
        ReportMarkdown.escape(
          "EU AI Act Art. 50(1): tell people they are interacting with AI (EU law) — Binding law (EU law: applies if you offer the system in the EU)"
        )))
  }

  @Test func universalItemsSayWhyInEveryFormat() throws {
    let assessment = Support.assess(japanOnly)
    let universal = assessment.obligations.filter(\.trace.universal)
    #expect(!universal.isEmpty)
    for finding in universal {
      #expect(finding.trace.because.isEmpty)
      #expect(
        AssessmentWording.appliesBecause(finding, rulebook, .en)
          == rulebook.universalReason.en)
    }
    for (name, output) in outputs(japanOnly) where !name.hasPrefix("disclosure") {
      let reason = name.hasSuffix("ja") ? rulebook.universalReason.ja : rulebook.universalReason.en
      #expect(output.contains(reason), "\(name)")
    }
    let json = AssessmentJSON(assessment: assessment, rulebook: rulebook).render()
    let root = try #require(
      JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let obligations = try #require(root["obligations"] as? [[String: Any]])
    for item in obligations where item["universal"] as? Bool == true {
      #expect(item["appliesBecause"] as? String == rulebook.universalReason.en)
    }
  }

  @Test func lifeAndHealthInsuranceOnlyIsEUHighRisk() {
    let base = Support.with(
      japanOnly, ["use_case": .choices(["insurance-underwriting"]), "offered_in_eu": .bool(true)])
    func applies(_ answers: [String: Answer]) -> Truth? {
      Support.assess(answers).obligations.first { $0.obligation.id == "eu.ai-act-high-risk" }?
        .applies
    }
    #expect(applies(base) == .unknown)
    #expect(applies(Support.with(base, ["insurance_life_health": .bool(true)])) == .yes)
    #expect(applies(Support.with(base, ["insurance_life_health": .bool(false)])) == nil)
  }

  @Test func criticalInfrastructureOfferedInTheEUIsFlagged() {
    let answers = Support.with(
      japanOnly,
      [
        "use_case": .choices(["predictive-maintenance"]), "decision_role": .choice("none"),
        "infrastructure_operator": .bool(true), "offered_in_eu": .bool(true),
      ])
    let finding = Support.assess(answers).obligations.first {
      $0.obligation.id == "eu.ai-act-high-risk"
    }
    #expect(finding?.applies == .yes)
    #expect(finding?.trace.because.contains { $0.question == "infrastructure_operator" } == true)
  }
}
