// swift-tools-version:6.0
import PackageDescription

/// libFuzzer targets for parley's parsers of outside input and its text writer, kept out of
/// the main package so a user's `swift build` never builds them. `scripts/fuzz.sh` builds
/// them with `-sanitize=fuzzer,address` and runs them on seed corpora.
// Each target runs one `FuzzCheck` (Sources/ParleyFuzzChecks in the main package), the
// same check the test suite replays on FuzzTesting/FailCases/.
let targets = [
    "FuzzArticleDraft", "FuzzDossierLoader", "FuzzDeskAssembly", "FuzzQueryParser", "FuzzQuotebankLine",
    "FuzzThemeParser", "FuzzKeyDecoder", "FuzzCellGrid",
    "FuzzNotesFile", "FuzzKeymapFile", "FuzzSavedSearches",
]

let package = Package(
    name: "parley-fuzz",
    dependencies: [.package(name: "parley", path: "..")],
    targets: [.target(name: "FuzzSupport", dependencies: [.product(name: "ParleyFuzzChecks", package: "parley")])]
        + targets.map { name in
            .executableTarget(
                name: name, dependencies: ["FuzzSupport", .product(name: "ParleyFuzzChecks", package: "parley")])
        },
    swiftLanguageModes: [.v6]
)
