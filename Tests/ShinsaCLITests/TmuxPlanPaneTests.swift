import Foundation
import ShinsaCore
import Testing

/// The plan pane in the real terminal: a status with a reason, evidence (a file found by Tab
/// completion) and an action set in the pane survive a quit and show in `shinsa status`.
@Suite(.serialized, Tmux.needed) struct TmuxPlanPaneTests {
  @Test func statusEvidenceAndActionSetInThePaneSurviveAQuit() throws {
    let folder = try Binary.temporaryFolder()
    let tmux = Tmux(folder: folder)
    defer {
      tmux.kill()
      try? FileManager.default.removeItem(at: folder)
    }
    try tmux.start()
    let binary = Binary.executable.path
    let projects = folder.appendingPathComponent("projects").path
    let answers = try Binary.write(
      """
      {"answers": {"sector": ["mobility"], "use_case": ["quality-inspection"],
        "role": "provider", "people_affected": 1000, "decision_role": "none",
        "infrastructure_operator": false, "personal_data": "personal",
        "cross_border_transfer": false, "uses_foundation_model": false, "offered_in_eu": false,
        "headquarters": "japan", "regulatory_barrier": "none"}}
      """, named: "pilot.json", in: folder)
    let created = try Binary.run(["new", "pilot", "--dir", projects, "--answers", answers])
    #expect(created.status == 0, "\(created.stderr)")
    // The evidence file, beside the project.
    try Data("Impact assessment, signed 2026-11-30.\n".utf8).write(
      to: URL(fileURLWithPath: projects + "/evidence-dpia.txt"))

    try tmux.type("\(binary) open pilot --dir \(projects); echo first-exited-$?")
    try tmux.keys("Enter")
    try tmux.waitFor("Interview")
    try tmux.keys("6")
    try tmux.waitFor("Status: ? unknown")
    try tmux.keys("g")
    try tmux.waitFor("Status: ✗ gap")
    try tmux.keys("e")
    try tmux.waitFor("Reason for")
    try tmux.type("The assessment is not signed off")
    try tmux.keys("Enter")
    try tmux.waitFor("Reason: The assessment is not signed off")
    try tmux.keys("f")
    try tmux.waitFor("Evidence file (from")
    try tmux.type("evid")
    try tmux.keys("Tab")
    try tmux.waitFor("[evidence-dpia.txt")
    try tmux.keys("Enter")
    try tmux.waitFor("Added ev1")
    try tmux.waitFor("ok evidence-dpia.txt")
    try tmux.keys("a")
    try tmux.waitFor("what is to be done")
    try tmux.type("Sign off the assessment")
    try tmux.keys("Enter")
    try tmux.waitFor("Who does it?")
    try tmux.type("Hanako")
    try tmux.keys("Enter")
    try tmux.waitFor("Due date")
    try tmux.type("2030-01-15")
    try tmux.keys("Enter")
    try tmux.waitFor("Added a1")
    try tmux.waitFor("✓ saved")
    try tmux.keys("q")
    try tmux.waitFor("first-exited-0")

    // Reopen: the status, the evidence and the action are there.
    try tmux.type("clear; \(binary) open pilot --dir \(projects); echo second-exited-$?")
    try tmux.keys("Enter")
    try tmux.waitFor("Interview")
    try tmux.keys("6")
    try tmux.waitFor("Reason: The assessment is not signed off")
    try tmux.waitFor("ev1 ok evidence-dpia.txt")
    try tmux.waitFor("Sign off the assessment (Hanako, due 2030-01-15)")
    try tmux.keys("q")
    try tmux.waitFor("second-exited-0")

    let status = try Binary.run(["status", "pilot", "--dir", projects, "--format", "json"])
    #expect(status.status == 0, "\(status.stderr)")
    let json = try #require(
      JSONSerialization.jsonObject(with: Data(status.stdout.utf8)) as? [String: Any])
    let obligations = try #require(json["obligations"] as? [[String: Any]])
    let first = try #require(obligations.first)
    #expect(first["status"] as? String == "gap")
    #expect(first["reason"] as? String == "The assessment is not signed off")
    let evidence = try #require((first["evidence"] as? [[String: Any]])?.first)
    #expect(evidence["path"] as? String == "evidence-dpia.txt")
    #expect(evidence["state"] as? String == "ok")
    #expect(
      evidence["sha256"] as? String
        == SHA256.hex(Array("Impact assessment, signed 2026-11-30.\n".utf8)))
    let action = try #require((first["actions"] as? [[String: Any]])?.first)
    #expect(action["text"] as? String == "Sign off the assessment")
    #expect(action["owner"] as? String == "Hanako")
    #expect(action["due"] as? String == "2030-01-15")
    #expect(action["done"] as? Bool == false)

    // The exported report carries them too, in both languages.
    let markdown = try Binary.run(["export", "pilot", "--dir", projects, "--format", "markdown"])
    #expect(markdown.status == 0, "\(markdown.stderr)")
    #expect(markdown.stdout.contains("The assessment is not signed off"))
    #expect(markdown.stdout.contains("evidence-dpia.txt"))
    #expect(markdown.stdout.contains("Sign off the assessment"))
    #expect(markdown.stdout.contains("Hanako"))
    let html = try Binary.run([
      "export", "pilot", "--dir", projects, "--format", "html", "--lang", "ja",
    ])
    #expect(html.status == 0, "\(html.stderr)")
    #expect(html.stdout.contains("対応計画"))
    #expect(html.stdout.contains("evidence-dpia.txt"))
    #expect(html.stdout.contains("Sign off the assessment"))
  }
}
