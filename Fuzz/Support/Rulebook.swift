import Foundation
import ShinsaCore

/// The bundled rulebook, read from the path in SHINSA_FUZZ_RULEBOOK (set by Fuzz/run.sh).
let fuzzRulebook: Rulebook = {
  guard let path = ProcessInfo.processInfo.environment["SHINSA_FUZZ_RULEBOOK"] else {
    fatalError("set SHINSA_FUZZ_RULEBOOK to Sources/ShinsaCore/Resources/jp-ai.json")
  }
  do {
    return try RulebookLoader.load(path: path)
  } catch {
    fatalError("the bundled rulebook does not load: \(error)")
  }
}()

/// Loads what the harnesses share before the first input, so that LeakSanitizer does not
/// count the lasting globals as leaks of that input.
@_cdecl("LLVMFuzzerInitialize")
public func fuzzInitialize(
  _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>
) -> CInt {
  if ProcessInfo.processInfo.environment["SHINSA_FUZZ_RULEBOOK"] != nil {
    _ = fuzzRulebook.questions.count
  }
  fuzzSetUp()
  return 0
}
