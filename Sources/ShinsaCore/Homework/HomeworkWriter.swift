import Foundation

/// What `shinsa homework export` writes besides the project: languages, disclosure, names.
public struct HomeworkExportOptions: Sendable, Equatable {
  public var languages: HomeworkForm.Languages
  /// Also ask for the disclosure fields the client must supply.
  public var disclosure: Bool
  /// The project's name as the consultant knows it (its file name without `.shinsa`).
  public var projectName: String
  /// When the form is written (ISO 8601 UTC).
  public var exportedAt: String

  /// Creates options.
  public init(
    languages: HomeworkForm.Languages = .en, disclosure: Bool = false, projectName: String,
    exportedAt: String
  ) {
    self.languages = languages
    self.disclosure = disclosure
    self.projectName = projectName
    self.exportedAt = exportedAt
  }
}

/// Writes the homework form (a pure function of the project, the rulebook and the options).
public enum HomeworkWriter {
  /// The form's Markdown.
  public static func render(
    _ document: ProjectDocument, rulebook: Rulebook, options: HomeworkExportOptions
  ) -> String {
    var writer = Writer(languages: options.languages)
    let subjects = HomeworkForm.subjects(
      document, rulebook: rulebook, languages: options.languages, disclosure: options.disclosure)
    writer.header(document, rulebook: rulebook, options: options, count: subjects.count)
    for (index, subject) in subjects.enumerated() {
      writer.entry(subject, number: index + 1, document: document, rulebook: rulebook)
    }
    writer.line("\(HomeworkForm.markerPrefix)end \(HomeworkForm.markerSuffix)")
    return writer.text
  }

  private struct Writer {
    let languages: HomeworkForm.Languages
    var text = ""

    mutating func line(_ content: String = "") { text += content + "\n" }

    /// `en`, `ja`, or both joined, as the form's languages ask.
    func say(_ en: String, _ ja: String) -> String {
      switch languages {
      case .en: return en
      case .ja: return ja
      case .both: return en == ja ? en : "\(en) / \(ja)"
      }
    }

    func say(_ text: Localized) -> String { say(text.en, text.ja) }

    /// User text as a Markdown block quote, so no line of it can pass for a marker or an
    /// answer line.
    mutating func quote(_ content: String) {
      for part in content.split(separator: "\n", omittingEmptySubsequences: false) {
        line("> " + TextSafety.escaped(String(part)))
      }
    }

    mutating func header(
      _ document: ProjectDocument, rulebook: Rulebook, options: HomeworkExportOptions, count: Int
    ) {
      let created = HomeworkForm.percentEncoded(document.metadata.created)
      let system = document.metadata.system.trimmingCharacters(in: .whitespacesAndNewlines)
      let title = system.isEmpty ? options.projectName : system
      line(
        "\(HomeworkForm.markerPrefix)homework format=\(HomeworkForm.formatVersion) lang=\(languages.rawValue) created=\(created) \(HomeworkForm.markerSuffix)"
      )
      line("# " + say("Questions for", "確認事項:") + " " + oneLine(title))
      line()
      line("- " + say("Project", "プロジェクト") + ": " + oneLine(options.projectName))
      line("- " + say("Client", "クライアント") + ": " + oneLine(document.metadata.client))
      line("- " + say("Exported", "出力日時") + ": " + options.exportedAt)
      line("- " + say("Rulebook", "ルールブック") + ": \(rulebook.id) \(rulebook.version)")
      line("- " + say("Questions", "項目数") + ": \(count)")
      line()
      let prefix = languages.writtenPrefix
      if languages != .ja {
        line(
          "How to fill this in: write your answer after \"\(prefix)\" under each question, on the same line. Give an option's id or its label; where several may be given, separate them with commas. Write \"unknown\" if you cannot find out. Leave a line empty to keep the current answer. Do not edit the lines that begin with \"<!--\"."
        )
      }
      if languages == .both { line() }
      if languages != .en {
        line(
          "記入方法: 各項目の「\(prefix)」の後ろに、同じ行で回答を書いてください。選択肢は ID またはラベルで書き、複数選べる項目はカンマで区切ります。分からない場合は「不明」と書いてください。空欄のままなら現在の回答が残ります。「<!--」で始まる行は編集しないでください。"
        )
      }
      line()
    }

