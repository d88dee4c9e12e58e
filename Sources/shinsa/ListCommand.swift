import ArgumentParser
import ShinsaCore
import ShinsaUI

struct ListCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list",
    abstract:
      "List the projects in the projects folder: client, system, tier, progress, follow-ups.",
    discussion:
      "Most recently modified first. Files that cannot be read are listed with the reason."
  )

  @Option(name: .long, help: "text (a table) or json.")
  var format: OutputFormat = .text

  @Option(name: .long, help: "Show only projects whose name, client or system contains TEXT.")
  var search: String?

  @OptionGroup var projects: ProjectsOptions

  func run() throws {
    let store = projects.store
    guard FilePaths.isFolder(store.directory) else {
      if format == .json {
        Exit.writeOut("[]\n")
      } else {
        Exit.writeOut(
          "No projects yet in \(store.directory).\nCreate one with: shinsa new NAME, or try: shinsa demo\n"
        )
      }
      return
    }
    let rulebook = projects.loadRulebook()
    var summaries = store.list(rulebook: rulebook)
    if let search, !search.isEmpty {
      let needle = search.lowercased()
      summaries = summaries.filter {
        [$0.name, $0.client, $0.system].contains { $0.lowercased().contains(needle) }
      }
    }
    switch format {
    case .json:
      Exit.writeOut(JSONOut.array(summaries.map(json)).rendered())
    case .text, .markdown:
      Exit.writeOut(table(summaries, folder: store.directory))
    }
  }

  private func json(_ summary: ProjectSummary) -> JSONOut {
    .object([
      ("name", .string(summary.name)), ("path", .string(summary.path)),
      ("client", .string(summary.client)),
      ("system", .string(summary.system)), ("tier", .string(summary.tier?.rawValue)),
      ("requiresReview", .bool(summary.requiresReview)), ("answered", .int(summary.answered)),
      ("total", .int(summary.total)), ("followUps", .int(summary.followUps)),
      ("modified", .string(summary.modified)), ("problem", .string(summary.problem)),
    ])
  }

  private func table(_ summaries: [ProjectSummary], folder: String) -> String {
    if summaries.isEmpty {
      return search == nil
        ? "No projects in \(folder).\n" : "No project matches \"\(search ?? "")\".\n"
    }
    let header = ["NAME", "CLIENT", "SYSTEM", "TIER", "PROGRESS", "FOLLOW-UPS", "MODIFIED"]
    var rows: [[String]] = []
    var problems: [String] = []
    for summary in summaries {
      if let problem = summary.problem {
        problems.append(problem)
        continue
      }
      let tier = (summary.tier?.rawValue ?? "") + (summary.requiresReview ? " (review)" : "")
      rows.append([
        summary.name, summary.client, summary.system, tier, "\(summary.answered)/\(summary.total)",
        String(summary.followUps), summary.modified,
      ])
    }
    let limits = [24, 24, 28, 30, 9, 10, 20]
    let cells = ([header] + rows).map { row in
      row.enumerated().map { DisplayWidth.truncate(TextSafety.inert($1), to: limits[$0]) }
    }
    let widths = (0..<header.count).map { column in
      cells.map { DisplayWidth.of($0[column]) }.max() ?? 0
    }
    var lines = cells.map { row in
      row.enumerated().map { column, text in
        text + String(repeating: " ", count: max(0, widths[column] - DisplayWidth.of(text)))
      }.joined(separator: "  ").trimmingTrailingSpaces()
    }
    lines.insert(
      "Projects in \(folder) (tier: shinsa's triage tier, not a statutory category)", at: 0)
    for problem in problems { lines.append("! cannot read \(TextSafety.inert(problem))") }
    return lines.joined(separator: "\n") + "\n"
  }
}

extension String {
  func trimmingTrailingSpaces() -> String {
    var copy = self
    while copy.last == " " { copy.removeLast() }
    return copy
  }
}
