import Foundation
import ShinsaCore
import Testing

/// The Assessor field and local times against the real binary in tmux: the new-project
/// form takes the assessor, `A` changes it later (change-logged), and with TZ=Asia/Tokyo
/// the project list shows Japan time while the file keeps UTC.
@Suite(.serialized, Tmux.needed) struct TmuxAssessorTests {
  @Test func theAssessorIsTypedInTheFormAndChangedWithA() throws {
    let folder = try Binary.temporaryFolder()
    let tmux = Tmux(folder: folder)
    defer {
      tmux.kill()
      try? FileManager.default.removeItem(at: folder)
    }
    try tmux.start()
    let binary = Binary.executable.path
    let projects = folder.appendingPathComponent("projects").path
    let path = projects + "/bank.shinsa.json"
    let rulebook = try RulebookLoader.bundled()

    try tmux.type("TZ=Asia/Tokyo \(binary) --dir \(projects); echo first-exited-$?")
    try tmux.keys("Enter")
    try tmux.waitFor("No projects yet")
    try tmux.keys("n")
    try tmux.waitFor("Assessor")
    try tmux.type("bank")
    try tmux.keys("Tab")
    try tmux.type("Hikari Lending")
    try tmux.keys("Tab")
    try tmux.type("Credit scoring")
    try tmux.keys("Tab")
    try tmux.type("Aiko Sato")
    try tmux.keys("Enter")
    try tmux.waitFor("Hikari Lending · Credit scoring")
    try tmux.keys("q")
    try tmux.waitFor("first-exited-0")

    let created = try ProjectFile.read(path: path, rulebook: rulebook).document
    #expect(created.metadata.assessor == "Aiko Sato")
    // Stored in UTC, whatever the zone shown.
    #expect(created.metadata.modified.hasSuffix("Z"))

    try tmux.type("clear; TZ=Asia/Tokyo \(binary) --dir \(projects); echo second-exited-$?")
    try tmux.keys("Enter")
    // The list names the zone and shows the time in it.
    try tmux.waitFor("MODIFIED JST")
    try tmux.waitFor(DisplayZone.japan.local(created.metadata.modified))
    try tmux.keys("Enter")
    try tmux.waitFor("Hikari Lending · Credit scoring")
    try tmux.keys("A")
    try tmux.waitFor("Assessor (your name on the report)")
    try tmux.waitFor("Aiko Sato")
    try tmux.keys("C-a", "C-k")
    try tmux.type("Ken Tanaka")
    try tmux.keys("Enter")
    try tmux.waitForGone("Assessor (your name on the report)")
    try tmux.waitFor("✓ saved")
    try tmux.keys("q")
    try tmux.waitFor("second-exited-0")

    let changed = try ProjectFile.read(path: path, rulebook: rulebook).document
    #expect(changed.metadata.assessor == "Ken Tanaka")
    #expect(
      changed.changeLog.contains {
        $0.kind == "assessor" && $0.from == "Aiko Sato" && $0.to == "Ken Tanaka"
      }, "\(changed.changeLog)")
    #expect(changed.changeLog.allSatisfy { $0.at.hasSuffix("Z") })
  }
}
