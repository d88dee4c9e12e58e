import Foundation

@testable import ShinsaCore

// Each test target holds an identical copy of this file (test targets cannot share a source
// file without a support target); `LongTestsFileTests` keeps the copies identical.

/// The test tier: `swift test` runs a short but real version of each stress run; with
/// `SHINSA_LONG_TESTS=1` (as `.ci/run` sets) it runs them in full.
enum LongTests {
  /// Whether `SHINSA_LONG_TESTS=1` asks for the full stress runs.
  static let enabled = ProcessInfo.processInfo.environment["SHINSA_LONG_TESTS"] == "1"

  /// `long` in the full tier, `short` by default.
  static func count(short: Int, long: Int) -> Int { enabled ? long : short }
}

/// Seeds of the randomised tests: fixed by default, so every run tries the same cases;
/// `SHINSA_SEED=N` tries another, or replays the seed a failure printed.
enum Seeds {
  /// The seed `SHINSA_SEED` asks for, if any.
  static let requested: UInt64? = ProcessInfo.processInfo.environment["SHINSA_SEED"]
    .flatMap { UInt64($0) }

  /// `SHINSA_SEED` when set, else `fixed`.
  static func seed(_ fixed: UInt64) -> UInt64 { requested ?? fixed }

  /// The seeds of a parameterised test: `SHINSA_SEED` alone when set, else `fixed`.
  static func seeds(_ fixed: [UInt64]) -> [UInt64] { requested.map { [$0] } ?? fixed }

  /// The one seeded generator of the tests (Core's SplitMix64).
  static func generator(_ seed: UInt64) -> SplitMix64 { SplitMix64(seed: seed) }

  /// For failure messages: the seed and how to replay it.
  static func label(_ seed: UInt64) -> String { "seed \(seed), replay with SHINSA_SEED=\(seed)" }
}
