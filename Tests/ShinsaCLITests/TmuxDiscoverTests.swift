import Foundation
import ShinsaCore
import Testing

/// Help that filters as you type and the command palette, in the real binary in tmux.
@Suite(.serialized, Tmux.needed) struct TmuxDiscoverTests {
  /// A plain shell in tmux in a fresh folder, with the bank scenario open in the workbench.
  private func openBank() throws -> (Tmux, URL, String) {
    let folder = try Binary.temporaryFolder()
    let tmux = Tmux(folder: folder)
    do {
      try tmux.start()
      let projects = folder.appendingPathComponent("projects").path
      _ = try Binary.newProject("bank", in: projects, scenario: "bank-credit-scoring")
      try tmux.type("\(Binary.executable.path) open bank --dir \(projects); echo exited-$?")
      try tmux.keys("Enter")
      try tmux.waitFor("Which sectors")
      return (tmux, folder, projects)
    } catch {
      tmux.kill()
      try? FileManager.default.removeItem(at: folder)
      throw error
    }
  }

  @Test func filteredHelpShowsOnlyMatchingKeys() throws {
    let (tmux, folder, _) = try openBank()
    defer {
      tmux.kill()
      try? FileManager.default.removeItem(at: folder)
    }
    try tmux.keys("?")
    try tmux.waitFor("Keys — type to filter")
    try tmux.waitFor("cycle confidence")
    try tmux.type("export")
    let screen = try tmux.waitFor("Filter: export")
    #expect(screen.contains("export the report"))
    // Every key line left holds the word; the interview's other keys are gone.
    for line in screen.split(separator: "\n") where line.contains("│ ") {
      let inside = line.split(separator: "│").dropFirst().first.map(String.init) ?? ""
      let text = inside.trimmingCharacters(in: .whitespaces)
      guard !text.isEmpty,
        text.hasPrefix("x ") || text.hasPrefix("Enter ") || text.hasPrefix("Ctrl")
      else { continue }
      #expect(text.lowercased().contains("export"), "\(text)")
    }
    #expect(!screen.contains("cycle confidence"))
    #expect(!screen.contains("previous question on your path"))
    // Esc clears the filter (everything is back), the second Esc closes.
    try tmux.keys("Escape")
    try tmux.waitFor("cycle confidence")
    try tmux.keys("Escape")
    try tmux.waitForGone("Keys — type to filter")
    try tmux.keys("q")
    try tmux.waitFor("exited-0")
  }

  @Test func thePaletteRunsAnExport() throws {
    let (tmux, folder, projects) = try openBank()
    defer {
      tmux.kill()
      try? FileManager.default.removeItem(at: folder)
    }
    let exports = projects + "/exports"
    #expect(((try? FileManager.default.contentsOfDirectory(atPath: exports)) ?? []).isEmpty)
    try tmux.keys(":")
    try tmux.waitFor("Commands — Enter runs")
    try tmux.type("export")
    try tmux.waitFor("export the report")
    try tmux.keys("Enter")
    try tmux.waitFor("Export the report")
    try tmux.keys("Enter")
    try tmux.waitFor("Exported")
    let files = (try? FileManager.default.contentsOfDirectory(atPath: exports)) ?? []
    #expect(files.count == 1, "\(files)")
    #expect(files.first?.hasPrefix("bank") == true, "\(files)")
    // Ctrl-P opens it too, and its Japanese names find the same command.
    try tmux.keys("C-p")
    try tmux.waitFor("Commands — Enter runs")
    try tmux.type("出力")
    try tmux.waitFor("export the report")
    try tmux.keys("Escape")
    try tmux.waitForGone("出力")
    try tmux.keys("Escape")
    try tmux.waitForGone("Commands — Enter runs")
    try tmux.keys("q")
    try tmux.waitFor("exited-0")
  }
}
