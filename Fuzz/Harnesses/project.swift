// Fuzz harness: project files (ProjectCodec.decode with the bundled rulebook), including the
// schema-0 migration. A file that decodes must encode to a file that decodes to the same text.
import ShinsaCore

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzProject(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  _ = ProjectCodec.looksLikeProject(bytes)
  let decoded: ProjectCodec.Decoded
  do {
    decoded = try ProjectCodec.decode(bytes, file: "fuzz.shinsa.json", rulebook: fuzzRulebook)
  } catch {
    checkMessage(error)
    return 0
  }
  let text = ProjectCodec.encode(decoded.document)
  do {
    let again = try ProjectCodec.decode(
      Array(text.utf8), file: "saved.shinsa.json", rulebook: fuzzRulebook)
    precondition(ProjectCodec.encode(again.document) == text, "saving twice changes the file")
  } catch {
    preconditionFailure("a project that opened cannot be reopened after saving: \(error)")
  }
  return 0
}

/// Nothing to load before the first input.
func fuzzSetUp() {}
