import Foundation
import ShinsaCore
import Testing

/// Reviewer mode in the real terminal: `shinsa open PROJECT --read-only`.
@Suite(.serialized, Tmux.needed) struct TmuxReviewerTests {
  @Test func readOnlyLeavesTheFileByteIdenticalAndNeverLocks() throws {
    let folder = try Binary.temporaryFolder()
    let tmux = Tmux(folder: folder)
    defer {
      tmux.kill()
      try? FileManager.default.removeItem(at: folder)
    }
    try tmux.start()
    let projects = folder.appendingPathComponent("projects")
    #expect(try Binary.run(["demo", "--dir", projects.path]).status == 0)
    let path = projects.appendingPathComponent("demo-hikari-credit.shinsa.json").path
    let before = try Data(contentsOf: URL(fileURLWithPath: path))
    let namesBefore = try FileManager.default.contentsOfDirectory(atPath: projects.path)
    let lock = ProjectLock.lockPath(for: path)

    try tmux.type(
      "\(Binary.executable.path) open demo-hikari-credit --read-only --dir \(projects.path); echo reviewer-exited-$?"
    )
    try tmux.keys("Enter")
    try tmux.waitFor("opened read-only for review")
    #expect(!FilePaths.exists(lock), "no lock while open")
    // Keys that would edit, in every pane: answer, toggle, clear, note, flag, undo.
    for key in ["Enter", "Space", "BSpace", "e", "f", "c", "u"] {
      try tmux.keys(key)
      try tmux.waitFor("Read-only: opened for review")
      #expect(!FilePaths.exists(lock))
    }
    // The refusal stays on the screen from the first key, so the waits above can return
    // before the later keys are read: look once the workbench has caught up with all of them.
    #expect(try !tmux.waitForStill().contains("Note —"), "the note dialog did not open")
    #expect(!FilePaths.exists(lock))
    // Disclosure drafts: edit, done, suggestions.
    try tmux.keys("3")
    for key in ["e", "d", "P", "W"] {
      try tmux.keys(key)
      try tmux.waitFor("Read-only: opened for review")
    }
    // The project list: creating a project is refused there too.
    try tmux.keys("Escape")
    try tmux.waitFor("PROGRESS")
    try tmux.keys("n")
    try tmux.waitFor("New project")
    try tmux.type("fresh")
    try tmux.keys("Enter")
    try tmux.waitFor("Read-only: opened for review")
    try tmux.keys("q")
    try tmux.waitFor("reviewer-exited-0")
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before, "byte-identical")
    let namesAfter = try FileManager.default.contentsOfDirectory(atPath: projects.path)
    #expect(namesAfter.sorted() == namesBefore.sorted(), "nothing written: \(namesAfter)")
  }

  @Test func aCleanQuitRemovesTheLockFile() throws {
    let folder = try Binary.temporaryFolder()
    let tmux = Tmux(folder: folder)
    defer {
      tmux.kill()
      try? FileManager.default.removeItem(at: folder)
    }
    try tmux.start()
    let projects = folder.appendingPathComponent("projects")
    #expect(try Binary.run(["demo", "--dir", projects.path]).status == 0)
    let path = projects.appendingPathComponent("demo-hikari-credit.shinsa.json").path
    try tmux.type(
      "\(Binary.executable.path) open demo-hikari-credit --dir \(projects.path); echo writer-exited-$?"
    )
    try tmux.keys("Enter")
    try tmux.waitFor("Hikari Lending")
    #expect(FilePaths.exists(ProjectLock.lockPath(for: path)), "locked while open")
    try tmux.keys("q")
    try tmux.waitFor("writer-exited-0")
    #expect(!FilePaths.exists(ProjectLock.lockPath(for: path)), "the lock file went on quit")
  }
}
