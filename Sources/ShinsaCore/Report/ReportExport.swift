/// A written report: the full project report or the disclosure alone, in one format and one
/// or more languages.
public enum ReportExport {
  /// The report of `document` in `format`: the disclosure alone when `sections` is exactly
  /// `.disclosure`, otherwise the project report with those sections. With several languages
  /// the file holds one report per language (Markdown one after another, HTML one article
  /// each, JSON one object per language code). `today` and `projectFolder` are as
  /// `ProjectExport` takes them: the date that decides overdue and stale, and where evidence
  /// paths point.
  public static func render(
    _ document: ProjectDocument, rulebook: Rulebook, format: ReportFormat,
    languages: [Language], includePrivateNotes: Bool = false, sections: ExportSections = .all,
    today: String = "", projectFolder: String = ""
  ) -> String {
    if sections == .disclosure {
      let export = DisclosureExport(document: document, rulebook: rulebook, languages: languages)
      switch format {
      case .markdown: return export.markdown()
      case .html: return export.html()
      case .json: return export.json()
      }
    }
    let exports = (languages.isEmpty ? [.en] : languages).map {
      ProjectExport(
        document: document, rulebook: rulebook, language: $0,
        includePrivateNotes: includePrivateNotes, sections: sections, today: today,
        projectFolder: projectFolder)
    }
    switch format {
    case .markdown: return exports.map { $0.markdown() }.joined(separator: "\n---\n\n")
    case .html: return ProjectExport.htmlFile(exports)
    case .json:
      guard exports.count > 1 else { return exports.first?.json() ?? "" }
      let reports = exports.map { ($0.language.rawValue, $0.jsonValue()) }
      return JSONOut.object([("format", .string("shinsa-report-bilingual"))] + reports).rendered()
    }
  }
}
