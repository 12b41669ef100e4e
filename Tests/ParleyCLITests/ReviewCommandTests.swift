import Foundation
import ParleyTestSupport
import Testing

/// `parley review` before its screen opens: what it refuses, with which status and message.
/// (The screen itself is tested under tmux, in ParleyEndToEndTests.)
struct ReviewCommandTests {
    @Test func withoutATerminalItSaysSoAndWritesNothing() throws {
        try ReviewFixture.inFolder { folder in
            let outcome = try ParleyProcess.run(["review", folder + "/castle.txt", "--dossier", folder + "/week.yaml"])
            #expect(outcome.status == 64)
            #expect(outcome.stderr == "parley: review needs a terminal (parley draft prints a draft without one)\n")
            #expect(outcome.stdout.isEmpty)
            #expect(!FileManager.default.fileExists(atPath: folder + "/week.yaml"))
        }
    }

    @Test func aDossierThatDoesNotLoadIsSaidWithItsPlaceBeforeAnythingElse() throws {
        try ReviewFixture.inFolder { folder in
            let week = folder + "/week.yaml"
            try "parley: 1\nid: [broken\n".write(toFile: week, atomically: true, encoding: .utf8)
            let outcome = try ParleyProcess.run(["review", folder + "/castle.txt", "--dossier", week])
            #expect(outcome.status == 65)
            #expect(outcome.stderr.hasPrefix("parley: \(week):3:1: error: "), "\(outcome.stderr)")
            #expect(try String(contentsOfFile: week, encoding: .utf8) == "parley: 1\nid: [broken\n")
        }
    }

    @Test func aMissingArticleOrNoDossierNamedIsRefused() throws {
        try ReviewFixture.inFolder { folder in
            let missing = try ParleyProcess.run(["review", folder + "/nowhere.txt", "--dossier", folder + "/week.yaml"])
            #expect(missing.status == 66)
            #expect(missing.stderr == "parley: \(folder)/nowhere.txt: no such file\n")
            let unnamed = try ParleyProcess.run(["review", folder + "/castle.txt"])
            #expect(unnamed.status == 64)
            #expect(
                unnamed.stderr.contains(
                    "review writes one dossier of yours: --dossier FILE (begun when it does not exist), or --desk DIR with --week ID"
                ))
        }
    }

    @Test func anArticleWithoutQuotationsHasNothingToReview() throws {
        try ReviewFixture.inFolder { folder in
            let plain = folder + "/plain.txt"
            try "The talks ended on Tuesday. Nobody spoke to reporters.\n".write(
                toFile: plain, atomically: true, encoding: .utf8)
            let outcome = try ParleyProcess.run(["review", plain, "--dossier", folder + "/week.yaml"])
            #expect(outcome.status == 0)
            #expect(outcome.stderr == "parley: no quotation was found in \(plain); nothing to review\n")
        }
    }
}
