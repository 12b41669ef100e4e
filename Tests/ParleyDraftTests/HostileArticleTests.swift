@testable import ParleyDraft
import ParleyArchiveGenerator
import ParleyModel
import Testing

/// Inputs that must never crash or hang the pipeline: nothing, noise, marks that never pair,
/// one enormous line.
struct HostileArticleTests {
    private func survives(_ bytes: [UInt8]) throws -> ArticleDraft {
        let draft = ArticleDrafter.draft(ArticleText.read(bytes: bytes))
        // Whatever it found must still make a dossier that loads.
        let article = DraftedArticle(file: "hostile.txt", draft: draft, overrides: ArticleMetadata(date: Day("2031-01-01")))
        _ = try DossierLoader.load(yaml: DossierDraft(articles: [article]).yaml(), file: "hostile.yaml")
        return draft
    }

    @Test func anEmptyFile() throws {
        #expect(try survives([]).quotes.isEmpty)
    }

    @Test func binaryNoise() throws {
        var generator = SplitMix64(seed: 7)
        let bytes = (0..<60_000).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
        _ = try survives(bytes)
    }

    @Test func marksThatNeverPair() throws {
        let text = String(repeating: "“ ‘ « \" ' `` ’ » ” ", count: 2_000) + "said he “"
        _ = try survives(Array(text.utf8))
    }

    @Test func oneLongLineOfQuotesAndNames() throws {
        let line = String(repeating: "“We need guarantees,” Sergei Ryabkov said, “and now.” He said: ‘yes’ ", count: 1_000)
        let draft = try survives(Array(line.utf8))
        #expect(draft.quotes.count >= 1_000)
    }

    @Test func controlCharactersInsideQuotes() throws {
        let text = "Talks\n“\u{1B}[2J\u{0}\u{7F}\u{9B}31m,” said \u{202E}Anna Berg."
        _ = try survives(Array(text.utf8))
    }

    @Test func unclosedHTML() throws {
        _ = try survives(Array("<html><script>“never closed".utf8))
        _ = try survives(Array("<p>“a” <".utf8))
        _ = try survives(Array("<p>&#x110000; &#; &;".utf8))
    }
}
