import Foundation
import ParleySystem
import ParleyTestSupport
import Testing

/// The history file: where it is, what it keeps, and that it never grows past its limit.
struct SearchHistoryFileTests {
    @Test func theFileFollowsXDGStateHomeAndKeepsTheLatestSearches() throws {
        #expect(SearchHistoryFile(environment: ["HOME": "/h"]).path == "/h/.local/state/parley/history")
        #expect(SearchHistoryFile(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"]).path == "/s/parley/history")
        #expect(SearchHistoryFile(environment: [:]).path == nil)
        try TemporaryFolder.with("parley-history") { folder in
            let file = SearchHistoryFile(environment: ["XDG_STATE_HOME": folder + "/state"])
            #expect(file.read().isEmpty)
            let many = (1...250).map { "query \($0)" } + ["two\nlines"]
            try file.write(many)
            let read = file.read()
            #expect(read.count == SearchHistoryFile.limit)
            #expect(read.first == "query 51" && read.last == "query 250")
        }
    }
}
