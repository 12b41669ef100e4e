// swift-tools-version:6.0
import PackageDescription

/// parley's benchmark, kept beside the main package so a user's `swift build` never builds
/// it. `swift run -c release --package-path Benchmarks parley-bench` builds the benchmark,
/// its bare-Foundation baseline and the `parley` binary it launches, side by side.
let package = Package(
    name: "parley-benchmarks",
    dependencies: [
        .package(name: "parley", path: ".."),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .executableTarget(
            name: "parley-bench",
            dependencies: [
                // Executables it launches and times, built beside it.
                "bare-foundation",
                .product(name: "parley", package: "parley"),
                .product(name: "ParleyModel", package: "parley"),
                .product(name: "ParleyArchive", package: "parley"),
                .product(name: "ParleyArchiveMemory", package: "parley"),
                .product(name: "ParleyArchiveSQLite", package: "parley"),
                .product(name: "ParleyArchivePostgres", package: "parley"),
                .product(name: "ParleyDraft", package: "parley"),
                .product(name: "ParleyDraftQuality", package: "parley"),
                .product(name: "ParleyUI", package: "parley"),
                .product(name: "ParleyDashboard", package: "parley"),
                .product(name: "ParleySystem", package: "parley"),
                .product(name: "ParleyArchiveGenerator", package: "parley"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "bare-foundation"
        ),
        .testTarget(
            name: "ParleyBenchTests",
            dependencies: ["parley-bench"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
