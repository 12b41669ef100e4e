import Foundation
import ParleyArchive
import ParleyArchiveMemory
import ParleyDashboard
import ParleyModel
import ParleySystem
import ParleyTestSupport
import ParleyUI
import Testing

/// Following the files of a desk: what each save, new file and removed file turns into, and
/// the dashboard loop showing them on a real folder.
struct DeskFollowerTests {
    /// The desk in `folder`, read as `parley --desk` reads it.
    private static func desk(in folder: String) throws -> Desk {
        try #require(DeskLoader.read(directory: folder).get().assembly.desk)
    }

    private static func load(_ path: String) -> Result<LoadedDossier, DossierLoadFailure> {
        Result { () throws(DossierLoadFailure) in try DossierLoader.load(path: path) }
    }

    @Test func aNewWeekIsAddedWithItsContradictionSaid() throws {
        try DeskFixture.withCopy { folder in
            var follower = DeskFollower(desk: try Self.desk(in: folder), folder: folder, now: 0)
            let file = folder + "/contradiction.yaml"
            try FileManager.default.copyItem(atPath: DeskFixture.extra("contradiction.yaml"), toPath: file)
            guard case let .deskReloaded(desk, change, problem) = follower.loaded(file, Self.load(file)) else {
                Issue.record("the new week was not added")
                return
            }
            #expect(
                desk.weeks.map(\.id) == [
                    "zenda-2030-03-01", "zenda-2030-03-08", "zenda-2030-03-15", "zenda-2030-03-22",
                ])
            #expect(change.hasPrefix("\(file) added · \(file):9:10: warning: party 'alliance' is of kind"))
            #expect(problem == nil)
            #expect(follower.files.count == 3, "a file is followed once the folder is listed, not when read")
        }
    }

    @Test func aBrokenSaveKeepsTheLastGoodWeekUntilItIsFixed() throws {
        try DeskFixture.withCopy { folder in
            let before = try Self.desk(in: folder)
            var follower = DeskFollower(desk: before, folder: folder, now: 0)
            let file = folder + "/2030-03-08.yaml"
            let good = try String(contentsOfFile: file, encoding: .utf8)
            try "parley: 1\nid: zenda-broken\ntitle: [unclosed\n".write(toFile: file, atomically: true, encoding: .utf8)
            guard case let .dossierReloadFailed(problem) = follower.loaded(file, Self.load(file)) else {
                Issue.record("a broken save was put on screen")
                return
            }
            #expect(problem.hasPrefix("\(file):4:1: error: YAML syntax"))
            #expect(follower.weeks[file] == before.weeks[1], "the last good version is kept")
            #expect(follower.problems == [file: problem])

            // Another file saved while this one is broken: shown, the problem still said.
            let other = folder + "/2030-03-15.yaml"
            guard case let .deskReloaded(_, change, stillBroken) = follower.loaded(other, Self.load(other)) else {
                Issue.record("a good save beside a broken file was not shown")
                return
            }
            #expect(change == "\(other) reloaded")
            #expect(stillBroken == problem)

            try good.replacingOccurrences(of: "title: Zenda talks, week two", with: "title: Week two, renamed")
                .write(toFile: file, atomically: true, encoding: .utf8)
            guard case let .deskReloaded(desk, _, fixed) = follower.loaded(file, Self.load(file)) else {
                Issue.record("the fixed file was not shown")
                return
            }
            #expect(desk.weeks[1].dossier.title == "Week two, renamed")
            #expect(fixed == nil)
            #expect(follower.problems.isEmpty)
        }
    }

    @Test func aFileClaimingAnotherFilesIdsIsNotAdded() throws {
        try DeskFixture.withCopy(adding: ["clash.yaml"]) { folder in
            // The desk as it was before clash.yaml arrived.
            let reading = DeskLoader.read(files: DeskFixture.weeks.map { folder + "/" + $0 }, name: "zenda-desk")
            var follower = DeskFollower(desk: try #require(reading.assembly.desk), folder: folder, now: 0)
            let file = folder + "/clash.yaml"
            guard case let .dossierReloadFailed(problem) = follower.loaded(file, Self.load(file)) else {
                Issue.record("a clashing file was added")
                return
            }
            #expect(problem.hasPrefix("\(file):"))
            #expect(problem.contains("\(folder)/2030-03-08.yaml:"), "the message names both files: \(problem)")
            #expect(follower.weeks[file] == nil)
        }
    }

    @Test func aRemovedFileDropsItsWeekButNeverTheLastOne() throws {
        try DeskFixture.withCopy { folder in
            var follower = DeskFollower(desk: try Self.desk(in: folder), folder: folder, now: 0)
            guard case let .deskReloaded(desk, change, _) = follower.removed(folder + "/2030-03-01.yaml") else {
                Issue.record("the removed week was kept")
                return
            }
            #expect(desk.weeks.map(\.id) == ["zenda-2030-03-08", "zenda-2030-03-15"])
            #expect(change == "\(folder)/2030-03-01.yaml removed")
            _ = follower.removed(folder + "/2030-03-08.yaml")
            #expect(
                follower.removed(folder + "/2030-03-15.yaml")
                    == .dossierReloadFailed("\(folder)/2030-03-15.yaml: no such file"))
            #expect(follower.weeks.count == 1)
        }
    }

    @Test func namedFilesThatGoAreSaidToBeGoneAndKept() throws {
        try DeskFixture.withCopy { folder in
            var follower = DeskFollower(desk: try Self.desk(in: folder), folder: nil, now: 0)
            #expect(
                follower.removed(folder + "/2030-03-01.yaml")
                    == .dossierReloadFailed("\(folder)/2030-03-01.yaml: no such file"))
            #expect(follower.weeks.count == 3)
        }
    }

    @Test func aFileLeftOutAtTheStartIsSaidAndReadOnceSaved() throws {
        try DeskFixture.withCopy(adding: ["broken.yaml"]) { folder in
            let broken = folder + "/broken.yaml"
            let reading = try DeskLoader.read(directory: folder).get()
            let desk = try #require(reading.assembly.desk)
            var follower = DeskFollower(desk: desk, folder: nil, now: 0, broken: [broken: "broken.yaml:4:1: error"])
            #expect(follower.files.contains(broken))
            #expect(follower.problems == [broken: "broken.yaml:4:1: error"])
            let action = follower.loaded(
                broken, .success(try DossierLoader.load(path: DeskFixture.extra("contradiction.yaml"))))
            guard case let .deskReloaded(reloaded, change, problem) = action else {
                Issue.record("not reloaded: \(action)")
                return
            }
            #expect(reloaded.weeks.count == 4)
            #expect(change.hasPrefix("\(broken) added"))
            #expect(problem == nil)
            #expect(follower.problems.isEmpty)
        }
    }

    @Test func theFolderIsListedForNewFilesAtItsInterval() throws {
        try DeskFixture.withCopy { folder in
            var follower = DeskFollower(desk: try Self.desk(in: folder), folder: folder, now: 0)
            let listed = DeskFixture.weeks.map { folder + "/" + $0 } + [folder + "/new.yaml"]
            var listings = 0
            let listing: (String) -> [String]? = { _ in
                listings += 1
                return listed
            }
            #expect(follower.poll(now: DeskFollower.rescanInterval - 1, listing: listing).isEmpty)
            #expect(listings == 0)
            _ = follower.poll(now: DeskFollower.rescanInterval, listing: listing)
            #expect(listings == 1)
            #expect(follower.files.contains(folder + "/new.yaml"))
        }
    }

    @Test func theFolderIsListedAgainOnlyWhenOneOfItsFoldersChanged() throws {
        try DeskFixture.withCopy { folder in
            var follower = DeskFollower(desk: try Self.desk(in: folder), folder: folder, now: 0)
            var listings = 0
            let listing: (String) -> [String]? = { path in
                listings += 1
                return try? DeskLoader.dossierFiles(in: path).get()
            }
            let interval = DeskFollower.rescanInterval
            _ = follower.poll(now: interval, listing: listing)
            _ = follower.poll(now: 2 * interval, listing: listing)
            _ = follower.poll(now: 3 * interval, listing: listing)
            #expect(listings == 1)
            // A file saved in place changes no folder.
            let week = folder + "/" + DeskFixture.weeks[0]
            try (try String(contentsOfFile: week, encoding: .utf8) + "# saved\n").write(
                toFile: week, atomically: false, encoding: .utf8)
            _ = follower.poll(now: 4 * interval, listing: listing)
            #expect(listings == 1)
            // A new subfolder changes the desk's folder; a file added in it changes the subfolder.
            try FileManager.default.createDirectory(atPath: folder + "/april", withIntermediateDirectories: false)
            _ = follower.poll(now: 5 * interval, listing: listing)
            #expect(listings == 2)
            try FileManager.default.copyItem(
                atPath: DeskFixture.extra("contradiction.yaml"), toPath: folder + "/april/contradiction.yaml")
            _ = follower.poll(now: 6 * interval, listing: listing)
            #expect(listings == 3)
            #expect(follower.files.contains(folder + "/april/contradiction.yaml"))
            _ = follower.poll(now: 7 * interval, listing: listing)
            #expect(listings == 3)
        }
    }

    #if os(Linux)
        @Test func betweenSweepsOnlyTheFilesTheKernelNamesAreLookedAt() throws {
            try DeskFixture.withCopy { folder in
                var follower = DeskFollower(desk: try Self.desk(in: folder), folder: folder, now: 0)
                let interval = DeskFollower.rescanInterval
                _ = follower.poll(now: interval)
                let settled = follower.looks
                // Nothing changes: the folder is signed, no file is looked at.
                for step in 2...3 { #expect(follower.poll(now: UInt64(step) * interval).isEmpty) }
                #expect(follower.looks == settled)
                // A save in place is named by the kernel and read, well before the next sweep.
                let week = folder + "/" + DeskFixture.weeks[1]
                try (try String(contentsOfFile: week, encoding: .utf8) + "# saved\n").write(
                    toFile: week, atomically: false, encoding: .utf8)
                usleep(50_000)
                var events: [DeskFollower.Event] = []
                var now = 3 * interval
                while events.isEmpty, now < 3 * interval + DeskFollower.sweepInterval - 200 {
                    now += 100
                    events += follower.poll(now: now)
                }
                #expect(events == [.read(week)])
                #expect(follower.looks - settled <= 3)
                // The sweep still looks at every file.
                _ = follower.poll(now: now + DeskFollower.sweepInterval)
                #expect(follower.looks - settled >= 3 + DeskFixture.weeks.count - 1)
            }
        }
    #endif

    @Test func theLoopShowsAddedBrokenFixedAndRemovedFiles() throws {
        try DeskFixture.withCopy { folder in
            let desk = try Self.desk(in: folder)
            let context = DashboardContext(desk: desk, themeNames: ["default"])
            let added = folder + "/contradiction.yaml"
            let second = folder + "/2030-03-08.yaml"
            let good = try String(contentsOfFile: second, encoding: .utf8)
            var stage = 0
            var seen: [String] = []
            let terminal = FakeTerminal(size: Size(width: 160, height: 30)) { terminal in
                let screen = terminal.screen
                switch stage {
                case 0:
                    try? FileManager.default.copyItem(atPath: DeskFixture.extra("contradiction.yaml"), toPath: added)
                    stage = 1
                case 1 where screen.contains("week 3 of 4") && screen.contains("contradiction.yaml added"):
                    seen.append("added")
                    try? "parley: 1\nid: zenda-broken\ntitle: [unclosed\n".write(
                        toFile: second, atomically: true, encoding: .utf8)
                    stage = 2
                case 2 where screen.contains("2030-03-08.yaml:4:1"):
                    seen.append(screen.contains("week 3 of 4") ? "broken, desk kept" : "broken, desk lost")
                    try? good.write(toFile: second, atomically: true, encoding: .utf8)
                    stage = 3
                case 3 where screen.contains("2030-03-08.yaml reloaded"):
                    seen.append("fixed")
                    try? FileManager.default.removeItem(atPath: added)
                    stage = 4
                case 4 where screen.contains("week 3 of 3"):
                    seen.append("removed")
                    stage = 5
                    return [.character("q")]
                default: break
                }
                return []
            }
            var loop = DashboardLoop(
                store: DashboardStore(size: terminal.size, context: context),
                follower: DeskFollower(desk: desk, folder: folder, now: DashboardLoop.monotonicMilliseconds()),
                archives: [],
                openArchive: { path, progress throws(ArchiveLoadFailure) in
                    try ArchiveLoader.load(path: path, progress: progress).opened
                }
            ) { name in Theme(name: name, styles: Theme.standard.styles) }
            #expect(loop.run(on: terminal) == 0)
            #expect(
                seen == ["added", "broken, desk kept", "fixed", "removed"], "the screen shows:\n\(terminal.screen)")
        }
    }
}
