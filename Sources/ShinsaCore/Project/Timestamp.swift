import Foundation

/// ISO 8601 UTC timestamps with whole seconds, as project files store them.
public enum Timestamp {
  /// The current time, e.g. "2026-11-25T17:00:00Z".
  public static func now() -> String { format(Date()) }

  /// Formats a date.
  public static func format(_ date: Date) -> String {
    let seconds = Int(date.timeIntervalSince1970.rounded(.down))
    var time = time_t(seconds)
    var parts = tm()
    gmtime_r(&time, &parts)
    return String(
      format: "%04d-%02d-%02dT%02d:%02d:%02dZ", Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1,
      Int(parts.tm_mday), Int(parts.tm_hour), Int(parts.tm_min), Int(parts.tm_sec))
  }

  /// Whether `text` is a calendar date YYYY-MM-DD.
  public static func isValidDate(_ text: String) -> Bool {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard text.utf8.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D }),
      parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
    else { return false }
    return isValidDay(year: year, month: month, day: day)
  }

  static func isValidDay(year: Int, month: Int, day: Int) -> Bool {
    guard (1...12).contains(month), day >= 1 else { return false }
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    return day <= lengths[month - 1]
  }

  /// Whether `text` has the form YYYY-MM-DDTHH:MM:SSZ with plausible fields.
  public static func isValid(_ text: String) -> Bool {
    let bytes = Array(text.utf8)
    guard bytes.count == 20 else { return false }
    let pattern = Array("0000-00-00T00:00:00Z".utf8)
    for (byte, expected) in zip(bytes, pattern) {
      if expected == UInt8(ascii: "0") {
        guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return false }
      } else if byte != expected {
        return false
      }
    }
    func number(_ from: Int, _ count: Int) -> Int {
      bytes[from..<(from + count)].reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
    }
    return isValidDay(year: number(0, 4), month: number(5, 2), day: number(8, 2))
      && number(11, 2) < 24 && number(14, 2) < 60 && number(17, 2) < 61
  }

}
