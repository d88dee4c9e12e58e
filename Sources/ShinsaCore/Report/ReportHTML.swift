import Foundation

/// Renders report blocks as HTML: one element a line, every text leaf escaped by `escape`.
public enum ReportHTML {
  /// The lines of `blocks`.
  public static func lines(_ blocks: [ReportBlock]) -> [String] {
    blocks.flatMap(lines)
  }

  static func lines(_ block: ReportBlock) -> [String] {
    switch block {
    case .heading(let level, let content, let id):
      let anchor = id.map { " id=\"\(escape($0))\"" } ?? ""
      return ["<h\(level)\(anchor)>\(inline(content))</h\(level)>"]
    case .paragraph(let content, let role):
      return ["<p\(classAttribute(role))>\(inline(content))</p>"]
    case .notice(let content):
      return ["<blockquote class=\"notice\">\(inline(content))</blockquote>"]
    case .list(let items, let ordered):
      let tag = ordered ? "ol" : "ul"
      return ["<\(tag)>"] + items.flatMap(item) + ["</\(tag)>"]
    case .definitions(let definitions):
      return ["<ul>"] + definitions.map(definition) + ["</ul>"]
    case .table(let table):
      return self.table(table)
    case .section(let id, let blocks):
      return ["<section id=\"\(escape(id))\">"] + lines(blocks) + ["</section>"]
    case .header(let blocks):
      return ["<header>"] + lines(blocks) + ["</header>"]
    case .fields(let fields, let role):
      return ["<table class=\"\(escape(role))\">"]
        + fields.map {
          "<tr><th scope=\"row\">\(escape($0.label))</th><td>\(inline($0.value))</td></tr>"
        } + ["</table>"]
    case .sources(let sources):
      return ["<ol class=\"sources\">"]
        + sources.enumerated().map { "<li id=\"source-\($0 + 1)\">\(inline($1))</li>" } + ["</ol>"]
    }
  }

  static func item(_ item: ReportListItem) -> [String] {
    guard !item.children.isEmpty else { return ["<li>\(inline(item.content))</li>"] }
    var out = ["<li>\(inline(item.content))"] + lines(item.children)
    out[out.count - 1] += "</li>"
    return out
  }

  static func definition(_ definition: ReportDefinition) -> String {
    let value =
      definition.nested.isEmpty ? inline(definition.value) : compactList(definition.nested)
    if definition.label.isEmpty { return "<li>\(value)</li>" }
    return "<li><span class=\"label\">\(escape(definition.label)):</span> \(value)</li>"
  }

  static func table(_ table: ReportTable) -> [String] {
    let headers =
      (table.numbered ? "<th scope=\"col\">#</th>" : "")
      + table.columns.map { "<th scope=\"col\">\(escape($0.header))</th>" }.joined()
    var out = ["<table class=\"\(escape(table.role))\">", "<thead><tr>\(headers)</tr></thead>"]
    let width = table.columns.count + (table.numbered ? 1 : 0)
    var number = 0
    for group in table.groups {
      out.append("<tbody>")
      if let title = group.title {
        let role = "group" + (group.role.map { " " + $0 } ?? "")
        out.append(
          "<tr\(classAttribute(role))><th colspan=\"\(width)\" scope=\"rowgroup\">"
            + "\(inline(title))</th></tr>")
      }
      for row in group.rows {
        number += 1
        let cells = zip(table.columns, row).map { column, cell -> String in
          switch cell {
          case .inline(let content):
            return "<td\(classAttribute(column.role))>\(inline(content))</td>"
          case .styled(let content, let role):
            return "<td\(classAttribute(role))>\(inline(content))</td>"
          case .qualified(let content, let qualifier, let role):
            return "<td\(classAttribute(column.role))><span\(classAttribute(role))>"
              + "\(escape(qualifier))</span> \(inline(content))</td>"
          case .list(let items):
            let html = items.isEmpty ? "" : compactList(items)
            return "<td\(classAttribute(column.role))>\(html)</td>"
          case .empty: return "<td\(classAttribute(column.role))></td>"
          }
        }
        let numberCell = table.numbered ? "<td>\(number)</td>" : ""
        out.append("<tr>\(numberCell)\(cells.joined())</tr>")
      }
      out.append("</tbody>")
    }
    out.append("</table>")
    return out
  }

  /// A list on one line, for a table cell.
  static func compactList(_ items: [ReportListItem]) -> String {
    "<ul>" + items.map { "<li>\(inline($0.content))</li>" }.joined() + "</ul>"
  }

  static func classAttribute(_ role: String?) -> String {
    role.map { " class=\"\(escape($0))\"" } ?? ""
  }

  static func inline(_ content: [ReportInline]) -> String {
    content.map { piece -> String in
      switch piece {
      case .text(let text): return escape(text)
      case .strong(let inner, let role):
        return "<strong\(classAttribute(role))>\(inline(inner))</strong>"
      case .emphasis(let inner): return "<em>\(inline(inner))</em>"
      case .code(let id): return "<code>\(escape(id))</code>"
      case .reference(let id): return " <code>\(escape(id))</code>"
      case .link(let url): return link(url)
      case .citation(let number): return "<a href=\"#source-\(number)\">[\(number)]</a>"
      case .flag(let text): return " <span class=\"flag\">[\(escape(text))]</span>"
      case .span(let inner, let role): return "<span\(classAttribute(role))>\(inline(inner))</span>"
      }
    }.joined()
  }

  /// A source link: only http and https addresses become links; anything else is shown as text.
  static func link(_ url: String) -> String {
    let lower = url.lowercased()
    let escaped = escape(url)
    guard lower.hasPrefix("https://") || lower.hasPrefix("http://") else { return escaped }
    return "<a href=\"\(escaped)\">\(escaped)</a>"
  }

  /// Escapes text for HTML element content and quoted attribute values.
  ///
  /// Replaces `&`, `<`, `>`, `"` and `'` with character references, and control characters
  /// other than tab and line breaks with U+FFFD, so that project text can never become markup.
  public static func escape(_ text: String) -> String { TextSafety.html(text) }
}
