// Fuzz harness: the shared JSON parser (JSONParser.parse) under every data file.
import ShinsaCore

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSON(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  do {
    let root = try JSONParser.parse(bytes)
    _ = root.node(at: [.key("answers"), .index(0)])
  } catch {
    precondition(!error.message.isEmpty, "a JSON syntax error without a message")
    precondition(error.position.line >= 1 && error.position.column >= 1, "a bad error position")
  }
  return 0
}

/// Nothing to load before the first input.
func fuzzSetUp() {}
