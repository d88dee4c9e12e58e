import Foundation

/// One entry read from a form: what it asks for, what the project held at export, and the
/// answer line as the client left it.
public struct HomeworkEntry: Sendable, Equatable {
  public var subject: HomeworkForm.Subject
  /// The `was=` fingerprint written at export.
  public var was: String
  /// The text after `Answer:` (trimmed; empty when left blank).
  public var value: String
  /// Where the marker and the answer's value stand.
  public var markerLine: Int
  public var valuePosition: TextPosition
}

/// A form read back: its languages, the project it was written for, and its entries.
public struct HomeworkFormContent: Sendable, Equatable {
  public var languages: HomeworkForm.Languages
  /// The `created` stamp of the project the form was written from.
  public var projectCreated: String
  public var entries: [HomeworkEntry]
}

/// Reads the structure of a homework form: markers, answer lines, the end marker.
public enum HomeworkReader {
  /// Splits `text` into entries, refusing with the file name and line anything that is not
  /// a whole, well-formed form of `rulebook`'s questions and disclosure fields.
  public static func read(_ text: String, fileName: String, rulebook: Rulebook)
    throws(DataFileError) -> HomeworkFormContent
  {
    func fail(_ line: Int, _ message: String, column: Int = 1, subject: String? = nil)
      -> DataFileError
    {
      DataFileError(
        file: fileName, position: TextPosition(line: line, column: column), path: subject,
        message: message)
    }
    // A byte-order mark (some Windows editors write one) is not part of the first line.
    let text = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
    // "\r\n" is one Character in Swift: split on it as well as on "\n".
    let lines = text.split(
      omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }
    ).map(String.init)
    var header: (languages: HomeworkForm.Languages, created: String)?
    var entries: [HomeworkEntry] = []
    var firstLine: [HomeworkForm.Subject: Int] = [:]
    var open: HomeworkEntry?
    var ended = false
    var prefixes: [String] { header?.languages.acceptedPrefixes ?? [] }

    func close(_ entry: HomeworkEntry?) throws(DataFileError) {
      guard let entry else { return }
      guard entry.valuePosition.line > 0 else {
        throw fail(
          entry.markerLine,
          "the entry for \(entry.subject) has no \"\(header?.languages.writtenPrefix ?? "Answer:")\" line before the next marker",
          subject: entry.subject.description)
      }
      entries.append(entry)
    }

