#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The recovery journal: unsaved states of a project, appended and fsynced as they happen,
/// so that after a crash or kill the next open can offer them back.
///
/// The journal is a hidden `.NAME.journal` file of JSON lines. The first line records a
/// checksum of the project file it applies to; each further line holds one complete state
/// of the document with its own checksum, so a line torn by a crash is recognised and
/// ignored. Saving the project removes the journal.
public enum RecoveryJournal {
  /// The journal path for the project at `projectPath`.
  public static func path(for projectPath: String) -> String {
    FilePaths.folder(of: projectPath) + "/." + FilePaths.name(of: projectPath) + ".journal"
  }

  /// FNV-1a 64-bit checksum, as 16 hex digits.
  static func checksum(_ bytes: some Sequence<UInt8>) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01B3
    }
    let hex = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
  }

  /// Appends one unsaved state; creates the journal (bound to `baseBytes`, the saved file) if needed.
  static func append(
    _ document: ProjectDocument, projectPath: String, baseBytes: [UInt8], sequence: Int
  ) throws(StoreError) {
    let path = path(for: projectPath)
    let descriptor = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else {
      throw StoreError(
        .io, projectPath,
        "cannot write the recovery journal: \(FilePaths.explain(errno, creating: true))")
    }
    defer { close(descriptor) }
    var text = ""
    var info = stat()
    if fstat(descriptor, &info) == 0, info.st_size == 0 {
      text +=
        JSONOut.object([("journal", .int(1)), ("base", .string(checksum(baseBytes)))])
        .renderedCompact() + "\n"
    }
    let body = ProjectCodec.encodeValue(document).renderedCompact()
    text +=
      JSONOut.object([
        ("seq", .int(sequence)), ("check", .string(checksum(body.utf8))),
        ("document", .string(body)),
      ]).renderedCompact() + "\n"
    let bytes = Array(text.utf8)
    if let code = Descriptor.writeAll(descriptor, bytes) {
      throw StoreError(
        .io, projectPath,
        "cannot write the recovery journal: \(FilePaths.explain(code, creating: true))")
    }
    if fsync(descriptor) != 0 {
      throw StoreError(
        .io, projectPath,
        "cannot write the recovery journal: \(FilePaths.explain(errno, creating: true))")
    }
  }

  /// The last intact unsaved state recorded against `savedBytes`, if any.
  ///
  /// A journal recorded against another version of the file (saved since) is stale and ignored.
  static func latest(projectPath: String, savedBytes: [UInt8], rulebook: Rulebook) -> (
    ProjectDocument, Int
  )? {
    guard
      let bytes = try? FileLimits.read(
        path: path(for: projectPath), maximumBytes: 256 * 1024 * 1024)
    else {
      return nil
    }
    let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: true)
    guard let header = lines.first, let headerNode = try? JSONParser.parse(Array(header)),
      case .string(let base)? = headerNode["base"]?.value, base == checksum(savedBytes)
    else { return nil }
    for line in lines.dropFirst().reversed() {
      guard let node = try? JSONParser.parse(Array(line)),
        case .string(let body)? = node["document"]?.value,
        case .string(let check)? = node["check"]?.value, check == checksum(body.utf8),
        case .number(let sequence)? = node["seq"]?.value,
        let decoded = try? ProjectCodec.decode(
          Array(body.utf8), file: projectPath, rulebook: rulebook)
      else { continue }
      return (decoded.document, sequence.intValue ?? 0)
    }
    return nil
  }

  /// Removes the journal.
  static func remove(projectPath: String) {
    unlink(path(for: projectPath))
  }
}
