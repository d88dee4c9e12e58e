/// A report as a document: blocks of inline text, with no format in it. One renderer per
/// format (Markdown, HTML, terminal text) turns it into a file; each escapes text once, where
/// it writes a text leaf.
public enum ReportBlock: Sendable, Equatable {
  /// A heading, level 1 (the title) to 3; `id` is an anchor for links within the file.
  case heading(level: Int, [ReportInline], id: String? = nil)
  /// A paragraph; `role` styles it (HTML class, ignored elsewhere).
  case paragraph([ReportInline], role: String? = nil)
  /// A bulleted or numbered list.
  case list([ReportListItem], ordered: Bool = false)
  /// Labelled values ("Need: required").
  case definitions([ReportDefinition])
  /// A table of records; each renderer lays it out as its format allows.
  case table(ReportTable)
  /// Text set apart (the rulebook's notice).
  case notice([ReportInline])
  /// A group of blocks: a document section (`<section id>` in HTML).
  case section(id: String, [ReportBlock])
}

/// Text within a block.
public indirect enum ReportInline: Sendable, Equatable {
  /// Plain text: escaped by each renderer.
  case text(String)
  /// Strong text; `role` styles it (HTML class).
  case strong([ReportInline], role: String? = nil)
  /// Emphasised text.
  case emphasis([ReportInline])
  /// An identifier or value shown as code.
  case code(String)
  /// An identifier after a name: " (`id`)" in Markdown, " <code>id</code>" in HTML.
  case reference(String)
  /// A web address (only http and https become links).
  case link(String)
  /// A numbered reference to a source in the report's list of sources.
  case citation(Int)
}

/// One entry of a list: its text and any blocks nested under it.
public struct ReportListItem: Sendable, Equatable {
  public var content: [ReportInline]
  public var children: [ReportBlock]

  /// Creates a list item.
  public init(_ content: [ReportInline], children: [ReportBlock] = []) {
    self.content = content
    self.children = children
  }
}

/// A label and its value; `nested` holds a list under the label instead of a value.
public struct ReportDefinition: Sendable, Equatable {
  public var label: String
  public var value: [ReportInline]
  public var nested: [ReportListItem]

  /// Creates a labelled value.
  public init(_ label: String, _ value: [ReportInline], nested: [ReportListItem] = []) {
    self.label = label
    self.value = value
    self.nested = nested
  }
}

/// Records with the same columns: a table in HTML; in Markdown and text, one heading per
/// record (its first cell) followed by the other cells as labelled values.
public struct ReportTable: Sendable, Equatable {
  /// One column: its header and the HTML class of its cells.
  public struct Column: Sendable, Equatable {
    public var header: String
    public var role: String?
    /// Creates a column.
    public init(_ header: String, role: String? = nil) {
      self.header = header
      self.role = role
    }
  }

  /// One cell: text, or a list (shown under its label in Markdown).
  public enum Cell: Sendable, Equatable {
    case inline([ReportInline])
    case list([ReportListItem])
  }

  /// The HTML class of the table.
  public var role: String
  public var columns: [Column]
  public var rows: [[Cell]]

  /// Creates a table.
  public init(role: String, columns: [Column], rows: [[Cell]]) {
    self.role = role
    self.columns = columns
    self.rows = rows
  }
}

extension [ReportInline] {
  /// Plain text of `string`, as a one-element run.
  static func plain(_ string: String) -> [ReportInline] { [.text(string)] }
}
