import Foundation

extension ProjectExport {
  /// One HTML file holding the report in each language, one article per language.
  /// A single report comes back unchanged.
  public static func combinedHTML(_ reports: [(Language, String)]) -> String {
    guard reports.count > 1, let first = reports.first?.1 else { return reports.first?.1 ?? "" }
    func part(_ html: String, from start: String, to end: String) -> String {
      guard let open = html.range(of: start),
        let close = html.range(of: end, range: open.upperBound..<html.endIndex)
      else { return "" }
      return String(html[open.upperBound..<close.lowerBound])
    }
    let head = part(first, from: "<head>", to: "</head>")
    var out = ["<!DOCTYPE html>", "<html lang=\"\(reports[0].0.rawValue)\">", "<head>"]
    out.append(head.trimmingCharacters(in: .newlines))
    out.append("</head>")
    out.append("<body>")
    for (language, html) in reports {
      out.append("<article lang=\"\(language.rawValue)\">")
      out.append(part(html, from: "<body>", to: "</body>").trimmingCharacters(in: .newlines))
      out.append("</article>")
    }
    out.append("</body>")
    out.append("</html>")
    return out.joined(separator: "\n") + "\n"
  }

  /// One JSON object holding the report in each language under its language code.
  /// A single report comes back unchanged.
  public static func combinedJSON(_ reports: [(Language, String)]) -> String {
    guard reports.count > 1 else { return reports.first?.1 ?? "" }
    var out = "{\n  \"format\": \"shinsa-report-bilingual\",\n"
    for (index, (language, json)) in reports.enumerated() {
      let body = json.trimmingCharacters(in: .whitespacesAndNewlines)
        .split(separator: "\n", omittingEmptySubsequences: false)
        .enumerated().map { $0.offset == 0 ? String($0.element) : "  " + $0.element }
        .joined(separator: "\n")
      out += "  \"\(language.rawValue)\": \(body)" + (index == reports.count - 1 ? "\n" : ",\n")
    }
    return out + "}\n"
  }
}
