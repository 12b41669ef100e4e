import Foundation
import ParleyArchive
import ParleyArchiveMemory
import ParleyDashboard
import ParleyModel
import ParleySystem
import ParleyTestSupport
import ParleyUI
import Testing

/// `c` on the quotes screen: an archive quote kept in the dossier file of the week shown, the
/// rest of the file as it was, and the dossier's own quotes, or the bundled week, refused.
struct QuoteCollectorTests {
    static let line =
        #"{"quoteID":"2020-01-05-000123","quotation":"We will not be moved on the border, not now.","speaker":"Anna Adams","qids":["Q1"],"date":"2020-01-05 10:00:00","numOccurrences":3,"probas":[["Anna Adams","0.9"]],"urls":["https://www.news-example.com/a/1"],"phase":"E"}"#

    /// A copy of the Zenda desk's first week and an archive of one quote, in a temporary folder.
    static func withWeekAndArchive(_ body: (_ week: String, _ archive: any ArchiveStore) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parley-c-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let week = folder + "/week.yaml"
        try FileManager.default.copyItem(atPath: DeskFixture.folder + "/" + DeskFixture.weeks[0], toPath: week)
        try (Self.line + "\n").write(toFile: folder + "/archive.jsonl", atomically: true, encoding: .utf8)
        // Named as a relative path would be, so the frames that show it do not depend on the folder.
        let bytes = Array((Self.line + "\n").utf8)
        let archive = bytes.withUnsafeBytes { ArchiveLoader.load(bytes: $0, path: "archive.jsonl").opened.store }
        try body(week, archive)
    }

    /// The dashboard on `week` with `archive` searched beside it, showing the archive's quote.
    static func dashboard(week: String, archive: any ArchiveStore) throws -> InlineDashboard {
        let loaded = try DossierLoader.load(path: week)
        return dashboard(
            desk: Desk(single: DeskWeek(file: week, dossier: loaded.dossier, places: loaded.places)), archive: archive)
    }

    /// The dashboard on `desk` with `archive` searched beside it, showing the archive's quote.
    static func dashboard(desk: Desk, archive: any ArchiveStore) -> InlineDashboard {
        var store = InlineDashboard(
            size: Size(width: 120, height: 30),
            context: DashboardContext(desk: desk, corpus: QuoteCorpus(desk: desk, archives: [archive])))
        store.press(.character("2"))
        store.press(.character("/"))
        store.type("moved border")
        store.press(.enter)
        return store
    }

    @Test func cKeepsTheArchiveQuoteInTheWeeksFile() throws {
        try Self.withWeekAndArchive { week, archive in
            var store = try Self.dashboard(week: week, archive: archive)
            _ = store.takeEffects()
            // c asks where it was said (the second row: the week's first engagement), then
            // what it is about (the first issue marked), and only then keeps it.
            store.press(.character("c"))
            #expect(store.takeEffects().isEmpty)
            #expect(store.state.collecting?.stage == .engagement)
            try Snapshot.check(
                store.render().lines.joined(separator: "\n") + "\n",
                against: Repository.path("Tests/ParleyUITests/Frames/collect-picker-engagement-120x30.txt"))
            store.press(.down)
            store.press(.enter)
            #expect(store.state.collecting?.stage == .issues)
            store.press(.character(" "))
            store.press(.down)
            store.press(.character(" "))
            store.press(.character(" "))
            try Snapshot.check(
                store.render().lines.joined(separator: "\n") + "\n",
                against: Repository.path("Tests/ParleyUITests/Frames/collect-picker-issues-120x30.txt"))
            store.press(.enter)
            #expect(store.state.collecting == nil)
            let effects = store.takeEffects()
            guard case let .collect(request)? = effects.first, effects.count == 1 else {
                Issue.record("no collect effect: \(effects)")
                return
            }
            #expect(request.file == week)
            #expect(request.found.text == "We will not be moved on the border, not now.")
            #expect(request.found.speaker == "Anna Adams")
            #expect(request.engagement == "castle-talks")
            #expect(request.issues == ["border"])
            #expect(store.state.notice == Notice("keeping the quote in \(week)…"))
            let original = try String(contentsOfFile: week, encoding: .utf8)
            let notice = QuoteCollector.collect(request)
            #expect(notice == Notice("kept in \(week) as adams-we-will-not (anna-adams, new: TODO party and role)"))
            let kept = try DossierLoader.load(path: week).dossier
            let quote = try #require(kept.quote("adams-we-will-not"))
            #expect(quote.text == "We will not be moved on the border, not now.")
            #expect(quote.engagement == "castle-talks")
            #expect(quote.issues == ["border"])
            #expect(try String(contentsOfFile: week + "~", encoding: .utf8) == original)
        }
    }

