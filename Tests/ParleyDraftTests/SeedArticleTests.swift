import Foundation
import ParleyModel
import ParleyTestSupport
import ParleyUI
import Testing

@testable import ParleyDraft

/// The article parley started from (CNN, 12 January 2022). It is not copied into the project:
/// it is read where the project's shared sources keep it, next to the checkout, or from
/// `PARLEY_SEED_ARTICLE`; where neither exists these tests say so and do not run.
struct SeedArticleTests {
    static let path: String? = {
        if let given = ProcessInfo.processInfo.environment["PARLEY_SEED_ARTICLE"] { return given }
        let candidates = [
            URL(fileURLWithPath: Repository.root).deletingLastPathComponent().appendingPathComponent(
                "shared/source/000_4d16c27df28f19d5.txt"
            ).path,
            "/work/shared/source/000_4d16c27df28f19d5.txt",
        ]
        return candidates.first { FileManager.default.fileExists(atPath: $0) }
    }()

    static var draft: DraftedArticle? {
        guard let path, let bytes = FileManager.default.contents(atPath: path) else { return nil }
        let draft = ArticleDrafter.draft(ArticleText.read(bytes: Array(bytes)))
        return DraftedArticle(
            file: path, draft: draft, overrides: ArticleMetadata(outlet: "CNN", date: Day("2022-01-12")))
    }

    @Test(.enabled(if: SeedArticleTests.path != nil, "the seed article is not next to this checkout"))
    func smithsQuoteWithHerNameAndRole() throws {
        let article = try #require(Self.draft)
        let quote = try #require(article.draft.quotes.first { $0.text.hasPrefix("At this point") })
        #expect(
            quote.text
                == "At this point, let me be very, very clear -- no one is suggesting that we alter NATO policy on enlargement"
        )
        #expect(quote.speaker?.name == "Julianne Smith")
        #expect(quote.speaker?.role == "US Ambassador to NATO")
        #expect(quote.speaker?.mention == "US Ambassador to NATO Julianne Smith")
        #expect(quote.cue == "told CNN")
        #expect(!quote.partial)
        #expect(article.day(of: quote) == Day("2022-01-11"))
    }

    @Test(.enabled(if: SeedArticleTests.path != nil, "the seed article is not next to this checkout"))
    func frankAndForthrightIsTheWhiteHouses() throws {
        let quote = try #require(Self.draft?.draft.quotes.first { $0.text == "frank and forthright" })
        #expect(quote.speaker?.name == "White House")
        #expect(quote.speaker?.kind == .institution)
        #expect(quote.partial)
        #expect(quote.cue == "described as")
    }

    @Test(.enabled(if: SeedArticleTests.path != nil, "the seed article is not next to this checkout"))
    func ukrainesTwoFragmentsArePartial() throws {
        let article = try #require(Self.draft)
        let fragments = article.draft.quotes.filter { $0.text == "on the fate" || $0.text == "behind our backs" }
        #expect(fragments.map(\.text) == ["on the fate", "behind our backs"])
        #expect(
            fragments.allSatisfy { $0.speaker?.name == "Ukraine" && $0.speaker?.kind == .institution && $0.partial })
        #expect(fragments.map { article.day(of: $0) } == [Day("2022-01-11"), Day("2022-01-11")])
    }

    @Test(.enabled(if: SeedArticleTests.path != nil, "the seed article is not next to this checkout"))
    func exactlyThoseFourQuotationsAndTheDraftChecks() throws {
        let article = try #require(Self.draft)
        #expect(article.draft.quotes.count == 4)
        #expect(article.title == "Russia and NATO meet for make-or-break talks on Ukraine crisis")
        let yaml = DossierDraft(articles: [article]).yaml()
        let loaded = try DossierLoader.load(yaml: yaml, file: "seed-draft.yaml")
        #expect(loaded.dossier.quotes.count == 4)
        #expect(loaded.warnings.isEmpty)
    }
}

/// The seed article's draft reviewed by key, as the README measures it: the keys that keep the
/// two quotations the bundled week takes from that article.
struct SeedArticleReviewTests {
    @Test(.enabled(if: SeedArticleTests.path != nil, "the seed article is not next to this checkout"))
    func sixKeysKeepTheTwoQuotationsTheBundledWeekTakesFromIt() throws {
        let drafted = try #require(SeedArticleTests.draft)
        let article = ReviewArticle(drafted: drafted, sourceFile: "article.txt")
        var store = ReviewStore(
            state: ReviewState(
                size: Size(width: 120, height: 36), session: ReviewSession(articles: [article]), file: "week.yaml"))
        // Accept, reject, reject, accept, write: with q to quit, the README's six keys.
        store.type("axxaw")
        let effects = store.takeEffects()
        guard case let .write(_, quotes, _, _, _)? = effects.first, effects.count == 1 else {
            Issue.record("no write: \(effects)")
            return
        }
        let bundled = try BundledDossier.load()
        let kept = bundled.quotes.filter { $0.source == "cnn-2022-01-12" }
        #expect(quotes.map(\.text) == kept.map(\.text))
        #expect(
            quotes.map { $0.speaker }
                == kept.map { bundled.person($0.speaker)?.name ?? bundled.party($0.speaker)?.name })
        #expect(quotes.map(\.date) == kept.map(\.date))
        #expect(quotes.map(\.partial) == kept.map(\.partial))
    }
}
