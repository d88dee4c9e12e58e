import Foundation

/// Loads rulebooks: the bundled `jp-ai` or a file named with `--rulebook PATH`.
public enum RulebookLoader {
  /// The largest rulebook file accepted.
  public static let maximumBytes = 20 * 1024 * 1024

  /// The rulebook bundled with shinsa: built into the binary from jp-ai.json at build time
  /// (see `Plugins/EmbedRulebook`), so nothing is read or parsed but its conditions.
  public static func bundled() throws(RulebookError) -> Rulebook {
    var rulebook = EmbeddedRulebook.rulebook()
    // Builds the indexes and compiles the conditions; the checks pass as they did on the JSON.
    try RulebookValidator(locator: JSONLocator(bytes: bundledBytes(), fileName: "jp-ai.json"))
      .validate(&rulebook)
    rulebook.origin = "jp-ai.json (bundled)"
    return rulebook
  }

  /// The bundled rulebook decoded from its JSON text, as `--rulebook` would load the file.
  public static func bundledFromJSON() throws(RulebookError) -> Rulebook {
    var rulebook = try load(bytes: bundledBytes(), fileName: "jp-ai.json")
    rulebook.origin = "jp-ai.json (bundled)"
    return rulebook
  }

  /// The bundled rulebook file's bytes (for `rulebook check`), built into the binary.
  public static func bundledBytes() -> [UInt8] {
    EmbeddedRulebook.rulebookJSON.withUTF8Buffer { Array($0) }
  }

  /// The bundled rulebook, or the one at `path` when given.
  public static func load(overridePath path: String?) throws(RulebookError) -> Rulebook {
    if let path { return try load(path: path) }
    return try bundled()
  }

  /// Loads and validates the rulebook file at `path`.
  public static func load(path: String, displayName: String? = nil) throws(RulebookError)
    -> Rulebook
  {
    let name = displayName ?? path
    let bytes = try RulebookError.readFile(path, name: name, maximumBytes: maximumBytes)
    var rulebook = try load(bytes: bytes, fileName: name)
    rulebook.origin = name
    return rulebook
  }

  /// Decodes and validates rulebook bytes; `fileName` names the file in errors.
  public static func load(bytes: [UInt8], fileName: String) throws(RulebookError) -> Rulebook {
    let locator = JSONLocator(bytes: bytes, fileName: fileName)
    var rulebook = try locator.decode(Rulebook.self)
    rulebook.origin = fileName
    try RulebookValidator(locator: locator).validate(&rulebook)
    return rulebook
  }
}

/// Finds line and column of JSON paths, parsing the file only when an error needs it.
final class JSONLocator {
  let bytes: [UInt8]
  let fileName: String
  private var tree: JSONNode?
  private var parsed = false

  init(bytes: [UInt8], fileName: String) {
    self.bytes = bytes
    self.fileName = fileName
  }

  private func root() -> JSONNode? {
    if !parsed {
      parsed = true
      tree = try? JSONParser.parse(bytes)
    }
    return tree
  }

  /// The position of the value at `path`, or of its nearest existing parent.
  func position(of path: [JSONPathComponent]) -> TextPosition? {
    guard let root = root() else { return nil }
    var prefix = path
    while true {
      if let node = root.node(at: prefix) { return node.position }
      if prefix.isEmpty { return nil }
      prefix.removeLast()
    }
  }

  func error(_ message: String, at path: [JSONPathComponent]) -> RulebookError {
    RulebookError(file: fileName, position: position(of: path), message: message)
  }

  /// Decodes the bytes as `type`, turning a failure into an error with the file's position.
  func decode<T: Decodable>(_ type: T.Type) throws(RulebookError) -> T {
    do {
      return try JSONDecoder().decode(type, from: Data(bytes))
    } catch let error as DecodingError {
      throw self.error(for: error)
    } catch {
      throw syntaxErrorOrGeneric()
    }
  }

  func syntaxErrorOrGeneric() -> RulebookError {
    do {
      _ = try JSONParser.parse(bytes)
    } catch {
      return RulebookError(file: fileName, position: error.position, message: error.message)
    }
    return RulebookError(file: fileName, message: "the file could not be read as a rulebook")
  }

  func error(for decoding: DecodingError) -> RulebookError {
    if case .dataCorrupted(let context) = decoding, context.codingPath.isEmpty {
      return syntaxErrorOrGeneric()
    }
    if case .failure = Result(catching: { try JSONParser.parse(bytes) }) {
      return syntaxErrorOrGeneric()
    }
    switch decoding {
    case .keyNotFound(let key, let context):
      let path = Self.path(context.codingPath)
      return error("\(path.dotted) is missing the member \"\(key.stringValue)\"", at: path)
    case .typeMismatch(let type, let context), .valueNotFound(let type, let context):
      let path = Self.path(context.codingPath)
      return error("\(path.dotted) should be \(Self.describe(type))", at: path)
    case .dataCorrupted(let context):
      let path = Self.path(context.codingPath)
      var found = ""
      if let node = root()?.node(at: path), case .string(let text) = node.value {
        found = " \"\(text)\""
      }
      return error("\(path.dotted) has a value\(found) that is not allowed here", at: path)
    @unknown default:
      return error("the file could not be read as a rulebook", at: [])
    }
  }

  static func path(_ codingPath: [any CodingKey]) -> [JSONPathComponent] {
    codingPath.map { key in
      if let index = key.intValue { return .index(index) }
      return .key(key.stringValue)
    }
  }

  static func describe(_ type: Any.Type) -> String {
    switch type {
    case is String.Type: return "a string"
    case is Int.Type: return "a whole number"
    case is Bool.Type: return "true or false"
    default:
      let name = String(describing: type)
      if name.hasPrefix("Array") { return "an array" }
      if name.hasPrefix("Dictionary") { return "an object" }
      return "an object (\(name))"
    }
  }
}
