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

/// Validates a loaded rulebook beyond what loading checks: dead questions and rules,
/// conclusions without sources, primary-regulator coverage, and the contract's settled outcomes.
public struct RulebookChecker {
  public let rulebook: Rulebook
  public let sampleBudget: Int
  private let assessor: Assessor
  private let fileBytes: [UInt8]?

  /// Creates a checker that samples at most `sampleBudget` full answer combinations.
  /// Given the file's bytes, it also reports members the loader ignores (misspelt keys).
  public init(rulebook: Rulebook, sampleBudget: Int = 20_000, fileBytes: [UInt8]? = nil) {
    self.rulebook = rulebook
    self.sampleBudget = sampleBudget
    self.assessor = Assessor(rulebook: rulebook)
    self.fileBytes = fileBytes
  }

  /// Runs every check.
  public func run() -> RulebookCheckReport {
    var report = RulebookCheckReport(
      rulebookID: rulebook.id, version: rulebook.version, origin: rulebook.origin)
    if let fileBytes, let root = try? JSONParser.parse(fileBytes) {
      for message in KeySchema.unknownMembers(in: root, schema: .rulebook) {
        problem(&report, message)
      }
    }
    checkDatesAndContractFlags(&report)
    checkSourcesAndTexts(&report)
    checkSatisfiability(&report)
    checkPrimaryCoverage(&report)
    walkContract(&report)
    return report
  }

  private func problem(_ report: inout RulebookCheckReport, _ message: String) {
    report.findings.append(.init(isProblem: true, message: message))
  }

  private func warning(_ report: inout RulebookCheckReport, _ message: String) {
    report.findings.append(.init(isProblem: false, message: message))
  }

  // MARK: Static checks

  /// Binding and soft-law items must cite the instrument's official publication; commentary
  /// may stand beside it but never alone, and a commentary source is never itself "binding".
  private func checkOfficialSources(_ report: inout RulebookCheckReport) {
    for source in rulebook.sources where source.kind == .commentary && source.status == .binding {
      problem(
        &report,
        "source \(source.id) is commentary but has status \"binding\": only the instrument's own text can be binding"
      )
    }
    func needOfficial(_ status: LegalStatus, _ ids: [String], _ what: String) {
      guard status == .binding || status == .softLaw, !ids.isEmpty else { return }
      let official = ids.contains { id in
        guard let kind = rulebook.source(id)?.kind else { return false }
        return kind != .commentary
      }
      if !official {
        problem(
          &report,
          "\(what) is \(status.rawValue) but cites no official publication (only commentary)")
      }
    }
    for obligation in rulebook.obligations {
      needOfficial(obligation.status, obligation.sources, "obligation \(obligation.id)")
    }
    for regulator in rulebook.regulators {
      for document in regulator.documents {
        needOfficial(
          document.status, document.sources,
          "document \"\(document.title.en)\" of regulator \(regulator.id)")
      }
    }
    for field in rulebook.disclosureFields {
      for framework in field.frameworks {
        needOfficial(
          framework.status, framework.sources,
          "framework \"\(framework.name.en)\" of disclosure field \(field.id)")
      }
    }
    for route in rulebook.sandbox.routes {
      needOfficial(route.status, route.sources, "sandbox route \(route.id.rawValue)")
    }
  }

