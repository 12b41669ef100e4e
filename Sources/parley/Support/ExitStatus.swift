import ArgumentParser
import ParleyModel

/// The exit statuses parley uses, after BSD's sysexits: scripts can tell the failures apart.
enum ExitStatus {
    /// Bad usage: an unknown subcommand, option or id, or a malformed query.
    static let usage = ExitCode(64)
    /// The data is invalid: a dossier with errors.
    static let invalidData = ExitCode(65)
    /// A file that does not exist or cannot be read; a database that does not exist.
    static let noInput = ExitCode(66)
    /// A server that cannot be reached (an archive's database).
    static let unavailable = ExitCode(69)
    /// An output file that cannot be created or written.
    static let cannotCreate = ExitCode(73)
    /// Writing failed: standard output closed or full, a full disk under `--output`.
    static let ioError = ExitCode(74)
    /// Try again: a dossier changed since parley read it, so nothing was written.
    static let tryAgain = ExitCode(75)
}

/// Prints `parley: MESSAGE` on stderr and ends with a usage error.
func usageFailure(_ message: String) -> ExitCode {
    Console.error("parley: \(message)")
    return ExitStatus.usage
}

/// The usage error for a name the dossier does not hold, with the id it most likely meant
/// (by id or by name, always one that exists) and all of them: "no party 'rusia' in this
/// dossier; did you mean 'russia'? (parties: …)".
func unknownName(_ noun: String, _ name: String, known: [(id: String, names: [String])], in whole: String = "dossier")
    -> ExitCode
{
    let hint = Suggestion.closest(to: name, among: known).map { "; did you mean '\($0)'?" } ?? ""
    let ids = known.map(\.id).joined(separator: ", ")
    return usageFailure(
        "no \(noun) '\(VisibleText.escaped(name))' in this \(whole)\(hint) (\(noun == "party" ? "parties" : noun + "s"): \(ids))"
    )
}
