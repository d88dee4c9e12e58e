import ShinsaCore

/// Where `export` and `homework export` write: the file `-o` names, a file named for the
/// project inside the folder `-o` names, or standard output.
enum OutputFile {
  /// Writes `text` atomically to `output` (a folder gets `defaultName`) and says where; without
  /// `-o`, prints `terminalText` (default `text`) on standard output.
  static func write(
    _ text: String, to output: String?, defaultName: () -> String, terminalText: String? = nil
  ) {
    guard var output else {
      Exit.writeOut(terminalText ?? text)
      return
    }
    if FilePaths.isFolder(output) {
      output = (output.hasSuffix("/") ? output : output + "/") + defaultName()
      if FilePaths.isFolder(output) {
        Exit.fail(Exit.cannotCreate, "\(output) is a folder; name the file to write with -o.")
      }
    }
    do {
      try AtomicFile.write(Array(text.utf8), to: output, keepBackup: false)
    } catch {
      error.exit()
    }
    Exit.writeOut("Wrote \(output)\n")
  }
}
