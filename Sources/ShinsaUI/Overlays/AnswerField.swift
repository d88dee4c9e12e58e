import ShinsaCore

/// Keys while an interview answer is typed, by its keymap context: Enter checks and saves
/// the answer and goes on; Esc saves what was typed and stays on the question (it just
/// closes when nothing changed, or when what was typed is refused it says why); Ctrl-G
/// cancels; the rest edit the field.
func handleEditingKey(
  _ state: inout AppState, _ workbench: inout WorkbenchState, _ key: Key
)
  -> [Effect]
{
  guard var field = workbench.editing, let question = workbench.currentQuestion else {
    workbench.editing = nil
    return []
  }
  switch Keymap.command(for: key, in: .answerField) {
  case .cancel?:
    workbench.editing = nil
    workbench.validation = nil
    return []
  case .keep? where field.text == answerText(workbench.interview.answers[question.id]):
    workbench.editing = nil
    workbench.validation = nil
    return []
  case .accept?, .keep?:
    let advance = Keymap.command(for: key, in: .answerField) == .accept
    let text = field.text.trimmingCharacters(in: .whitespaces)
    if text.isEmpty {
      workbench.editing = nil
      return apply(&state, &workbench, .clear(question: question.id), log: ("answer", question.id))
    }
    let answer: Answer
    if question.kind == .number {
      // Full-width digits (typed with a Japanese input method) count as digits.
      let halfWidth = String(
        String.UnicodeScalarView(
          text.unicodeScalars.map { scalar in
            (0xFF10...0xFF19).contains(scalar.value)
              ? Unicode.Scalar(scalar.value - 0xFF10 + 0x30) ?? scalar : scalar
          }))
      let digits = halfWidth.replacingOccurrences(of: ",", with: "")
        .replacingOccurrences(of: "_", with: "").replacingOccurrences(of: "，", with: "")
      guard let number = Int(digits) else {
        workbench.validation = state.t(
          "Enter a whole number (digits only), or choose Unknown.", "整数（数字のみ）を入力するか、「不明」を選んでください。")
        return []
      }
      answer = .number(number)
    } else {
      answer = .text(text)
    }
    do {
      _ = try Interview.validate(answer, for: question)
    } catch {
      workbench.validation = error.message
      return []
    }
    workbench.editing = nil
    var effects = apply(
      &state, &workbench, .answer(question: question.id, answer), log: ("answer", question.id))
    if advance { effects += apply(&state, &workbench, .next, log: nil) }
    return effects
  default:
    field.handle(key)
    workbench.editing = field
    workbench.validation = nil
    return []
  }
}

/// The text the answer field opens with for `answer`.
func answerText(_ answer: Answer?) -> String {
  switch answer {
  case .number(let number)?: return String(number)
  case .text(let value)?: return value
  default: return ""
  }
}
