import ArgumentParser
import ShinsaCore

/// A mistyped command: `shinsa lst` would otherwise be taken as a project named "lst".
enum CommandTypo {
  /// The command names `shinsa` knows, with `help`.
  static var commandNames: [String] {
    Shinsa.configuration.subcommands.map { $0._commandName } + ["help"]
  }

  /// The command `arguments.first` is probably a typo of, when it is not a command, an option,
  /// a path or an existing file or project, and is close to a command name.
  static func suggestion(for arguments: [String]) -> (word: String, command: String)? {
    guard let word = arguments.first, !word.hasPrefix("-"), !commandNames.contains(word),
      !word.contains("/"), !word.hasSuffix(".json"), !word.hasSuffix(".bak"),
      !FilePaths.exists(word)
    else { return nil }
    let store = ProjectStore(directory: directory(in: arguments) ?? ProjectStore.defaultDirectory())
    if FilePaths.exists(store.resolve(word)) { return nil }
    guard let command = Suggest.closest(to: word, among: commandNames) else { return nil }
    return (word, command)
  }

  /// The value of `--dir DIR` or `--dir=DIR` in `arguments`.
  static func directory(in arguments: [String]) -> String? {
    for (index, argument) in arguments.enumerated() {
      if argument == "--dir", index + 1 < arguments.count { return arguments[index + 1] }
      if argument.hasPrefix("--dir=") { return String(argument.dropFirst("--dir=".count)) }
    }
    return nil
  }
}