    @Test func escapeInThePickerKeepsNothingAndOtherKeysWait() throws {
        try Self.withWeekAndArchive { week, archive in
            var store = try Self.dashboard(week: week, archive: archive)
            _ = store.takeEffects()
            store.press(.character("c"))
            // Keys the picker does not bind do nothing while it is open: no screen change.
            store.press(.character("1"))
            store.press(.character("q"))
            #expect(store.state.screen == .quotes && !store.state.isQuitting)
            store.press(.up)
            #expect(store.state.collecting?.cursor == 0)
            store.press(.escape)
            #expect(store.state.collecting == nil)
            #expect(store.state.notice == Notice("c: nothing kept"))
            #expect(store.takeEffects().isEmpty)
        }
    }

    @Test func aDossierQuoteTheBundledWeekAndABrokenFileAreSaid() throws {
        try Self.withWeekAndArchive { week, archive in
            // A quote of the dossier itself.
            var store = try Self.dashboard(week: week, archive: archive)
            store.press(.escape)
            store.press(.character("/"))
            store.type("door")
            store.press(.enter)
            // Enter keeps the searches for another time; that is all it asks for.
            #expect(store.takeEffects() == [.saveHistory(["moved border"]), .saveHistory(["moved border", "door"])])
            store.press(.character("c"))
            #expect(store.takeEffects().isEmpty)
            #expect(store.state.notice == Notice("c: this quote is in the dossier already", isWarning: true))
            // A file broken since it was opened: nothing written, the problem said.
            try "parley: 1\ntitle: [unclosed\n".write(toFile: week, atomically: false, encoding: .utf8)
            let quote = try #require(try archive.quote(id: "2020-01-05-000123"))
            let notice = QuoteCollector.collect(
                CollectRequest(found: QuoteCollection.Found(archiveQuote: quote), file: week))
            #expect(notice.isWarning)
            #expect(notice.text.hasPrefix("c: not kept: \(week):3:1: error: YAML syntax"))
            #expect(notice.text.hasSuffix("(fix it, and c again)"))
            #expect(try String(contentsOfFile: week, encoding: .utf8) == "parley: 1\ntitle: [unclosed\n")
            // The bundled week is no file of the user's.
            let bundled = Desk(single: DeskWeek(file: BundledDossier.fileName, dossier: try BundledDossier.load()))
            var onBundled = Self.dashboard(desk: bundled, archive: archive)
            _ = onBundled.takeEffects()
            onBundled.press(.character("c"))
            #expect(onBundled.takeEffects().isEmpty)
            #expect(
                onBundled.state.notice
                    == Notice(
                        "c: the bundled week is not a file to write — open your own with --dossier FILE",
                        isWarning: true))
        }
    }

    @Test func cKeepsAQuoteOfAnotherWeekInTheWeekShownWithAnIdTheDeskHasNot() throws {
        try DeskFixture.withCopy { folder in
            let desk = try #require(try DeskLoader.read(directory: folder).get().assembly.desk)
            var store = InlineDashboard(size: Size(width: 120, height: 30), context: DashboardContext(desk: desk))
            // The latest week is shown; a quote of the first is found and kept in the latest's file.
            let first = desk.weeks[0].dossier
            let quote = try #require(first.quotes.first)
            store.press(.character("2"))
            store.press(.character("/"))
            store.type("week:\(desk.weeks[0].id)")
            store.press(.enter)
            let index = try #require(
                (0..<(store.state.quotes.results?.count ?? 0)).first {
                    store.context.entry(store.state.quotes.results!, at: $0).id == quote.id
                })
            for _ in 0..<index { store.press(.down) }
            _ = store.takeEffects()
            store.press(.character("c"))
            while store.state.collecting != nil { store.press(.enter) }
            let effects = store.takeEffects()
            guard case let .collect(request)? = effects.first else {
                Issue.record("no collect effect: \(effects)")
                return
            }
            let latest = desk.weeks[desk.latestIndex]
            #expect(request.file == latest.file)
            #expect(request.found.text == quote.text && request.found.date == quote.date)
            #expect(request.takenIDs.contains(quote.id))
            let notice = QuoteCollector.collect(request)
            #expect(!notice.isWarning, "\(notice.text)")
            // The desk still loads: the copy's id is none the desk had.
            let after = try DeskLoader.read(directory: folder).get()
            #expect(after.failures.isEmpty && after.assembly.diagnostics.allSatisfy { $0.severity == .warning })
            let again = try #require(after.assembly.desk)
            let kept = try #require(again.weeks[desk.latestIndex].dossier.quotes.last)
            #expect(kept.text == quote.text && kept.id != quote.id)
            #expect(again.combined.quotes.filter { $0.text == quote.text }.count == 2)
        }
    }
}
