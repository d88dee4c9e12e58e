import Foundation
import Testing

@testable import ShinsaCore

@Suite struct ProjectExportTests {
  private let rulebook = Support.rulebook
  private let privateNote = "Board estimate CONFIDENTIAL-7781"
  private let publicNote = "Retail lending only, per the client."
  private let hiddenNote = "hidden-question-note-5150"
  private let hostile = "<script>alert(1)</script>"

  /// The bank scenario as a project: a private and a public note, a follow-up, one field done,
  /// one required field left empty, one withheld, and an answer kept for a hidden question.
  private func bankProject() -> ProjectDocument {
    var document = ProjectDocument(
      rulebook: rulebook, client: "Acme Bank", system: "Credit scorer", assessor: "K. Sato",
      now: "2026-11-25T09:00:00Z")
    document.metadata.modified = "2026-11-26T10:30:00Z"
    document.answers = Support.bank
    document.answers["model_name"] = .unknown
    // Hidden while regulatory_barrier is "none": kept, but not shown.
    document.answers["barrier_goal"] = .choice("exception")
    document.meta["people_affected"] = QuestionMeta(
      note: privateNote, notePrivate: true, confidence: .medium)
    document.meta["sector"] = QuestionMeta(note: publicNote, confidence: .high)
    document.meta["cross_border_transfer"] = QuestionMeta(followUp: true)
    document.meta["barrier_goal"] = QuestionMeta(note: hiddenNote, followUp: true)
    document.disclosure["ai-use"] = DisclosureDraft(
      state: .done, en: "We use AI to score credit applications.",
      ja: "与信審査にAIを利用しています。")
    document.disclosure["redress"] = DisclosureDraft(state: .empty)
    document.disclosure["training-data"] = DisclosureDraft(
      state: .withheld, reason: "Vendor trade secret")
    return document
  }

  private func export(
    _ document: ProjectDocument? = nil, language: Language = .en, includePrivate: Bool = false
  ) -> ProjectExport {
    ProjectExport(
      document: document ?? bankProject(), rulebook: rulebook, language: language,
      includePrivateNotes: includePrivate)
  }

  /// The Markdown block of a disclosure field: from its heading to the next heading.
  private func fieldBlock(_ id: String, in markdown: String) -> String {
    guard let start = markdown.range(of: "(`\(id)`)") else { return "" }
    let rest = markdown[start.upperBound...]
    let end = rest.range(of: "\n#")?.lowerBound ?? rest.endIndex
    return String(rest[..<end])
  }

  private func parse(_ text: String) -> JSONNode? {
    try? JSONParser.parse(Array(text.utf8))
  }

  private func answerNode(_ id: String, in root: JSONNode) -> JSONNode? {
    guard case .array(let items)? = root["answers"]?.value else { return nil }
    return items.first { $0["question"]?.value == .string(id) }
  }

  // MARK: Setup sanity

  @Test func theFixtureHasTheIntendedShape() {
    let assessment = export().assessment
    let need = { (id: String) in assessment.disclosure.first { $0.fieldID == id }?.need }
    #expect(need("redress") == .required)
    #expect(need("ai-use") == .required)
    #expect(assessment.disclosureComplete == 1)
    #expect(assessment.sandbox.route == .none)
  }

  // MARK: Private notes

  @Test func privateNotesStayOutByDefault() {
    let export = export()
    for output in [export.markdown(), export.html(), export.json()] {
      #expect(!output.contains(privateNote))
      #expect(output.contains(publicNote))
    }
    #expect(!export.markdown().contains("(private)"))
    #expect(!export.html().contains("(private)"))
    #expect(!export.json().contains("notePrivate"))
  }

  @Test func privateNotesAppearMarkedWhenAsked() throws {
    let export = export(includePrivate: true)
    for output in [export.markdown(), export.html(), export.json()] {
      #expect(output.contains(privateNote))
      #expect(output.contains(publicNote))
    }
    #expect(export.markdown().contains("Note (private): \(privateNote)"))
    #expect(export.html().contains("(private)</span> \(privateNote)"))
    let root = try #require(parse(export.json()))
    let people = try #require(answerNode("people_affected", in: root))
    #expect(people["note"]?.value == .string(privateNote))
    #expect(people["notePrivate"]?.value == .bool(true))
    #expect(answerNode("sector", in: root)?["notePrivate"] == nil)
  }

