/// Free-text answers are typed in one language; a suggestion in the other language never
/// pastes them in. It leaves a clearly marked placeholder asking for a translation instead,
/// and a text that still holds one is not finished.
public enum TranslationPlaceholder {
  /// How the placeholder starts in each language.
  static let japaneseMarker = "［要翻訳："
  static let englishMarker = "[Translation needed: "

  /// The placeholder for `what` (a short name of the answer) in `language`.
  public static func text(_ language: Language, for what: Localized) -> String {
    switch language {
    case .ja: return japaneseMarker + "\(what.ja)（回答が英語のため、日本語で記入してください）］"
    case .en: return englishMarker + "\(what.en) (the answer is in Japanese; write it in English)]"
    }
  }

  /// How a gap a suggestion leaves for a person to fill starts in each language.
  static let japaneseToAdd = "［追記："
  static let englishToAdd = "[To add: "

  /// A gap for a person to fill with `what`, in `language`.
  public static func toAdd(_ language: Language, _ what: Localized) -> String {
    language == .ja ? japaneseToAdd + what.ja + "］" : englishToAdd + what.en + "]"
  }

  /// True when `text` still holds a placeholder (a translation or a gap to fill) in either
  /// language: such a text is not finished.
  public static func isPending(_ text: String) -> Bool {
    [japaneseMarker, englishMarker, japaneseToAdd, englishToAdd].contains { text.contains($0) }
  }

  /// The language `text` is mainly written in: Japanese when it has kana or kanji and no more
  /// than three Latin letters for each of them, English otherwise.
  public static func language(of text: String) -> Language {
    var japanese = 0
    var latin = 0
    for scalar in text.unicodeScalars {
      if isJapanese(scalar) {
        japanese += 1
      } else if scalar.isASCII, scalar.properties.isAlphabetic {
        latin += 1
      }
    }
    return japanese > 0 && japanese * 3 >= latin ? .ja : .en
  }

  /// `answer` when it is written in `language`, else the placeholder for `what`.
  public static func answer(_ answer: String, in language: Language, what: Localized) -> String {
    self.language(of: answer) == language ? answer : text(language, for: what)
  }

  /// Hiragana, katakana, CJK ideographs and full-width forms.
  static func isJapanese(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0xFF66...0xFF9F:
      return true
    default:
      return false
    }
  }
}
