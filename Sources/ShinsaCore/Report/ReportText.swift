/// Renders report blocks as plain terminal text: headings in capitals, bullets "•" with
/// their details indented under them, sources as "[n]". Nothing is escaped: the text goes to
/// a terminal through the caller's own sanitising.
public enum ReportText {
  /// The lines of `blocks`.
  public static func lines(_ blocks: [ReportBlock]) -> [String] {
    var out: [String] = []
    var previous: ReportBlock?
    // Lists under a third-level heading are indented under it.
    var level = 0
    for block in blocks {
      switch block {
      case .heading(let heading, let content, _):
        switch heading {
        case 1: out.append(inline(content))
        case 2:
          out += ["", inline(content).uppercased()]
          level = 0
        default:
          out.append("  " + inline(content))
          level = 1
        }
      case .paragraph(let content, _):
        switch previous {
        case .heading?, .notice?, nil: break
        default: out.append("")
        }
        out.append(inline(content))
      case .notice(let content): out.append(inline(content))
      case .list(let items, let ordered): out += list(items, ordered: ordered, level: level)
      case .definitions(let definitions): out += definitions.map { "    " + definition($0) }
      case .fields(let fields, _): out += fields.map(definition)
      case .sources(let sources):
        out += sources.enumerated().compactMap { index, source in
          source.isEmpty ? nil : "  [\(index + 1)] " + inline(source)
        }
      case .table(let table):
        for group in table.groups {
          if let title = group.title { out += ["", inline(title)] }
          for row in group.rows {
            let cells = zip(table.columns, row).compactMap { column, cell in
              cellText(cell).map { ReportDefinition(column.header, $0) }
            }
            out += list(
              [
                ReportListItem(
                  cells.first?.value ?? [], children: [.definitions(Array(cells.dropFirst()))])
              ], ordered: false, level: level)
          }
        }
      case .section(_, let blocks), .header(let blocks): out += lines(blocks)
      }
      previous = block
    }
    return out
  }

  static func cellText(_ cell: ReportTable.Cell) -> [ReportInline]? {
    switch cell {
    case .inline(let content), .styled(let content, _): return content
    case .qualified(let content, let qualifier, _): return [.text(qualifier + " ")] + content
    case .list(let items) where !items.isEmpty:
      return items.flatMap { [.text("; ")] + $0.content }.dropFirst().map { $0 }
    case .list, .empty: return nil
    }
  }

  /// Bullets at `level`; their details two columns in from the text, nested lists one level in.
  static func list(_ items: [ReportListItem], ordered: Bool, level: Int) -> [String] {
    let indent = String(repeating: "  ", count: level)
    return items.enumerated().flatMap { index, item -> [String] in
      let marker = ordered ? "\(index + 1). " : "• "
      return [indent + "  " + marker + inline(item.content)]
        + item.children.flatMap { child -> [String] in
          switch child {
          case .list(let nested, let ordered):
            return list(nested, ordered: ordered, level: level + 1)
          case .definitions(let definitions):
            return definitions.map { indent + "      " + definition($0) }
          default: return lines([child]).map { indent + "      " + $0 }
          }
        }
    }
  }

  static func definition(_ definition: ReportDefinition) -> String {
    let value =
      definition.nested.isEmpty
      ? inline(definition.value)
      : definition.nested.map { inline($0.content) }.joined(separator: "; ")
    return definition.label.isEmpty ? value : definition.label + ": " + value
  }

  static func inline(_ content: [ReportInline]) -> String {
    content.map { piece -> String in
      switch piece {
      case .text(let text), .code(let text), .link(let text): return text
      case .strong(let inner, _), .emphasis(let inner), .span(let inner, _): return inline(inner)
      case .reference(let id): return " (\(id))"
      case .citation(let number): return "[\(number)]"
      case .flag(let text): return " [\(text)]"
      }
    }.joined()
  }
}
