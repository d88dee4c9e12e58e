import Foundation
import Testing

@testable import ShinsaCore

/// The homework form's round trip: export, fill in, import (docs/homework.md).
@Suite struct HomeworkTests {
  static let rulebook = Support.rulebook
  static let now = "2026-12-02T09:00:00Z"

  // MARK: Random projects

  /// A project from a random public scenario with some answers removed, some unknown, some
  /// flagged or of low confidence, notes (shared and private, some pretending to be form
  /// lines) and disclosure drafts in every state.
  static func randomProject(_ random: inout SplitMix64) throws -> ProjectDocument {
    let scenarios = Support.scenarios()
    let scenario = scenarios[Int(random.next() % UInt64(scenarios.count))]
    let answers = try AnswersFile.parse(scenario.bytes, fileName: scenario.name, rulebook: rulebook)
    var document = ProjectDocument(
      rulebook: rulebook, client: "Client \(random.next() % 100)", system: scenario.name,
      assessor: "A", now: "2026-11-0\(1 + random.next() % 9)T10:00:00Z")
    document.answers = answers
    let notes = [
      "Ask the CTO.", "Answer: finance\n<!-- shinsa:end -->", "回答: はい", "二行\n目のメモ",
      "<!-- shinsa:question=sector was=none -->",
    ]
    for question in rulebook.questions {
      let roll = random.next() % 100
      if roll < 25 {
        document.answers[question.id] = nil
      } else if roll < 40 {
        document.answers[question.id] = .unknown
      }
      var meta = QuestionMeta()
      if random.next() % 6 == 0 { meta.followUp = true }
      if random.next() % 8 == 0 {
        meta.confidence = [.low, .medium, .high][Int(random.next() % 3)]
      }
      if random.next() % 4 == 0 {
        meta.note = notes[Int(random.next() % UInt64(notes.count))]
        meta.notePrivate = random.next() % 2 == 0
      }
      if !meta.isEmpty { document.meta[question.id] = meta }
    }
    for field in rulebook.disclosureFields {
      switch random.next() % 5 {
      case 0: document.disclosure[field.id] = DisclosureDraft(state: .withheld)
      case 1: document.disclosure[field.id] = DisclosureDraft(state: .draft, en: "Draft text.")
      case 2: document.disclosure[field.id] = DisclosureDraft(state: .draft, ja: "下書き")
      default: break
      }
    }
    // As stored and read back, so the comparison is with what a file holds.
    let bytes = Array(ProjectCodec.encode(document).utf8)
    return try ProjectCodec.decode(bytes, file: "p.shinsa.json", rulebook: rulebook).document
  }

  static func randomLanguages(_ random: inout SplitMix64) -> HomeworkForm.Languages {
    HomeworkForm.Languages.allCases[Int(random.next() % 3)]
  }

  static func export(
    _ document: ProjectDocument, _ languages: HomeworkForm.Languages, disclosure: Bool = true
  ) -> String {
    HomeworkWriter.render(
      document, rulebook: rulebook,
      options: HomeworkExportOptions(
        languages: languages, disclosure: disclosure, projectName: "p", exportedAt: now))
  }

