// swift-tools-version: 6.0
import PackageDescription

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
    .target(
      name: "ShinsaCore",
      resources: [.copy("Resources/jp-ai.json"), .copy("Resources/jp-ai-changelog.json")]
    ),
    .target(name: "ShinsaUI", dependencies: ["ShinsaCore"]),
    .target(name: "ShinsaTerminal", dependencies: ["ShinsaUI", "CNcursesw"]),
    .executableTarget(
      name: "shinsa",
      dependencies: [
        "ShinsaCore", "ShinsaUI", "ShinsaTerminal",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(name: "shinsa-bench", dependencies: ["ShinsaCore", "ShinsaUI"]),
    // Fault-injection helper driven by the kill -9 tests (ShinsaCLITests).
    .executableTarget(name: "shinsa-stress", dependencies: ["ShinsaCore"]),
    .testTarget(name: "ShinsaCoreTests", dependencies: ["ShinsaCore"]),
    .testTarget(name: "ShinsaUITests", dependencies: ["ShinsaUI"]),
    .testTarget(
      name: "ShinsaCLITests", dependencies: ["ShinsaCore", "ShinsaUI", "shinsa", "shinsa-stress"]),
  ],
  swiftLanguageModes: [.v6]
)
