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
  /// Labelled values of the document itself (client, system, tier): a table with a header
  /// column in HTML, bold labels in Markdown.
  case fields([ReportDefinition], role: String)
  /// The document's header (`<header>` in HTML): its title and fields.
  case header([ReportBlock])
  /// The sources cited, numbered from 1 in order (`.citation(n)` points to the n-th); an
  /// empty entry keeps its number but shows nothing.
  case sources([[ReportInline]])
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
  /// A flag after a name (" [unverified]"), styled as one in HTML.
  case flag(String)
  /// Text with an HTML class and no other mark (a label's qualifier).
  case span([ReportInline], role: String)
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

/// A label and its value; `nested` holds a list under the label instead of a value. An empty
/// label shows the value alone.
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
/// record (its first cell) followed by the other cells as labelled values, or, when the table
/// is numbered, one numbered item per record (HTML gives the number a column of its own).
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
    /// Nothing: an empty cell in HTML, no line in Markdown.
    case empty
    /// Text with an HTML class of its own instead of its column's.
    case styled([ReportInline], role: String)
    /// Text with a qualifier ("(private)"): after the label in Markdown, a styled mark
    /// before the text in HTML.
    case qualified([ReportInline], qualifier: String, role: String)
  }

  /// Rows under a title of their own (none for a table without groups).
  public struct Group: Sendable, Equatable {
    public var title: [ReportInline]?
    /// The HTML class of the group's title row, after "group".
    public var role: String?
    public var rows: [[Cell]]
    /// Creates a group of rows.
    public init(title: [ReportInline]?, role: String? = nil, rows: [[Cell]]) {
      self.title = title
      self.role = role
      self.rows = rows
    }
  }

  /// The HTML class of the table.
  public var role: String
  public var columns: [Column]
  public var groups: [Group]
  /// Whether records are numbered from 1 across the groups.
  public var numbered: Bool

  /// Creates a table of rows without groups.
  public init(role: String, columns: [Column], rows: [[Cell]]) {
    self.init(role: role, columns: columns, groups: [Group(title: nil, rows: rows)])
  }

  /// Creates a table of grouped rows.
  public init(role: String, columns: [Column], groups: [Group], numbered: Bool = false) {
    self.role = role
    self.columns = columns
    self.groups = groups
    self.numbered = numbered
  }
}

extension [ReportInline] {
  /// Plain text of `string`, as a one-element run.
  static func plain(_ string: String) -> [ReportInline] { [.text(string)] }
}
