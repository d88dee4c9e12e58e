import Foundation
import ShinsaCore
import Testing

/// `+` in the real terminal: an action for the interview's question (Esc after the owner
/// saves it) and one for a sandbox criterion (Esc after the text), both in the project file.
@Suite(.serialized, Tmux.needed) struct TmuxTargetActionTests {
  @Test func plusAddsActionsForAQuestionAndACriterion() throws {
    let folder = try Binary.temporaryFolder()
    let tmux = Tmux(folder: folder)
    defer {
      tmux.kill()
      try? FileManager.default.removeItem(at: folder)
    }
    try tmux.start()
    let binary = Binary.executable.path
    let projects = folder.appendingPathComponent("projects").path
    // A blocked pilot: the project-based sandbox and its checklist apply.
    let answers = try Binary.write(
      """
      {"answers": {"sector": ["mobility"], "use_case": ["quality-inspection"],
        "role": "provider", "people_affected": 1000, "decision_role": "none",
        "infrastructure_operator": false, "personal_data": "personal",
        "cross_border_transfer": false, "uses_foundation_model": false, "offered_in_eu": false,
        "headquarters": "foreign", "regulatory_barrier": "blocked",
        "barrier_goal": "demonstrate", "sandbox_novel": true, "sandbox_statute_named": false}}
      """, named: "pilot.json", in: folder)
    let created = try Binary.run(["new", "pilot", "--dir", projects, "--answers", answers])
    #expect(created.status == 0, "\(created.stderr)")

    try tmux.type("\(binary) open pilot --dir \(projects); echo exited-$?")
    try tmux.keys("Enter")
    try tmux.waitFor("1 Interview")
    try tmux.keys("+")
    try tmux.waitFor("what is to be done? — for")
    try tmux.waitFor("Esc save as is · Ctrl-G cancel action")
    try tmux.type("Client to confirm the API region")
    try tmux.keys("Enter")
    try tmux.waitFor("Who does it?")
    try tmux.type("Tanaka")
    try tmux.keys("Escape")
    try tmux.waitFor("Action: ☐ Client to confirm the API region · Tanaka")
    try tmux.keys("4", "Down", "+")
    try tmux.waitFor("what is to be done? — for")
    try tmux.type("Ask the ministry")
    try tmux.keys("Escape")
    try tmux.waitFor("☐ Ask the ministry")
    try tmux.waitFor("✓ saved")
    try tmux.keys("q")
    try tmux.waitFor("exited-0")

    let path = projects + "/pilot.shinsa.json"
    let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
    let decoded = try ProjectCodec.decode(bytes, file: path, rulebook: try RulebookLoader.bundled())
    let actions = decoded.document.plan.actions
    #expect(actions.count == 2)
    #expect(actions.first?.owner == "Tanaka" && actions.first?.due == nil)
    #expect(actions.first?.targets.first?.hasPrefix("question:") == true)
    #expect(actions.last?.text == "Ask the ministry")
    #expect(actions.last?.targets.first?.hasPrefix("criterion:") == true)
  }
}
