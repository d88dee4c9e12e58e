import ArgumentParser
import Foundation
import ShinsaCore

/// Exit statuses (sysexits.h) used by every command.
enum Exit {
  static let ok: Int32 = 0
  static let failOn: Int32 = 3
  static let usage: Int32 = 64
  static let dataError: Int32 = 65
  static let noInput: Int32 = 66
  static let cannotCreate: Int32 = 73
  static let ioError: Int32 = 74

  /// Prints one clear sentence (and optional detail lines) on stderr and exits.
  static func fail(_ code: Int32, _ message: String, details: [String] = []) -> Never {
    // Messages quote file content: keep its escape sequences and bidi controls inert.
    var text = "shinsa: " + TextSafety.inertLines(message) + "\n"
    for line in details { text += "  " + TextSafety.inertLines(line) + "\n" }
    FileHandle.standardError.write(Data(text.utf8))
    exit(code)
  }

  /// Writes `text` to stdout, exiting with 74 if the output cannot be written.
  static func writeOut(_ text: String) {
    let data = Array(text.utf8)
    if let code = Descriptor.writeAll(STDOUT_FILENO, data) {
      fail(ioError, "cannot write the output (\(String(cString: strerror(code)))).")
    }
  }
}
