import Foundation

/// The screen-reader and pipe interview (`shinsa open PROJECT --plain`): a pure session that
/// turns each typed line into the text to print and, when the answers change, the project to
/// save. The I/O driver lives in the executable; this type does no I/O.
///
/// Every change goes through the same ``Interview`` events as the workbench, stamped, logged
/// and re-assessed the same way, so a project answered here is the one the workbench would
/// have saved.
public struct PlainSession: Sendable {
  /// What one line did.
  public struct Step: Sendable, Equatable {
    /// The text to print (ends with a line break; plain text only).
    public var output: String
    /// True when the project changed and should be saved now.
    public var save: Bool
    /// True when the session is over (`q`).
    public var done: Bool
  }

  public let rulebook: Rulebook
  public let language: Language
  /// Why nothing may change, when the project is read-only; edits are then refused.
  public let readOnly: ReadOnlyReason?
  /// The answers, notes and position.
  public private(set) var interview: Interview
  /// The rest of the project, kept as it was read except for the stamps of changes.
  private var rest: ProjectDocument
  private let assessor: Assessor
  /// True once the last question is behind: the end is shown instead of a question.
  public private(set) var atEnd = false
  /// True while every option of the current question is listed, not only the use cases of
  /// the chosen sectors (`o` or `all`; reset on the next question, as in the workbench).
  public private(set) var showAllOptions = false
  /// True after `n`: the next line is the note of the current question.
  public private(set) var awaitingNote = false

  /// Starts a session on `document`.
  public init(
    document: ProjectDocument, rulebook: Rulebook, language: Language,
    readOnly: ReadOnlyReason? = nil
  ) {
    self.rulebook = rulebook
    self.language = language
    self.readOnly = readOnly
    interview = document.interview(rulebook: rulebook)
    rest = document
    assessor = Assessor(rulebook: rulebook)
  }

  /// The project as it would be saved now.
  public var document: ProjectDocument {
    rest.with(interview)
  }

  /// The current assessment.
  public var assessment: Assessment {
    assessor.assess(
      active: interview.active, completeDisclosureFields: rest.completeDisclosureFields)
  }

  private func t(_ en: String, _ ja: String) -> String { language == .en ? en : ja }

  // MARK: Output

  /// What is printed first: how to use the session, then the current question.
  public func opening(notice: String? = nil) -> String {
    var lines: [String] = []
    if let notice { lines.append(notice) }
    lines.append(
      t(
        "shinsa plain interview. Type a number or an option id to answer; an empty line goes on; ? help, w why, u unknown, b back, n note, q stop.",
        "shinsa 読み上げ用ヒアリング。番号か選択肢の ID で回答します。空行で次へ。? ヘルプ、w 根拠、u 不明、b 戻る、n メモ、q 終了。"
      ))
    if readOnly != nil {
      lines.append(
        ReadOnlyReason.refusal(readOnly, language).replacingOccurrences(
          of: t("; nothing was changed.", "。変更していません。"), with: t(".", "。")))
    }
    return PlainText.clean(lines.joined(separator: "\n") + "\n\n" + prompt())
  }

  /// The current question (or the end of the interview), ending with the prompt line.
  public func prompt() -> String {
    guard !atEnd, let id = interview.current, let question = rulebook.question(id) else {
      return PlainText.clean(ending())
    }
    let position = interview.position
    var lines: [String] = []
    let section = rulebook.sections.first { $0.id == question.section }?.title.text(language)
    lines.append(
      t(
        "Question \(position.index) of \(position.count)",
        "質問 \(position.index) / \(position.count)")
        + (section.map { t(" (\($0))", "（\($0)）") } ?? ""))
    lines.append(question.text.text(language))
    let why = question.why.text(language)
    if !why.isEmpty { lines.append(t("Why we ask: ", "質問の理由: ") + why) }
    lines += answerLines(question)
    lines.append(t("Current answer: ", "現在の回答: ") + current(question))
    if let note = interview.meta[question.id]?.note, !note.isEmpty {
      lines.append(t("Note: ", "メモ: ") + note.replacingOccurrences(of: "\n", with: " / "))
    }
    lines.append("> ")
    return PlainText.clean(lines.joined(separator: "\n"))
  }

