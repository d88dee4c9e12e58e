/// Conflict values that are not answers, for people: status words, flags and record fields
/// in the reader's language instead of the project file's words.
enum ConflictWording {
  /// `value` of `item` in `language`, or nil to show it as the project file has it.
  static func describe(_ value: JSONOut, item: MergeItem, language: Language) -> String? {
    let ja = language == .ja
    switch (item, value) {
    case (.notePrivate, .bool(let flag)):
      return flag ? (ja ? "非公開" : "private") : (ja ? "共有" : "shared")
    case (.followUp, .bool(let flag)):
      return flag ? (ja ? "要フォローアップ" : "flagged for follow-up") : (ja ? "フラグなし" : "not flagged")
    case (.confidence, .string(let word)):
      return Confidence(rawValue: word)?.label(language)
    case (.draftState, .object(let members)):
      return fields(members, language) { key, word in
        key == "state" ? DisclosureFieldState(rawValue: word)?.label(language) : nil
      }
    case (.draftText, .object(let members)):
      return fields(members.filter { $0.0 != "revision" }, language) { key, word in
        key == "text" ? word : nil
      }
    case (.checklist, .object(let members)):
      return fields(members, language) { key, word in
        guard key == "state" else { return nil }
        if word == ChecklistItem.fromAnswers { return ja ? "回答から判定" : "from the answers" }
        return ChecklistState(rawValue: word)?.label(language)
      }
    case (.step, .object(let members)), (.evidence, .object(let members)),
      (.action, .object(let members)):
      return fields(members.filter { !["id", "sha256"].contains($0.0) }, language) { _, _ in nil }
    case (.obligation, .object(let members)):
      // The basis is a fingerprint of the rulebook's wording: nothing to read.
      return fields(members.filter { $0.0 != "basis" }, language) { key, word in
        key == "status" ? ObligationStatus(rawValue: word)?.reportLabel(language) : nil
      }
    default:
      return nil
    }
  }

  /// A record's members on one line with their names in `language` ("status: gap ·
  /// reason: …"); `word` gives a member's own wording (a state's name, a text shown bare).
  private static func fields(
    _ members: [(String, JSONOut)], _ language: Language,
    word: (String, String) -> String?
  ) -> String {
    members.compactMap { key, value -> String? in
      let shown: String
      switch value {
      case .null: return nil
      case .string(let text):
        guard !text.isEmpty else { return nil }
        if let own = word(key, text) {
          return key == "text" ? own : "\(name(key, language)): \(own)"
        }
        shown = text
      case .bool(let flag):
        if key == "done" {
          return language == .ja ? (flag ? "完了" : "未完了") : (flag ? "done" : "not done")
        }
        shown = language == .ja ? (flag ? "はい" : "いいえ") : (flag ? "yes" : "no")
      case .array(let items):
        guard !items.isEmpty else { return nil }
        shown = items.map { item in
          if case .string(let text) = item { return text }
          return item.renderedCompact()
        }.joined(separator: ", ")
      default: shown = value.renderedCompact()
      }
      return "\(name(key, language)): \(shown)"
    }.joined(separator: " · ")
  }

  /// A record member's name in `language`.
  private static func name(_ key: String, _ language: Language) -> String {
    let names: [String: (String, String)] = [
      "state": ("state", "状態"), "reason": ("reason", "理由"), "evidence": ("evidence", "根拠"),
      "date": ("date", "日付"), "note": ("note", "メモ"), "text": ("text", "本文"),
      "edited": ("edited", "編集日時"), "status": ("status", "状況"), "updated": ("updated", "更新日時"),
      "path": ("file", "ファイル"), "added": ("added", "追加日時"), "reviewBy": ("review by", "見直し期限"),
      "supports": ("supports", "対象"), "owner": ("owner", "担当"), "due": ("due", "期限"),
      "for": ("for", "対象"),
    ]
    guard let pair = names[key] else { return key }
    return language == .ja ? pair.1 : pair.0
  }
}
