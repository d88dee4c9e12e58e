import ShinsaCore

/// The lines of the "about this question" overlay (`i`): the question, why it is asked, its
/// help (for example the MHLW test for medical devices), what each option means and the
/// note, in full, where the interview pane has room for only a few lines.
func aboutLines(_ state: AppState, width: Int) -> [StyledLine] {
  var builder = LineBuilder(width: width)
  guard let question = state.workbench?.currentQuestion else { return [] }
  let language = state.language
  builder.paragraph(question.text.text(language), .accent)
  builder.blank()
  builder.line(Segment(state.t("Why we ask", "質問の理由"), .accent))
  builder.paragraph(question.why.text(language), .text, indent: 2)
  let help = question.help.text(language)
  if !help.allSatisfy(\.isWhitespace) {
    builder.blank()
    builder.line(Segment(state.t("Help", "補足"), .accent))
    builder.paragraph(help, .text, indent: 2)
  }
  if let options = question.options, !options.isEmpty {
    builder.blank()
    builder.line(Segment(state.t("Options", "選択肢"), .accent))
    for option in options {
      builder.paragraph("• " + option.label.text(language), .text, indent: 2)
      let explain = option.explain.text(language)
      if !explain.allSatisfy(\.isWhitespace) { builder.paragraph(explain, .muted, indent: 4) }
    }
  }
  if let id = state.workbench?.interview.current,
    let meta = state.workbench?.interview.meta[id], !meta.note.isEmpty
  {
    builder.blank()
    let label =
      meta.notePrivate == true ? state.t("Note (private)", "メモ（非公開）") : state.t("Note", "メモ")
    builder.line(Segment(label, .accent))
    for line in meta.note.split(separator: "\n", omittingEmptySubsequences: false) {
      builder.paragraph(TextSafety.escaped(String(line)), .text, indent: 2)
    }
  }
  builder.blank()
  builder.paragraph(
    state.t(
      "Unknown is always a real answer: shinsa then shows what it could change.",
      "「不明」も回答として扱い、結論が変わりうる点を示します。"), .muted)
  return builder.lines
}