  /// The question again in one line, after a message, the help or the reasons: what was
  /// printed already is not read out twice (`r` prints the whole question).
  public func reminder() -> String {
    guard !atEnd, let id = interview.current, let question = rulebook.question(id) else {
      return PlainText.clean(ending())
    }
    let position = interview.position
    return PlainText.clean(
      t(
        "Question \(position.index) of \(position.count): \(question.text.text(language)) (r repeats the whole question)\n> ",
        "質問 \(position.index) / \(position.count): \(question.text.text(language))（r で質問全体をもう一度）\n> "
      ))
  }

  /// How to answer `question`, with its numbered options.
  private func answerLines(_ question: Question) -> [String] {
    var lines: [String] = []
    switch question.kind {
    case .single:
      lines.append(t("Options (type one number or id):", "選択肢（番号か ID を一つ）:"))
    case .multi:
      lines.append(
        t(
          "Options (several allowed: numbers or ids separated by spaces or commas, e.g. 1 3):",
          "選択肢（複数可: 番号か ID を空白かカンマで区切る。例 1 3）:"))
    case .yesno:
      lines.append(t("Options (type 1 or 2, or yes or no):", "選択肢（1 か 2、または はい か いいえ）:"))
      lines.append("  1. " + t("Yes", "はい"))
      lines.append("  2. " + t("No", "いいえ"))
    case .number:
      var range = ""
      if let min = question.min, let max = question.max { range = " \(min)–\(max)" }
      let unit = question.unit.map { " " + $0.text(language) } ?? ""
      lines.append(t("Type a whole number\(range)\(unit).", "整数を入力\(range)\(unit)。"))
    case .text:
      lines.append(t("Type the answer on one line.", "回答を一行で入力。"))
    }
    let shown = shownOptions(question)
    for (index, value) in shown.enumerated()
    where question.kind == .single || question.kind == .multi {
      guard let option = question.option(value) else { continue }
      var line = "  \(index + 1). \(option.label.text(language)) [\(option.value)]"
      let explain = option.explain.text(language)
      if !explain.isEmpty { line += " — " + explain }
      lines.append(line)
    }
    let hidden = interview.hiddenOptions(question)
    if hidden > 0, !showAllOptions {
      lines.append(
        t(
          "  Only the chosen sectors' use cases are listed; o (or all) lists every one (\(hidden) more for other sectors).",
          "  選んだ業種の用途だけを表示しています。o（または all）ですべて表示します（他業種の \(hidden) 件）。"))
    } else if hidden > 0 {
      lines.append(
        t(
          "  Every use case is listed: o lists only the chosen sectors' again.",
          "  すべての用途を表示しています。o で選んだ業種のみに戻します。"))
    }
    lines.append(
      "  u. "
        + t("Unknown (a real answer: shinsa marks what it leaves open)", "不明（回答として記録し、未確定の結論を示します）")
        + (clearsChoices(question) ? t("; it clears the choices above", "。選んだ選択肢は外れます") : "")
    )
    return lines
  }

  /// The option values listed under `question`, numbered from 1 in this order: the chosen
  /// sectors' use cases (``Interview/sectorOptions(_:)``), or all after `o`.
  public func shownOptions(_ question: Question) -> [String] {
    showAllOptions ? question.optionValues : interview.sectorOptions(question)
  }

  /// Whether `u` would clear choices already made on `question` (as the workbench warns).
  private func clearsChoices(_ question: Question) -> Bool {
    if case .choices(let values)? = interview.answers[question.id] { return !values.isEmpty }
    return false
  }

  /// The current answer of `question` in words.
  private func current(_ question: Question) -> String {
    guard let answer = interview.answers[question.id] else { return t("none yet", "未回答") }
    let label: (String) -> String = { question.option($0)?.label.text(self.language) ?? $0 }
    switch answer {
    case .unknown: return t("unknown", "不明")
    case .choice(let value): return label(value)
    case .choices(let values): return values.map(label).joined(separator: t(", ", "、"))
    case .bool(let flag): return flag ? t("yes", "はい") : t("no", "いいえ")
    case .number(let number): return String(number)
    case .text(let text): return text
    }
  }

