import Testing

@testable import ShinsaCore

/// The Japanese items of the bundled rulebook: the medical-device question, hiring,
/// radio, local government and the items that apply to every business.
@Suite struct DomesticRulebookTests {
  private let samdItems = ["pmd-act.samd", "mhlw.samd-qualification"]

  /// A clinic using an AI scribe (clinical documentation), with the device answer varied.
  private func scribe(_ device: Answer?) -> Assessment {
    Support.assess(
      Support.with(
        Support.factory,
        [
          "sector": .choices(["healthcare"]), "use_case": .choices(["clinical-documentation"]),
          "role": .choice("business-user"), "personal_data": .choice("special-care"),
          "medical_device": device,
        ]))
  }

  private func applies(_ assessment: Assessment, _ id: String) -> Truth? {
    assessment.obligations.first { $0.obligation.id == id }?.applies
  }

  @Test func medicalDeviceQuestionIsAskedOnlyForHealthcare() throws {
    let question = try #require(Support.rulebook.questions.first { $0.id == "medical_device" })
    #expect(!question.contract)
    #expect(question.kind == .yesno)
    let help = question.help.en
    #expect(help.contains("Class I"))
    #expect(help.contains("23-2-23"))
    #expect(question.help.ja.contains("認証基準"))
  }

  @Test func scribeDeviceItemsMayApplyWhileTheAnswerIsOpen() {
    for open in [nil, Answer.unknown] {
      let assessment = scribe(open)
      for id in samdItems { #expect(applies(assessment, id) == .unknown, "\(id)") }
      #expect(assessment.requiresReview)
    }
  }

  @Test func scribeDeviceItemsApplyOnYesAndVanishOnNo() {
    let yes = scribe(.bool(true))
    for id in samdItems { #expect(applies(yes, id) == .yes, "\(id)") }
    #expect(yes.regulators.map(\.id).contains("pmda"))
    let no = scribe(.bool(false))
    for id in samdItems { #expect(applies(no, id) == nil, "\(id)") }
    #expect(!no.regulators.map(\.id).contains("pmda"))
  }

  @Test func diagnosisKeepsTheDeviceItemsWhateverTheAnswer() {
    for device in [nil, Answer.unknown, .bool(false)] {
      let assessment = Support.assess(
        Support.with(
          Support.factory,
          [
            "sector": .choices(["healthcare"]), "use_case": .choices(["diagnosis"]),
            "medical_device": device,
          ]))
      for id in samdItems { #expect(applies(assessment, id) == .yes, "\(id)") }
    }
  }

  @Test func deviceAnswerOutsideHealthcareChangesNothing() {
    let plain = Support.assess(Support.factory)
    let answered = Support.assess(Support.with(Support.factory, ["medical_device": .bool(true)]))
    for id in samdItems {
      #expect(applies(plain, id) == nil)
      #expect(applies(answered, id) == nil)
    }
  }

  @Test func hiringBringsInMHLWAndTheEmploymentSecurityAct() {
    let hiring = Support.assess(
      Support.with(
        Support.factory,
        [
          "sector": .choices(["other"]), "use_case": .choices(["hiring"]),
          "personal_data": .choice("personal"),
        ]))
    #expect(applies(hiring, "esa.applicant-personal-info") == .yes)
    let mhlw = hiring.regulators.first { $0.id == "mhlw" }
    #expect(mhlw?.role == .secondary)
    #expect(hiring.regulators.first { $0.role == .primary }?.id == "meti")
    #expect(applies(Support.assess(Support.factory), "esa.applicant-personal-info") == nil)
  }

  @Test func dronesAndVehiclesBringInTheRadioActAndMIC() {
    for use in ["drone-operations", "autonomous-driving"] {
      let assessment = Support.assess(
        Support.with(
          Support.factory, ["sector": .choices(["mobility"]), "use_case": .choices([use])]))
      #expect(applies(assessment, "radio.licensing") == .yes, "\(use)")
      #expect(assessment.regulators.map(\.id).contains("mic"), "\(use)")
    }
  }

  @Test func publicSectorBringsInTheLocalGovernmentGuidebook() {
    let assessment = Support.assess(
      Support.with(Support.factory, ["sector": .choices(["public-sector"])]))
    #expect(applies(assessment, "mic.local-gov-ai-guidebook") == .yes)
    #expect(applies(assessment, "da.ds-920") == nil)
  }

  @Test func medicalVendorsAndInstitutionsGetTheirOwnGuideline() {
    let base = Support.with(
      Support.factory,
      ["sector": .choices(["healthcare"]), "personal_data": .choice("special-care")])
    let vendor = Support.assess(Support.with(base, ["role": .choice("provider")]))
    #expect(applies(vendor, "mic-meti.medical-info-vendors") == .yes)
    #expect(applies(vendor, "mhlw.medical-info-security") == nil)
    let clinic = Support.assess(Support.with(base, ["role": .choice("business-user")]))
    #expect(applies(clinic, "mhlw.medical-info-security") == .yes)
    #expect(applies(clinic, "mic-meti.medical-info-vendors") == nil)
  }

  @Test func universalItemsTraceNoAnswersAndNameNoSector() throws {
    let assessment = Support.assess(Support.factory)
    let universal = Support.rulebook.obligations.filter(\.appliesToEveryone)
    #expect(universal.count >= 3)
    let sectorWords = ["sector", "healthcare", "hospital", "clinic", "bank", "school", "patient"]
    for item in universal {
      let finding = try #require(
        assessment.obligations.first { $0.obligation.id == item.id }, "\(item.id)")
      #expect(finding.applies == .yes)
      #expect(finding.trace.universal, "\(item.id)")
      #expect(finding.trace.because.isEmpty, "\(item.id)")
      #expect(item.jurisdiction == nil || item.jurisdiction == "jp", "\(item.id)")
      let text = (item.title.en + " " + item.summary.en).localizedLowercase
      for word in sectorWords {
        #expect(!text.contains(word), "\(item.id) mentions \(word)")
      }
    }
  }

  @Test func topTierJapaneseLabelIsNotAStatutoryDesignation() throws {
    let label = try #require(Support.rulebook.tiers.first { $0.id == .speciallyDesignated })
      .label
    #expect(label.en == "Specially designated")
    #expect(label.ja == "最重点確認")
    #expect(!label.ja.contains("指定"))
  }

  @Test func japaneseItemsCiteAnOfficialSource() {
    let sources = Dictionary(
      uniqueKeysWithValues: Support.rulebook.sources.map { ($0.id, $0) })
    for item in Support.rulebook.obligations
    where item.jurisdiction == nil && [.binding, .softLaw].contains(item.status) {
      let kinds = item.sources.compactMap { sources[$0]?.kind }
      #expect(kinds.contains { $0 != .commentary }, "\(item.id)")
    }
  }
}
