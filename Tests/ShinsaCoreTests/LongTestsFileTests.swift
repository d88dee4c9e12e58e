import Foundation
import Testing

/// The tier switch and the seeds live in one file copied into each test target.
@Suite struct LongTestsFileTests {
  @Test func everyTestTargetHoldsTheSameCopy() throws {
    let tests = Support.fixtures.deletingLastPathComponent()
    let copies = try ["ShinsaCoreTests", "ShinsaUITests", "ShinsaCLITests"].map { target in
      try String(
        contentsOf: tests.appendingPathComponent(target).appendingPathComponent("LongTests.swift"),
        encoding: .utf8)
    }
    #expect(copies[0].contains("enum Seeds"))
    #expect(copies.allSatisfy { $0 == copies[0] }, "Tests/*/LongTests.swift differ: copy one")
  }

  @Test func aSeedReplaysTheSameSequence() {
    var first = Seeds.generator(42)
    var second = Seeds.generator(42)
    var other = Seeds.generator(43)
    let a = (0..<8).map { _ in first.next() }
    #expect(a == (0..<8).map { _ in second.next() })
    #expect(a != (0..<8).map { _ in other.next() })
  }
}
