import Foundation
import ParleyModel
import ParleySystem
import ParleyTestSupport
import Testing

/// Finding a desk's dossier files: any depth, dot-names skipped, links to folders not walked.
struct DeskLoaderTests {
    /// A temporary folder holding empty files and folders at the given relative paths.
    private func withTree<T>(_ paths: [String], _ body: (String) throws -> T) throws -> T {
        let manager = FileManager.default
        let root = manager.temporaryDirectory.appendingPathComponent("parley-tree-\(UUID().uuidString)").path
        try manager.createDirectory(atPath: root, withIntermediateDirectories: true)
        defer { try? manager.removeItem(atPath: root) }
        for path in paths {
            if path.hasSuffix("/") {
                try manager.createDirectory(atPath: root + "/" + path, withIntermediateDirectories: true)
            } else {
                try manager.createDirectory(
                    atPath: (root + "/" + path as NSString).deletingLastPathComponent, withIntermediateDirectories: true
                )
                #expect(manager.createFile(atPath: root + "/" + path, contents: Data()))
            }
        }
        return try body(root)
    }

    @Test func dossierFilesAtAnyDepthInPathOrder() throws {
        try withTree([
            "b.yaml", "a.yml", "2022/01/week.yaml", "2022/notes.txt", ".git/config.yaml", "drafts/.week.yaml.swp",
            "drafts/.hidden.yaml", "empty/",
        ]) { root in
            #expect(
                DeskLoader.dossierFiles(in: root)
                    == .success(["\(root)/2022/01/week.yaml", "\(root)/a.yml", "\(root)/b.yaml"]))
        }
    }

    @Test func aLinkToAFolderIsNotWalkedSoALoopEnds() throws {
        try withTree(["week.yaml", "inner/"]) { root in
            try FileManager.default.createSymbolicLink(atPath: root + "/inner/loop", withDestinationPath: root)
            try FileManager.default.createSymbolicLink(
                atPath: root + "/linked.yaml", withDestinationPath: root + "/week.yaml")
            #expect(DeskLoader.dossierFiles(in: root) == .success(["\(root)/linked.yaml", "\(root)/week.yaml"]))
        }
    }

    @Test func aFolderWithoutDossiersOrNoFolderIsAFailureThatSaysWhich() throws {
        try withTree(["notes.txt"]) { root in
            #expect(DeskLoader.dossierFiles(in: root) == .failure(.empty(path: root)))
            #expect(
                DeskLoader.Failure.empty(path: root).description
                    == "\(root): no dossier files (*.yaml or *.yml) in this folder or below it")
            #expect(
                DeskLoader.dossierFiles(in: root + "/missing")
                    == .failure(.unreadable(path: root + "/missing", reason: "no such file")))
            #expect(
                DeskLoader.dossierFiles(in: root + "/notes.txt")
                    == .failure(.unreadable(path: root + "/notes.txt", reason: "is not a folder")))
            #expect(!DeskLoader.isFolder(root + "/notes.txt"))
            #expect(DeskLoader.isFolder(root))
        }
    }

    @Test func theDeskIsNamedAfterItsFolder() {
        #expect(DeskLoader.folderName("docs/examples/zenda-desk/") == "zenda-desk")
        #expect(DeskLoader.folderName("/srv/desks/ukraine") == "ukraine")
        #expect(DeskLoader.folderName(".") == ".")
    }

    @Test func readingTheZendaDeskLoadsEveryWeek() throws {
        let reading = try DeskLoader.read(directory: DeskFixture.folder).get()
        #expect(reading.files == DeskFixture.weeks.map { DeskFixture.folder + "/" + $0 })
        #expect(reading.loaded.count == 3)
        #expect(reading.assembly.desk?.combined.title == "zenda-desk")
    }
}
