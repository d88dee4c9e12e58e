import Testing

@testable import ShinsaCore

/// Every client story in Tests/Fixtures/scenarios must reach its expected conclusions.
@Suite struct ScenarioTests {
  struct Expectation {
    var tier: String?
    var primary: String?
    var include: [String] = []
    var exclude: [String] = []
    var route: String?
    var eligibleNot: String?
    var eligible: String?
    var requiresReview: Bool?
    /// Obligations that must apply (`applies == yes`), may apply (unknown), or must be absent.
    var obligations: [String] = []
    var mayApply: [String] = []
    var obligationsExclude: [String] = []
  }

  static func expectation(_ root: JSONNode) -> Expectation {
    var result = Expectation()
    guard let expect = root["expect"] else { return result }
    func string(_ key: String) -> String? {
      if case .string(let value)? = expect[key]?.value { return value }
      return nil
    }
    func strings(_ key: String) -> [String] {
      guard case .array(let items)? = expect[key]?.value else { return [] }
      return items.compactMap {
        if case .string(let value) = $0.value { return value } else { return nil }
      }
    }
    result.tier = string("tier")
    result.primary = string("primaryRegulator")
    result.include = strings("regulatorsInclude")
    result.exclude = strings("regulatorsExclude")
    result.route = string("sandboxRoute")
    result.eligibleNot = string("sandboxEligibleNot")
    result.eligible = string("sandboxEligible")
    result.obligations = strings("obligationsInclude")
    result.mayApply = strings("obligationsMayApply")
    result.obligationsExclude = strings("obligationsExclude")
    if case .bool(let flag)? = expect["requiresReview"]?.value { result.requiresReview = flag }
    return result
  }

  @Test func thereAreScenarios() {
    #expect(Support.scenarios().count >= 5)
  }

  @Test(arguments: Support.scenarios().map(\.name))
  func scenarioReachesItsConclusions(name: String) throws {
    let bytes = try #require(Support.scenarios().first { $0.name == name }?.bytes)
    let answers = try AnswersFile.parse(bytes, fileName: name, rulebook: Support.rulebook)
    let root = try JSONParser.parse(bytes)
    let expected = Self.expectation(root)
    let assessment = Support.assess(answers)
    let regulators = assessment.regulators.map(\.id)
    if let tier = expected.tier { #expect(assessment.tier.rawValue == tier) }
    if let primary = expected.primary { #expect(assessment.primaryRegulator?.id == primary) }
    for id in expected.include {
      #expect(regulators.contains(id), "\(id) missing from \(regulators)")
    }
    for id in expected.exclude {
      #expect(!regulators.contains(id), "\(id) should not be in \(regulators)")
    }
    if let route = expected.route { #expect(assessment.sandbox.route.rawValue == route) }
    if let not = expected.eligibleNot { #expect(assessment.sandbox.eligible.rawValue != not) }
    if let eligible = expected.eligible {
      #expect(assessment.sandbox.eligible.rawValue == eligible)
    }
    let applying = assessment.obligations.filter { $0.applies == .yes }.map(\.obligation.id)
    let open = assessment.obligations.filter { $0.applies == .unknown }.map(\.obligation.id)
    for id in expected.obligations {
      #expect(applying.contains(id), "\(id) should apply; applying: \(applying)")
    }
    for id in expected.mayApply {
      #expect(open.contains(id), "\(id) should be open (may apply); open: \(open)")
    }
    for id in expected.obligationsExclude {
      #expect(!applying.contains(id) && !open.contains(id), "\(id) should not be listed")
    }
    if let review = expected.requiresReview {
      #expect(assessment.requiresReview == review, "review items: \(assessment.review)")
    }
    #expect(assessment.regulators.filter { $0.role == .primary }.count == 1)
  }
}
