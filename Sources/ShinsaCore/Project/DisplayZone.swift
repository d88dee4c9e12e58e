import Foundation

/// The time zone times are shown in; they are stored in UTC. `TZ` decides; without it a
/// Japanese locale (LC_ALL, LC_TIME or LANG starting with "ja") means Japan time, and
/// otherwise the system's zone.
public struct DisplayZone: Sendable, Equatable {
  /// The zone.
  public let zone: TimeZone

  /// Shows times in `zone`.
  public init(zone: TimeZone) { self.zone = zone }

  /// Coordinated universal time: times as they are stored.
  public static let utc = DisplayZone(zone: TimeZone(secondsFromGMT: 0) ?? .current)

  /// Japan time.
  public static let japan = DisplayZone(
    zone: TimeZone(identifier: "Asia/Tokyo") ?? TimeZone(secondsFromGMT: 9 * 3600) ?? .current)

  /// The zone for `environment` (see the type's description).
  public static func resolve(environment: [String: String]) -> DisplayZone {
    if let tz = environment["TZ"], !tz.isEmpty {
      let name = tz.hasPrefix(":") ? String(tz.dropFirst()) : tz
      if name == "UTC" || name == "UTC0" || name == "GMT" { return .utc }
      return DisplayZone(zone: TimeZone(identifier: name) ?? .current)
    }
    let locale = ["LC_ALL", "LC_TIME", "LANG"].lazy.compactMap { environment[$0] }
      .first { !$0.isEmpty }
    if locale?.hasPrefix("ja") == true { return .japan }
    return DisplayZone(zone: .current)
  }

  /// The zone's name at `date`: its abbreviation when it has a common one (JST), else its
  /// offset ("UTC", "UTC+9", "UTC-3:30").
  public func name(at date: Date = Date()) -> String {
    if zone.identifier == "Asia/Tokyo" || zone.identifier == "Japan" { return "JST" }
    let seconds = zone.secondsFromGMT(for: date)
    if let abbreviation = zone.abbreviation(for: date), !abbreviation.hasPrefix("GMT"),
      !abbreviation.hasPrefix("UTC"), abbreviation.allSatisfy(\.isLetter)
    {
      return abbreviation
    }
    guard seconds != 0 else { return "UTC" }
    let minutes = abs(seconds) / 60
    let hours = "UTC\(seconds < 0 ? "-" : "+")\(minutes / 60)"
    return minutes % 60 == 0 ? hours : hours + String(format: ":%02d", minutes % 60)
  }

  /// A stored time ("2026-11-25T09:41:00Z") in this zone, to the minute ("2026-11-25 18:41").
  /// Text that is not such a time comes back as it was, cut to the minute.
  public func local(_ stored: String) -> String {
    let fallback = String(stored.prefix(16)).replacingOccurrences(of: "T", with: " ")
    guard let date = Self.parse(stored) else { return fallback }
    var time = time_t(Int(date.timeIntervalSince1970) + zone.secondsFromGMT(for: date))
    var parts = tm()
    gmtime_r(&time, &parts)
    return String(
      format: "%04d-%02d-%02d %02d:%02d", Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1,
      Int(parts.tm_mday), Int(parts.tm_hour), Int(parts.tm_min))
  }

  /// Parses "YYYY-MM-DDTHH:MM:SSZ" (the seconds are optional).
  static func parse(_ text: String) -> Date? {
    let digits = text.split(whereSeparator: { "-T:Z".contains($0) }).map { Int($0) }
    guard text.hasSuffix("Z"), digits.count >= 5, digits.allSatisfy({ $0 != nil }) else {
      return nil
    }
    let values = digits.compactMap { $0 }
    guard Timestamp.isValidDay(year: values[0], month: values[1], day: values[2]),
      (0..<24).contains(values[3]), (0..<60).contains(values[4])
    else { return nil }
    var parts = tm()
    parts.tm_year = Int32(values[0] - 1900)
    parts.tm_mon = Int32(values[1] - 1)
    parts.tm_mday = Int32(values[2])
    parts.tm_hour = Int32(values[3])
    parts.tm_min = Int32(values[4])
    parts.tm_sec = Int32(values.count > 5 ? values[5] : 0)
    return Date(timeIntervalSince1970: TimeInterval(timegm(&parts)))
  }
}