    mutating func entry(
      _ subject: HomeworkForm.Subject, number: Int, document: ProjectDocument, rulebook: Rulebook
    ) {
      let was = HomeworkForm.currentFingerprint(subject, in: document)
      switch subject {
      case .question(let id):
        guard let question = rulebook.question(id) else { return }
        line("\(HomeworkForm.markerPrefix)question=\(id) was=\(was) \(HomeworkForm.markerSuffix)")
        line("## \(number). " + say(question.text))
        line()
        line(say("Why we ask", "質問の理由") + ": " + say(question.why))
        line()
        options(question)
        currentAnswer(document.answers[id], question: question)
        if let meta = document.meta[id], !meta.notePrivate,
          !meta.note.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        {
          line(say("Consultant's note", "コンサルタントのメモ") + ":")
          line()
          quote(meta.note)
          line()
        }
      case .disclosureText(let field, let language):
        guard let definition = rulebook.disclosureFields.first(where: { $0.id == field }) else {
          return
        }
        line(
          "\(HomeworkForm.markerPrefix)disclosure=\(field) part=\(language.rawValue) was=\(was) \(HomeworkForm.markerSuffix)"
        )
        let inLanguage = language == .en ? say("in English", "英語で") : say("in Japanese", "日本語で")
        line(
          "## \(number). " + say("Disclosure", "開示") + ": " + say(definition.title)
            + " (\(inLanguage))")
        line()
        line(say(definition.prompt))
        line()
        line(say("Free text, on one line.", "自由記述（1行）。"))
        line()
      case .disclosureReason(let field):
        guard let definition = rulebook.disclosureFields.first(where: { $0.id == field }) else {
          return
        }
        line(
          "\(HomeworkForm.markerPrefix)disclosure=\(field) part=reason was=\(was) \(HomeworkForm.markerSuffix)"
        )
        line("## \(number). " + say("Disclosure", "開示") + ": " + say(definition.title))
        line()
        line(
          say(
            "This field is withheld (for example as a trade secret). Why?",
            "この項目は非開示（営業秘密など）とされています。その理由は？"))
        line()
      }
      line(languages.writtenPrefix + " ")
      line()
    }

    mutating func options(_ question: Question) {
      switch question.kind {
      case .single, .multi:
        line(
          question.kind == .multi
            ? say(
              "Options (several may be given, separated by commas):", "選択肢（複数可、カンマ区切り）:")
            : say("Options (give one):", "選択肢（1つ）:"))
        line()
        for option in question.options ?? [] {
          line("- `\(option.value)` — " + say(option.label))
        }
      case .yesno:
        line(say("Options: `yes` or `no`.", "選択肢: `はい` または `いいえ`。"))
      case .number:
        let unit = question.unit.map { " " + say($0) } ?? ""
        let low = question.min ?? 0
        let range =
          question.max.map { say("from \(low) to \($0)", "\(low)〜\($0)") }
          ?? say("\(low) or more", "\(low)以上")
        line(say("A whole number", "整数") + " " + range + unit + ".")
      case .text:
        line(say("Free text, on one line.", "自由記述（1行）。"))
      }
      line()
    }

    mutating func currentAnswer(_ answer: Answer?, question: Question) {
      let label = say("Current answer", "現在の回答") + ": "
      switch answer {
      case nil: line(label + say("(none)", "（未回答）"))
      case .unknown: line(label + say("unknown", "不明"))
      case .choice(let value):
        line(
          label + say(question.option(value)?.label ?? Localized(en: value, ja: value))
            + " (`\(value)`)")
      case .choices(let values):
        line(
          label
            + values.map { value in
              say(question.option(value)?.label ?? Localized(en: value, ja: value))
                + " (`\(value)`)"
            }.joined(separator: ", "))
      case .bool(let flag): line(label + (flag ? say("yes", "はい") : say("no", "いいえ")))
      case .number(let number): line(label + String(number))
      case .text(let text):
        line(String(label.dropLast()))
        line()
        quote(text)
      }
      line()
    }

    func oneLine(_ text: String) -> String {
      TextSafety.escaped(text.replacingOccurrences(of: "\n", with: " "))
    }
  }
}
