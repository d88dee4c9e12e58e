import Foundation

/// The client homework form: a Markdown file of open questions (and, on request, disclosure
/// texts) that a client fills in any editor and the consultant reads back (docs/homework.md).
///
/// Every entry sits under a marker line that names it and records what the project held when
/// the form was written (`was=`), so reading the form back can tell an edit by the client from
/// a change made in the project since.
public enum HomeworkForm {
  /// The version of the form's markers.
  public static let formatVersion = 1
  /// What every marker line starts with.
  static let markerPrefix = "<!-- shinsa:"
  static let markerSuffix = "-->"
  /// The largest form accepted.
  public static let maximumBytes = 5 * 1024 * 1024
  /// The answer line's prefix in each language.
  static let answerPrefixes: [Language: [String]] = [
    .en: ["Answer:"], .ja: ["回答:", "回答："],
  ]
  /// The words that mean "unknown" in a form.
  static let unknownWords: Set<String> = ["unknown", "不明", "わからない", "分からない"]

  /// What the form's languages are: English, Japanese, or both side by side.
  public enum Languages: String, Sendable, CaseIterable {
    case en
    case ja
    case both

    /// The languages written.
    public var list: [Language] {
      switch self {
      case .en: return [.en]
      case .ja: return [.ja]
      case .both: return [.en, .ja]
      }
    }

    /// The answer-line prefixes accepted in a form written in these languages.
    var acceptedPrefixes: [String] {
      list.flatMap { HomeworkForm.answerPrefixes[$0] ?? [] }
    }

    /// The prefix the form writes.
    var writtenPrefix: String { self == .ja ? "回答:" : "Answer:" }
  }

  /// What a form entry asks for.
  public enum Subject: Sendable, Equatable, Hashable, CustomStringConvertible {
    /// An interview question's answer.
    case question(String)
    /// A disclosure field's text in one language.
    case disclosureText(field: String, Language)
    /// The reason a withheld disclosure field is withheld.
    case disclosureReason(field: String)

    /// How the subject appears in messages and the change log ("sector", "disclosure.ai-use.ja").
    public var description: String {
      switch self {
      case .question(let id): return id
      case .disclosureText(let field, let language):
        return "disclosure.\(field).\(language.rawValue)"
      case .disclosureReason(let field): return "disclosure.\(field).reason"
      }
    }
  }

  /// The `was=` value for an answer: the kind and the value, unambiguous and free of spaces.
  static func fingerprint(_ answer: Answer?) -> String {
    guard let answer else { return "none" }
    switch answer {
    case .unknown: return "unknown"
    case .choice(let value): return "choice:" + percentEncoded(value)
    case .choices(let values): return "choices:" + values.map(percentEncoded).joined(separator: ",")
    case .bool(let flag): return flag ? "bool:yes" : "bool:no"
    case .number(let number): return "number:\(number)"
    case .text(let text): return "text:" + percentEncoded(text)
    }
  }

  /// The `was=` value for a disclosure text or reason.
  static func fingerprint(text: String) -> String { "text:" + percentEncoded(text) }

  /// `text` with everything but ASCII letters, digits and `-._~` written as %XX of its UTF-8.
  static func percentEncoded(_ text: String) -> String {
    var out = ""
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
        UInt8(ascii: "_"), UInt8(ascii: "~"):
        out.unicodeScalars.append(Unicode.Scalar(byte))
      default:
        out += String(format: "%%%02X", byte)
      }
    }
    return out
  }

  /// The entries a form for `document` holds: visible questions that are unanswered, unknown,
  /// flagged for follow-up or answered with low confidence; with `disclosure`, the disclosure
  /// fields the client must supply (see ``disclosureSubjects(_:rulebook:languages:)``).
  public static func subjects(
    _ document: ProjectDocument, rulebook: Rulebook, languages: Languages, disclosure: Bool
  ) -> [Subject] {
    let interview = document.interview(rulebook: rulebook)
    var result: [Subject] = interview.visibleQuestions.filter { question in
      let answer = document.answers[question.id]
      let meta = document.meta[question.id]
      return answer == nil || answer == .unknown || meta?.followUp == true
        || meta?.confidence == .low
    }.map { .question($0.id) }
    if disclosure {
      result += disclosureSubjects(document, rulebook: rulebook, languages: languages)
    }
    return result
  }

  /// Disclosure fields for the client. Drafts carry no "ask the client" mark, so the form
  /// asks for the fields the assessment requires or recommends whose text is still blank in a
  /// language of the form, and for the reason of a field withheld without one.
  public static func disclosureSubjects(
    _ document: ProjectDocument, rulebook: Rulebook, languages: Languages
  ) -> [Subject] {
    let assessment = Assessor(rulebook: rulebook).assess(
      document.answers, completeDisclosureFields: document.completeDisclosureFields)
    var result: [Subject] = []
    for finding in assessment.disclosure where finding.need != .notApplicable {
      let draft = document.disclosure[finding.fieldID] ?? DisclosureDraft()
      switch draft.state {
      case .notApplicable, .done:
        continue
      case .withheld:
        if draft.reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
          result.append(.disclosureReason(field: finding.fieldID))
        }
      case .empty, .draft:
        for language in languages.list where draft.isBlank(language) {
          result.append(.disclosureText(field: finding.fieldID, language))
        }
      }
    }
    return result
  }

  /// The current value of `subject` in `document`, as its `was=` fingerprint.
  static func currentFingerprint(_ subject: Subject, in document: ProjectDocument) -> String {
    switch subject {
    case .question(let id): return fingerprint(document.answers[id])
    case .disclosureText(let field, let language):
      return fingerprint(text: document.disclosure[field]?.text(language) ?? "")
    case .disclosureReason(let field):
      return fingerprint(text: document.disclosure[field]?.reason ?? "")
    }
  }
}