  // MARK: The honesty label

  @Test func theTierAlwaysCarriesItsLabel() throws {
    let english = export()
    let label = Tier.notStatutoryLabel(.en)
    #expect(english.markdown().contains("**Specially designated** (\(label))"))
    #expect(english.markdown().contains(label))
    #expect(
      english.html().contains(
        "<strong class=\"tier-name\">Specially designated</strong>"
          + "<span class=\"honesty\"> (\(label))</span>"))
    let root = try #require(parse(english.json()))
    #expect(root.node(at: [.key("assessment"), .key("tierLabel")])?.value == .string(label))

    let japanese = export(language: .ja)
    let labelJA = Tier.notStatutoryLabel(.ja)
    for output in [japanese.markdown(), japanese.html(), japanese.json()] {
      #expect(output.contains(labelJA))
    }
  }

  // MARK: HTML

  @Test func htmlIsOneSelfContainedPrintablePage() {
    let html = export().html()
    #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
    #expect(html.contains("<meta charset=\"utf-8\">"))
    #expect(html.contains("<style>"))
    #expect(html.contains("@media print"))
    #expect(html.contains("<table class=\"answers\">"))
    #expect(html.contains("<table class=\"obligations\">"))
    #expect(html.hasSuffix("</html>\n"))
    for banned in ["<script", "src=", "<link", "@import", "url(", "<iframe", "<img"] {
      #expect(!html.contains(banned), "\(banned)")
    }
    // Every href belongs to an <a>, and only source links leave the page.
    let pieces = html.components(separatedBy: "href=\"")
    #expect(pieces.count > 1)
    for (before, after) in zip(pieces, pieces.dropFirst()) {
      #expect(before.hasSuffix("<a "))
      #expect(
        after.hasPrefix("#source-") || after.hasPrefix("https://") || after.hasPrefix("http://"))
    }
    #expect(html.contains("<a href=\"https://"))
    // External links appear only in the numbered source list.
    for line in html.split(separator: "\n") where line.contains("href=\"http") {
      #expect(line.hasPrefix("<li id=\"source-"), "\(line)")
    }
  }

  @Test func htmlShowsTheAssessment() {
    let html = export().html()
    #expect(html.contains(rulebook.notice.en.replacingOccurrences(of: "'", with: "&#39;")))
    #expect(html.contains("Binding law"))
    #expect(html.contains("Soft law (non-binding guidance)"))
    #expect(html.contains("FSA"))
    #expect(html.contains("use_case = credit-decision; people_affected = 2000000"))
    #expect(html.contains("Requires review"))
    #expect(html.contains("<ol class=\"sources\">"))
    let binding = html.range(of: "Binding law")
    let soft = html.range(of: "Soft law (non-binding guidance)")
    if let binding, let soft { #expect(binding.lowerBound < soft.lowerBound) }
  }

  @Test func htmlEscapeCoversAllFiveCharacters() {
    #expect(
      ReportHTML.escape("<script>alert(1)</script> & \"x\" 'y'")
        == "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot; &#39;y&#39;")
    #expect(ReportHTML.escape("日本語 text") == "日本語 text")
    #expect(ReportHTML.escape("a\u{0}b\u{1B}c\nd") == "a\u{FFFD}b\u{FFFD}c\nd")
  }

  @Test func hostileProjectTextIsEscapedEverywhere() throws {
    var document = bankProject()
    document.metadata.client = hostile
    document.metadata.system = "\"><img src=x onerror=alert(2)>"
    document.meta["sector"] = QuestionMeta(note: hostile)
    document.answers["system_purpose"] = .text("</td></tr></table>\(hostile)")
    document.disclosure["ai-use"] = DisclosureDraft(state: .done, en: hostile, ja: hostile)
    document.disclosure["training-data"] = DisclosureDraft(state: .withheld, reason: hostile)
    let export = export(document)

    let html = export.html()
    #expect(!html.contains("<script"))
    #expect(!html.contains("<img"))
    #expect(!html.contains("</td></tr></table>&lt;"))
    #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    #expect(html.contains("<title>shinsa report: &lt;script&gt;"))

    let markdown = export.markdown()
    // Every angle bracket is escaped, except the "> " that starts the rulebook notice quote.
    var previous: Character = "\n"
    for character in markdown {
      if character == "<" || (character == ">" && previous != "\n") {
        #expect(previous == "\\", "unescaped \(character)")
      }
      previous = character
    }
    #expect(markdown.contains("\\<script\\>alert(1)\\</script\\>"))

    let root = try #require(parse(export.json()))
    #expect(root.node(at: [.key("project"), .key("client")])?.value == .string(hostile))
    #expect(answerNode("sector", in: root)?["note"]?.value == .string(hostile))
  }

  // MARK: Markdown

  @Test func markdownNestsTheAssessmentReport() {
    let markdown = export().markdown()
    #expect(markdown.hasPrefix("# shinsa report: Acme Bank — Credit scorer\n"))
    #expect(!markdown.contains("# shinsa assessment"))
    #expect(markdown.contains("\n## Assessment\n"))
    #expect(markdown.contains("\n### Why this tier\n"))
    #expect(markdown.contains("\n#### Binding law"))
    #expect(markdown.contains("- **Assessor**: K. Sato"))
    #expect(markdown.contains("- **Created**: 2026-11-25T09:00:00Z"))
    #expect(markdown.contains("- **Modified**: 2026-11-26T10:30:00Z"))
    #expect(markdown.contains("jp-ai \(rulebook.version) (checked \(rulebook.asOf))"))
    #expect(markdown.components(separatedBy: "Not legal advice").count == 2)
    #expect(markdown.hasSuffix("check each source before relying on it.\n"))
  }

  @Test func markdownEscapeKeepsTextAsText() {
    #expect(
      ReportMarkdown.escape("a*b_c [x](y) <z> |") == "a\\*b\\_c \\[x\\](y) \\<z\\> \\|")
    #expect(ReportMarkdown.escape("# not a heading") == "\\# not a heading")
    #expect(ReportMarkdown.escape("- not a list") == "\\- not a list")
    #expect(ReportMarkdown.escape("1. not a list") == "1\\. not a list")
    #expect(ReportMarkdown.escape("one\ntwo") == "one two")
    #expect(
      ReportMarkdown.escape("one\n# two", continuation: "  ") == "one\\\n  \\# two")
  }

  // MARK: Answers

  @Test func answersUseOptionLabelsAndSkipHiddenQuestions() throws {
    let export = export()
    let markdown = export.markdown()
    #expect(markdown.contains("**Which sectors is the system used in?** (`sector`)"))
    #expect(markdown.contains("- Answer: Finance"))
    #expect(markdown.contains("- Answer: Decides automatically"))
    #expect(markdown.contains("- Answer: 2,000,000 people a year"))
    #expect(markdown.contains("- Confidence: high"))
    #expect(markdown.contains("- Answer: Unknown"))
    #expect(markdown.contains("- Answer: Not answered"))

    let hiddenText = try #require(rulebook.question("barrier_goal")).text.en
    for output in [markdown, export.html(), export.json()] {
      #expect(!output.contains(hiddenText))
      #expect(!output.contains(hiddenNote))
    }
    let root = try #require(parse(export.json()))
    #expect(answerNode("barrier_goal", in: root) == nil)
    let sector = try #require(answerNode("sector", in: root))
    #expect(sector["display"]?.value == .string("Finance"))
    #expect(sector["confidence"]?.value == .string("high"))
    #expect(sector["followUp"]?.value == .bool(false))
    guard case .array(let values)? = sector["answer"]?.value else {
      Issue.record("sector answer is not an array")
      return
    }
    #expect(values.map(\.value) == [.string("finance")])
    let people = try #require(answerNode("people_affected", in: root))
    #expect(people["answer"]?.value == .number(JSONNumber(literal: "2000000")))
    #expect(people["note"] == nil)
    #expect(answerNode("system_purpose", in: root)?["answer"]?.value == .null)
    #expect(answerNode("model_name", in: root)?["answer"]?.value == .string("unknown"))
  }

  @Test func followUpsAndOpenAnswersAreListed() throws {
    let export = export()
    let markdown = export.markdown()
    guard let start = markdown.range(of: "## Follow-ups and answers to chase"),
      let end = markdown.range(of: "\n## Disclosure fields")
    else {
      Issue.record("no follow-up section")
      return
    }
    let block = markdown[start.upperBound..<end.lowerBound]
    let crossBorder = try #require(rulebook.question("cross_border_transfer")).text.en
    #expect(block.contains("### Flagged for follow-up (1)"))
    #expect(block.contains("\(crossBorder) (`cross_border_transfer`): Yes"))
    #expect(block.contains("(`model_name`): Unknown"))
    #expect(block.contains("(`system_purpose`): Not answered"))
    #expect(block.contains("(`human_oversight`): Not answered"))
    #expect(!block.contains("barrier_goal"))

    let root = try #require(parse(export.json()))
    guard case .array(let followUps)? = root.node(at: [.key("chase"), .key("followUp")])?.value
    else {
      Issue.record("chase.followUp is not an array")
      return
    }
    #expect(followUps.map(\.value) == [.string("cross_border_transfer")])
    #expect(
      root.node(at: [.key("chase"), .key("unknown"), .index(0)])?.value == .string("model_name"))
  }

  // MARK: Disclosure

  @Test func emptyRequiredFieldsAskForMoreInformation() {
    let markdown = export().markdown()
    let redress = fieldBlock("redress", in: markdown)
    #expect(redress.contains("- Need: Required"))
    #expect(redress.contains("- State: Empty"))
    #expect(redress.contains("**More information needed**"))
    let aiUse = fieldBlock("ai-use", in: markdown)
    #expect(aiUse.contains("- State: Done"))
    #expect(aiUse.contains("We use AI to score credit applications."))
    #expect(!aiUse.contains("More information needed"))
    let training = fieldBlock("training-data", in: markdown)
    #expect(training.contains("Withheld: Vendor trade secret"))
    #expect(aiUse.contains("- Asked for by:\n  - "))
    #expect(
      aiUse.contains(" — Soft law (non-binding guidance)") || aiUse.contains(" — Binding law"))
    #expect(export().html().contains("<strong class=\"needed\">More information needed</strong>"))
  }

  @Test func japaneseExportUsesJapaneseTexts() throws {
    let export = export(language: .ja)
    let markdown = export.markdown()
    #expect(markdown.hasPrefix("# shinsa 評価報告書: Acme Bank — Credit scorer\n"))
    let sectorJA = try #require(rulebook.question("sector")).text.ja
    #expect(markdown.contains("**\(sectorJA)** (`sector`)"))
    #expect(markdown.contains("- 回答: 金融"))
    #expect(markdown.contains("- 回答: 2,000,000人／年"))
    let redress = fieldBlock("redress", in: markdown)
    #expect(redress.contains("**要確認**"))
    #expect(fieldBlock("ai-use", in: markdown).contains("与信審査にAIを利用しています。"))
    #expect(!markdown.contains("More information needed"))

    let html = export.html()
    #expect(html.contains("<html lang=\"ja\">"))
    #expect(html.contains(sectorJA))
    #expect(html.contains("<strong class=\"needed\">要確認</strong>"))

    let root = try #require(parse(export.json()))
    #expect(root["language"]?.value == .string("ja"))
    #expect(answerNode("sector", in: root)?["text"]?.value == .string(sectorJA))
  }

  @Test func disclosureInJSONCoversEveryField() throws {
    let root = try #require(parse(export().json()))
    guard case .array(let fields)? = root["disclosure"]?.value else {
      Issue.record("disclosure is not an array")
      return
    }
    #expect(fields.count == rulebook.disclosureFields.count)
    for field in fields {
      for key in ["id", "title", "state", "need", "frameworks", "text", "reason"] {
        #expect(field[key] != nil, "\(key)")
      }
    }
    let redress = fields.first { $0["id"]?.value == .string("redress") }
    #expect(redress?["state"]?.value == .string("empty"))
    #expect(redress?["need"]?.value == .string("required"))
    #expect(redress?["moreInformationNeeded"]?.value == .bool(true))
    let withheld = fields.first { $0["id"]?.value == .string("training-data") }
    #expect(withheld?["state"]?.value == .string("withheld"))
    #expect(withheld?["reason"]?.value == .string("Vendor trade secret"))
  }

  // MARK: Sandbox

  @Test func sandboxSectionOnlyWhenARouteApplies() throws {
    #expect(!export().markdown().contains("## Regulatory sandbox checklist"))
    #expect(!export().html().contains("id=\"sandbox\""))

    var document = bankProject()
    document.answers["regulatory_barrier"] = .choice("blocked")
    document.answers["barrier_goal"] = .choice("demonstrate")
    document.answers["sandbox_novel"] = .bool(true)
    document.answers["sandbox_statute_named"] = .bool(false)
    document.sandbox.checklist["novel"] = ChecklistItem(
      state: .yes, evidence: "Patent filing 2026-123")
    document.sandbox.checklist["desk-meeting"] = ChecklistItem(state: .no)
    let export = export(document)
    #expect(export.assessment.sandbox.route == .projectSandbox)

    let markdown = export.markdown()
    #expect(markdown.contains("## Regulatory sandbox checklist"))
    #expect(markdown.contains("(`project-sandbox`)"))
    #expect(markdown.contains("- Checklist: Yes; evidence: Patent filing 2026-123"))
    #expect(markdown.contains("### Other checklist items"))
    #expect(markdown.contains("`desk-meeting`"))
    #expect(markdown.contains("**not met**"))

    let html = export.html()
    #expect(html.contains("id=\"sandbox\""))
    #expect(html.contains("Patent filing 2026-123"))

    let root = try #require(parse(export.json()))
    #expect(root.node(at: [.key("sandbox"), .key("route")])?.value == .string("project-sandbox"))
    #expect(
      root.node(at: [.key("sandbox"), .key("checklist"), .key("novel"), .key("state")])?.value
        == .string("yes"))
    guard case .array(let criteria)? = root.node(at: [.key("sandbox"), .key("criteria")])?.value
    else {
      Issue.record("criteria is not an array")
      return
    }
    let novel = criteria.first { $0["id"]?.value == .string("novel") }
    #expect(novel?["met"]?.value == .string("yes"))
    #expect(
      novel?.node(at: [.key("checklist"), .key("evidence")])?.value
        == .string("Patent filing 2026-123"))
  }

  // MARK: JSON and determinism

  @Test func jsonHasTheExportKeys() throws {
    let root = try #require(parse(export().json()))
    for key in [
      "format", "exportVersion", "language", "project", "rulebook", "assessment", "answers",
      "disclosure", "sandbox",
    ] {
      #expect(root[key] != nil, "\(key)")
    }
    #expect(root["format"]?.value == .string("shinsa-export"))
    #expect(root["exportVersion"]?.value == .number(JSONNumber(literal: "1")))
    #expect(root["language"]?.value == .string("en"))
    for key in ["client", "system", "assessor", "created", "modified"] {
      #expect(root.node(at: [.key("project"), .key(key)]) != nil, "\(key)")
    }
    #expect(root.node(at: [.key("project"), .key("client")])?.value == .string("Acme Bank"))
    for key in ["id", "version", "asOf"] {
      #expect(root.node(at: [.key("rulebook"), .key(key)]) != nil, "\(key)")
    }
    #expect(
      root.node(at: [.key("assessment"), .key("tier")])?.value
        == .string("specially-designated"))
    guard case .array(let answers)? = root["answers"]?.value else {
      Issue.record("answers is not an array")
      return
    }
    let interview = bankProject().interview(rulebook: rulebook)
    #expect(answers.count == interview.visibleQuestions.count)
    for answer in answers {
      for key in ["question", "text", "answer", "display", "followUp"] {
        #expect(answer[key] != nil, "\(key)")
      }
    }
  }

  @Test func everyFormatIsDeterministic() {
    for language in Language.allCases {
      let first = export(language: language, includePrivate: true)
      let second = export(language: language, includePrivate: true)
      #expect(first.markdown() == second.markdown())
      #expect(first.html() == second.html())
      #expect(first.json() == second.json())
      #expect(first.markdown() == first.markdown())
      #expect(first.html() == first.html())
      #expect(first.json() == first.json())
    }
  }

  @Test func numbersAreGroupedByThousands() {
    #expect(ProjectExport.grouped(0) == "0")
    #expect(ProjectExport.grouped(999) == "999")
    #expect(ProjectExport.grouped(1000) == "1,000")
    #expect(ProjectExport.grouped(2_000_000) == "2,000,000")
    #expect(ProjectExport.grouped(-12_345) == "-12,345")
  }
}
