import ParleyArchive
import Testing
@testable import ParleyArchiveSQLite
@testable import ParleyModel

/// What a search compiles to for the full-text engines: the words each quote is indexed by,
/// and the expression a query becomes.
struct WordQueryTests {
    private static func compiled(_ text: String) throws -> WordQuery {
        WordQuery(try QueryParser.parse(text), days: nil)
    }

    @Test func aSpeakersWordsAndPairsAreLedByTheirMark() {
        #expect(IndexWords.speakerWords("Anna Adams") == "¶anna ¶adams ¶·anna·adams ")
        let words = IndexWords.words(text: Array("Peace now".utf8), speakerWords: IndexWords.speakerWords("Anna Adams"), day: Day("2018-03-04")!)
        #expect(words == "peace now ·peace·now ¶anna ¶adams ¶·anna·adams §d20180304 §m201803 §y2018 §")
        // The words a reader types, for turning a long prefix into whole words: no pairs, no dates.
        #expect(IndexWords.plainWords(in: words) == ["peace", "now", "¶anna", "¶adams"])
    }

    /// A name being typed is a prefix of speakers' words alone, found exactly through the
    /// index: were it a prefix of every word ("an" finds "and"), each quote found would have
    /// to be checked, and a prefix no speaker has would read the whole archive to find none.
    @Test func aSpeakerBeingTypedIsExactlyAPrefixOfSpeakersWords() throws {
        let typing = try Self.compiled("speaker:an")
        #expect(typing.selection == .match(.prefix("¶an")))
        #expect(typing.isExact)
        let pair = try Self.compiled("speaker:\"anna adams\"")
        #expect(pair.selection == .match(.word("¶·anna·adams")))
        #expect(pair.isExact)
        let negated = try Self.compiled("-speaker:an")
        #expect(negated.selection == .match(.not(.prefix("¶an"))))
        #expect(negated.isExact)
    }

    @Test func aBareWordFindsTextAndSpeakersAlike() throws {
        // A trailing space ends the word; the last word without one is still being typed.
        #expect(try Self.compiled("putin ").selection == .match(.any([.word("putin"), .word("¶putin")])))
        #expect(try Self.compiled("pu").selection == .match(.any([.prefix("pu"), .prefix("¶pu")])))
        #expect(try Self.compiled("speaker:putin ").selection == .match(.word("¶putin")))
        let phrase = try Self.compiled("\"vladimir putin\" said")
        #expect(phrase.selection == .match(.every([
            .any([.word("·vladimir·putin"), .word("¶·vladimir·putin")]),
            .any([.prefix("said"), .prefix("¶said")]),
        ])))
        #expect(phrase.isExact)
        // Three words are two pairs that may stand apart: found by the index, then checked.
        #expect(try !Self.compiled("\"the security of\"").isExact)
    }

    @Test func aLongPrefixBecomesTheWholeWordsThatStartWithIt() {
        let whole: (String) -> [String]? = { prefix in
            switch prefix {
            case "¶anna": ["¶anna", "¶annabel"]
            case "¶zzzz": []
            default: nil
            }
        }
        #expect(WordExpression.prefix("¶anna").fts5(wholeWords: whole) == "(\"¶anna\" OR \"¶annabel\")")
        // No word starts with it: the prefix as a word, which no quote has.
        #expect(WordExpression.prefix("¶zzzz").fts5(wholeWords: whole) == "\"¶zzzz\"")
        #expect(WordExpression.prefix("secu").fts5(wholeWords: whole) == "\"secu\" *")
    }
}
