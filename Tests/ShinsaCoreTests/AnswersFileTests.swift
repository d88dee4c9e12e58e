import Testing

@testable import ShinsaCore

@Suite struct AnswersFileTests {
  private func parse(_ text: String) -> Result<[String: Answer], DataFileError> {
    Result { () throws(DataFileError) -> [String: Answer] in
      try AnswersFile.parse(Array(text.utf8), fileName: "a.json", rulebook: Support.rulebook)
    }
  }

  private func error(_ text: String) -> DataFileError? {
    if case .failure(let error) = parse(text) { return error }
    return nil
  }

  @Test func parsesEveryKindAndIgnoresOtherTopLevelKeys() throws {
    let answers = try parse(
      """
      {"name": "x", "expect": {"tier": "standard"}, "answers": {
        "sector": ["healthcare", "finance"], "role": "provider", "people_affected": 12,
        "offered_in_eu": false, "headquarters": "unknown", "system_purpose": "Flags nodules."}}
      """
    ).get()
    #expect(answers["sector"] == .choices(["finance", "healthcare"]))
    #expect(answers["role"] == .choice("provider"))
    #expect(answers["people_affected"] == .number(12))
    #expect(answers["offered_in_eu"] == .bool(false))
    #expect(answers["headquarters"] == .unknown)
    #expect(answers["system_purpose"] == .text("Flags nodules."))
  }

  @Test(arguments: [
    (
      #"{"answers": {"sectr": ["finance"]}}"#, "answers.sectr",
      "unknown question id \"sectr\" (did you mean 'sector'?)"
    ),
    (
      #"{"answers": {"sector": ["banking"]}}"#, "answers.sector[0]",
      "\"banking\" is not an option of sector; allowed: finance"
    ),
    (#"{"answers": {"sector": "finance"}}"#, "answers.sector", "takes a list of options"),
    (#"{"answers": {"sector": []}}"#, "answers.sector", "choose at least one"),
    (#"{"answers": {"sector": ["finance", "finance"]}}"#, "answers.sector[1]", "listed twice"),
    (
      #"{"answers": {"role": "ceo"}}"#, "answers.role",
      "\"ceo\" is not an option of role; allowed: foundation-model-developer"
    ),
    (#"{"answers": {"role": 3}}"#, "answers.role", "takes one option as a string"),
    (#"{"answers": {"people_affected": -1}}"#, "answers.people_affected", "must be from 0"),
    (#"{"answers": {"people_affected": 2.5}}"#, "answers.people_affected", "whole number"),
    (
      #"{"answers": {"people_affected": "many"}}"#, "answers.people_affected",
      "takes a whole number"
    ),
    (#"{"answers": {"people_affected": 1e400}}"#, "answers.people_affected", "whole number"),
    (#"{"answers": {"offered_in_eu": "yes"}}"#, "answers.offered_in_eu", "takes true or false"),
    (#"{"answers": {"offered_in_eu": null}}"#, "answers.offered_in_eu", "takes true or false"),
    (#"{"answers": []}"#, "answers", "expected an object of answers"),
  ])
  func namesTheOffendingIdOrPath(text: String, path: String, message: String) {
    let found = error(text)
    #expect(found?.path == path, "\(String(describing: found))")
    #expect(found?.message.contains(message) == true, "\(String(describing: found))")
    #expect(found?.position != nil)
  }

  @Test func syntaxErrorsNameLineAndColumn() {
    let found = error("{\n  \"answers\": {\n    \"role\": \"provider\",\n  }\n}")
    #expect(found?.position == TextPosition(line: 4, column: 3))
    #expect(found?.description.hasPrefix("a.json:4:3: ") == true)
  }

  @Test func missingAnswersMemberIsAnError() {
    #expect(error("{}")?.message == "the member \"answers\" is missing")
    #expect(error("[1]")?.message.contains("expected an object") == true)
  }
}