  /// The end of the interview: the tier and what to do next.
  private func ending() -> String {
    let assessment = assessment
    let tier = rulebook.tierInfo(assessment.tier)?.label.text(language) ?? assessment.tier.rawValue
    let progress = interview.progress
    var lines = [t("End of the interview.", "ヒアリングの終わりです。")]
    lines.append(
      t(
        "Answered \(progress.answered) of \(progress.total).",
        "回答済み \(progress.answered) / \(progress.total)。"))
    lines.append(
      t("Tier: ", "区分: ") + tier + " (" + Tier.notStatutoryLabel(language) + ")")
    if assessment.requiresReview {
      lines.append(
        t(
          "Some conclusions rest on unknown answers: w shows which.",
          "不明の回答に左右される結論があります。w で確認できます。"))
    }
    lines.append(
      t(
        "Next: w for the reasons, b to go back, q to stop; shinsa export writes the report.",
        "次に: w で根拠、b で戻る、q で終了。レポートは shinsa export で出力します。"))
    lines.append("> ")
    return lines.joined(separator: "\n")
  }

  /// The help for the current question and the commands.
  private func help() -> String {
    var lines: [String] = []
    if !atEnd, let id = interview.current, let question = rulebook.question(id) {
      let help = question.help.text(language)
      if !help.isEmpty { lines.append(help) }
    }
    lines.append(
      t(
        """
        Commands: a number or option id answers (several for a multi-choice question); \
        an empty line goes on; u unknown; b back; w why (the reasons for the conclusions); \
        r the whole question again; n the note on this question (the next line is the note); \
        o or all every use case, \
        not only the chosen sectors'; ? this help; q or end of input stops. \
        Every answer is saved at once.
        """,
        """
        コマンド: 番号か選択肢の ID で回答（複数選択の質問は複数可）。空行で次へ。u 不明、b 戻る、\
        w 根拠（結論の理由）、r 質問をもう一度、n この質問のメモ（次の行がメモ）、o または all ですべての用途を表示、\
        ? このヘルプ、q または入力の終わりで終了。回答はその都度保存されます。
        """))
    return lines.joined(separator: "\n") + "\n"
  }

  // MARK: Input

  /// Handles one typed line (without its line break) at time `now` (ISO 8601, for the stamps).
  public mutating func handle(_ line: String, now: String) -> Step {
    if awaitingNote { return setNote(line, now: now) }
    let text = PlainText.normalized(line)
    switch text.lowercased() {
    case "q": return Step(output: "", save: false, done: true)
    case "?":
      return Step(output: PlainText.clean(help() + reminder()), save: false, done: false)
    case "r":
      return Step(output: prompt(), save: false, done: false)
    case "w":
      let report = AssessmentReport(
        assessment: assessment, rulebook: rulebook, language: language, style: .text
      ).render()
      return Step(output: PlainText.clean(report + "\n" + reminder()), save: false, done: false)
    case "b":
      if atEnd {
        atEnd = false
      } else {
        let before = interview.current
        try? interview.apply(.back)
        guard interview.current != before else {
          return refuse(t("This is the first question.", "最初の質問です。"))
        }
        showAllOptions = false
      }
      return Step(output: prompt(), save: false, done: false)
    case "n" where !atEnd && interview.current != nil:
      if let readOnly { return refuse(readOnly.refusal(language)) }
      awaitingNote = true
      return Step(output: PlainText.clean(notePrompt()), save: false, done: false)
    case "o", "all":
      if !atEnd, let question = interview.current.flatMap(rulebook.question),
        interview.hiddenOptions(question) > 0
      {
        showAllOptions.toggle()
        return Step(output: prompt(), save: false, done: false)
      }
    default: break
    }
    guard !atEnd, let id = interview.current, let question = rulebook.question(id) else {
      return refuse(
        t(
          "The interview is over: b goes back, w shows why, q stops.",
          "ヒアリングは終わりです。b で戻る、w で根拠、q で終了。"))
    }
    if text.isEmpty { return advance(saved: false, message: nil) }
    let event: InterviewEvent
    if text.lowercased() == "u" {
      event = .markUnknown(question: id)
    } else {
      let typed = question.kind == .text ? line.trimmingCharacters(in: .whitespaces) : text
      switch parse(typed, for: question) {
      case .failure(let problem): return refuse(problem.message)
      case .success(let answer): event = .answer(question: id, answer)
      }
    }
    if let readOnly { return refuse(readOnly.refusal(language)) }
    let before = interview
    do {
      try interview.apply(event)
    } catch {
      return refuse(error.message)
    }
    let changed = interview.answers != before.answers
    if changed {
      let from = before.answers[id]?.display
      let to = interview.answers[id]?.display
      rest.metadata.modified = now
      rest.changeLog.append(
        ChangeLogEntry(at: now, kind: "answer", subject: id, from: from, to: to))
      rest.lastAssessment = AssessmentSnapshot(assessment, at: now)
    }
    return advance(saved: changed, message: nil)
  }

