/// Evidence files on disk: where a stored path points, how a new file's path is stored, and
/// the state of an item from the file's current content.
public enum EvidenceFiles {
  /// The largest evidence file shinsa fingerprints.
  public static let maximumBytes = 256 * 1024 * 1024

  /// How `file` (an absolute path, symbolic links resolved) is stored for a project in
  /// `projectFolder`: relative to the folder when the file is inside it, absolute otherwise.
  public static func storedPath(for file: String, projectFolder: String) -> String {
    let folder = projectFolder.hasSuffix("/") ? projectFolder : projectFolder + "/"
    guard file.hasPrefix(folder), file.count > folder.count else { return file }
    return String(file.dropFirst(folder.count))
  }

  /// Where the stored `path` points for a project in `projectFolder`.
  public static func location(of path: String, projectFolder: String) -> String {
    path.hasPrefix("/") ? path : projectFolder + "/" + path
  }

  /// The SHA-256 of the file at `path` (64 lowercase hex digits).
  public static func digest(path: String) throws(FileReadError) -> String {
    SHA256.hex(try FileLimits.read(path: path, maximumBytes: maximumBytes))
  }

  /// The state of `item` today (YYYY-MM-DD) for a project in `projectFolder`. A file that can
  /// no longer be read is missing; one grown past the limit has changed.
  public static func state(of item: EvidenceItem, projectFolder: String, today: String)
    -> EvidenceState
  {
    let bytes: [UInt8]?
    do {
      bytes = try FileLimits.read(
        path: location(of: item.path, projectFolder: projectFolder), maximumBytes: maximumBytes)
    } catch {
      if !error.isMissingOrUnreadable { return .changed }
      bytes = nil
    }
    return EvidenceCheck.state(of: item, bytes: bytes, today: today)
  }
}
