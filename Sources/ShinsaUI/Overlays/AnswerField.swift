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
  case .multiLine? where question.kind == .text:
    workbench.editing = nil
    workbench.validation = nil
    state.overlay = .longAnswer(TextArea(field.text, limit: AnswersFile.maximumTextLength))
    return []
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
    // A pasted text of several lines goes on in the multi-line editor.
    if case .paste(let text) = key, question.kind == .text, text.contains(where: \.isNewline) {
      var area = TextArea(field.text, limit: AnswersFile.maximumTextLength)
      area.handle(key, width: textDialogWidth(state))
      workbench.editing = nil
      workbench.validation = nil
      state.overlay = .longAnswer(area)
      return []
    }
    field.handle(key)
    workbench.editing = field
    workbench.validation = nil
    return []
  }
}

/// Whether a text answer opens in the multi-line editor rather than the one-line field: it
/// has a line break, or is longer than a one-line field shows at 80 columns (60 cells).
func isLongAnswer(_ text: String) -> Bool {
  text.contains(where: \.isNewline) || DisplayWidth.of(text) > 60
}

/// Opens the editor for the current question's typed answer: the multi-line editor for a
/// long text answer, else the one-line field.
func openAnswerEditor(
  _ state: inout AppState, _ workbench: inout WorkbenchState, _ question: Question, text: String
) {
  if question.kind == .text, isLongAnswer(text) {
    state.overlay = .longAnswer(TextArea(text, limit: AnswersFile.maximumTextLength))
  } else {
    workbench.editing = TextField(
      text, limit: question.kind == .number ? 15 : AnswersFile.maximumTextLength)
  }
}

/// Keys in the multi-line answer editor (a text question's long answer): Esc saves what was
/// typed and stays on the question (just closes when nothing changed), Ctrl-G cancels, the
/// rest edit (Enter starts a new line).
func handleLongAnswerKey(_ state: inout AppState, _ area: TextArea, _ key: Key) -> [Effect] {
  var area = area
  guard var workbench = state.workbench, let question = workbench.currentQuestion else {
    state.overlay = nil
    return []
  }
  switch Keymap.command(for: key, in: .longAnswer) {
  case .cancel?:
    state.overlay = nil
    return []
  case .keep? where area.text == answerText(workbench.interview.answers[question.id]):
    state.overlay = nil
    return []
  case .keep?:
    state.overlay = nil
    let text = area.text.trimmingCharacters(in: .whitespacesAndNewlines)
    let event: InterviewEvent =
      text.isEmpty ? .clear(question: question.id) : .answer(question: question.id, .text(text))
    let effects = apply(&state, &workbench, event, log: ("answer", question.id))
    state.workbench = workbench
    return effects
  default:
    area.handle(key, width: textDialogWidth(state))
    state.overlay = .longAnswer(area)
    return []
  }
}

/// Draws the multi-line answer editor: the question as its title.
func renderLongAnswer(_ state: AppState, _ area: TextArea, _ frame: inout Frame) {
  let question = state.workbench?.currentQuestion?.text.text(state.language) ?? ""
  renderTextDialog(
    state, area, title: state.t("Answer — ", "回答 — ") + question,
    footer: state.t("Enter: new line", "Enter: 改行"), &frame)
}

/// The text the answer field opens with for `answer`.
func answerText(_ answer: Answer?) -> String {
  switch answer {
  case .number(let number)?: return String(number)
  case .text(let value)?: return value
  default: return ""
  }
}
