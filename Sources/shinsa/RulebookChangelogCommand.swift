import ArgumentParser
import ShinsaCore

struct RulebookChangelogCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "changelog",
    abstract: "Show what changed in the rulebook, why, and on which sources.",
    discussion: """
      Prints the bundled changelog (jp-ai-changelog.json), every release or the one named with \
      --version. Each change lists the rulebook items it touches, the audit rows it answers, \
      its reason and its sources with their kind (official text, official translation, \
      commentary). docs/rulebook-changelog.md is this command's Markdown output.

      Exit status: 0 printed; 64 no such version; 65 the changelog or rulebook is malformed \
      (for example a source id the rulebook does not have); 66 a file is missing or unreadable.
      """
  )

  @Option(name: .long, help: "Output format: text, markdown or json.")
  var format: OutputFormat = .text

  @Option(name: .long, help: "Show only this release (for example 2026.12).")
  var version: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "A changelog file to read instead of the bundled one.", valueName: "PATH"))
  var changelog: String?

  @OptionGroup var rulebookOptions: RulebookOptions

  func run() throws {
    let rulebook = rulebookOptions.load()
    let log: RulebookChangelog
    do {
      if let changelog {
        log = try RulebookChangelogLoader.load(path: changelog, for: rulebook)
      } else {
        log = try RulebookChangelogLoader.bundled(for: rulebook)
      }
    } catch {
      if error.unreadable {
        Exit.fail(Exit.noInput, "cannot read the changelog \(error.file): \(error.message).")
      }
      Exit.fail(Exit.dataError, "the changelog \(error.description)")
    }
    var releases = log.releases
    if let version {
      guard let release = log.release(version) else {
        let known = log.releases.map(\.version).joined(separator: ", ")
        Exit.fail(
          Exit.usage,
          "the changelog has no release \"\(version)\" (releases: \(known.isEmpty ? "none" : known))."
        )
      }
      releases = [release]
    }
    let report = ChangelogReport(changelog: log, rulebook: rulebook, releases: releases)
    switch format {
    case .text: Exit.writeOut(report.text())
    case .markdown: Exit.writeOut(report.markdown())
    case .json: Exit.writeOut(report.json())
    }
  }
}