  /// What `n` prints: the note as it is and how to change it.
  private func notePrompt() -> String {
    let note = interview.current.flatMap { interview.meta[$0]?.note } ?? ""
    var lines: [String] = []
    if !note.isEmpty {
      lines.append(
        t("The note now: ", "現在のメモ: ") + note.replacingOccurrences(of: "\n", with: " / "))
    }
    lines.append(
      t(
        "Type the note on one line; it replaces the note on this question. An empty line keeps it as it is; a single - removes it.",
        "メモを一行で入力してください。この質問のメモを置き換えます。空行でそのまま、- だけで削除します。"))
    lines.append(t("Note> ", "メモ> "))
    return lines.joined(separator: "\n")
  }

  /// The line after `n`: the note of the current question (kept private or shared as it
  /// was), logged and saved as the workbench saves a note.
  private mutating func setNote(_ line: String, now: String) -> Step {
    awaitingNote = false
    guard let id = interview.current else {
      return Step(output: prompt(), save: false, done: false)
    }
    let typed = TextSafety.typed(line).trimmingCharacters(in: .whitespaces)
    if typed.isEmpty {
      return Step(
        output: PlainText.clean(t("The note is unchanged.", "メモは変更していません。") + "\n" + reminder()),
        save: false, done: false)
    }
    let text = typed == "-" ? "" : typed
    if text.count > QuestionMeta.noteLimit {
      return refuse(
        t(
          "The note is \(text.count) characters, more than \(QuestionMeta.noteLimit); nothing was changed.",
          "メモが \(text.count) 文字で、上限 \(QuestionMeta.noteLimit) 文字を超えています。変更していません。"))
    }
    let before = interview
    let isPrivate = interview.meta[id]?.notePrivate ?? false
    do {
      try interview.apply(.setNote(question: id, text: text, isPrivate: isPrivate))
    } catch {
      return refuse(error.message)
    }
    guard interview.meta != before.meta else {
      return Step(
        output: PlainText.clean(t("The note is unchanged.", "メモは変更していません。") + "\n" + reminder()),
        save: false, done: false)
    }
    rest.metadata.modified = now
    rest.changeLog.append(ChangeLogEntry(at: now, kind: "note", subject: id))
    rest.lastAssessment = AssessmentSnapshot(assessment, at: now)
    let said =
      text.isEmpty
      ? t("The note is removed.", "メモを削除しました。") : t("The note is saved.", "メモを保存しました。")
    return Step(output: PlainText.clean(said + "\n" + reminder()), save: true, done: false)
  }

  /// Goes to the next question (or the first unanswered one, or the end) and prints it.
  private mutating func advance(saved: Bool, message: String?) -> Step {
    let before = interview.current
    try? interview.apply(.next)
    if interview.current == before {
      // The last question: the first one still open, else the end.
      if let open = interview.visibleQuestions.first(where: { interview.answers[$0.id] == nil }),
        open.id != before
      {
        try? interview.apply(.jump(question: open.id))
      } else {
        atEnd = true
      }
    }
    if interview.current != before { showAllOptions = false }
    let head = message.map { $0 + "\n" } ?? ""
    return Step(output: PlainText.clean(head + "\n" + prompt()), save: saved, done: false)
  }

