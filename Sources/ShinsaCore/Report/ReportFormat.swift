/// The file formats a project report is written in, by `shinsa export` and the workbench.
public enum ReportFormat: String, CaseIterable, Sendable {
  /// Markdown, for editing and version control.
  case markdown
  /// One self-contained, printable HTML file.
  case html
  /// JSON, for other programs (format "shinsa-export").
  case json

  /// The file name extension: "md", "html" or "json".
  public var fileExtension: String {
    switch self {
    case .markdown: return "md"
    case .html: return "html"
    case .json: return "json"
    }
  }
}
