import ArgumentParser
import ParleyArchive
import ParleyModel
import ParleySystem
import ParleyYAML

/// `parley collect QUOTE_ID --quotes ARCHIVE --dossier FILE`: a quote from an archive kept in
/// the dossier, with its speaker and source.
struct CollectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "collect",
        abstract: "Add a quote from an archive to a dossier, with its speaker and source.",
        discussion: """
            QUOTE_ID is Quotebank's quoteID, as `parley quotes --quotes ARCHIVE --json` shows it. \
            The quote is added at the end of the dossier's quotes; a speaker the dossier does not \
            know by name is added to its people with TODOs for party and role, and a source the \
            dossier does not know by address to its sources. Nothing else in the file changes: \
            comments, order and layout are kept byte for byte. The file is written only if the \
            result loads, and never over an edit saved since parley read it (exit status 75); \
            the previous version is kept as FILE~. On a desk, the quote goes into the file of the week --week names (the latest by default).
            """
    )

    @Argument(help: ArgumentHelp("The quote's id in the archive (Quotebank's quoteID).", valueName: "QUOTE_ID"))
    var quoteID: String

    /// `--dossier FILE`: the dossier the quote is written into; or, on a desk (`--desk DIR`),
    /// the file of the week `--week` names (the latest by default).
    @OptionGroup var source: DossierOptions

    @Option(
        help: ArgumentHelp(
            "Credit a person or party of the dossier (its id) instead of the archive's speaker.", valueName: "ID"))
    var speaker: String?

    @Option(help: ArgumentHelp("The engagement the quote was said at (an id of the dossier).", valueName: "ID"))
    var engagement: String?

    @Option(
        name: .customLong("issue"),
        help: ArgumentHelp("An issue the quote is about (an id; repeatable).", valueName: "ID"))
    var issues: [String] = []

    @OptionGroup var archives: ArchiveOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if archives.files.isEmpty {
            throw ValidationError("Missing --quotes ARCHIVE: the archive to take the quote from")
        }
        guard !source.dossier.isEmpty || source.deskFolder != nil else {
            throw ValidationError("collect writes a dossier of yours: --dossier FILE, or --desk DIR with --week ID")
        }
    }

    func run() throws {
        // One file named is written as it is; on a desk, the chosen week's file.
        let file =
            source.dossier.count == 1 && source.deskFolder == nil ? source.dossier[0] : try source.loadDesk().week.file
        // The file is checked before the archive is read, which may take a while.
        do {
            _ = try DossierLoader.load(bytes: DossierLoader.read(path: file), file: file, sourceTexts: nil)
        } catch {
            throw fail(error)
        }
        var quote: ArchiveQuote?
        for archive in try archives.load() where quote == nil {
            do {
                quote = try archive.quote(id: quoteID)
            } catch {
                throw fail(error)
            }
        }
        guard let quote else {
            throw usageFailure(
                "no quote '\(VisibleText.escaped(quoteID))' in \(archives.files.map { VisibleText.escaped($0) }.joined(separator: ", "))"
            )
        }
        let result: QuoteCollection.Result
        do {
            result = try DossierWriter.add(
                QuoteCollection.Found(archiveQuote: quote, engagement: engagement, issues: issues), speakerID: speaker,
                to: file)
        } catch {
            switch error {
            case let .unloadable(failure): throw fail(failure)
            case .refused:
                Console.error("parley: \(VisibleText.escaped(error.description))")
                throw ExitStatus.invalidData
            case let .notWritten(failure):
                Console.error("parley: \(VisibleText.escaped(failure.description))")
                switch failure {
                case .changedMeanwhile: throw ExitStatus.tryAgain
                case .unreadable: throw ExitStatus.noInput
                case .write: throw ExitStatus.cannotCreate
                }
            }
        }
        if output.json {
            let object = JSONValue.object([
                ("file", .string(file)), ("quote", .string(result.quote)),
                ("speaker", .string(result.speaker)), ("newSpeaker", .bool(result.newSpeaker)),
                ("source", .string(result.source)), ("newSource", .bool(result.newSource)),
            ])
            Console.out(object.serialized() + "\n")
            return
        }
        var said = "\(file): added quote \(result.quote), said by \(result.speaker)"
        if result.newSpeaker { said += " (new: TODO party and role)" }
        said += ", source \(result.source)" + (result.newSource ? " (new)" : "")
        Console.out(VisibleText.escaped(said) + "\n")
    }
}
