import Foundation
import ParleyFuzzChecks
import ParleyTestSupport
import Testing

/// Every input a fuzz target once crashed on, kept in FuzzTesting/FailCases/TARGET/, run
/// through the same check again: what a fuzzer found stays fixed.
struct FailCaseReplayTests {
    static let folder = Repository.path("FuzzTesting/FailCases")

    /// "TARGET/FILE" for every fail case kept.
    static var cases: [String] {
        let targets = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return targets.sorted().flatMap { target in
            ((try? FileManager.default.contentsOfDirectory(atPath: folder + "/" + target)) ?? []).sorted().map {
                target + "/" + $0
            }
        }
    }

    @Test(arguments: cases)
    func failCaseKeepsItsProperty(_ failCase: String) throws {
        let target = String(failCase.prefix { $0 != "/" })
        let check = try #require(
            FuzzCheck.all.first { $0.target == target }, "FailCases/\(target) names no fuzz target")
        let bytes = try #require(FileManager.default.contents(atPath: Self.folder + "/" + failCase))
        let failure = check.check(Array(bytes))
        #expect(failure == nil, "\(failCase): \(failure ?? "")")
    }

    @Test func failCasesAreKept() {
        // The folder is found: an empty list would let the replay above pass without running.
        #expect(Self.cases.contains("FuzzCellGrid/wide-text-again-one-column-along"))
    }

    @Test func everyFuzzTargetHasACheckOfItsOwn() {
        let targets = FuzzCheck.all.map(\.target)
        #expect(Set(targets).count == targets.count)
        #expect(
            targets.sorted() == [
                "FuzzArticleDraft", "FuzzCellGrid", "FuzzDossierLoader", "FuzzKeyDecoder", "FuzzQueryParser",
                "FuzzQuotebankLine", "FuzzThemeParser",
            ])
    }

    @Test func rawControlCharactersAreSeen() {
        #expect(FuzzCheck.hasRawControl("a\u{1B}[2J"))
        #expect(FuzzCheck.hasRawControl("a\u{202E}b"))
        #expect(FuzzCheck.hasRawControl("a\u{85}b"))
        #expect(!FuzzCheck.hasRawControl("two lines\nof text — é 中"))
    }
}
