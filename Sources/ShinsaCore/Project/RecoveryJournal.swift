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
    // O_NOFOLLOW: never append client material to whatever a planted link points to.
    let descriptor = open(path, O_RDWR | O_CREAT | O_APPEND | O_NOFOLLOW | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else {
      throw StoreError(
        .io, projectPath,
        "cannot write the recovery journal: \(FilePaths.explain(errno, creating: true))",
        problem: FileProblem(errno: errno))
    }
    defer { close(descriptor) }
    fchmod(descriptor, 0o600)
    var text = ""
    var info = stat()
    guard fstat(descriptor, &info) == 0 else {
      throw StoreError(
        .io, projectPath,
        "cannot write the recovery journal: \(FilePaths.explain(errno, creating: true))",
        problem: FileProblem(errno: errno))
    }
    let originalSize = info.st_size
    if originalSize == 0 {
      text +=
        JSONOut.object([("journal", .int(1)), ("base", .string(checksum(baseBytes)))])
        .renderedCompact() + "\n"
    } else {
      // A line torn by a kill mid-append has no newline: start on a fresh line, or this
      // state would be glued to the torn one and fail its checksum.
      var last: UInt8 = 0x0A
      if pread(descriptor, &last, 1, originalSize - 1) == 1, last != 0x0A { text += "\n" }
    }
    let body = ProjectCodec.encodeValue(document).renderedCompact()
    text +=
      JSONOut.object([
        ("seq", .int(sequence)), ("check", .string(checksum(body.utf8))),
        ("document", .string(body)),
      ]).renderedCompact() + "\n"
    let bytes = Array(text.utf8)
    var failure = Descriptor.writeAll(descriptor, bytes)
    if failure == nil, fsync(descriptor) != 0 { failure = errno }
    if let failure {
      // A full disk or a size limit can leave part of the line: cut it off again, so the
      // journal stays as it was (its earlier states intact).
      _ = ftruncate(descriptor, originalSize)
      _ = fsync(descriptor)
      throw StoreError(
        .io, projectPath,
        "cannot write the recovery journal: \(FilePaths.explain(failure, creating: true))",
        problem: FileProblem(errno: failure))
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
