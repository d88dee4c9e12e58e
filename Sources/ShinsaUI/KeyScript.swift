/// Scripted keys for headless rendering and tests: `"Down Down Enter C-s M-b Space"`.
///
/// Tokens are separated by spaces. Named keys: Up Down Left Right Enter Esc Tab BTab BSpace
/// DC (delete) Home End PgUp PgDn Space F1–F12, `C-x` (Ctrl), `M-x` (Alt). The mouse:
/// `click:COLUMN,ROW` (a left press in that cell, both from 0), `wheel-up:COLUMN,ROW` and
/// `wheel-down:COLUMN,ROW` (the cell may be left out: `wheel-down`). Any other token is
/// typed character by character.
public enum KeyScript {
  /// The keys of `script`.
  public static func parse(_ script: String) -> [Key] {
    var keys: [Key] = []
    for token in script.split(separator: " ", omittingEmptySubsequences: true) {
      let word = String(token)
      if let named = named[word] {
        keys.append(named)
      } else if let mouse = mouse(word) {
        keys.append(.mouse(mouse))
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

  /// A mouse token (`click:3,2`, `wheel-down`), or nil when `word` is not one.
  private static func mouse(_ word: String) -> MouseEvent? {
    let parts = word.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
    let kinds: [Substring: MouseEvent.Kind] = [
      "click": .press, "wheel-up": .wheelUp, "wheel-down": .wheelDown,
    ]
    guard let kind = kinds[parts[0]] else { return nil }
    guard parts.count == 2 else {
      return kind == .press ? nil : MouseEvent(kind, row: 0, column: 0)
    }
    let numbers = parts[1].split(separator: ",", omittingEmptySubsequences: false).map { Int($0) }
    guard numbers.count == 2, let column = numbers[0], let row = numbers[1], column >= 0, row >= 0
    else { return nil }
    return MouseEvent(kind, row: row, column: column)
  }

  private static let named: [String: Key] = [
    "Up": .up, "Down": .down, "Left": .left, "Right": .right, "Enter": .enter, "Esc": .escape,
    "Escape": .escape, "Tab": .tab, "BTab": .backTab, "BSpace": .backspace, "DC": .delete,
    "Home": .home,
    "End": .end, "PgUp": .pageUp, "PgDn": .pageDown, "PPage": .pageUp, "NPage": .pageDown,
    "Space": .char(" "),
  ]
}