  private func checkSourcesAndTexts(_ report: inout RulebookCheckReport) {
    var cited = Set<String>()
    func needSources(_ ids: [String], _ what: String) {
      cited.formUnion(ids)
      if ids.isEmpty { problem(&report, "\(what) has no sources") }
    }
    for regulator in rulebook.regulators {
      needSources(regulator.sources, "regulator \(regulator.id)")
      for document in regulator.documents { cited.formUnion(document.sources) }
    }
    for rule in rulebook.tierRules { needSources(rule.sources, "tier rule \(rule.id)") }
    for rule in rulebook.regulatorRules { needSources(rule.sources, "regulator rule \(rule.id)") }
    for obligation in rulebook.obligations {
      needSources(obligation.sources, "obligation \(obligation.id)")
    }
    for field in rulebook.disclosureFields {
      if field.frameworks.isEmpty {
        problem(&report, "disclosure field \(field.id) names no framework")
      }
      for framework in field.frameworks {
        needSources(
          framework.sources, "framework \"\(framework.name.en)\" of disclosure field \(field.id)")
      }
    }
    for route in rulebook.sandbox.routes {
      needSources(route.sources, "sandbox route \(route.id.rawValue)")
    }
    for criterion in rulebook.sandbox.criteria {
      needSources(criterion.sources, "sandbox criterion \(criterion.id)")
    }
    for route in rulebook.sandbox.routes {
      needSources(
        route.publication.sources, "the publication note of sandbox route \(route.id.rawValue)")
    }
    checkOfficialSources(&report)
    for item in rulebook.sandbox.planItems {
      needSources(item.sources, "sandbox plan item \(item.id)")
    }
    for step in rulebook.sandbox.steps {
      needSources(step.sources, "sandbox step \(step.id)")
      if step.timing != nil, step.timingConfirmed == nil {
        problem(&report, "sandbox step \(step.id) has a timing but does not say if it is confirmed")
      }
    }
    if let standard = rulebook.tierInfo(.standard) {
      needSources(standard.sources ?? [], "the standard tier (its default trace)")
    }
    for source in rulebook.sources where !cited.contains(source.id) {
      warning(&report, "source \(source.id) is never cited")
    }
    let usedAssumptions = Set(rulebook.tierRules.flatMap { $0.assumptions ?? [] })
      .union(rulebook.tierRules.flatMap(\.when.assumptionIDs))
      .union(rulebook.obligations.flatMap(\.when.assumptionIDs))
      .union(
        rulebook.disclosureFields.flatMap {
          $0.requiredWhen.assumptionIDs + $0.recommendedWhen.assumptionIDs
        }
      )
      .union(rulebook.questions.flatMap(\.visibleIf.assumptionIDs))
      .union(rulebook.regulatorRules.flatMap(\.when.assumptionIDs))
    for assumption in rulebook.assumptions where !usedAssumptions.contains(assumption.id) {
      warning(&report, "assumption \(assumption.id) is never used")
    }
    for rule in rulebook.tierRules {
      let used = Set(rule.when.assumptionIDs)
      let declared = Set(rule.assumptions ?? [])
      for id in used.subtracting(declared) {
        problem(
          &report,
          "tier rule \(rule.id) uses assumption \(id) without listing it, so screens would not show it"
        )
      }
    }
    func needText(_ text: Localized, _ what: String) {
      if text.en.trimmingCharacters(in: .whitespaces).isEmpty {
        problem(&report, "\(what) has no English text")
      }
      if text.ja.trimmingCharacters(in: .whitespaces).isEmpty {
        problem(&report, "\(what) has no Japanese text")
      }
    }
    for question in rulebook.questions {
      needText(question.text, "question \(question.id)")
      needText(question.why, "\"why we ask\" of question \(question.id)")
      for option in question.options ?? [] {
        needText(option.label, "option \(question.id)=\(option.value)")
        needText(option.explain, "explanation of option \(question.id)=\(option.value)")
      }
    }
    for obligation in rulebook.obligations {
      needText(obligation.title, "obligation \(obligation.id)")
      needText(obligation.summary, "summary of obligation \(obligation.id)")
    }
    for regulator in rulebook.regulators { needText(regulator.name, "regulator \(regulator.id)") }
    for rule in rulebook.tierRules { needText(rule.reason, "reason of tier rule \(rule.id)") }
    for route in rulebook.sandbox.routes {
      needText(route.publication.text, "publication note of sandbox route \(route.id.rawValue)")
    }
    for item in rulebook.sandbox.planItems {
      needText(item.title, "sandbox plan item \(item.id)")
      needText(item.prompt, "prompt of sandbox plan item \(item.id)")
    }
    for step in rulebook.sandbox.steps {
      needText(step.title, "sandbox step \(step.id)")
      if let evidence = step.evidence { needText(evidence, "evidence of sandbox step \(step.id)") }
    }
  }

