// swift-tools-version:6.0
import PackageDescription

/// libFuzzer targets for parley's parsers of outside input, kept out of the main package so a
/// user's `swift build` never builds them. `scripts/fuzz.sh` builds and runs them.
let package = Package(
    name: "parley-fuzz",
    dependencies: [.package(name: "parley", path: "..")],
    targets: [
        .executableTarget(
            name: "FuzzArticleDraft",
            dependencies: [.product(name: "ParleyDraft", package: "parley"), .product(name: "ParleyModel", package: "parley")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
