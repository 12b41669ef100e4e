// swift-tools-version:6.0
import PackageDescription

/// libFuzzer targets for parley's parsers of outside input and its text writer, kept out of
/// the main package so a user's `swift build` never builds them. `scripts/fuzz.sh` builds
/// them with `-sanitize=fuzzer,address` and runs them on seed corpora.
let targets = [
    ("FuzzArticleDraft", ["ParleyDraft", "ParleyModel"]),
    ("FuzzDossierLoader", ["ParleyModel"]),
    ("FuzzQueryParser", ["ParleyModel"]),
    ("FuzzQuotebankLine", ["ParleyModel", "ParleyArchiveMemory"]),
    ("FuzzThemeParser", ["ParleyUI"]),
    ("FuzzKeyDecoder", ["ParleyTerminal", "ParleyUI", "ParleyModel"]),
    ("FuzzCellGrid", ["ParleyUI", "ParleyModel"]),
]

let package = Package(
    name: "parley-fuzz",
    dependencies: [.package(name: "parley", path: "..")],
    targets: [.target(name: "FuzzSupport")] + targets.map { name, products in
        .executableTarget(name: name, dependencies: ["FuzzSupport"] + products.map { .product(name: $0, package: "parley") })
    },
    swiftLanguageModes: [.v6]
)