  /// A one-line message, then the question again in one line.
  private func refuse(_ message: String) -> Step {
    Step(output: PlainText.clean(message + "\n" + reminder()), save: false, done: false)
  }

  /// Reads a typed answer to `question`: option numbers or ids, yes/no, a number, or text.
  /// A number is the option listed with that number; an option id works whether it is
  /// listed or not.
  func parse(_ text: String, for question: Question) -> Result<Answer, PlainInputError> {
    let options = shownOptions(question)
    func option(_ token: String) -> String? {
      if let number = Int(token), number >= 1, number <= options.count {
        return options[number - 1]
      }
      return question.optionValues.first { $0.lowercased() == token.lowercased() }
    }
    switch question.kind {
    case .single:
      guard let value = option(text) else { return .failure(badOption(text, options.count)) }
      return .success(.choice(value))
    case .multi:
      let tokens = text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "、" }).map(
        String.init)
      var values: [String] = []
      for token in tokens {
        guard let value = option(token) else { return .failure(badOption(token, options.count)) }
        if !values.contains(value) { values.append(value) }
      }
      return values.isEmpty ? .failure(badOption(text, options.count)) : .success(.choices(values))
    case .yesno:
      switch text.lowercased() {
      case "1", "y", "yes", "はい": return .success(.bool(true))
      case "2", "no", "いいえ": return .success(.bool(false))
      default:
        return .failure(
          PlainInputError(
            message: t(
              "\"\(text)\" is not yes or no: type 1 for yes or 2 for no (or u for unknown).",
              "「\(text)」ははい・いいえではありません。はいは 1、いいえは 2（不明は u）を入力してください。")))
      }
    case .number:
      guard let number = Int(text) else {
        return .failure(
          PlainInputError(message: t("\"\(text)\" is not a whole number.", "「\(text)」は整数ではありません。")))
      }
      return .success(.number(number))
    case .text:
      return .success(.text(TextSafety.typed(text)))
    }
  }

  private func badOption(_ token: String, _ count: Int) -> PlainInputError {
    PlainInputError(
      message: t(
        "\"\(token)\" is not one of the options: type a number from 1 to \(count) or an option id.",
        "「\(token)」は選択肢にありません。1〜\(count) の番号か選択肢の ID を入力してください。"))
  }
}

/// A typed line that does not answer the question, in words for the user.
public struct PlainInputError: Error, Sendable, Equatable {
  public var message: String
}

/// Plain output: no escape sequences, no box drawing.
public enum PlainText {
  /// `text` with control characters (but line breaks) dropped and box-drawing characters
  /// (U+2500–U+257F) turned into ASCII.
  public static func clean(_ text: String) -> String {
    var out = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x0A: out.append(scalar)
      case 0x09: out.append(" ")
      case 0x2500...0x2501, 0x2504...0x2505, 0x2508...0x2509, 0x254C...0x254D, 0x2550:
        out.append("-")
      case 0x2502...0x2503, 0x2506...0x2507, 0x250A...0x250B, 0x254E...0x254F, 0x2551:
        out.append("|")
      case 0x2500...0x257F: out.append("+")
      default:
        switch scalar.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator: continue
        default: out.append(scalar)
        }
      }
    }
    return String(out)
  }

  /// A typed line: trimmed, full-width digits and letters made ASCII (as the workbench
  /// accepts them).
  public static func normalized(_ line: String) -> String {
    var out = String.UnicodeScalarView()
    for scalar in line.unicodeScalars {
      if (0xFF01...0xFF5E).contains(scalar.value), let ascii = Unicode.Scalar(scalar.value - 0xFEE0)
      {
        out.append(ascii)
      } else if scalar.value == 0x3000 {
        out.append(" ")
      } else {
        out.append(scalar)
      }
    }
    return String(out).trimmingCharacters(in: .whitespacesAndNewlines)
  }
}
