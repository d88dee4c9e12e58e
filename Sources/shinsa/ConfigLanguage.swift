import Foundation
import ShinsaCore
import ShinsaUI

extension ThemeFiles {
  /// The config file's `language = en|ja` in `configDirectory`; nil when there is no file or
  /// no such line.
  static func configuredLanguage(configDirectory: String?) throws(ThemeError) -> Language? {
    guard let folder = configDirectory else { return nil }
    let path = (folder as NSString).appendingPathComponent("config")
    guard FileManager.default.fileExists(atPath: path),
      let setting = try configuredValue("language", path: path)
    else { return nil }
    guard let language = Language(rawValue: setting.value.lowercased()) else {
      throw ThemeError(
        file: path, line: setting.line,
        message: "'language' must be en or ja, found \(TextSafety.quotedWord(setting.value))")
    }
    return language
  }

  /// The interface language: `--lang`, else the config file, else the locale
  /// (``InterfaceLanguage``). A bad config file ends the program with one sentence (exit 65).
  static func interfaceLanguage(requested: Language?, environment: [String: String]) -> Language {
    if let requested { return requested }
    do {
      let configured = try configuredLanguage(
        configDirectory: defaultConfigDirectory(environment: environment))
      return InterfaceLanguage.resolve(
        requested: nil, configured: configured, environment: environment)
    } catch {
      Exit.fail(Exit.dataError, error.description)
    }
  }
}
