import Foundation
import ParleyModel
import ParleyTestSupport
import Testing

/// `parley review` in a real terminal: an article drafted and shown, quotations accepted and
/// rejected by key, the dossier begun at `w` and passing `parley check --strict`, and the
/// terminal given back.
@Suite(.serialized)
struct ReviewEndToEndTests {
    @Test func anArticleIsReviewedByKeyAndTheAcceptedQuotationsCheckAgainstIt() throws {
        try ReviewFixture.inFolder { folder in try review(in: folder) }
    }

    /// The review of `folder`'s castle.txt into week.yaml beside it.
    private func review(in folder: String) throws {
        let article = folder + "/castle.txt"
        let week = folder + "/week.yaml"
        let harness = try TmuxHarness(
            arguments: ["review", article, "--dossier", week, "--date", "2030-01-05", "--outlet", "Strelsau Gazette"],
            width: 120, height: 30)
        defer { harness.stop() }
        let first = try harness.waitFor(" w write ")
        #expect(first.contains("parley review"))
        #expect(first.contains("Castle talks end without a deal"))
        let counts = try #require(first.split(separator: "\n").first)
        #expect(counts.contains("to review") && counts.contains("0 accepted"))
        #expect(!FileManager.default.fileExists(atPath: week), "nothing is written before a quotation is accepted")
        // Accept every quotation with a speaker, reject the rest, write and quit.
        for _ in 0..<8 {
            let screen = try harness.screen()
            if screen.contains("every quotation decided") { break }
            try harness.press(screen.contains("nobody named") ? "x" : "a")
            _ = try harness.waitFor(" parley review")
        }
        try harness.waitFor("every quotation decided")
        try harness.press("w")
        try harness.waitFor("to \(week)")
        try harness.press("q")
        let ending = try harness.waitForExit()
        #expect(ending.status == 0)
        harness.expectRestored(ending)
        #expect(ending.screen.contains("parley review: "))
        let dossier = try DossierLoader.load(path: week).dossier
        #expect(!dossier.quotes.isEmpty)
        #expect(dossier.quotes.allSatisfy { ReviewFixture.text.contains($0.pieces.first ?? $0.text) })
        #expect(dossier.sources.first?.outlet == "Strelsau Gazette")
        #expect(dossier.sources.first?.file == "castle.txt")
        // The begun dossier checks strictly: every quotation is found in the article beside it.
        let check = try Spawn.run(
            TmuxHarness.executable, ["check", "--strict", week], environment: [:], captureOutput: true)
        #expect(check.status == 0, "\(check.output)")
    }

    @Test func aDraftAlreadyWrittenIsReviewedAndWhatIsRejectedTakenOut() throws {
        try ReviewFixture.inFolder { folder in
            let article = folder + "/castle.txt"
            let week = folder + "/week.yaml"
            let draft = try Spawn.run(
                TmuxHarness.executable, ["draft", article, "--date", "2030-01-05", "--output", week], environment: [:],
                captureOutput: true)
            #expect(draft.status == 0, "\(draft.output)")
            let drafted = try DossierLoader.load(path: week).dossier
            let harness = try TmuxHarness(
                arguments: ["review", article, "--dossier", week, "--date", "2030-01-05"], width: 120, height: 30)
            defer { harness.stop() }
            let first = try harness.waitFor(" w write ")
            #expect(first.contains("\(drafted.quotes.count) to review"))
            #expect(first.contains("in the dossier as drafted"))
            // The first shown (the least sure) is taken out; the rest are kept as drafted.
            try harness.press("x")
            try harness.waitFor("1 rejected")
            try harness.press("w")
            try harness.waitFor("wrote 0 quotations")
            try harness.press("q")
            let ending = try harness.waitForExit()
            #expect(ending.status == 0)
            harness.expectRestored(ending)
            let after = try DossierLoader.load(path: week).dossier
            #expect(after.quotes.count == drafted.quotes.count - 1)
        }
    }
}
