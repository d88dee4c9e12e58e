/// Validates a loaded rulebook beyond what loading checks: dead questions and rules,
/// conclusions without sources, primary-regulator coverage, and the contract's settled outcomes.
public struct RulebookChecker {
  public let rulebook: Rulebook
  public let sampleBudget: Int
  let assessor: Assessor
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
    checkOptionSectors(&report)
    checkSatisfiability(&report)
    checkPrimaryCoverage(&report)
    walkContract(&report)
    return report
  }

  func problem(_ report: inout RulebookCheckReport, _ message: String) {
    report.findings.append(.init(isProblem: true, message: message))
  }

  func warning(_ report: inout RulebookCheckReport, _ message: String) {
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

  /// An option's `sectors` (the interview lists it only when one of them is chosen) must
  /// name options of the sector question, and at least one: an empty list would hide it.
  private func checkOptionSectors(_ report: inout RulebookCheckReport) {
    let known = Set(rulebook.question("sector")?.optionValues ?? [])
    for question in rulebook.questions {
      for option in question.options ?? [] {
        guard let sectors = option.sectors else { continue }
        let what = "option \(question.id)=\(option.value)"
        if sectors.isEmpty { problem(&report, "\(what) lists no sectors, so it is never shown") }
        for sector in sectors where !known.contains(sector) {
          problem(&report, "\(what) names sector \(sector), which is not an option of sector")
        }
      }
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

  struct Mentions {
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
}