  private func checkDatesAndContractFlags(_ report: inout RulebookCheckReport) {
    func isDate(_ text: String) -> Bool {
      let parts = text.split(separator: "-", omittingEmptySubsequences: false)
      guard (1...3).contains(parts.count), parts[0].count == 4, Int(parts[0]) != nil else {
        return false
      }
      if parts.count >= 2, !(parts[1].count == 2 && (1...12).contains(Int(parts[1]) ?? 0)) {
        return false
      }
      if parts.count == 3, !(parts[2].count == 2 && (1...31).contains(Int(parts[2]) ?? 0)) {
        return false
      }
      return true
    }
    if !isDate(rulebook.asOf) {
      problem(&report, "asOf \"\(rulebook.asOf)\" is not a date like 2026-11-01")
    }
    for source in rulebook.sources where !isDate(source.date) {
      problem(
        &report, "source \(source.id) has date \"\(source.date)\", not YYYY, YYYY-MM or YYYY-MM-DD")
    }
    for regulator in rulebook.regulators {
      for document in regulator.documents where !isDate(document.date) {
        problem(
          &report,
          "a document of regulator \(regulator.id) has date \"\(document.date)\", not YYYY[-MM[-DD]]"
        )
      }
    }
    for obligation in rulebook.obligations where !isDate(obligation.asOf) {
      problem(&report, "obligation \(obligation.id) has asOf \"\(obligation.asOf)\", not a date")
    }
    let contractIDs = Set(AssessContract.questions.map(\.id))
    for question in rulebook.questions where question.contract != contractIDs.contains(question.id)
    {
      problem(
        &report,
        question.contract
          ? "question \(question.id) is marked contract but is not in the public contract"
          : "question \(question.id) is in the public contract but not marked contract")
    }
  }

  // MARK: Satisfiability

  private struct Mentions {
    var options: [String: [String]] = [:]
    var numbers: [String: [Int]] = [:]

    mutating func add(_ condition: Condition) {
      switch condition {
      case .always, .never: return
      case .and(let parts), .or(let parts): parts.forEach { add($0) }
      case .not(let inner): add(inner)
      case .test(let test):
        for value in test.values {
          switch value {
          case .word(let word):
            if !(options[test.question] ?? []).contains(word) {
              options[test.question, default: []].append(word)
            }
          case .number(let number): numbers[test.question, default: []].append(number)
          case .bool: break
          }
        }
        if options[test.question] == nil, test.values.isEmpty { options[test.question] = [] }
      }
    }
  }

  /// Whether some answers make `condition` true.
  func canBeTrue(_ condition: Condition) -> Bool { witness(condition) != nil }

  /// Answers that make `condition` true, searching only the questions it depends on
  /// (and those their visibility depends on), or nil when none do.
  public func witness(_ condition: Condition) -> [String: Answer]? {
    var mentions = Mentions()
    mentions.add(condition)
    var ids = condition.questionIDs
    var cursor = 0
    while cursor < ids.count {
      if let question = rulebook.question(ids[cursor]) {
        mentions.add(question.visibleIf)
        for id in question.visibleIf.questionIDs where !ids.contains(id) { ids.append(id) }
      }
      cursor += 1
    }
    let dimensions: [(id: String, values: [Answer?])] = ids.compactMap { id in
      guard let question = rulebook.question(id) else { return nil }
      return (
        id,
        AnswerSpace.domain(
          for: question, mentionedOptions: mentions.options[id] ?? [],
          numbers: mentions.numbers[id] ?? [],
          subsets: true)
      )
    }
    var found: [String: Answer]?
    AnswerSpace(dimensions: dimensions).walk(budget: 200_000) { answers in
      guard found == nil else { return }
      if Evaluator.truth(of: condition, in: ActiveAnswers(rulebook: rulebook, answers: answers))
        == .yes
      {
        found = answers
      }
    }
    return found
  }

