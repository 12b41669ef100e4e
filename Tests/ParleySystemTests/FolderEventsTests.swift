import Foundation
import ParleySystem
import Testing

/// What the kernel says of a real folder: files written, added and removed by name, a folder
/// added as losing track, and nothing when nothing happened.
struct FolderEventsTests {
    static func withFolder(_ body: (String) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parley-events-\(UUID().uuidString)")
            .path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try body(folder)
    }

    /// The kernel's news, waiting a moment for it to arrive.
    static func news(_ events: FolderEvents) -> FolderEvents.News {
        var news = FolderEvents.News()
        for _ in 0..<50 {
            let more = events.drain()
            news.paths.formUnion(more.paths)
            news.lostTrack = news.lostTrack || more.lostTrack
            if !news.paths.isEmpty || news.lostTrack { break }
            usleep(10_000)
        }
        return news
    }

    @Test func pathsAreWrittenAsTheDesksFilesAre() {
        // `parley --dossier week.yaml` follows "week.yaml", whose folder is ".".
        #expect(FolderEvents.path(of: "week.yaml", in: ".") == "week.yaml")
        #expect(FolderEvents.path(of: "week.yaml", in: "desk") == "desk/week.yaml")
        #expect(FolderEvents.path(of: "week.yaml", in: "desk/") == "desk/week.yaml")
        #expect(FolderEvents.path(of: "week.yaml", in: "/") == "/week.yaml")
        #expect(FolderEvents.path(of: "week.yaml", in: "./desk") == "./desk/week.yaml")
    }

    #if os(Linux)
        @Test func filesWrittenAddedAndRemovedAreNamed() throws {
            try Self.withFolder { folder in
                let events = try #require(FolderEvents.open())
                #expect(events.watch(folder))
                #expect(events.drain() == FolderEvents.News())
                let week = folder + "/week.yaml"
                try "parley: 1\n".write(toFile: week, atomically: false, encoding: .utf8)
                #expect(Self.news(events) == FolderEvents.News(paths: [week], lostTrack: false))
                // Saved by renaming a new file into place, as many editors do.
                try "parley: 1\nid: w\n".write(toFile: week, atomically: true, encoding: .utf8)
                #expect(Self.news(events).paths.contains(week))
                try FileManager.default.removeItem(atPath: week)
                #expect(Self.news(events) == FolderEvents.News(paths: [week], lostTrack: false))
                #expect(events.drain() == FolderEvents.News())
            }
        }

        @Test func aFolderAddedLosesTrack() throws {
            try Self.withFolder { folder in
                let events = try #require(FolderEvents.open())
                #expect(events.watch(folder))
                try FileManager.default.createDirectory(atPath: folder + "/april", withIntermediateDirectories: false)
                #expect(Self.news(events).lostTrack)
            }
        }

        @Test func aFolderThatIsNotThereIsRefused() throws {
            let events = try #require(FolderEvents.open())
            #expect(!events.watch("/nonexistent/parley-desk"))
        }
    #endif
}
