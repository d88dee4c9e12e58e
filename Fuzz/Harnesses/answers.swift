// Fuzz harness: answers files (AnswersFile.parse with the bundled rulebook).
import ShinsaCore

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAnswers(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  do {
    _ = try AnswersFile.parse(bytes, fileName: "fuzz.json", rulebook: fuzzRulebook)
  } catch {
    checkMessage(error)
  }
  return 0
}

/// Nothing to load before the first input.
func fuzzSetUp() {}
