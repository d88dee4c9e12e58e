import Testing

@testable import ShinsaCore

/// SHA-256 against the NIST FIPS 180-4 examples and split updates.
@Suite struct SHA256Tests {
  @Test func nistVectors() {
    #expect(
      SHA256.hex([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    #expect(
      SHA256.hex(Array("abc".utf8))
        == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    #expect(
      SHA256.hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
        == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    #expect(
      SHA256.hex([UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000))
        == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
  }

  @Test func updatesInPiecesGiveTheSameDigest() {
    var generator = SplitMix64(seed: 7)
    let bytes = (0..<1_000).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
    let whole = SHA256.hex(bytes)
    for cut in [0, 1, 55, 56, 63, 64, 65, 127, 128, 999, 1_000] {
      var hash = SHA256()
      hash.update(Array(bytes[0..<cut]))
      hash.update(Array(bytes[cut...]))
      #expect(hash.hexDigest() == whole, "cut at \(cut)")
    }
  }
}
