/// Checks a decoded rulebook's references and compiles its conditions.
struct RulebookValidator {
  let locator: JSONLocator

  private func fail(_ message: String, _ path: JSONPathComponent...) -> RulebookError {
    locator.error(message, at: path)
  }

  private func failAt(_ message: String, _ path: [JSONPathComponent]) -> RulebookError {
    locator.error(message, at: path)
  }

  func validate(_ rulebook: inout Rulebook) throws(RulebookError) {
    guard rulebook.format == "shinsa-rulebook" else {
      throw fail(
        "this is not a shinsa rulebook (\"format\" should be \"shinsa-rulebook\")", .key("format"))
    }
    guard rulebook.formatVersion == 1 else {
      let newer = rulebook.formatVersion > 1
      throw fail(
        newer
          ? "this rulebook is written for a newer shinsa (format version \(rulebook.formatVersion)); update shinsa"
          : "format version \(rulebook.formatVersion) is not supported (expected 1)",
        .key("formatVersion"))
    }
    try checkUnique(rulebook.jurisdictions.map(\.id), "jurisdictions")
    try checkUnique(rulebook.sources.map(\.id), "sources")
    try checkUnique(rulebook.assumptions.map(\.id), "assumptions")
    try checkUnique(rulebook.sections.map(\.id), "sections")
    try checkUnique(rulebook.questions.map(\.id), "questions")
    try checkUnique(rulebook.regulators.map(\.id), "regulators")
    try checkUnique(rulebook.tierRules.map(\.id), "tierRules")
    try checkUnique(rulebook.regulatorRules.map(\.id), "regulatorRules")
    try checkUnique(rulebook.obligations.map(\.id), "obligations")
    try checkUnique(rulebook.disclosureFields.map(\.id), "disclosureFields")
    try checkUnique(rulebook.sandbox.routes.map(\.id.rawValue), "sandbox", "routes")
    try checkUnique(rulebook.sandbox.criteria.map(\.id), "sandbox", "criteria")
    try checkUnique(rulebook.sandbox.planItems.map(\.id), "sandbox", "planItems")
    try checkUnique(rulebook.sandbox.steps.map(\.id), "sandbox", "steps")

    for tier in Tier.allCases where !rulebook.tiers.contains(where: { $0.id == tier }) {
      throw fail("the tier \"\(tier.rawValue)\" needs a label and meaning", .key("tiers"))
    }

    rulebook.sourceIndex = Dictionary(
      rulebook.sources.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    rulebook.questionIndex = Dictionary(
      rulebook.questions.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    rulebook.regulatorIndex = Dictionary(
      rulebook.regulators.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })

    try checkQuestions(rulebook)
    try checkJurisdictions(rulebook)
    try checkContract(rulebook)
    try checkReferences(rulebook)
    try compileConditions(&rulebook)
  }

  private func checkUnique(_ ids: [String], _ path: String...) throws(RulebookError) {
    var seen = Set<String>()
    for (index, id) in ids.enumerated() where !seen.insert(id).inserted {
      throw failAt(
        "the id \"\(id)\" is used twice in \(path.joined(separator: "."))",
        path.map { .key($0) } + [.index(index), .key("id")])
    }
  }

  private static func isPlainID(_ text: String) -> Bool {
    !text.isEmpty
      && text.unicodeScalars.allSatisfy {
        ($0.value >= 0x61 && $0.value <= 0x7A) || ($0.value >= 0x30 && $0.value <= 0x39)
          || $0 == "-"
          || $0 == "_" || $0 == "."
      }
  }

  private func checkQuestions(_ rulebook: Rulebook) throws(RulebookError) {
    let sections = Set(rulebook.sections.map(\.id))
    for (index, question) in rulebook.questions.enumerated() {
      let here: [JSONPathComponent] = [.key("questions"), .index(index)]
      guard Self.isPlainID(question.id) else {
        throw failAt(
          "the question id \"\(question.id)\" may only use a-z, 0-9, '-', '_' and '.'",
          here + [.key("id")])
      }
      guard sections.contains(question.section) else {
        throw failAt(
          "question \"\(question.id)\" names an unknown section \"\(question.section)\"",
          here + [.key("section")])
      }
      switch question.kind {
      case .single, .multi:
        let values = question.optionValues
        guard !values.isEmpty else {
          throw failAt("question \"\(question.id)\" is a choice question without options", here)
        }
        var seen = Set<String>()
        for (optionIndex, value) in values.enumerated() {
          let optionPath = here + [.key("options"), .index(optionIndex), .key("value")]
          guard Self.isPlainID(value), !["true", "false", "unknown"].contains(value) else {
            throw failAt(
              "option value \"\(value)\" of \"\(question.id)\" is not allowed", optionPath)
          }
          guard seen.insert(value).inserted else {
            throw failAt(
              "option value \"\(value)\" appears twice in \"\(question.id)\"", optionPath)
          }
        }
      case .number:
        if let min = question.min, let max = question.max, min > max {
          throw failAt("question \"\(question.id)\" has min greater than max", here + [.key("min")])
        }
        if question.options != nil {
          throw failAt(
            "number question \"\(question.id)\" cannot have options", here + [.key("options")])
        }
      case .yesno, .text:
        if question.options != nil {
          throw failAt(
            "\(question.kind.rawValue) question \"\(question.id)\" cannot have options",
            here + [.key("options")])
        }
      }
    }
  }

  private func checkJurisdictions(_ rulebook: Rulebook) throws(RulebookError) {
    let homes = rulebook.jurisdictions.filter(\.isHome)
    guard homes.count == 1 else {
      throw fail(
        "exactly one jurisdiction must have no \"exposure\" (the home jurisdiction); found \(homes.count)",
        .key("jurisdictions"))
    }
    let ids = Set(rulebook.jurisdictions.map(\.id))
    func check(_ id: String?, _ path: [JSONPathComponent]) throws(RulebookError) {
      guard let id, !ids.contains(id) else { return }
      throw failAt(
        "unknown jurisdiction \"\(id)\"\(Suggest.didYouMean(id, among: ids))", path)
    }
    for (index, source) in rulebook.sources.enumerated() {
      try check(source.jurisdiction, [.key("sources"), .index(index), .key("jurisdiction")])
    }
    for (index, obligation) in rulebook.obligations.enumerated() {
      try check(
        obligation.jurisdiction, [.key("obligations"), .index(index), .key("jurisdiction")])
    }
    for (index, field) in rulebook.disclosureFields.enumerated() {
      for (frameworkIndex, framework) in field.frameworks.enumerated() {
        try check(
          framework.jurisdiction,
          [
            .key("disclosureFields"), .index(index), .key("frameworks"), .index(frameworkIndex),
            .key("jurisdiction"),
          ])
      }
    }
  }

  private func checkContract(_ rulebook: Rulebook) throws(RulebookError) {
    for entry in AssessContract.questions {
      guard let index = rulebook.questionIndex[entry.id] else {
        throw fail(
          "the public question \"\(entry.id)\" is missing; every rulebook must ask it",
          .key("questions"))
      }
      let question = rulebook.questions[index]
      let here: [JSONPathComponent] = [.key("questions"), .index(index)]
      guard question.kind == entry.kind else {
        throw failAt(
          "the public question \"\(entry.id)\" must be of kind \(entry.kind.rawValue), not \(question.kind.rawValue)",
          here + [.key("kind")])
      }
      if !entry.values.isEmpty, Set(question.optionValues) != Set(entry.values) {
        let missing = entry.values.filter { !question.optionValues.contains($0) }
        let extra = question.optionValues.filter { !entry.values.contains($0) }
        var parts: [String] = []
        if !missing.isEmpty { parts.append("missing \(missing.joined(separator: ", "))") }
        if !extra.isEmpty { parts.append("not in the contract: \(extra.joined(separator: ", "))") }
        throw failAt(
          "the public question \"\(entry.id)\" must have exactly the contract's values (\(parts.joined(separator: "; ")))",
          here + [.key("options")])
      }
    }
    for id in AssessContract.regulatorIDs where rulebook.regulatorIndex[id] == nil {
      throw fail(
        "the regulator \"\(id)\" is missing; every rulebook must define it", .key("regulators"))
    }
  }

  private func checkSources(
    _ ids: [String], _ rulebook: Rulebook, _ path: [JSONPathComponent]
  ) throws(RulebookError) {
    for (index, id) in ids.enumerated() where rulebook.sourceIndex[id] == nil {
      throw failAt(
        "unknown source \"\(id)\"\(Suggest.didYouMean(id, among: rulebook.sourceIndex.keys))",
        path + [.key("sources"), .index(index)])
    }
  }

  private func checkRegulator(
    _ id: String, _ rulebook: Rulebook, _ path: [JSONPathComponent]
  ) throws(RulebookError) {
    guard rulebook.regulatorIndex[id] == nil else { return }
    throw failAt(
      "unknown regulator \"\(id)\"\(Suggest.didYouMean(id, among: rulebook.regulatorIndex.keys))",
      path)
  }

  private func checkReferences(_ rulebook: Rulebook) throws(RulebookError) {
    for (index, tier) in rulebook.tiers.enumerated() {
      try checkSources(tier.sources ?? [], rulebook, [.key("tiers"), .index(index)])
    }
    for (index, regulator) in rulebook.regulators.enumerated() {
      let here: [JSONPathComponent] = [.key("regulators"), .index(index)]
      try checkSources(regulator.sources, rulebook, here)
      for (documentIndex, document) in regulator.documents.enumerated() {
        try checkSources(
          document.sources, rulebook, here + [.key("documents"), .index(documentIndex)])
      }
    }
    let assumptionIDs = Set(rulebook.assumptions.map(\.id))
    for (index, rule) in rulebook.tierRules.enumerated() {
      let here: [JSONPathComponent] = [.key("tierRules"), .index(index)]
      guard rule.status == .heuristic else {
        throw failAt(
          "tier rule \"\(rule.id)\" must have status \"heuristic\": the tiers are shinsa's triage aid, not law",
          here + [.key("status")])
      }
      try checkSources(rule.sources, rulebook, here)
      for (assumptionIndex, id) in (rule.assumptions ?? []).enumerated()
      where !assumptionIDs.contains(id) {
        throw failAt(
          "unknown assumption \"\(id)\"", here + [.key("assumptions"), .index(assumptionIndex)])
      }
    }
    for (index, rule) in rulebook.regulatorRules.enumerated() {
      let here: [JSONPathComponent] = [.key("regulatorRules"), .index(index)]
      try checkRegulator(rule.regulator, rulebook, here + [.key("regulator")])
      try checkSources(rule.sources, rulebook, here)
      if rule.role == .primary, rule.priority == nil {
        throw failAt("primary rule \"\(rule.id)\" needs a priority", here)
      }
    }
    for (index, obligation) in rulebook.obligations.enumerated() {
      let here: [JSONPathComponent] = [.key("obligations"), .index(index)]
      try checkRegulator(obligation.regulator, rulebook, here + [.key("regulator")])
      try checkSources(obligation.sources, rulebook, here)
    }
    for (index, field) in rulebook.disclosureFields.enumerated() {
      for (frameworkIndex, framework) in field.frameworks.enumerated() {
        try checkSources(
          framework.sources, rulebook,
          [.key("disclosureFields"), .index(index), .key("frameworks"), .index(frameworkIndex)])
      }
    }
    for (index, route) in rulebook.sandbox.routes.enumerated() {
      let here: [JSONPathComponent] = [.key("sandbox"), .key("routes"), .index(index)]
      try checkRegulator(route.desk, rulebook, here + [.key("desk")])
      for (deskIndex, desk) in (route.desks ?? []).enumerated() {
        try checkRegulator(
          desk.regulator, rulebook,
          here + [.key("desks"), .index(deskIndex), .key("regulator")])
      }
      try checkSources(route.sources, rulebook, here)
      try checkSources(route.publication.sources, rulebook, here + [.key("publication")])
    }
    let routeIDs = Set(rulebook.sandbox.routes.map(\.id))
    try checkSandboxParts(
      rulebook.sandbox.planItems.map { ($0.id, $0.routes, $0.sources) }, "planItems", "plan item",
      routeIDs, rulebook)
    try checkSandboxParts(
      rulebook.sandbox.steps.map { ($0.id, $0.routes, $0.sources) }, "steps", "step", routeIDs,
      rulebook)
    for (index, criterion) in rulebook.sandbox.criteria.enumerated() {
      let here: [JSONPathComponent] = [.key("sandbox"), .key("criteria"), .index(index)]
      try checkSources(criterion.sources, rulebook, here)
      for (routeIndex, route) in criterion.routes.enumerated() where !routeIDs.contains(route) {
        throw failAt(
          "criterion \"\(criterion.id)\" names route \"\(route.rawValue)\", which the rulebook does not define",
          here + [.key("routes"), .index(routeIndex)])
      }
    }
    guard routeIDs.contains(.none) else {
      throw fail(
        "the sandbox needs a \"none\" route for cases that need no sandbox", .key("sandbox"))
    }
  }

  /// Checks the routes and sources of sandbox plan items or steps.
  private func checkSandboxParts(
    _ parts: [(id: String, routes: [SandboxRouteID], sources: [String])], _ key: String,
    _ noun: String, _ routeIDs: Set<SandboxRouteID>, _ rulebook: Rulebook
  ) throws(RulebookError) {
    for (index, part) in parts.enumerated() {
      let here: [JSONPathComponent] = [.key("sandbox"), .key(key), .index(index)]
      try checkSources(part.sources, rulebook, here)
      guard !part.routes.isEmpty else {
        throw failAt("\(noun) \"\(part.id)\" names no route", here + [.key("routes")])
      }
      for (routeIndex, route) in part.routes.enumerated() where !routeIDs.contains(route) {
        throw failAt(
          "\(noun) \"\(part.id)\" names route \"\(route.rawValue)\", which the rulebook does not define",
          here + [.key("routes"), .index(routeIndex)])
      }
    }
  }

  private func compile(
    _ text: String, _ scope: ConditionScope, _ path: [JSONPathComponent]
  ) throws(RulebookError) -> Condition {
    do {
      return try ConditionParser.compile(text, scope: scope)
    } catch {
      var position = locator.position(of: path)
      // The node's position is the opening quote; the condition starts one column later.
      position?.column += 1 + error.offset
      throw RulebookError(file: locator.fileName, position: position, message: error.message)
    }
  }

  private func compileConditions(_ rulebook: inout Rulebook) throws(RulebookError) {
    var all: [String: (index: Int, question: Question)] = [:]
    for (index, question) in rulebook.questions.enumerated() {
      all[question.id] = (index, question)
    }
    let assumptions = Dictionary(
      rulebook.assumptions.map { ($0.id, $0.value) }, uniquingKeysWith: { first, _ in first })
    let full = ConditionScope(questions: all, assumptions: assumptions)

    var earlier: [String: (index: Int, question: Question)] = [:]
    for index in rulebook.questions.indices {
      let question = rulebook.questions[index]
      if let text = question.visibleIfSource {
        var forbidden: [String: String] = [:]
        for later in rulebook.questions[index...] {
          forbidden[later.id] =
            later.id == question.id
            ? "cannot decide its own visibility"
            : "comes later in the interview; a visibility condition may only mention earlier questions"
        }
        let scope = ConditionScope(
          questions: earlier, assumptions: assumptions, forbidden: forbidden)
        rulebook.questions[index].visibleIf = try compile(
          text, scope, [.key("questions"), .index(index), .key("visibleIf")])
      }
      earlier[question.id] = (index, question)
    }
    for index in rulebook.tierRules.indices {
      rulebook.tierRules[index].when = try compile(
        rulebook.tierRules[index].whenSource, full,
        [.key("tierRules"), .index(index), .key("when")])
    }
    for index in rulebook.regulatorRules.indices {
      rulebook.regulatorRules[index].when = try compile(
        rulebook.regulatorRules[index].whenSource, full,
        [.key("regulatorRules"), .index(index), .key("when")])
    }
    for index in rulebook.jurisdictions.indices {
      if let text = rulebook.jurisdictions[index].exposureSource {
        rulebook.jurisdictions[index].exposure = try compile(
          text, full, [.key("jurisdictions"), .index(index), .key("exposure")])
      }
    }
    for index in rulebook.obligations.indices {
      let obligation = rulebook.obligations[index]
      let own = try compile(
        obligation.whenSource, full, [.key("obligations"), .index(index), .key("when")])
      // A foreign law applies only with its jurisdiction's exposure, whatever its own condition.
      if let exposure = rulebook.jurisdiction(obligation.jurisdiction)?.exposure,
        exposure != .always
      {
        rulebook.obligations[index].when = .and([exposure, own])
      } else {
        rulebook.obligations[index].when = own
      }
    }
    for index in rulebook.disclosureFields.indices {
      let field = rulebook.disclosureFields[index]
      let here: [JSONPathComponent] = [.key("disclosureFields"), .index(index)]
      if let text = field.requiredWhenSource {
        rulebook.disclosureFields[index].requiredWhen = try compile(
          text, full, here + [.key("requiredWhen")])
      }
      if let text = field.recommendedWhenSource {
        rulebook.disclosureFields[index].recommendedWhen = try compile(
          text, full, here + [.key("recommendedWhen")])
      }
    }
    for index in rulebook.sandbox.routes.indices {
      rulebook.sandbox.routes[index].when = try compile(
        rulebook.sandbox.routes[index].whenSource, full,
        [.key("sandbox"), .key("routes"), .index(index), .key("when")])
      guard var desks = rulebook.sandbox.routes[index].desks else { continue }
      for deskIndex in desks.indices {
        desks[deskIndex].when = try compile(
          desks[deskIndex].whenSource, full,
          [
            .key("sandbox"), .key("routes"), .index(index), .key("desks"), .index(deskIndex),
            .key("when"),
          ])
      }
      rulebook.sandbox.routes[index].desks = desks
    }
    for index in rulebook.sandbox.criteria.indices {
      rulebook.sandbox.criteria[index].met = try compile(
        rulebook.sandbox.criteria[index].metSource, full,
        [.key("sandbox"), .key("criteria"), .index(index), .key("met")])
    }
  }
}
