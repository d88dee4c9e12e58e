/// The language the workbench and the plain mode start in: `--lang` when given, else the
/// config file's `language`, else Japanese for a Japanese locale (LC_ALL, LC_MESSAGES or
/// LANG, the first one set, starting with "ja"), else English. `L` switches it later.
public enum InterfaceLanguage {
  /// The language for `requested` (`--lang`), `configured` (the config file) and
  /// `environment` (see the type's description).
  public static func resolve(
    requested: Language?, configured: Language?, environment: [String: String]
  ) -> Language {
    if let requested { return requested }
    if let configured { return configured }
    let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }
      .first { !$0.isEmpty }
    return locale?.hasPrefix("ja") == true ? .ja : .en
  }
}
