import Foundation
import ParleyTestSupport
import Testing

/// Runs the built `parley` binary as a user would, capturing what it prints and how it exits.
struct ParleyProcess {
    struct Outcome {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The `parley` executable SwiftPM built beside this test bundle.
    static var executable: String { BuiltProduct.path("parley") }

    /// The repository's top folder, where the README's commands run.
    static let repository = URL(fileURLWithPath: Repository.root)

    /// Runs `parley ARGUMENTS` with stdin, stdout and stderr not terminals, in a pinned environment.
    ///
    /// - Parameters:
    ///   - input: what standard input holds (empty when nil).
    ///   - directory: the working folder (the test runner's when nil).
    ///   - shell: run `/bin/sh ARGUMENTS` instead, for redirections a `Process` cannot make.
    static func run(_ arguments: [String], environment: [String: String] = [:], input: String? = nil, directory: URL? = nil, shell: Bool = false) throws -> Outcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: shell ? "/bin/sh" : executable)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        var env = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "SWIFT_BACKTRACE": "enable=no"]
        // A sanitized test run (`swift test --sanitize=…`) passes its sanitizer's options on.
        for key in ["ASAN_OPTIONS", "TSAN_OPTIONS", "LSAN_OPTIONS", "UBSAN_OPTIONS"] {
            if let value = ProcessInfo.processInfo.environment[key] { env[key] = value }
        }
        env.merge(environment) { $1 }
        process.environment = env
        // stderr goes to a file of its own, so reading stdout to its end cannot stall on a full
        // stderr pipe and no second reader thread has to share a buffer.
        let errURL = FileManager.default.temporaryDirectory
            .appendingPathComponent("parley-stderr-\(UUID().uuidString)")
        guard FileManager.default.createFile(atPath: errURL.path, contents: nil) else {
            throw CocoaError(.fileWriteUnknown)
        }
        defer { try? FileManager.default.removeItem(at: errURL) }
        let errHandle = try FileHandle(forWritingTo: errURL)
        let out = Pipe()
        process.standardOutput = out
        process.standardError = errHandle
        let inputPipe = input.map { _ in Pipe() }
        process.standardInput = inputPipe ?? FileHandle.nullDevice
        try process.run()
        try errHandle.close()
        if let inputPipe, let input {
            // Small inputs only: the pipe's buffer holds them before parley reads.
            inputPipe.fileHandleForWriting.write(Data(input.utf8))
            try inputPipe.fileHandleForWriting.close()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let errData = try Data(contentsOf: errURL)
        return Outcome(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Parses JSON output into Foundation objects.
    static func json(_ text: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(text.utf8))
    }
}

/// Expected outputs kept beside the tests (`Expected/`), compared line by line; see `Snapshot`.
enum ExpectedOutput {
    static func check(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        try Snapshot.check(actual, against: Repository.path("Tests/ParleyCLITests/Expected/" + name), sourceLocation: sourceLocation)
    }
}
