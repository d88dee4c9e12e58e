import Foundation

/// The test tier: `swift test` runs a short but real version of each stress run; with
/// `SHINSA_LONG_TESTS=1` (as `.ci/run` sets) it runs them in full.
enum LongTests {
  /// Whether `SHINSA_LONG_TESTS=1` asks for the full stress runs.
  static let enabled = ProcessInfo.processInfo.environment["SHINSA_LONG_TESTS"] == "1"

  /// `long` in the full tier, `short` by default.
  static func count(short: Int, long: Int) -> Int { enabled ? long : short }
}