  private func checkSatisfiability(_ report: inout RulebookCheckReport) {
    var checked = 0
    func check(_ condition: Condition, _ message: String) {
      checked += 1
      if !canBeTrue(condition) { problem(&report, message) }
    }
    for question in rulebook.questions where question.visibleIf != .always {
      check(
        question.visibleIf,
        "question \(question.id) is unreachable: its visibility condition can never be true")
    }
    for rule in rulebook.tierRules { check(rule.when, "tier rule \(rule.id) never fires") }
    for rule in rulebook.regulatorRules {
      check(rule.when, "regulator rule \(rule.id) never fires")
    }
    for obligation in rulebook.obligations {
      check(obligation.when, "obligation \(obligation.id) never applies")
    }
    for route in rulebook.sandbox.routes {
      check(route.when, "sandbox route \(route.id.rawValue) is never chosen")
    }
    for criterion in rulebook.sandbox.criteria {
      check(criterion.met, "sandbox criterion \(criterion.id) can never be met")
    }
    for field in rulebook.disclosureFields {
      if field.requiredWhen == .never && field.recommendedWhen == .never {
        problem(&report, "disclosure field \(field.id) is never required or recommended")
      }
      if field.requiredWhen != .never {
        check(field.requiredWhen, "disclosure field \(field.id) is never required")
      }
      if field.recommendedWhen != .never {
        check(field.recommendedWhen, "disclosure field \(field.id) is never recommended")
      }
    }
    for regulator in rulebook.regulators
    where !rulebook.regulatorRules.contains(where: { $0.regulator == regulator.id }) {
      warning(&report, "regulator \(regulator.id) is never brought in by any rule")
    }
    report.conditionsChecked = checked
  }

  // MARK: Primary regulator

  private func checkPrimaryCoverage(_ report: inout RulebookCheckReport) {
    let primaries = rulebook.regulatorRules.filter { $0.role == .primary }
    guard !primaries.isEmpty else {
      problem(
        &report, "no primary regulator rule: every assessment needs exactly one primary regulator")
      return
    }
    var mentions = Mentions()
    var ids: [String] = []
    for rule in primaries {
      mentions.add(rule.when)
      for id in rule.when.questionIDs where !ids.contains(id) { ids.append(id) }
    }
    let dimensions: [(id: String, values: [Answer?])] = ids.compactMap { id in
      guard let question = rulebook.question(id) else { return nil }
      let subsets = question.kind == .multi && question.optionValues.count <= 10
      var values = AnswerSpace.domain(
        for: question,
        mentionedOptions: subsets ? question.optionValues : mentions.options[id] ?? [],
        numbers: mentions.numbers[id] ?? [], subsets: subsets)
      values.removeAll { $0 == nil }
      return (id, values)
    }
    var zeroExample: String?
    var tieExample: String?
    AnswerSpace(dimensions: dimensions).walk(budget: 100_000) { answers in
      let active = ActiveAnswers(rulebook: rulebook, answers: answers)
      let firing = primaries.filter { Evaluator.truth(of: $0.when, in: active) == .yes }
      if firing.isEmpty {
        if zeroExample == nil { zeroExample = describe(answers) }
        return
      }
      let top = firing.map { $0.priority ?? 0 }.max() ?? 0
      let leaders = Set(firing.filter { ($0.priority ?? 0) == top }.map(\.regulator))
      if leaders.count > 1, tieExample == nil {
        tieExample = "\(describe(answers)) (\(leaders.sorted().joined(separator: " and ")))"
      }
    }
    if let zeroExample { problem(&report, "no primary regulator when \(zeroExample)") }
    if let tieExample { problem(&report, "two primary regulators tie when \(tieExample)") }
  }

