import Testing

@testable import ShinsaCore

/// The why overlay's wording of the answers a conclusion rests on: questions and options by
/// their text in the chosen language, never ids.
@Suite struct ReadableTraceTests {
  private let rulebook = Support.rulebook

  @Test func answersAreWrittenWithTheQuestionAndTheOptionLabel() throws {
    let trace = [
      TraceAnswer(question: "use_case", answer: .choices(["credit-decision"])),
      TraceAnswer(question: "people_affected", answer: .number(2_000_000)),
      TraceAnswer(question: "personal_data", answer: nil),
    ]
    let useCase = try #require(rulebook.question("use_case"))
    let label = try #require(useCase.option("credit-decision")).label
    let en = AssessmentWording.readableBecause(trace, rulebook, .en)
    #expect(en.hasPrefix("“\(useCase.text.en)”: \(label.en); "))
    #expect(en.contains("2,000,000"))
    #expect(en.contains("Not answered"))
    #expect(!en.contains("use_case") && !en.contains("credit-decision") && !en.contains(" = "))
    let ja = AssessmentWording.readableBecause(trace, rulebook, .ja)
    #expect(ja.hasPrefix("「\(useCase.text.ja)」：\(label.ja)／"))
    #expect(ja.contains("未回答"))
    #expect(!ja.contains("use_case"))
  }

  @Test func anUnknownIdIsKeptAndNoAnswersSaySo() {
    let odd = [TraceAnswer(question: "no_such_question", answer: .unknown)]
    #expect(AssessmentWording.readableBecause(odd, rulebook, .en) == "no_such_question = unknown")
    #expect(AssessmentWording.readableBecause([], rulebook, .en) == "no answer yet")
    #expect(AssessmentWording.readableBecause([], rulebook, .ja) == "回答なし")
  }

  @Test func appliesBecauseUsesTheReadableAnswers() throws {
    let assessment = Support.assess(Support.bank)
    for finding in assessment.obligations {
      let readable = AssessmentWording.readableAppliesBecause(finding, rulebook, .en)
      if finding.trace.universal {
        #expect(readable == rulebook.universalReason.en)
      } else {
        for answer in finding.trace.because {
          #expect(!readable.contains(answer.question + " ="), "\(finding.obligation.id)")
        }
      }
    }
  }
}
