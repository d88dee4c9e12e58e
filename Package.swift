// swift-tools-version: 6.1
import PackageDescription

/// Release builds link the Swift runtime and Foundation into the binary (no libswift*.so to find
/// at start, nothing to install beside it). Modules that import Foundation are compiled with the
/// flag too, so they name the static libraries Foundation needs.
let staticStdlib: [SwiftSetting] = [
  .unsafeFlags(["-static-stdlib"], .when(configuration: .release))
]

/// Every release executable that links ShinsaCore links the runtime statically too (its
/// modules name the static libraries).
let staticLink: [LinkerSetting] = [
  .unsafeFlags(["-static-stdlib"], .when(configuration: .release))
]

let package = Package(
  name: "shinsa",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "shinsa", targets: ["shinsa"]),
    .library(name: "ShinsaCore", targets: ["ShinsaCore"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
  ],
  targets: [
    // Test fixtures live in Tests/Fixtures (scenarios, answers files) and are read by path.
    .systemLibrary(
      name: "CNcursesw",
      path: "Sources/CNcursesw",
      providers: [.apt(["libncurses-dev"]), .yum(["ncurses-devel"]), .brew(["ncurses"])]
    ),
    // The rulebook and its changelog are compiled into the module by the EmbedRulebook
    // plugin (Resources/ stays the source of truth), so no resource bundle ships.
    .target(
      name: "ShinsaCore",
      exclude: ["Resources"],
      swiftSettings: staticStdlib,
      plugins: ["EmbedRulebook"]
    ),
    .executableTarget(name: "rulebook-embedder", path: "Plugins/RulebookEmbedderTool"),
    .plugin(
      name: "EmbedRulebook", capability: .buildTool(), dependencies: ["rulebook-embedder"]),
    .target(name: "ShinsaUI", dependencies: ["ShinsaCore"], swiftSettings: staticStdlib),
    .target(
      name: "ShinsaTerminal", dependencies: ["ShinsaUI", "CNcursesw"], swiftSettings: staticStdlib),
    .executableTarget(
      name: "shinsa",
      dependencies: [
        "ShinsaCore", "ShinsaUI", "ShinsaTerminal",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      swiftSettings: staticStdlib,
      linkerSettings: staticLink
    ),
    .executableTarget(
      name: "shinsa-bench", dependencies: ["ShinsaCore", "ShinsaUI"], swiftSettings: staticStdlib,
      linkerSettings: staticLink),
    // Fault-injection helper driven by the kill -9 tests (ShinsaCLITests).
    .executableTarget(
      name: "shinsa-stress", dependencies: ["ShinsaCore"], swiftSettings: staticStdlib,
      linkerSettings: staticLink),
    .testTarget(name: "ShinsaCoreTests", dependencies: ["ShinsaCore"]),
    .testTarget(name: "ShinsaUITests", dependencies: ["ShinsaUI"]),
    .testTarget(
      name: "ShinsaCLITests", dependencies: ["ShinsaCore", "ShinsaUI", "shinsa", "shinsa-stress"]),
  ],
  swiftLanguageModes: [.v6]
)
