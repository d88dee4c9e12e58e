// Fuzz harness: rulebook files (RulebookLoader.load(bytes:fileName:): decoding, the validator
// and the compilation of every condition).
import ShinsaCore

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRulebookLoader(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  do {
    let rulebook = try RulebookLoader.load(bytes: bytes, fileName: "fuzz.json")
    precondition(!rulebook.questions.isEmpty, "a rulebook without questions loaded")
  } catch {
    precondition(!error.message.isEmpty, "a rulebook error without a message")
  }
  return 0
}

/// Nothing to load before the first input.
func fuzzSetUp() {}