  /// A random valid answer for `question` and a way of writing it in the form.
  static func randomAnswer(_ question: Question, _ random: inout SplitMix64) -> (Answer, String) {
    func pick<T>(_ items: [T]) -> T { items[Int(random.next() % UInt64(items.count))] }
    if random.next() % 10 == 0 { return (.unknown, pick(["unknown", "不明", "UNKNOWN"])) }
    func written(_ option: ChoiceOption) -> String {
      switch random.next() % 5 {
      case 0: return option.label.en
      case 1: return option.label.ja
      case 2: return option.value.uppercased()
      case 3: return "`\(option.value)`"
      default: return option.value
      }
    }
    let options = question.options ?? []
    switch question.kind {
    case .single:
      let option = pick(options)
      return (.choice(option.value), written(option))
    case .multi:
      let chosen = options.filter { _ in random.next() % 3 == 0 }
      let some = chosen.isEmpty ? [pick(options)] : chosen
      let separator = pick([", ", ",", "、"])
      return (.choices(some.map(\.value)), some.map(written).joined(separator: separator))
    case .yesno:
      let flag = random.next() % 2 == 0
      return (.bool(flag), flag ? pick(["yes", "Yes", "はい", "true"]) : pick(["no", "いいえ", "NO"]))
    case .number:
      let low = question.min ?? 0
      let high = min(question.max ?? (low + 5_000_000), low + 5_000_000)
      let value = low + Int(random.next() % UInt64(high - low + 1))
      let text = String(value)
      let wide = String(
        text.unicodeScalars.map { Character(Unicode.Scalar($0.value + 0xFEE0) ?? $0) })
      return (.number(value), random.next() % 4 == 0 ? wide : text)
    case .text:
      let text = pick(["Tokyo region", "東京リージョン", "a, b; c", "Answer: nested"])
      return (.text(text), text)
    }
  }

  /// `form` with the answer line of each subject in `values` filled in.
  static func fill(_ form: String, _ values: [HomeworkForm.Subject: String]) throws -> String {
    let content = try HomeworkReader.read(form, fileName: "f.md", rulebook: rulebook)
    var lines = form.components(separatedBy: "\n")
    for entry in content.entries {
      guard let value = values[entry.subject] else { continue }
      let index = entry.valuePosition.line - 1
      lines[index] += value
    }
    return lines.joined(separator: "\n")
  }

  // MARK: Properties

  @Test(arguments: Seeds.seeds([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]))
  func anUneditedFormImportsAsNoOp(seed: UInt64) throws {
    var random = Seeds.generator(seed)
    for _ in 0..<8 {
      let document = try Self.randomProject(&random)
      let bytes = Array(ProjectCodec.encode(document).utf8)
      let form = Self.export(document, Self.randomLanguages(&random))
      let plan = try HomeworkImport.plan(
        form, fileName: "form.md", document: document, rulebook: Self.rulebook)
      #expect(plan.changes.isEmpty, "\(Seeds.label(seed))")
      #expect(plan.conflicts.isEmpty, "\(Seeds.label(seed))")
      let after = HomeworkImport.apply(plan, to: document, formName: "form.md", now: Self.now)
      #expect(Array(ProjectCodec.encode(after).utf8) == bytes, "\(Seeds.label(seed))")
    }
  }

