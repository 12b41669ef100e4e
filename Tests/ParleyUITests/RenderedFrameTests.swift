import Foundation
import ParleyModel
import ParleyTestSupport
import Testing
@testable import ParleyUI

/// Every screen, at three sizes, for the bundled week and for dossiers with one, two and seven
/// engagements: rendered text and style roles compared line by line with files in Frames/.
///
/// `PARLEY_RECORD=1 swift test` rewrites the files instead; do that only on purpose and review
/// the diff like code.
struct RenderedFrameTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40), Size(width: 200, height: 60)]
    static let dossiers: [(name: String, query: String)] = [
        ("bundled", "nato ukr"), ("one-engagement", "door"), ("two-engagements", "ferry"), ("seven-engagements", "useful"),
    ]
    static let screens = ["home", "meeting", "quotes", "search", "positions", "agreement", "help"]
    static let folder = Repository.path("Tests/ParleyUITests/Frames")

    static var cases: [(dossier: String, screen: String, size: String)] {
        dossiers.flatMap { dossier in
            screens.flatMap { screen in sizes.map { (dossier.name, screen, "\($0.width)x\($0.height)") } }
        }
    }

    /// Brings a store to a screen the way a user would get there.
    static func frame(dossier: String, screen: String, size: Size) throws -> CellGrid {
        var store = try TestDossiers.store(dossier, size: size)
        switch screen {
        case "meeting": store.press(.enter)
        case "quotes": store.press(.character("2"))
        case "search":
            let query = dossiers.first { $0.name == dossier }?.query ?? ""
            store.press(.character("/"))
            store.type(query)
            store.press(.enter)
            store.press(.character("n"))
        case "positions": store.press(.character("3"))
        case "agreement":
            store.press(.character("3"))
            store.press(.character("a"))
        case "help": store.press(.character("?"))
        default: break
        }
        return store.render()
    }

    @Test(arguments: cases)
    func frameMatchesTheRecordedOne(dossier: String, screen: String, size: String) throws {
        let grid = try Self.frame(dossier: dossier, screen: screen, size: try #require(Size(parsing: size)))
        let base = "\(Self.folder)/\(dossier)/\(screen)-\(size)"
        try Snapshot.check(grid.lines.joined(separator: "\n") + "\n", against: base + ".txt")
        try Snapshot.check(grid.roleLines.joined(separator: "\n") + "\n", against: base + ".roles")
    }

    @Test(arguments: cases)
    func frameIsExactlyTheTerminalsSize(dossier: String, screen: String, size: String) throws {
        let wanted = try #require(Size(parsing: size))
        let grid = try Self.frame(dossier: dossier, screen: screen, size: wanted)
        #expect(grid.lines.count == wanted.height)
        for line in grid.lines {
            #expect(DisplayWidth.of(line) == wanted.width)
            #expect(!line.unicodeScalars.contains(where: VisibleText.isUnsafe))
        }
    }

    @Test func everySizeDownToOneByOneDraws() throws {
        for width in [1, 2, 5, 20, 39, 40, 41, 60, 79] {
            for height in [1, 2, 3, 11, 12, 13, 20] {
                for screen in Self.screens {
                    let grid = try Self.frame(dossier: "seven-engagements", screen: screen, size: Size(width: width, height: height))
                    #expect(grid.lines.count == height)
                    #expect(grid.lines.allSatisfy { DisplayWidth.of($0) == width })
                }
            }
        }
    }

    @Test func tooSmallSaysSoWithBothSizes() throws {
        let grid = try Self.frame(dossier: "bundled", screen: "home", size: Size(width: 39, height: 11))
        let text = grid.lines.joined(separator: "\n")
        #expect(text.contains("Terminal too small"))
        #expect(text.contains("39×11; parley needs 40×12"))
    }
}
