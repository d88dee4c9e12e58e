/// Scripted keys for headless rendering and tests: `"Down Down Enter C-s M-b Space"`.
///
/// Tokens are separated by spaces. Named keys: Up Down Left Right Enter Esc Tab BTab BSpace
/// DC (delete) Home End PgUp PgDn Space F1–F12, `C-x` (Ctrl), `M-x` (Alt). Any other token
/// is typed character by character.
public enum KeyScript {
  /// The keys of `script`.
  public static func parse(_ script: String) -> [Key] {
    var keys: [Key] = []
    for token in script.split(separator: " ", omittingEmptySubsequences: true) {
      let word = String(token)
      if let named = named[word] {
        keys.append(named)
      } else if word.count == 3, word.hasPrefix("C-"), let last = word.last {
        keys.append(.ctrl(Character(last.lowercased())))
      } else if word.count == 3, word.hasPrefix("M-"), let last = word.last {
        keys.append(.alt(last))
      } else if word.hasPrefix("F"), let number = Int(word.dropFirst()), (1...12).contains(number) {
        keys.append(.function(number))
      } else {
        keys += word.map { .char($0) }
      }
    }
    return keys
  }

  private static let named: [String: Key] = [
    "Up": .up, "Down": .down, "Left": .left, "Right": .right, "Enter": .enter, "Esc": .escape,
    "Escape": .escape, "Tab": .tab, "BTab": .backTab, "BSpace": .backspace, "DC": .delete,
    "Home": .home,
    "End": .end, "PgUp": .pageUp, "PgDn": .pageDown, "PPage": .pageUp, "NPage": .pageDown,
    "Space": .char(" "),
  ]
}
