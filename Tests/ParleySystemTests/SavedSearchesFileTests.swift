import Foundation
import ParleySystem
import ParleyTestSupport
import Testing

/// The searches kept by name: one `NAME<TAB>QUERY` a line, a save replacing its name's line or
/// adding one, every other line kept as it was, a line that does not read said with its number.
struct SavedSearchesFileTests {
    @Test func aSaveReplacesOrAddsAndKeepsEveryOtherLine() throws {
        try TemporaryFolder.with("parley-saved") { folder in
            let file = SavedSearchesFile(environment: ["XDG_DATA_HOME": folder])
            #expect(file.path == folder + "/parley/searches")
            #expect(file.read().searches.isEmpty)
            try file.save("party:russia", as: "russia")
            try file.save("speaker:sherman", as: "sherman")
            let path = try #require(file.path)
            // A line the user broke by hand stays, and is said.
            try (String(contentsOfFile: path, encoding: .utf8) + "not a search\n").write(
                toFile: path, atomically: true, encoding: .utf8)
            try file.save("party:russia -nato", as: "russia")
            #expect(
                try String(contentsOfFile: path, encoding: .utf8)
                    == "russia\tparty:russia -nato\nsherman\tspeaker:sherman\nnot a search\n")
            let read = file.read()
            #expect(read.searches.map(\.name) == ["russia", "sherman"])
            #expect(read.problems == ["\(path):3: a saved search is NAME, a tab, then the query"])
            #expect(file.query(named: "sherman") == "speaker:sherman")
            #expect(file.query(named: "nobody") == nil)
            // A query holding a line break is kept on one line.
            try file.save("a\nb", as: "broken")
            #expect(file.query(named: "broken") == "a b")
        }
    }

    @Test func withoutAHomeNothingIsKept() throws {
        let file = SavedSearchesFile(environment: [:])
        #expect(file.path == nil)
        try file.save("x", as: "y")
        #expect(file.read().searches.isEmpty)
    }
}
