/// Comparing rulebook editions ("2026.11" < "2027.01" < "2027.01.1").
public enum RulebookVersionOrder {
  /// Whether `version` is an older edition than `other`: numbers compared part by part,
  /// other parts alphabetically; a version that is a prefix of the other is older.
  public static func isOlder(_ version: String, than other: String) -> Bool {
    let a = version.split(whereSeparator: { !$0.isNumber && !$0.isLetter })
    let b = other.split(whereSeparator: { !$0.isNumber && !$0.isLetter })
    for (x, y) in zip(a, b) where x != y {
      if let m = Int(x), let n = Int(y) { return m < n }
      return x < y
    }
    return a.count < b.count
  }
}