  private func describe(_ answers: [String: Answer]) -> String {
    let ordered = rulebook.questions.compactMap { question in
      answers[question.id].map { "\(question.id)=\($0.display)" }
    }
    return ordered.isEmpty ? "nothing is answered" : ordered.joined(separator: ", ")
  }

  // MARK: Contract walk

  private func contractSpace() -> AnswerSpace {
    var mentions = Mentions()
    var referenced = Set<String>()
    var all: [Condition] = rulebook.tierRules.map(\.when) + rulebook.regulatorRules.map(\.when)
    all += rulebook.obligations.map(\.when) + rulebook.sandbox.routes.map(\.when)
    all += rulebook.sandbox.routes.flatMap { ($0.desks ?? []).map(\.when) }
    all += rulebook.sandbox.criteria.map(\.met) + rulebook.questions.map(\.visibleIf)
    all += rulebook.disclosureFields.flatMap { [$0.requiredWhen, $0.recommendedWhen] }
    for condition in all {
      mentions.add(condition)
      referenced.formUnion(condition.questionIDs)
    }
    let contractIDs = Set(AssessContract.questions.map(\.id))
    let dimensions: [(id: String, values: [Answer?])] = rulebook.questions.compactMap { question in
      guard contractIDs.contains(question.id) || referenced.contains(question.id) else {
        return nil
      }
      guard question.kind != .text else { return nil }
      var values = AnswerSpace.domain(
        for: question, mentionedOptions: mentions.options[question.id] ?? [],
        numbers: mentions.numbers[question.id] ?? [], subsets: false)
      if question.kind == .number {
        values.append(.number(10_000_000))
      }
      if question.kind == .multi, question.optionValues.count >= 2 {
        values.append(.choices(Array(question.optionValues.prefix(2))))
      }
      return (question.id, values)
    }
    return AnswerSpace(dimensions: dimensions)
  }

  private static let primaryBySector: [String: String] = [
    "finance": "fsa", "healthcare": "mhlw", "education": "mext", "public-sector": "digital-agency",
    "mobility": "mlit", "industrial": "meti", "other": "meti",
  ]

  private func walkContract(_ report: inout RulebookCheckReport) {
    let space = contractSpace()
    var violations: [String: (count: Int, example: String)] = [:]
    var order: [String] = []
    func violate(_ what: String, _ answers: [String: Answer]) {
      if let existing = violations[what] {
        violations[what] = (existing.count + 1, existing.example)
      } else {
        violations[what] = (1, describe(answers))
        order.append(what)
      }
    }
    let many = rulebook.assumption("many-individuals")?.value ?? 10_000
    var walked = 0
    let exhaustive = space.walk(budget: sampleBudget) { answers in
      walked += 1
      let assessment = assessor.assess(answers)
      checkInvariants(assessment, answers, many: many, violate)
    }
    report.combinationsWalked = walked
    report.spaceSize = space.size
    report.exhaustive = exhaustive
    for what in order {
      guard let entry = violations[what] else { continue }
      problem(&report, "\(what) (\(entry.count) case(s), for example \(entry.example))")
    }
  }

