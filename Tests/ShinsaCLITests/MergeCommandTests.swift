import Foundation
import Testing

/// `shinsa merge` on its own and as a git merge driver in a real repository.
@Suite struct MergeCommandTests {
  /// Why the git test cannot run here, or nil (.ci/run installs git).
  static let gitMissing: String? =
    FileManager.default.isExecutableFile(atPath: "/usr/bin/git")
    ? nil : "git is not installed (/usr/bin/git; apt package git)"

  /// Runs `script` in `folder` with sh, the built shinsa as $S; returns the run.
  @discardableResult
  static func sh(_ script: String, in folder: URL) throws -> Binary.Run {
    try Binary.run(
      ["-c", "cd \"$1\" && S=\"$0\" && " + script, Binary.executable.path, folder.path],
      executable: URL(fileURLWithPath: "/bin/sh"))
  }

  @Test func exitStatusesAndMessages() throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try Self.sh(
      "$S demo --dir . >/dev/null && cp demo-hikari-credit.shinsa.json base.json", in: folder)
    try Self.sh("cp base.json ours.json && cp base.json theirs.json", in: folder)
    // A change on one side: clean, written to OURS, exit 0.
    try Self.sh(
      "$S obligation ./theirs.json appi.security --status gap --reason 'no contract' >/dev/null",
      in: folder)
    var run = try Self.sh("$S merge base.json ours.json theirs.json", in: folder)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(
      try String(contentsOf: folder.appendingPathComponent("ours.json"), encoding: .utf8)
        .contains("no contract"))
    // Different changes: exit 1, one line on stderr, the record in -o OUT, OURS untouched.
    try Self.sh("cp base.json ours.json", in: folder)
    try Self.sh(
      "$S obligation ./ours.json appi.security --status partly --reason 'half' >/dev/null",
      in: folder)
    let before = try Data(contentsOf: folder.appendingPathComponent("ours.json"))
    run = try Self.sh("$S merge base.json ours.json theirs.json -o out.json", in: folder)
    #expect(run.status == 1)
    #expect(
      run.stderr.contains("1 conflict recorded") && run.stderr.contains("obligation:appi.security"))
    #expect(run.stderr.split(separator: "\n").count == 1)
    #expect(try Data(contentsOf: folder.appendingPathComponent("ours.json")) == before)
    let merged = try String(contentsOf: folder.appendingPathComponent("out.json"), encoding: .utf8)
    #expect(merged.contains("\"conflicts\"") && !merged.contains("<<<<<<<"))
    // Missing and malformed inputs name the file.
    run = try Self.sh("$S merge base.json nothing.json theirs.json", in: folder)
    #expect(run.status == 66 && run.stderr.contains("nothing.json"))
    try Self.sh("printf '{\"format\": 1' > bad.json", in: folder)
    run = try Self.sh("$S merge base.json ours.json bad.json", in: folder)
    #expect(run.status == 65 && run.stderr.contains("bad.json"))
  }

  @Test(.enabled(if: gitMissing == nil, Comment(rawValue: gitMissing ?? "")))
  func gitMergeDriverRecordsConflictsTheWorkbenchShows() throws {
    let folder = try Binary.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let setup = """
      export GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1 && git init -q -b main . && \
      git config user.email t@example.com && git config user.name Tester && \
      git config merge.shinsa.name "shinsa project merge" && \
      git config merge.shinsa.driver "$S merge %O %A %B" && \
      echo '*.shinsa.json merge=shinsa' > .gitattributes && \
      $S demo --dir . >/dev/null && git add . && git commit -q -m base && \
      git checkout -q -b theirs && \
      $S obligation ./demo-hikari-credit.shinsa.json appi.security --status gap --reason 'no DPA' >/dev/null && \
      $S obligation ./demo-hikari-credit.shinsa.json appi.purpose-of-use --status partly --reason 'notice drafted' >/dev/null && \
      git commit -q -am theirs && git checkout -q main && \
      $S obligation ./demo-hikari-credit.shinsa.json appi.security --status partly --reason 'DPA signed' >/dev/null && \
      git commit -q -am ours
      """
    let prepared = try Self.sh(setup, in: folder)
    #expect(prepared.status == 0, "\(prepared.stderr)")
    let merge = try Self.sh("export GIT_CONFIG_GLOBAL=/dev/null; git merge theirs 2>&1", in: folder)
    #expect(merge.status == 1, "git reports the conflict: \(merge.stdout)")
    #expect(merge.stdout.contains("1 conflict recorded"), "\(merge.stdout)")
    let file = folder.appendingPathComponent("demo-hikari-credit.shinsa.json")
    let merged = try String(contentsOf: file, encoding: .utf8)
    #expect(!merged.contains("<<<<<<<"))
    #expect(merged.contains("\"item\": \"obligation:appi.security\""))
    #expect(merged.contains("notice drafted"), "the clean change from theirs arrived")
    #expect(merged.contains("DPA signed") && merged.contains("no DPA"), "both values are kept")
    // The result is a project shinsa reads.
    let status = try Self.sh("$S status ./demo-hikari-credit.shinsa.json", in: folder)
    #expect(status.status == 0, "\(status.stderr)")
    try openInWorkbench(folder)
  }
}

extension MergeCommandTests {
  /// Opens the merged project in the workbench in tmux: the title counts the conflict, the
  /// dialog lists it with both values, and taking theirs resolves and saves it.
  func openInWorkbench(_ folder: URL) throws {
    guard Tmux.missing == nil else {
      Issue.record("tmux is needed to open the merge in the workbench: \(Tmux.missing ?? "")")
      return
    }
    let tmux = Tmux(folder: folder)
    try tmux.start()
    defer { tmux.kill() }
    try tmux.type(
      "cd \(folder.path) && \(Binary.executable.path) ./demo-hikari-credit.shinsa.json; echo merge-exited-$?"
    )
    try tmux.keys("Enter")
    try tmux.waitFor("1 conflict (M)")
    try tmux.keys("M")
    let screen = try tmux.waitFor("Merge conflicts")
    // The obligation by its title, not its id.
    #expect(screen.contains("Obligation status: APPI"), "\(screen)")
    #expect(!screen.contains("obligation:appi.security"), "\(screen)")
    #expect(screen.contains("DPA signed") && screen.contains("no DPA"))
    try tmux.keys("t")
    try tmux.waitForGone("conflict (M)")
    try tmux.waitFor("saved")
    try tmux.keys("q")
    // Read the file once the workbench has ended: straight after q it may still be saving.
    try tmux.waitFor("merge-exited-0")
    let file = folder.appendingPathComponent("demo-hikari-credit.shinsa.json")
    let saved = try String(contentsOf: file, encoding: .utf8)
    #expect(!saved.contains("\"conflicts\""), "resolving removes the record")
    #expect(saved.contains("\"kind\": \"conflict\""), "resolving is logged")
    #expect(saved.contains("\"reason\": \"no DPA\""), "theirs was taken")
  }
}
