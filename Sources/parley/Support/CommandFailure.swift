import ArgumentParser
import ParleyArchive
import ParleyModel

/// A failure a command ends with: what it says on stderr and the exit status it calls for.
///
/// Every kind of failure the libraries report is given its status here, in one place, so a
/// dossier, an archive or a build that fails ends every command the same way.
protocol CommandFailure: Error {
    /// The lines said on stderr, safe to print (text from files and servers escaped).
    var messages: [String] { get }
    /// The exit status the failure calls for (see `ExitStatus`).
    var exitStatus: ExitCode { get }
}

/// Says `failure` on stderr and gives its exit status, for `throw fail(error)`.
func fail(_ failure: some CommandFailure) -> ExitCode {
    for message in failure.messages { Console.error(message) }
    return failure.exitStatus
}

extension DossierLoadFailure: CommandFailure {
    var messages: [String] {
        switch self {
        case let .unreadable(path, reason): return ["parley: \(VisibleText.escaped(path)): \(reason)"]
        case let .invalid(diagnostics): return diagnostics.map(\.description)
        }
    }

    var exitStatus: ExitCode {
        switch self {
        case .unreadable: return ExitStatus.noInput
        case .invalid: return ExitStatus.invalidData
        }
    }
}

extension ArchiveLoadFailure: CommandFailure {
    var messages: [String] {
        // A file that cannot be read is said like any other (`parley: FILE: reason`); an
        // archive's own trouble names the archive first, like a dossier's diagnostics.
        [(kind == .unreadable ? "parley: " : "") + VisibleText.escaped(description)]
    }

    var exitStatus: ExitCode {
        switch kind {
        case .unreadable, .noDatabase: return ExitStatus.noInput
        case .invalid: return ExitStatus.invalidData
        case .unavailable: return ExitStatus.unavailable
        }
    }
}

extension ArchiveStoreFailure: CommandFailure {
    var messages: [String] { [VisibleText.escaped(description)] }

    var exitStatus: ExitCode {
        switch kind {
        case .damaged: return ExitStatus.invalidData
        case .unavailable: return ExitStatus.unavailable
        }
    }
}

extension ArchiveBuildFailure: CommandFailure {
    var messages: [String] { [VisibleText.escaped(message)] }

    var exitStatus: ExitCode {
        switch kind {
        case .unreadableInput, .noDatabase: return ExitStatus.noInput
        case .cannotCreate: return ExitStatus.cannotCreate
        case .writeFailed: return ExitStatus.ioError
        case .unavailable: return ExitStatus.unavailable
        case let .interrupted(signal): return ExitCode(128 + signal)
        }
    }
}
