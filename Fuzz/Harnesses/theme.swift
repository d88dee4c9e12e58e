// Fuzz harness: theme files (ThemeLoader.parse), given text the way ThemeLoader.readFile
// passes it on: UTF-8 without NUL bytes, at most 64 KB.
import Foundation
import ShinsaUI

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTheme(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Data(bytes: data, count: size)
  guard bytes.count <= ThemeLoader.maximumBytes, !bytes.contains(0),
    let text = String(data: bytes, encoding: .utf8)
  else { return 0 }
  do {
    let theme = try ThemeLoader.parse(text, file: "fuzz.theme")
    precondition(!theme.name.isEmpty, "a theme without a name")
  } catch {
    precondition(!error.message.isEmpty, "a theme error without a message")
    precondition(
      !error.message.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F },
      "a theme error message carries a raw control character: \(error.message)")
  }
  return 0
}

/// Nothing to load before the first input.
func fuzzSetUp() {}
