import Foundation
import ParleySystem
import Testing

/// Writing a dossier the user owns: only over the version read, the old one kept as FILE~,
/// links followed and permissions kept.
struct DossierWriterTests {
    static func withFile(_ text: String, _ body: (String) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parley-writer-\(UUID().uuidString)")
            .path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/week.yaml"
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        try body(path)
    }

    @Test func theNewVersionReplacesTheOneReadWhichIsKept() throws {
        try Self.withFile("parley: 1 # mine\n") { path in
            chmod(path, 0o600)
            try DossierWriter.replace(
                path, original: Array("parley: 1 # mine\n".utf8), with: "parley: 1 # mine\nid: x\n")
            #expect(try String(contentsOfFile: path, encoding: .utf8) == "parley: 1 # mine\nid: x\n")
            #expect(try String(contentsOfFile: path + "~", encoding: .utf8) == "parley: 1 # mine\n")
            let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
            #expect(mode == 0o600)
        }
    }

    @Test func anEditSavedMeanwhileIsNeverOverwritten() throws {
        try Self.withFile("parley: 1\n# edited since\n") { (path: String) throws in
            #expect(throws: DossierWriter.Failure.changedMeanwhile(path: path)) {
                try DossierWriter.replace(path, original: Array("parley: 1\n".utf8), with: "parley: 1\nid: x\n")
            }
            #expect(try String(contentsOfFile: path, encoding: .utf8) == "parley: 1\n# edited since\n")
            #expect(!FileManager.default.fileExists(atPath: path + "~"))
        }
    }

    @Test func aLinkedDossierIsWrittenWhereTheLinkPoints() throws {
        try Self.withFile("parley: 1\n") { path in
            let link = path + ".link.yaml"
            try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: path)
            try DossierWriter.replace(link, original: Array("parley: 1\n".utf8), with: "parley: 1\nid: x\n")
            #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == path)
            #expect(try String(contentsOfFile: path, encoding: .utf8) == "parley: 1\nid: x\n")
        }
    }

    @Test func aFileThatIsGoneIsSaid() {
        #expect(throws: DossierWriter.Failure.unreadable(path: "/nonexistent/week.yaml", reason: "no such file")) {
            try DossierWriter.replace("/nonexistent/week.yaml", original: [], with: "")
        }
    }
}
