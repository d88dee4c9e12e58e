import Foundation
import Testing

/// The mouse in the real terminal: the terminal's mouse reports (X10 encoding, as tmux under
/// TERM=screen describes them) written into the pane as the terminal would send them.
@Suite(.serialized, Tmux.needed) struct TmuxMouseTests {
  /// An X10 mouse report: button code, then column and row from 1, each plus 32.
  static func report(button: Int, column: Int, row: Int) -> String {
    "\u{1B}[M"
      + [button, column + 1, row + 1].map { String(UnicodeScalar(UInt8(32 + $0))) }
      .joined()
  }

  /// A left click (press and release) on the cell where `text` is on the screen.
  static func click(_ tmux: Tmux, on text: String) throws {
    let lines = try tmux.screen().split(separator: "\n", omittingEmptySubsequences: false)
    let row = try #require(lines.firstIndex { $0.contains(text) }, "\(text) on the screen")
    let line = lines[row]
    let column = try #require(line.range(of: text)).lowerBound.utf16Offset(in: line)
    try tmux.type(
      report(button: 0, column: column + 1, row: row)
        + report(button: 3, column: column + 1, row: row))
  }

  @Test func f2ThenAClickOnATabAndTheWheelAndTheConfigFileSwitchesItOn() throws {
    let folder = try Binary.temporaryFolder()
    let tmux = Tmux(folder: folder)
    defer {
      tmux.kill()
      try? FileManager.default.removeItem(at: folder)
    }
    try tmux.start()
    let projects = folder.appendingPathComponent("projects").path
    #expect(try Binary.run(["demo", "--dir", projects]).status == 0)
    let open = "\(Binary.executable.path) open demo-hikari-credit --dir \(projects)"
    try tmux.type(open + "; echo mouse-exited-$?")
    try tmux.keys("Enter")
    try tmux.waitFor("1 Interview")
    try tmux.keys("F2")
    try tmux.waitFor("Mouse on")
    try Self.click(tmux, on: "4 Sandbox")
    try tmux.waitFor("Route and verdict")
    try Self.click(tmux, on: "2 Guidance")
    try tmux.waitFor("lines 1–")
    try tmux.type(Self.report(button: 65, column: 10, row: 10))  // the wheel, down
    try tmux.waitFor("lines 4–")
    try tmux.keys("F2")
    try tmux.waitFor("Mouse off")
    try tmux.keys("q")
    try tmux.waitFor("mouse-exited-0")

    // On from the start with `mouse = on` in the config file.
    let config = folder.appendingPathComponent("config/shinsa")
    try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
    try Data("mouse = on\n".utf8).write(to: config.appendingPathComponent("config"))
    try tmux.keys("clear", "Enter")
    try tmux.type(open + "; echo again-exited-$?")
    try tmux.keys("Enter")
    try tmux.waitFor("1 Interview")
    try Self.click(tmux, on: "6 Plan")
    try tmux.waitFor("? unknown")
    try tmux.keys("q")
    try tmux.waitFor("again-exited-0")
  }

  @Test func aClickOnAPaletteCommandSelectsItAndASecondRunsIt() throws {
    let folder = try Binary.temporaryFolder()
    let tmux = Tmux(folder: folder)
    defer {
      tmux.kill()
      try? FileManager.default.removeItem(at: folder)
    }
    try tmux.start()
    let projects = folder.appendingPathComponent("projects").path
    #expect(try Binary.run(["demo", "--dir", projects]).status == 0)
    try tmux.type(
      "\(Binary.executable.path) open demo-hikari-credit --dir \(projects); echo palette-exited-$?")
    try tmux.keys("Enter")
    try tmux.waitFor("1 Interview")
    try tmux.keys("F2")
    try tmux.waitFor("Mouse on")
    try tmux.type(":")
    try tmux.waitFor("Commands — Enter runs")
    // The first click selects the row (the palette opens on its first command).
    try Self.click(tmux, on: "jump to a question")
    try tmux.waitFor("▸ g")
    try Self.click(tmux, on: "jump to a question")
    try tmux.waitFor("Jump to a question")
    try tmux.keys("Escape")
    try tmux.waitFor("1 Interview")
    try tmux.keys("q")
    try tmux.waitFor("palette-exited-0")
  }
}
