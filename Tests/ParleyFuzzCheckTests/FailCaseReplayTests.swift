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
        // One check for each target the fuzz package builds, and no more.
        let built =
            ((try? FileManager.default.contentsOfDirectory(atPath: Repository.path("FuzzTesting/Sources"))) ?? [])
            .filter { $0 != "FuzzSupport" }
        #expect(targets.sorted() == built.sorted())
        #expect(targets.contains("FuzzNotesFile"))
    }

    /// The desk check on the seeds scripts/fuzz.sh gives it: pairs of the Zenda weeks and the
    /// files written to clash with them, and the whole desk at once.
    @Test func theDeskCheckHoldsOnItsSeeds() throws {
        let desk = DeskFixture.weeks.map { DeskFixture.folder + "/" + $0 }
        let extras = ["contradiction.yaml", "clash.yaml", "broken.yaml"].map(DeskFixture.extra)
        let files: [[UInt8]] = try (desk + extras).map { Array(try #require(FileManager.default.contents(atPath: $0))) }
        var inputs: [[UInt8]] = []
        for first in files {
            for second in files { inputs.append(first + [0] + second) }
        }
        inputs.append(files[0] + [0] + files[1] + [0] + files[2])
        for input in inputs {
            let failure = FuzzCheck.deskAssembly.check(input)
            #expect(failure == nil, "\(failure ?? "")")
        }
    }

    @Test func rawControlCharactersAreSeen() {
        #expect(FuzzCheck.hasRawControl("a\u{1B}[2J"))
        #expect(FuzzCheck.hasRawControl("a\u{202E}b"))
        #expect(FuzzCheck.hasRawControl("a\u{85}b"))
        #expect(!FuzzCheck.hasRawControl("two lines\nof text — é 中"))
    }
}
