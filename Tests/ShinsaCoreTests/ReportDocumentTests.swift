import Testing

@testable import ShinsaCore

/// The report document model, its renderers, and the state words shared with the screens.
@Suite struct ReportDocumentTests {
  private let hostile = "<b>\"x\" & 'y'</b>"

  @Test func htmlEscapesEveryTextLeafOnce() {
    let lines = ReportHTML.lines([
      .section(
        id: "s",
        [
          .heading(level: 2, [.text(hostile)]),
          .paragraph([.text(hostile), .reference(hostile)], role: "muted"),
          .list([ReportListItem([.strong([.text(hostile)], role: "needed"), .code("a&b")])]),
        ])
    ])
    let escaped = "&lt;b&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/b&gt;"
    #expect(
      lines == [
        "<section id=\"s\">",
        "<h2>\(escaped)</h2>",
        "<p class=\"muted\">\(escaped) <code>\(escaped)</code></p>",
        "<ul>",
        "<li><strong class=\"needed\">\(escaped)</strong><code>a&amp;b</code></li>",
        "</ul>",
        "</section>",
      ])
    #expect(!lines.joined().contains("&amp;amp;"))
  }

  @Test func htmlTablesHaveOneRowPerRecord() {
    let table = ReportTable(
      role: "t", columns: [.init("Name"), .init("Items"), .init("Text", role: "note")],
      rows: [
        [.inline([.text("A"), .reference("a")]), .list([]), .inline([.text("x")])],
        [.inline([.text("B")]), .list([ReportListItem([.text("one")])]), .inline([])],
      ])
    #expect(
      ReportHTML.lines([.table(table)]) == [
        "<table class=\"t\">",
        "<thead><tr><th scope=\"col\">Name</th><th scope=\"col\">Items</th>"
          + "<th scope=\"col\">Text</th></tr></thead>",
        "<tbody>",
        "<tr><td>A <code>a</code></td><td></td><td class=\"note\">x</td></tr>",
        "<tr><td>B</td><td><ul><li>one</li></ul></td><td class=\"note\"></td></tr>",
        "</tbody>",
        "</table>",
      ])
  }

  /// A numbered table with groups: in HTML one tbody per group under its title row and a
  /// number column; in Markdown each group's title as a heading, then numbered records with
  /// the title in bold and the other cells as values (empty cells left out).
  private var numberedTable: ReportTable {
    ReportTable(
      role: "answers",
      columns: [.init("Question"), .init("Answer", role: "note"), .init("Note", role: "note")],
      groups: [
        .init(
          title: [.text("First & one")], role: "status-x",
          rows: [
            [
              .inline([.text("Q*"), .reference("q1"), .flag("follow up")]),
              .styled([.text("Unknown")], role: "note open"), .empty,
            ]
          ]),
        .init(
          title: [.text("Second")],
          rows: [
            [
              .inline([.text("R")]), .inline([.text("Yes")]),
              .qualified([.text("<n>")], qualifier: "(private)", role: "private"),
            ]
          ]),
      ], numbered: true)
  }

  @Test func htmlNumbersGroupedTablesAcrossGroups() {
    #expect(
      ReportHTML.lines([.table(numberedTable)]) == [
        "<table class=\"answers\">",
        "<thead><tr><th scope=\"col\">#</th><th scope=\"col\">Question</th>"
          + "<th scope=\"col\">Answer</th><th scope=\"col\">Note</th></tr></thead>",
        "<tbody>",
        "<tr class=\"group status-x\"><th colspan=\"4\" scope=\"rowgroup\">First &amp; one</th></tr>",
        "<tr><td>1</td><td>Q* <code>q1</code> <span class=\"flag\">[follow up]</span></td>"
          + "<td class=\"note open\">Unknown</td><td class=\"note\"></td></tr>",
        "</tbody>",
        "<tbody>",
        "<tr class=\"group\"><th colspan=\"4\" scope=\"rowgroup\">Second</th></tr>",
        "<tr><td>2</td><td>R</td><td class=\"note\">Yes</td>"
          + "<td class=\"note\"><span class=\"private\">(private)</span> &lt;n&gt;</td></tr>",
        "</tbody>",
        "</table>",
      ])
  }

  @Test func markdownNumbersGroupedTablesAcrossGroups() {
    #expect(
      ReportMarkdown.lines([.table(numberedTable)]) == [
        "", "### First \\& one", "",
        "1. **Q\\*** (`q1`) \\[follow up\\]",
        "   - Answer: Unknown",
        "", "### Second", "",
        "2. **R**",
        "   - Answer: Yes",
        "   - Note (private): \\<n\\>",
      ])
  }

  @Test func documentFieldsAreATableInHTMLAndBoldLabelsInMarkdown() {
    let header = ReportBlock.header([
      .heading(level: 1, [.text("T"), .text(": "), .text("-c")]),
      .fields(
        [
          ReportDefinition("Client", [.text("a|b")]),
          ReportDefinition(
            "Tier", [.strong([.text("High")], role: "tier"), .span([.text(" (x)")], role: "h")]),
        ], role: "meta"),
    ])
    #expect(
      ReportHTML.lines([header]) == [
        "<header>", "<h1>T: -c</h1>", "<table class=\"meta\">",
        "<tr><th scope=\"row\">Client</th><td>a|b</td></tr>",
        "<tr><th scope=\"row\">Tier</th><td><strong class=\"tier\">High</strong>"
          + "<span class=\"h\"> (x)</span></td></tr>",
        "</table>", "</header>",
      ])
    // Each text leaf is escaped on its own: "-c" would start a list at the start of a line.
    #expect(
      ReportMarkdown.lines([header]) == [
        "", "# T: \\-c", "", "- **Client**: a\\|b", "- **Tier**: **High** (x)",
      ])
  }

  @Test func markdownRendersRecordsAsHeadingsWithLabelledValues() {
    let table = ReportTable(
      role: "t", columns: [.init("Name"), .init("Items"), .init("Text")],
      rows: [
        [.inline([.text("A*"), .reference("a")]), .list([]), .inline([.text("two\nlines")])],
        [
          .inline([.text("B")]), .list([ReportListItem([.text("- one")])]),
          .inline([.strong([.text("x")])]),
        ],
      ])
    #expect(
      ReportMarkdown.lines([.table(table)]) == [
        "", "### A\\* (`a`)", "", "- Text: two\\\n  lines",
        "", "### B", "", "- Items:", "  - \\- one", "- Text: **x**",
      ])
  }

  @Test func markdownSeparatesBlocksAndNumbersOrderedLists() {
    let lines = ReportMarkdown.lines([
      .heading(level: 2, [.text("Title")]),
      .paragraph([.text("# not a heading")]),
      .list(
        [
          ReportListItem(
            [.text("first")], children: [.list([ReportListItem([.text("a\nb")])])])
        ], ordered: true),
    ])
    #expect(
      lines == [
        "", "## Title", "", "\\# not a heading", "", "1. first", "   - a\\\n     b",
      ])
  }

  @Test func notApplicableIsOneWordInJapanese() {
    #expect(DisclosureFieldState.notApplicable.label(.ja) == "対象外")
    #expect(ChecklistState.notApplicable.label(.ja) == "対象外")
    #expect(DisclosureNeed.notApplicable.label(.ja) == "対象外")
    #expect(DisclosureFieldState.notApplicable.label(.en) == "not applicable")
  }

  @Test func everyStateHasWordsInBothLanguages() {
    for language in [Language.en, .ja] {
      let words =
        DisclosureFieldState.allCases.map { $0.label(language) }
        + ChecklistState.allCases.map { $0.label(language) }
        + Confidence.allCases.map { $0.label(language) }
      #expect(words.allSatisfy { !$0.isEmpty })
      #expect(Set(DisclosureFieldState.allCases.map { $0.label(language) }).count == 5)
    }
    #expect(ChecklistItem(state: nil).stateLabel(.ja) == "回答による")
  }

  @Test func theJapaneseReportSaysNotApplicableAsTheScreensDo() {
    let rulebook = Support.rulebook
    var document = ProjectDocument(
      rulebook: rulebook, client: "C", system: "S", assessor: "A", now: "2026-12-01T00:00:00Z")
    let field = rulebook.disclosureFields[0].id
    document.disclosure[field] = DisclosureDraft(state: .notApplicable, reason: "r")
    for format in ReportFormat.allCases {
      let text = ReportExport.render(
        document, rulebook: rulebook, format: format, languages: [.ja], sections: .disclosure)
      #expect(!text.contains("該当なし"), "\(format)")
      let full = ReportExport.render(
        document, rulebook: rulebook, format: format, languages: [.ja])
      #expect(!full.contains("状態：該当なし") && !full.contains(">該当なし<"), "\(format)")
    }
    let markdown = ReportExport.render(
      document, rulebook: rulebook, format: .markdown, languages: [.ja])
    #expect(markdown.contains("- 状態: 対象外"))
  }

  @Test func formatsNameTheirFileExtensions() {
    #expect(ReportFormat.allCases.map(\.fileExtension) == ["md", "html", "json"])
    #expect(ReportFormat.allCases.map(\.rawValue) == ["markdown", "html", "json"])
  }

  @Test func aWithheldFieldWithoutAReasonSaysSoInEveryFormat() {
    let rulebook = Support.rulebook
    var document = ProjectDocument(
      rulebook: rulebook, client: "C", system: "S", assessor: "A", now: "2026-12-01T00:00:00Z")
    document.disclosure[rulebook.disclosureFields[0].id] = DisclosureDraft(state: .withheld)
    for format in [ReportFormat.markdown, .html] {
      let ja = ReportExport.render(
        document, rulebook: rulebook, format: format, languages: [.ja], sections: .disclosure)
      #expect(ja.contains("非開示: （理由の記載なし）"), "\(format)")
      let en = ReportExport.render(
        document, rulebook: rulebook, format: format, languages: [.en], sections: .disclosure)
      #expect(en.contains("withheld: (no reason given)"), "\(format)")
    }
  }
}
