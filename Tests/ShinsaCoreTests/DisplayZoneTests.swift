import Foundation
import Testing

@testable import ShinsaCore

@Suite struct DisplayZoneTests {
  @Test func tokyoTimeIsNineHoursAheadAndNamedJST() {
    let zone = DisplayZone.resolve(environment: ["TZ": "Asia/Tokyo", "LANG": "en_GB.UTF-8"])
    #expect(zone.local("2026-11-25T09:41:00Z") == "2026-11-25 18:41")
    #expect(zone.local("2026-12-31T20:30:00Z") == "2027-01-01 05:30")
    #expect(zone.name() == "JST")
  }

  @Test func aJapaneseLocaleWithoutTZMeansJapanTime() {
    for environment in [["LANG": "ja_JP.UTF-8"], ["LC_ALL": "ja_JP.UTF-8", "LANG": "C"]] {
      let zone = DisplayZone.resolve(environment: environment)
      #expect(zone == .japan, "\(environment)")
      #expect(zone.local("2026-11-25T15:00:00Z") == "2026-11-26 00:00")
    }
    // TZ wins over the locale.
    let utc = DisplayZone.resolve(environment: ["TZ": "UTC", "LANG": "ja_JP.UTF-8"])
    #expect(utc.local("2026-11-25T09:41:00Z") == "2026-11-25 09:41")
    #expect(utc.name() == "UTC")
  }

  @Test func otherZonesAreNamedByTheirOffsetWhenTheyHaveNoAbbreviation() throws {
    let kolkata = DisplayZone(zone: try #require(TimeZone(secondsFromGMT: 5 * 3600 + 1800)))
    #expect(kolkata.name() == "UTC+5:30")
    #expect(kolkata.local("2026-11-25T09:41:00Z") == "2026-11-25 15:11")
    let newYork = DisplayZone(zone: try #require(TimeZone(identifier: "America/New_York")))
    // Winter time in November.
    #expect(newYork.local("2026-11-25T09:41:00Z") == "2026-11-25 04:41")
  }

  @Test func textThatIsNotAStoredTimeIsShownAsItWas() {
    #expect(DisplayZone.japan.local("2026-11-25") == "2026-11-25")
    #expect(DisplayZone.japan.local("2026-02-30T09:41:00Z") == "2026-02-30 09:41")
    #expect(DisplayZone.japan.local("") == "")
  }

  @Test func storingStaysUTC() {
    // The stored form never depends on the zone shown.
    #expect(Timestamp.now().hasSuffix("Z"))
    #expect(Timestamp.format(Date(timeIntervalSince1970: 0)) == "1970-01-01T00:00:00Z")
  }
}
