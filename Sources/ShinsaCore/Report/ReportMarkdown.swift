/// Renders report blocks as Markdown: each block after a blank line, records as a heading
/// with labelled values, and every text leaf escaped so that it reads as text.
public enum ReportMarkdown {
  /// The lines of `blocks`, each block preceded by a blank line.
  public static func lines(_ blocks: [ReportBlock]) -> [String] {
    blocks.flatMap(lines)
  }

  static func lines(_ block: ReportBlock) -> [String] {
    switch block {
    case .heading(let level, let content, _):
      return ["", String(repeating: "#", count: level) + " " + inline(content)]
    case .paragraph(let content, _), .notice(let content):
      return ["", inline(content)]
    case .list(let items, let ordered):
      return [""] + list(items, ordered: ordered, indent: "")
    case .definitions(let definitions):
      return [""] + definitions.flatMap { self.definition($0, indent: "") }
    case .table(let table):
      return self.table(table)
    case .section(_, let blocks), .header(let blocks):
      return lines(blocks)
    case .fields(let fields, _):
      return [""] + fields.map { "- **" + escape($0.label) + "**: " + inline($0.value) }
    case .sources(let sources):
      return [""] + sourceLines(sources)
    }
  }

  /// The lines of `blocks` laid out tightly, as the assessment is: no blank line after a
  /// heading or before a list, a blank line before a heading, notice or another paragraph,
  /// the notice as a quote.
  public static func compactLines(_ blocks: [ReportBlock]) -> [String] {
    var out: [String] = []
    var previous: ReportBlock?
    for block in blocks {
      switch block {
      case .paragraph(let content, _):
        if case .heading? = previous {} else { out.append("") }
        out.append(inline(content))
      case .notice(let content): out += ["", "> " + inline(content)]
      case .list(let items, let ordered): out += list(items, ordered: ordered, indent: "")
      case .sources(let sources): out += sourceLines(sources)
      default: out += lines(block)
      }
      previous = block
    }
    return out
  }

  /// Each source as "[n] text", one a line.
  static func sourceLines(_ sources: [[ReportInline]]) -> [String] {
    sources.enumerated().compactMap { index, source in
      source.isEmpty ? nil : "[\(index + 1)] " + inline(source)
    }
  }

  /// A table as records: each group's title as a heading, then each record.
  static func table(_ table: ReportTable) -> [String] {
    var number = 0
    return table.groups.flatMap { group -> [String] in
      var out: [String] = []
      if let title = group.title {
        out += ["", "### " + inline(title)] + (table.numbered ? [""] : [])
      }
      for cells in group.rows {
        guard table.numbered else {
          out += record(cells, table)
          continue
        }
        number += 1
        out += numberedRecord(cells, table, number: number)
      }
      return out
    }
  }

  /// One numbered record: its first cell's text in bold after the number, the other cells
  /// as labelled values under it.
  static func numberedRecord(_ cells: [ReportTable.Cell], _ table: ReportTable, number: Int)
    -> [String]
  {
    let marker = "\(number). "
    let inner = String(repeating: " ", count: marker.count)
    let title = cells.first.map(content) ?? []
    let lead = title.firstIndex { if case .text = $0 { false } else { true } } ?? title.endIndex
    let bold = lead == title.startIndex ? "" : "**" + inline(Array(title[..<lead])) + "**"
    return [marker + bold + inline(Array(title[lead...]))]
      + values(zip(table.columns, cells).dropFirst(), indent: inner)
  }

  /// The text of a cell (nothing for a list or an empty cell).
  static func content(_ cell: ReportTable.Cell) -> [ReportInline] {
    switch cell {
    case .inline(let content), .styled(let content, _), .qualified(let content, _, _):
      return content
    case .list, .empty: return []
    }
  }

  /// One record: its first cell as a heading, the others as values labelled by their column.
  static func record(_ cells: [ReportTable.Cell], _ table: ReportTable) -> [String] {
    guard case .inline(let title)? = cells.first else { return [] }
    return ["", "### " + inline(title), ""]
      + values(zip(table.columns, cells).dropFirst(), indent: "")
  }

