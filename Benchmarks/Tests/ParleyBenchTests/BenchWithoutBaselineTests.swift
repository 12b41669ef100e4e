import Foundation
import Testing

/// `parley-bench` where the bare baseline was not built: a warning and nulls, never a crash.
struct BenchWithoutBaselineTests {
    /// The folder SwiftPM built this test bundle and `parley-bench` into.
    static var builtProducts: URL {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        // On Linux the tests run from `<build>/debug/<package>PackageTests.xctest`.
        if folder.lastPathComponent.hasSuffix(".xctest") { folder = folder.deletingLastPathComponent() }
        return folder
    }

    @Test func theFirstFrameIsReportedMissingNotInfinite() throws {
        let built = Self.builtProducts
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parley-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // parley-bench alone, copied away from the parley and bare-foundation built beside it.
        let bench = folder.appendingPathComponent("parley-bench")
        try FileManager.default.copyItem(at: built.appendingPathComponent("parley-bench"), to: bench)
        let archive = folder.appendingPathComponent("archive.jsonl").path

        let process = Process()
        process.executableURL = bench
        process.arguments = ["run", "--quotes", "2000", "--file", archive, "--launches", "1", "--json"]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let output = out.fileHandleForReading.readDataToEndOfFile()
        let errors = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()

        #expect(process.terminationStatus == 0, "\(errors)")
        #expect(errors.contains("parley-bench: warning: parley and bare-foundation not built beside parley-bench"))
        let result = try #require(try JSONSerialization.jsonObject(with: output) as? [String: Any])
        #expect(result["first_frame_ratio"] is NSNull)
        #expect(result["bare_process_ms"] is NSNull)
        #expect(result["quotes"] as? Int == 2000)
    }
}
