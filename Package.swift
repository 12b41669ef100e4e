// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "parley",
    products: [
        .executable(name: "parley", targets: ["parley"]),
        .library(name: "ParleyModel", targets: ["ParleyModel"]),
        .library(name: "ParleyArchive", targets: ["ParleyArchive"]),
        .library(name: "ParleySystem", targets: ["ParleySystem"]),
        .library(name: "ParleyUI", targets: ["ParleyUI"]),
        .library(name: "ParleyDashboard", targets: ["ParleyDashboard"]),
        .library(name: "ParleyDraft", targets: ["ParleyDraft"]),
        .library(name: "ParleyTerminal", targets: ["ParleyTerminal"]),
        .library(name: "ParleyArchiveMemory", targets: ["ParleyArchiveMemory"]),
        .library(name: "ParleyArchiveSQLite", targets: ["ParleyArchiveSQLite"]),
        .library(name: "ParleyArchivePostgres", targets: ["ParleyArchivePostgres"]),
        // Test support that the benchmark package (Benchmarks/) shares with the tests.
        .library(name: "ParleyArchiveGenerator", targets: ["ParleyArchiveGenerator"]),
        .library(name: "ParleyDraftQuality", targets: ["ParleyDraftQuality"]),
        // The properties the fuzz targets (FuzzTesting/) check, which the tests replay.
        .library(name: "ParleyFuzzChecks", targets: ["ParleyFuzzChecks"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        .target(
            name: "ParleyYAML",
            dependencies: [.product(name: "Yams", package: "Yams")]
        ),
        .target(
            name: "ParleyModel",
            dependencies: ["ParleyYAML"],
            resources: [.embedInCode("Bundled/week-2022-01-10.yaml")]
        ),
        // The edge to the operating system: the C library imported once (Platform.swift),
        // files read with a cap, written whole, followed; errno in words; the environment;
        // dossiers loaded from a path. ParleyModel itself reads no file.
        .target(
            name: "ParleySystem",
            dependencies: ["ParleyModel", "ParleyYAML"]
        ),
        // What every archive engine shares: the store protocol, failures, the query as index
        // words, the word-indexed engines' paging and counting, and the corpus of a dossier
        // with its archives.
        .target(
            name: "ParleyArchive",
            dependencies: ["ParleyModel"]
        ),
        // Reading Quotebank's JSON Lines, for every archive engine.
        .target(
            name: "ParleyQuotebank",
            dependencies: ["ParleySystem", "ParleyModel", "ParleyArchive", "ParleyYAML"]
        ),
        // The archive engines, each behind ParleyArchive's `ArchiveStore`.
        .target(
            name: "ParleyArchiveMemory",
            dependencies: ["ParleySystem", "ParleyModel", "ParleyArchive", "ParleyQuotebank", "ParleyYAML"]
        ),
        .target(
            name: "ParleyArchiveSQLite",
            dependencies: [
                "ParleySystem",
                "ParleyModel", "ParleyArchive", "ParleyQuotebank",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        .systemLibrary(
            name: "CLibpq",
            providers: [.apt(["libpq-dev"])]
        ),
        .target(
            name: "ParleyArchivePostgres",
            dependencies: ["ParleySystem", "ParleyModel", "ParleyArchive", "ParleyQuotebank", "CLibpq"]
        ),
        .target(
            name: "ParleyDraft",
            dependencies: ["ParleyModel"],
            resources: [
                .embedInCode("Lexicon/speech-verbs.txt"),
                .embedInCode("Lexicon/honorifics.txt"),
                .embedInCode("Lexicon/role-words.txt"),
                .embedInCode("Lexicon/institutions.txt"),
                .embedInCode("Lexicon/places.txt"),
                .embedInCode("Lexicon/first-names.txt"),
                .embedInCode("Lexicon/cue-words.txt"),
                .embedInCode("Lexicon/time-words.txt"),
                .embedInCode("Lexicon/function-words.txt"),
                .embedInCode("Model/speaker-weights.txt"),
                .embedInCode("Model/quotation-weights.txt"),
            ]
        ),
        .target(
            name: "ParleyDraftQuality",
            dependencies: ["ParleyModel"]
        ),
        .target(
            name: "ParleyThemes",
            path: "themes",
            resources: [
                .embedInCode("default.yaml"),
                .embedInCode("light.yaml"),
                .embedInCode("high-contrast.yaml"),
                .embedInCode("monochrome.yaml"),
                .embedInCode("colour-blind.yaml"),
                .embedInCode("base16-default-dark.yaml"),
            ]
        ),
        .target(
            name: "ParleyUI",
            dependencies: ["ParleyModel", "ParleyArchive", "ParleySystem", "ParleyYAML", "ParleyThemes"]
        ),
        .target(
            name: "ParleyDashboard",
            dependencies: ["ParleySystem", "ParleyModel", "ParleyArchive", "ParleyUI"]
        ),
        .systemLibrary(
            name: "CNcursesw",
            providers: [.apt(["libncurses-dev"])]
        ),
        .target(
            name: "CTerminalGuard",
            linkerSettings: [.linkedLibrary("ncursesw")]
        ),
        .target(
            name: "ParleyTerminal",
            dependencies: ["ParleySystem", "CNcursesw", "CTerminalGuard", "ParleyModel", "ParleyUI", "ParleyDashboard"]
        ),
        .target(
            name: "ParleyArchiveGenerator",
            dependencies: ["ParleySystem"]
        ),
        // What each fuzz target checks on any input, for FuzzTesting/ and the tests alike.
        .target(
            name: "ParleyFuzzChecks",
            dependencies: [
                "ParleyModel", "ParleyArchive", "ParleyUI", "ParleyDashboard", "ParleyDraft", "ParleyTerminal",
                "ParleyArchiveMemory", "ParleySystem",
            ]
        ),
        // What the test targets share: snapshots, paths, the built binary, the fake terminal,
        // and the generators of the compiled-in week and theme. Only tests depend on it.
        .target(
            name: "ParleyTestSupport",
            dependencies: ["ParleyModel", "ParleyArchive", "ParleyUI", "ParleyDashboard"]
        ),
        .executableTarget(
            name: "parley",
            dependencies: [
                "ParleySystem",
                "ParleyModel",
                "ParleyArchive",
                "ParleyDraft",
                "ParleyUI",
                "ParleyDashboard",
                "ParleyTerminal",
                "ParleyArchiveMemory",
                "ParleyArchiveSQLite",
                "ParleyArchivePostgres",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "ParleySystemTests",
            dependencies: ["ParleySystem", "ParleyModel", "ParleyTestSupport"]
        ),
        .testTarget(
            name: "ParleyYAMLTests",
            dependencies: ["ParleyYAML"]
        ),
        .testTarget(
            name: "ParleyModelTests",
            dependencies: [
                // Fixtures are dossier files, loaded from a path.
                "ParleySystem",
                "ParleyModel",
                "ParleyYAML",
                "ParleyArchiveGenerator",
                "ParleyTestSupport",
            ],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "ParleyArchiveTests",
            dependencies: [
                "ParleyArchive",
                "ParleyArchiveMemory",
                "ParleyArchiveSQLite",
                "ParleyArchivePostgres",
                "ParleyQuotebank",
                "ParleyModel",
                "ParleyArchiveGenerator",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        .testTarget(
            name: "ParleyDraftTests",
            dependencies: [
                "ParleyDraft",
                // The review screen, driven by key on a drafted article.
                "ParleyUI",
                "ParleyDraftQuality",
                "ParleyModel",
                "ParleyArchiveGenerator",
                "ParleyTestSupport",
            ]
        ),
        .testTarget(
            name: "ParleyUITests",
            dependencies: [
                "ParleyArchive",
                "ParleyUI",
                // The search runner, to answer the searches the reducer asks for.
                "ParleyDashboard",
                "ParleyModel",
                "ParleyArchiveGenerator",
                "ParleyTestSupport",
            ],
            exclude: ["Frames", "ThemeFixtures"]
        ),
        .testTarget(
            name: "ParleyDashboardTests",
            dependencies: [
                "ParleyArchive",
                "ParleyDashboard",
                // The reader's notes files, written by the loop.
                "ParleySystem",
                "ParleyUI",
                "ParleyModel",
                "ParleyArchiveMemory",
                "ParleyTestSupport",
            ]
        ),
        .testTarget(
            name: "ParleyTerminalTests",
            dependencies: ["ParleyTerminal", "ParleyUI", "CNcursesw"]
        ),
        .testTarget(
            name: "ParleyEndToEndTests",
            dependencies: [
                "parley",
                "ParleyArchiveGenerator",
                "ParleyTestSupport",
            ]
        ),
        .testTarget(
            name: "ParleyFuzzCheckTests",
            dependencies: [
                "ParleyFuzzChecks",
                "ParleyTestSupport",
            ]
        ),
        .testTarget(
            name: "ParleyCLITests",
            dependencies: [
                "ParleyArchive",
                "parley",
                "ParleyModel",
                "ParleyArchiveGenerator",
                "ParleyTestSupport",
            ],
            exclude: ["Expected"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
