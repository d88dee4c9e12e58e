import Foundation

// SwiftPM generates `Bundle.module` for ShinsaCore's resources. The fuzz build compiles the
// sources with swiftc directly, so it supplies this stand-in; the harnesses read the bundled
// rulebook by path (SHINSA_FUZZ_RULEBOOK) and never call RulebookLoader.bundled().
extension Foundation.Bundle {
  static let module = Bundle.main
}
