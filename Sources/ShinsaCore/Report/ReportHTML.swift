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
    return "<li><span class=\"label\">\(escape(definition.label)):</span> \(value)</li>"
  }

  static func table(_ table: ReportTable) -> [String] {
    let headers = table.columns.map { "<th scope=\"col\">\(escape($0.header))</th>" }.joined()
    var out = ["<table class=\"\(escape(table.role))\">", "<thead><tr>\(headers)</tr></thead>"]
    out.append("<tbody>")
    for row in table.rows {
      let cells = zip(table.columns, row).map { column, cell -> String in
        let html: String
        switch cell {
        case .inline(let content): html = inline(content)
        case .list(let items): html = items.isEmpty ? "" : compactList(items)
        }
        return "<td\(classAttribute(column.role))>\(html)</td>"
      }
      out.append("<tr>\(cells.joined())</tr>")
    }
    out += ["</tbody>", "</table>"]
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
