import Testing

@testable import ShinsaCore

@Suite struct RulebookLoaderTests {
  private func failure(_ text: String) -> RulebookError? {
    if case .failure(let error) = Support.load(text) { return error }
    return nil
  }

  @Test func bundledRulebookLoadsWithContractQuestionsAndRegulators() {
    let rulebook = Support.rulebook
    #expect(rulebook.id == "jp-ai")
    #expect(rulebook.version == "2026.12")
    for entry in AssessContract.questions {
      let question = rulebook.question(entry.id)
      #expect(question?.kind == entry.kind, "\(entry.id)")
      #expect(Set(question?.optionValues ?? []) == Set(entry.values), "\(entry.id)")
      #expect(question?.contract == true, "\(entry.id)")
    }
    for id in AssessContract.regulatorIDs { #expect(rulebook.regulator(id) != nil, "\(id)") }
  }

  @Test func everyQuestionSaysWhyInBothLanguages() {
    for question in Support.rulebook.questions {
      #expect(!question.why.en.isEmpty && !question.why.ja.isEmpty, "\(question.id)")
      #expect(!question.help.en.isEmpty && !question.help.ja.isEmpty, "\(question.id)")
      for option in question.options ?? [] {
        #expect(
          !option.explain.en.isEmpty && !option.explain.ja.isEmpty, "\(question.id)=\(option.value)"
        )
      }
    }
  }

  @Test func unknownQuestionInAConditionNamesFileLineColumnAndId() throws {
    let text = Support.rulebookReplacing(
      "\"use_case has credit-decision and people_affected >= $many-individuals\"",
      with: "\"use_case has credit-decision and people_affectd >= $many-individuals\"")
    let error = try #require(failure(text))
    #expect(error.file == "broken.json")
    #expect(
      error.message.contains(
        "unknown question id 'people_affectd' (did you mean 'people_affected'?)"))
    let position = try #require(error.position)
    let line = text.split(separator: "\n", omittingEmptySubsequences: false)[position.line - 1]
    let column = line.unicodeScalars.index(
      line.unicodeScalars.startIndex, offsetBy: position.column - 1)
    #expect(String(line.unicodeScalars[column...]).hasPrefix("people_affectd"))
    #expect(error.description.hasPrefix("broken.json:\(position.line):\(position.column): "))
  }

  @Test func unknownValueInAConditionIsNamed() throws {
    let text = Support.rulebookReplacing(
      "\"infrastructure_operator == true\"", with: "\"infrastructure_operator == yes\"",
      after: "\"id\": \"tier.sd.infrastructure\"")
    let error = try #require(failure(text))
    #expect(error.message.contains("expected true or false, not 'yes'"))
    #expect(error.position != nil)
  }

  @Test func tierRulesMustBeHeuristic() throws {
    var text = Support.rulebookText
    guard let range = text.range(of: "\"status\": \"heuristic\"") else {
      Issue.record("no heuristic status in the rulebook")
      return
    }
    text.replaceSubrange(range, with: "\"status\": \"binding\"")
    let error = try #require(failure(text))
    #expect(error.message.contains("must have status \"heuristic\""))
  }

  @Test func sandboxDesksNameKnownRegulatorsAndValidConditions() throws {
    let unknown = Support.rulebookReplacing(
      "\"regulator\": \"mhlw\"", with: "\"regulator\": \"mhlv\"", after: "\"desks\": [")
    let error = try #require(failure(unknown))
    #expect(error.message.contains("unknown regulator \"mhlv\""), "\(error.message)")
    #expect(error.message.contains("mhlw"))
    let badCondition = Support.rulebookReplacing(
      "\"sector has finance\"", with: "\"sector has banking\"", after: "\"desks\": [")
    let conditionError = try #require(failure(badCondition))
    #expect(conditionError.message.contains("banking"), "\(conditionError.message)")
    #expect(conditionError.position != nil)
  }

  @Test func syntaxErrorsAreLocated() throws {
    let text = Support.rulebookReplacing(
      "\"version\": \"2026.12\",", with: "\"version\": \"2026.12\"")
    let error = try #require(failure(text))
    #expect(error.position != nil)
    #expect(error.message.contains("expected ',' or '}'"))
  }

  @Test func newerFormatIsRefusedPlainly() throws {
    let text = Support.rulebookReplacing("\"formatVersion\": 1,", with: "\"formatVersion\": 2,")
    let error = try #require(failure(text))
    #expect(error.message.contains("newer shinsa"))
  }

  @Test func missingContractValueIsRefused() throws {
    let text = Support.rulebookReplacing(
      "\"value\": \"insurance-underwriting\"", with: "\"value\": \"insurance\"")
    let error = try #require(failure(text))
    #expect(
      error.message.contains(
        "the public question \"use_case\" must have exactly the contract's values"))
  }

  @Test func unknownSourceIdIsRefused() throws {
    let text = Support.rulebookReplacing(
      "\"sources\": [", with: "\"sources\": [\"no-such-source\", ",
      after: "\"id\": \"tier.sd.infrastructure\"")
    let error = try #require(failure(text))
    #expect(error.message.contains("unknown source \"no-such-source\""))
  }

  @Test func wrongTypeNamesThePath() throws {
    let text = Support.rulebookReplacing(
      "\"asOf\": \"2026-11-01\",\n  \"title\"", with: "\"asOf\": 20261101,\n  \"title\"")
    let error = try #require(failure(text))
    #expect(error.message.contains("asOf should be a string"))
    #expect(error.position?.line == 6 || error.position != nil)
  }

  @Test func visibilityMayOnlyMentionEarlierQuestions() throws {
    let text = Support.rulebookReplacing(
      "\"visibleIf\": \"uses_foundation_model == true\"",
      with: "\"visibleIf\": \"regulatory_barrier == none\"",
      after: "\"id\": \"fine_tuned\"")
    let error = try #require(failure(text))
    #expect(error.message.contains("comes later in the interview"))
  }

  @Test func missingFileIsUnreadable() {
    do {
      _ = try RulebookLoader.load(path: "/nonexistent/rules.json")
      Issue.record("loaded a missing file")
    } catch {
      #expect(error.unreadable)
      #expect(error.message == "no such file")
    }
  }
}
