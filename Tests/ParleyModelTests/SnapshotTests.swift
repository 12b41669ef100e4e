import Foundation
import ParleyTestSupport
import Testing

/// The snapshot check every test target uses: a difference is a failure that names the line.
struct SnapshotTests {
    @Test func sameTextPasses() throws {
        try Fixtures.withTemporaryFolder { folder in
            let path = folder + "/frame.txt"
            try "one\ntwo\n".write(toFile: path, atomically: true, encoding: .utf8)
            try Snapshot.check("one\ntwo\n", against: path)
        }
    }

    @Test(arguments: [
        ("one\ntwo\n", "one\nthree\n", "frame.txt line 2:\n  expected: two\n  actual:   three"),
        ("one\n", "one\n\n", "frame.txt: 3 lines, expected 2"),
    ])
    func aDifferenceIsAFailureThatSaysWhere(kept: String, actual: String, message: String) throws {
        try Fixtures.withTemporaryFolder { folder in
            let path = folder + "/frame.txt"
            try kept.write(toFile: path, atomically: true, encoding: .utf8)
            try withKnownIssue {
                try Snapshot.check(actual, against: path)
            } matching: { issue in
                issue.comments.map(\.rawValue).joined() == message
            }
        }
    }

    @Test func aMissingSnapshotIsAFailure() {
        withKnownIssue {
            try Snapshot.check("one\n", against: "/no/such/folder/frame.txt")
        }
    }
}
