import ArgumentParser
import ShinsaCore
import ShinsaUI

struct KeysCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "keys",
    abstract:
      "Print every key of the workbench (Markdown, generated from the keymap; docs/keys.md)."
  )

  @Option(name: .long, help: "Language: en or ja.")
  var lang: Language = .en

  func run() throws {
    Exit.writeOut(KeysReference.markdown(lang))
  }
}