  /// Cells as values labelled by their column; empty cells and lists are left out.
  static func values(
    _ cells: some Sequence<(ReportTable.Column, ReportTable.Cell)>, indent: String
  ) -> [String] {
    cells.flatMap { column, cell -> [String] in
      switch cell {
      case .inline(let value), .styled(let value, _):
        return definition(ReportDefinition(column.header, value), indent: indent)
      case .qualified(let value, let qualifier, _):
        return definition(ReportDefinition(column.header + " " + qualifier, value), indent: indent)
      case .list(let items) where !items.isEmpty:
        return definition(ReportDefinition(column.header, [], nested: items), indent: indent)
      case .list, .empty: return []
      }
    }
  }

  static func definition(_ definition: ReportDefinition, indent: String) -> [String] {
    if definition.label.isEmpty {
      return [indent + "- " + inline(definition.value, continuation: indent + "  ")]
    }
    let label = indent + "- " + escape(definition.label) + ":"
    guard definition.nested.isEmpty else {
      return [label] + list(definition.nested, ordered: false, indent: indent + "  ")
    }
    return [label + " " + inline(definition.value, continuation: indent + "  ")]
  }

  static func list(_ items: [ReportListItem], ordered: Bool, indent: String) -> [String] {
    items.enumerated().flatMap { index, item -> [String] in
      let marker = ordered ? "\(index + 1). " : "- "
      let inner = indent + String(repeating: " ", count: marker.count)
      let first = indent + marker + inline(item.content, continuation: inner)
      return [first]
        + item.children.flatMap { child -> [String] in
          switch child {
          case .list(let nested, let ordered): return list(nested, ordered: ordered, indent: inner)
          case .definitions(let definitions):
            return definitions.flatMap { definition($0, indent: inner) }
          default: return lines(child).filter { !$0.isEmpty }.map { inner + $0 }
          }
        }
    }
  }

  /// Inline text; with `continuation`, line breaks in text become hard breaks followed by it.
  static func inline(_ content: [ReportInline], continuation: String? = nil) -> String {
    content.map { piece -> String in
      switch piece {
      case .text(let text): return escape(text, continuation: continuation)
      case .strong(let inner, _): return "**" + inline(inner, continuation: continuation) + "**"
      case .emphasis(let inner): return "*" + inline(inner, continuation: continuation) + "*"
      case .code(let id): return code(id)
      case .reference(let id): return " (" + code(id) + ")"
      case .link(let url): return escape(url)
      case .citation(let number): return "[\(number)]"
      case .flag(let text): return " " + escape("[" + text + "]")
      case .span(let inner, _): return inline(inner, continuation: continuation)
      }
    }.joined()
  }

  /// An identifier as inline code, or escaped text when it holds a backtick or line break.
  static func code(_ id: String) -> String {
    id.contains("`") || id.contains(where: \.isNewline) ? escape(id) : "`\(id)`"
  }

  /// Escapes text for Markdown so that it renders as the same text, never as markup or HTML.
  ///
  /// Markdown punctuation gets a backslash; a line that would start a heading, list, quote or
  /// rule is escaped too. Without `continuation` line breaks become spaces; with it, each
  /// break becomes a hard line break followed by `continuation` (the indent of the block).
  public static func escape(_ text: String, continuation: String? = nil) -> String {
    let special: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "&", "#", "~"]
    let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
    let escaped = lines.enumerated().map { index, line -> String in
      var out = ""
      let trimmed = line.drop { $0 == " " || $0 == "\t" }
      // Leading blanks of a continuation line could start a code block; the first line's stay.
      if index == 0 { out += line.prefix { $0 == " " || $0 == "\t" } }
      let start = out.count
      if let first = trimmed.first, first == "-" || first == "+" || first == "=" {
        out.append("\\")
      }
      var leadingDigits = true
      for character in trimmed {
        if special.contains(character) {
          out.append("\\")
        } else if leadingDigits && (character == "." || character == ")") && out.count > start {
          out.append("\\")
        }
        if !character.isASCII || !character.isNumber { leadingDigits = false }
        out.append(character)
      }
      return out
    }
    guard let continuation else { return escaped.joined(separator: " ") }
    return escaped.joined(separator: "\\\n" + continuation)
  }
}