  private func checkInvariants(
    _ assessment: Assessment, _ answers: [String: Answer], many: Int,
    _ violate: (String, [String: Answer]) -> Void
  ) {
    let primaries = assessment.regulators.filter { $0.role == .primary }
    if primaries.count != 1 { violate("\(primaries.count) primary regulators", answers) }
    if primaries.first?.isDefault == true, answers["sector"] != nil {
      violate("no primary rule fired although the sector is answered", answers)
    }
    let traces =
      assessment.tierTrace + assessment.regulators.flatMap(\.trace)
      + assessment.obligations.map(\.trace) + [assessment.sandbox.trace]
    for entry in traces where entry.sources.isEmpty {
      violate("conclusion \(entry.rule) has no sources", answers)
    }
    let uses: [String] = {
      if case .choices(let values)? = answers["use_case"] { return values }
      return []
    }()
    let sectors: [String] = {
      if case .choices(let values)? = answers["sector"] { return values }
      return []
    }()
    let regulatorIDs = Set(assessment.regulators.map(\.id))
    if uses.contains("credit-decision"), case .number(let people)? = answers["people_affected"],
      people >= many,
      assessment.tier != .speciallyDesignated
    {
      violate("credit decisions for many individuals are not specially-designated", answers)
    }
    if uses.contains("diagnosis"), assessment.tier != .speciallyDesignated {
      violate("AI in a healthcare diagnostic loop is not specially-designated", answers)
    }
    if answers["infrastructure_operator"] == .bool(true), assessment.tier != .speciallyDesignated {
      violate(
        "AI used by a significant infrastructure operator is not specially-designated", answers)
    }
    let benignUses: Set<String> = ["quality-inspection", "predictive-maintenance"]
    if answers["people_affected"] == .number(0), answers["decision_role"] == .choice("none"),
      answers["personal_data"] == .choice("none"),
      answers["infrastructure_operator"] == .bool(false),
      !uses.isEmpty, Set(uses).isSubset(of: benignUses),
      Set(sectors).isSubset(of: ["industrial", "other"]),
      assessment.tier != .standard
    {
      violate(
        "a system touching no individuals, personal data or infrastructure is not standard", answers
      )
    }
    if sectors.count == 1, let expected = Self.primaryBySector[sectors[0]],
      assessment.primaryRegulator?.id != expected
    {
      violate("sector \(sectors[0]) does not make \(expected) the primary regulator", answers)
    }
    if sectors.contains("healthcare"), uses.contains("diagnosis"), !regulatorIDs.contains("pmda") {
      violate("a healthcare diagnostic system does not bring in pmda", answers)
    }
    if answers["personal_data"] == .choice("personal")
      || answers["personal_data"] == .choice("special-care"),
      !regulatorIDs.contains("ppc")
    {
      violate("personal data does not bring in ppc", answers)
    }
    switch answers["regulatory_barrier"] {
    case .choice("none")?:
      if assessment.sandbox.route != .none {
        violate("no regulatory barrier but a sandbox route is suggested", answers)
      }
    case .choice("unclear")?:
      if assessment.sandbox.route != .grayZone {
        violate("an unclear barrier does not point to the gray-zone system", answers)
      }
    case .choice("blocked")?:
      let physical = uses.contains("autonomous-driving") || uses.contains("drone-operations")
      // The regional sandbox is open only inside a designated special zone: outside one
      // (zone answered no) a physical case goes to the ICEA routes like any other.
      let inZone = physical && answers["sandbox_special_zone"] != .bool(false)
      let expected: Set<SandboxRouteID> =
        inZone ? [.regionalSandbox] : [.projectSandbox, .newBusinessException]
      if !expected.contains(assessment.sandbox.route) {
        violate(
          "a blocked \(physical ? "autonomous-driving or drone " : "")case points to \(assessment.sandbox.route.rawValue)",
          answers)
      }
    default: break
    }
    if answers["role"] == .choice("provider") {
      var asDeveloper = answers
      asDeveloper["role"] = .choice("foundation-model-developer")
      let provider = Set(assessment.obligations.map(\.obligation.id))
      let developer = Set(assessor.assess(asDeveloper).obligations.map(\.obligation.id))
      if !(developer.isStrictSuperset(of: provider)) {
        violate(
          "a foundation-model developer does not carry more obligations than a provider", answers)
      }
    }
    if answers["headquarters"] == .choice("japan") {
      var foreign = answers
      foreign["headquarters"] = .choice("foreign")
      let other = assessor.assess(foreign).sandbox
      if other.eligible == .no, assessment.sandbox.eligible != .no {
        violate("a foreign headquarters makes a sandbox route ineligible", answers)
      }
    }
  }
}