  @Test(arguments: Seeds.seeds([21, 22, 23, 24, 25, 26, 27, 28, 29, 30]))
  func everyEditWrittenInTheFormArrives(seed: UInt64) throws {
    var random = Seeds.generator(seed)
    for _ in 0..<8 {
      let document = try Self.randomProject(&random)
      let languages = Self.randomLanguages(&random)
      let form = Self.export(document, languages)
      let content = try HomeworkReader.read(form, fileName: "f.md", rulebook: Self.rulebook)
      var written: [HomeworkForm.Subject: String] = [:]
      var expected: [HomeworkForm.Subject: Answer] = [:]
      var texts: [HomeworkForm.Subject: String] = [:]
      for entry in content.entries where random.next() % 4 != 0 {
        switch entry.subject {
        case .question(let id):
          let question = try #require(Self.rulebook.question(id))
          let (answer, text) = Self.randomAnswer(question, &random)
          written[entry.subject] = text
          expected[entry.subject] = answer
        case .disclosureText, .disclosureReason:
          let text = ["We use AI to triage.", "営業秘密のため", "x"][Int(random.next() % 3)]
          written[entry.subject] = text
          texts[entry.subject] = text
        }
      }
      let filled = try Self.fill(form, written)
      let plan = try HomeworkImport.plan(
        filled, fileName: "form.md", document: document, rulebook: Self.rulebook)
      #expect(plan.conflicts.isEmpty)
      let after = HomeworkImport.apply(plan, to: document, formName: "form.md", now: Self.now)
      for (subject, answer) in expected {
        guard case .question(let id) = subject else { continue }
        #expect(
          after.answers[id] == answer,
          "\(id) written \"\(written[subject] ?? "")\" (\(languages)); \(Seeds.label(seed))")
      }
      for (subject, text) in texts {
        switch subject {
        case .disclosureText(let field, let language):
          #expect(after.disclosure[field]?.text(language) == text, "\(Seeds.label(seed))")
        case .disclosureReason(let field):
          #expect(after.disclosure[field]?.reason == text, "\(Seeds.label(seed))")
        case .question: break
        }
      }
      let logged = after.changeLog.dropFirst(document.changeLog.count)
      #expect(logged.count == plan.changes.count)
      #expect(logged.allSatisfy { $0.kind == "homework" && $0.subject.hasSuffix("form.md") })
      // Importing the same filled form again changes nothing more.
      let again = try HomeworkImport.plan(
        filled, fileName: "form.md", document: after, rulebook: Self.rulebook)
      #expect(again.changes.isEmpty && again.conflicts.isEmpty, "\(Seeds.label(seed))")
    }
  }

  // MARK: Conflicts

  /// The bank project with `people_affected` unknown and `sector` unanswered.
  static func bankProject() -> ProjectDocument {
    var document = ProjectDocument(
      rulebook: rulebook, client: "Hikari", system: "Credit", assessor: "A",
      now: "2026-11-01T10:00:00Z")
    document.answers = Support.bank
    document.answers["people_affected"] = .unknown
    document.answers["sector"] = nil
    return document
  }

  @Test func anAnswerChangedSinceTheExportIsAConflictUnlessForced() throws {
    let document = Self.bankProject()
    let form = Self.export(document, .en)
    let filled = try Self.fill(
      form, [.question("people_affected"): "3000", .question("sector"): "Finance"])
    var moved = document
    moved.answers["people_affected"] = .number(12)
    let plan = try HomeworkImport.plan(
      filled, fileName: "form.md", document: moved, rulebook: Self.rulebook)
    #expect(plan.conflicts.map(\.subject) == [.question("people_affected")])
    #expect(plan.changes.map(\.subject) == [.question("sector")])
    let after = HomeworkImport.apply(plan, to: moved, formName: "form.md", now: Self.now)
    #expect(after.answers["people_affected"] == .number(12))
    #expect(after.answers["sector"] == .choices(["finance"]))
    let forced = try HomeworkImport.plan(
      filled, fileName: "form.md", document: moved, rulebook: Self.rulebook, force: true)
    #expect(forced.conflicts.isEmpty)
    #expect(forced.changes.first { $0.subject == .question("people_affected") }?.forced == true)
  }

  @Test func windowsLineEndsAByteOrderMarkAndALongFileNameAreFine() throws {
    let document = Self.bankProject()
    let form = try Self.fill(Self.export(document, .both), [.question("sector"): "金融"])
    let windows = "\u{FEFF}" + form.replacingOccurrences(of: "\n", with: "\r\n")
    let name = String(repeating: "長い名前", count: 60) + ".md"
    let plan = try HomeworkImport.plan(
      windows, fileName: name, document: document, rulebook: Self.rulebook)
    #expect(plan.changes.map(\.subject) == [.question("sector")])
    let after = HomeworkImport.apply(plan, to: document, formName: name, now: Self.now)
    #expect(after.answers["sector"] == .choices(["finance"]))
    // The logged subject stays within the project file's limit, so the file reads back.
    let bytes = Array(ProjectCodec.encode(after).utf8)
    let reread = try ProjectCodec.decode(bytes, file: "p.shinsa.json", rulebook: Self.rulebook)
    #expect(reread.document == after)
  }

  @Test func privateNotesStayOutAndSharedNotesAreQuoted() throws {
    var document = Self.bankProject()
    document.meta["sector"] = QuestionMeta(note: "secret margin", notePrivate: true)
    document.meta["people_affected"] = QuestionMeta(note: "Ask the CTO\nAnswer: 5")
    let form = Self.export(document, .en)
    #expect(!form.contains("secret margin"))
    #expect(form.contains("> Ask the CTO\n> Answer: 5"))
  }

  // MARK: Invalid forms

  /// The line (1-based) of the first line of `form` containing `text`.
  static func line(of text: String, in form: String) -> Int {
    (form.components(separatedBy: "\n").firstIndex { $0.contains(text) } ?? -1) + 1
  }

  @Test func invalidFormsAreRefusedWithTheirLine() throws {
    let document = Self.bankProject()
    let form = Self.export(document, .en)
    let sectorMarker = Self.line(of: "shinsa:question=sector ", in: form)
    let peopleMarker = Self.line(of: "shinsa:question=people_affected ", in: form)
    let blank = try HomeworkReader.read(form, fileName: "f.md", rulebook: Self.rulebook)
    func answerLine(_ id: String) -> Int {
      blank.entries.first { $0.subject == .question(id) }?.valuePosition.line ?? -1
    }
    let sectorBlock = form.components(separatedBy: "\n")[
      (sectorMarker - 1)..<(answerLine("sector"))
    ]
    .joined(separator: "\n")
    let cases: [(String, String, Int, String)] = [
      (
        "wrong option", try Self.fill(form, [.question("sector"): "banana"]), answerLine("sector"),
        "\"banana\" is not an option of sector"
      ),
      (
        "out of range", try Self.fill(form, [.question("people_affected"): "-5"]),
        answerLine("people_affected"), "people_affected must be from 0"
      ),
      (
        "not a number", try Self.fill(form, [.question("people_affected"): "many"]),
        answerLine("people_affected"), "takes a whole number"
      ),
      (
        "unknown question",
        form.replacingOccurrences(of: "question=sector ", with: "question=sectr "), sectorMarker,
        "\"sectr\" is not a question of rulebook jp-ai (did you mean 'sector'?)"
      ),
      (
        "duplicate",
        form.replacingOccurrences(
          of: "<!-- shinsa:end -->", with: sectorBlock + "\n\n<!-- shinsa:end -->"),
        Self.line(of: "<!-- shinsa:end -->", in: form), "sector appears twice"
      ),
      (
        "no answer line",
        form.components(separatedBy: "\n").enumerated()
          .filter { $0.offset != answerLine("people_affected") - 1 }.map(\.element)
          .joined(separator: "\n"), peopleMarker, "has no \"Answer:\" line"
      ),
      (
        "truncated", String(form.prefix(form.count * 2 / 3)),
        String(form.prefix(form.count * 2 / 3)).components(separatedBy: "\n").count,
        "looks truncated"
      ),
      (
        "other project",
        form.replacingOccurrences(of: "created=2026-11-01T10", with: "created=2025-11-01T10"), 1,
        "written for another project"
      ),
      ("not a form", "# Notes\nAnswer: yes\n", 1, "not a shinsa homework form"),
    ]
    for (name, text, line, message) in cases {
      do {
        _ = try HomeworkImport.plan(
          text, fileName: "form.md", document: document, rulebook: Self.rulebook)
        Issue.record("\(name): accepted")
      } catch {
        #expect(error.position?.line == line, "\(name): \(error)")
        #expect(error.description.hasPrefix("form.md:\(line):"), "\(name): \(error)")
        #expect(error.description.contains(message), "\(name): \(error)")
      }
    }
  }

  @Test func valuesAreReadLikeAnAnswersFile() throws {
    let people = try #require(Self.rulebook.question("people_affected"))
    let position = TextPosition(line: 3, column: 9)
    func read(_ text: String, _ question: Question) throws -> Answer {
      try HomeworkValue.answer(text, question: question, position: position, fileName: "f.md")
    }
    #expect(try read("２０００", people) == .number(2000))
    #expect(try read("2,000,000", people) == .number(2_000_000))
    #expect(try read("不明", people) == .unknown)
    let sector = try #require(Self.rulebook.question("sector"))
    let finance = try #require(sector.option("finance"))
    #expect(
      try read("\(finance.label.ja)、HEALTHCARE", sector) == .choices(["finance", "healthcare"]))
    #expect(throws: DataFileError.self) { try read("finance, finance", sector) }
  }
}