    for (index, raw) in lines.enumerated() {
      let number = index + 1
      let trimmed = raw.trimmingCharacters(in: .whitespaces)
      if trimmed.hasPrefix(HomeworkForm.markerPrefix) {
        let marker = try parseMarker(trimmed, line: number, fail: fail)
        switch marker.kind {
        case "homework":
          guard header == nil else { throw fail(number, "the form has a second header marker") }
          guard marker.fields["format"] == String(HomeworkForm.formatVersion) else {
            throw fail(
              number,
              "the form's format \(marker.fields["format"] ?? "(none)") is not one this shinsa reads (\(HomeworkForm.formatVersion))"
            )
          }
          guard let lang = marker.fields["lang"].flatMap(HomeworkForm.Languages.init(rawValue:))
          else {
            throw fail(number, "the header marker's lang= must be en, ja or both")
          }
          header = (lang, marker.fields["created"] ?? "")
          continue
        case "end":
          try close(open)
          open = nil
          ended = true
        case "question", "disclosure":
          guard header != nil else {
            throw fail(number, "a marker comes before the form's header marker")
          }
          try close(open)
          let subject = try subjectOf(marker, line: number, rulebook: rulebook, fail: fail)
          if let first = firstLine[subject] {
            throw fail(
              number, "\(subject) appears twice in the form (first at line \(first))",
              subject: subject.description)
          }
          firstLine[subject] = number
          guard let was = marker.fields["was"] else {
            throw fail(number, "the marker for \(subject) has lost its was= value")
          }
          open = HomeworkEntry(
            subject: subject, was: was, value: "", markerLine: number,
            valuePosition: TextPosition(line: 0, column: 0))
        default:
          throw fail(number, "\"\(marker.kind)\" is not a homework marker")
        }
        if ended { break }
        continue
      }
      guard var entry = open,
        let prefix = prefixes.first(where: { trimmed.hasPrefix($0) })
      else { continue }
      if entry.valuePosition.line > 0 {
        throw fail(
          number,
          "\(entry.subject) has a second answer line (the first is line \(entry.valuePosition.line))",
          subject: entry.subject.description)
      }
      let rest = trimmed.dropFirst(prefix.count)
      let leading = raw.count - raw.drop(while: { $0 == " " || $0 == "\t" }).count
      let spaces = rest.prefix(while: { $0 == " " || $0 == "\t" || $0 == "\u{3000}" }).count
      entry.value = String(rest).trimmingCharacters(in: .whitespaces)
      entry.valuePosition = TextPosition(
        line: number, column: leading + prefix.count + spaces + 1)
      open = entry
    }
    guard let header else {
      var error = fail(
        1,
        "this is not a shinsa homework form (it has no \"<!-- shinsa:homework … -->\" header)")
      error.homeworkProblem = .notAForm
      throw error
    }
    guard ended else {
      throw fail(
        max(lines.count - (lines.last == "" ? 1 : 0), 1),
        "the form ends without its closing \"<!-- shinsa:end -->\" marker; it looks truncated")
    }
    return HomeworkFormContent(
      languages: header.languages, projectCreated: header.created, entries: entries)
  }

  private struct Marker {
    var kind: String
    var value: String?
    var fields: [String: String]
  }

  private static func parseMarker(
    _ text: String, line: Int,
    fail: (Int, String, Int, String?) -> DataFileError
  ) throws(DataFileError) -> Marker {
    guard text.hasSuffix(HomeworkForm.markerSuffix) else {
      throw fail(line, "the marker line does not end with \"-->\"", 1, nil)
    }
    let inner = text.dropFirst(HomeworkForm.markerPrefix.count).dropLast(
      HomeworkForm.markerSuffix.count)
    let words = inner.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
    guard let first = words.first else { throw fail(line, "the marker is empty", 1, nil) }
    var fields: [String: String] = [:]
    for word in words.dropFirst() {
      let parts = word.split(separator: "=", maxSplits: 1)
      guard parts.count == 2 else {
        throw fail(line, "the marker holds \"\(word)\", which is not NAME=VALUE", 1, nil)
      }
      fields[String(parts[0])] = String(parts[1])
    }
    let head = first.split(separator: "=", maxSplits: 1).map(String.init)
    return Marker(kind: head[0], value: head.count == 2 ? head[1] : nil, fields: fields)
  }

  private static func subjectOf(
    _ marker: Marker, line: Int, rulebook: Rulebook,
    fail: (Int, String, Int, String?) -> DataFileError
  ) throws(DataFileError) -> HomeworkForm.Subject {
    let id = marker.value ?? ""
    if marker.kind == "question" {
      guard rulebook.question(id) != nil else {
        let known = rulebook.questions.map(\.id)
        throw fail(
          line,
          "\"\(id)\" is not a question of rulebook \(rulebook.id)\(Suggest.didYouMean(id, among: known))",
          1, nil)
      }
      return .question(id)
    }
    guard rulebook.disclosureFields.contains(where: { $0.id == id }) else {
      let known = rulebook.disclosureFields.map(\.id)
      throw fail(
        line,
        "\"\(id)\" is not a disclosure field of rulebook \(rulebook.id)\(Suggest.didYouMean(id, among: known))",
        1, nil)
    }
    switch marker.fields["part"] {
    case "en": return .disclosureText(field: id, .en)
    case "ja": return .disclosureText(field: id, .ja)
    case "reason": return .disclosureReason(field: id)
    default:
      throw fail(line, "the marker for disclosure field \(id) needs part=en, ja or reason", 1, nil)
    }
  }
}
