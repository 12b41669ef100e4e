import ArgumentParser
import ParleyDashboard
import ParleyDraft
import ParleyModel
import ParleySystem
import ParleyTerminal
import ParleyUI

/// `parley review ARTICLE... --dossier FILE`: a draft checked against its articles on screen,
/// the accepted quotations written into the dossier.
struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Review a draft beside its articles, and write the quotations you accept into a dossier.",
        discussion: """
            Drafts the articles as `parley draft` does and opens a screen with the article on \
            the left, every drafted quotation marked in it, and the one shown on the right with \
            its speaker, role, cue, date and how sure the draft is. The least sure come first. \
            Keys: a accept, x reject, s change the speaker (the people the article names, or \
            type a name), d change the date, p partial or not, S split a joined quotation, J \
            join it with the next, u undo, n next to review, w write, ? all keys, q quit.

            w writes the accepted quotations into FILE with their speakers and sources: at the \
            end of its lists, everything else in the file kept byte for byte, never over an \
            edit saved since, the previous version kept as FILE~. A FILE that does not exist is \
            begun from the draft's sources and TODOs at the first write; nothing is written \
            until a quotation is accepted. Quotations already in FILE show as in the dossier, so \
            a review can be taken up again, or a draft written by `parley draft --output FILE` \
            reviewed: x takes one out of FILE at the next w.

            On a desk (--desk DIR), the quotations go into the file of the week --week names \
            (the latest by default).

            Exit status: 0 success, 2 the terminal cannot be driven, 64 usage error, 65 an \
            article over 64 MiB or a FILE that does not load, 66 an article that cannot be read, \
            128+N ended by signal N.
            """
    )

    @OptionGroup var input: ArticleOptions

    /// `--dossier FILE`: the dossier the accepted quotations are written into, begun when it
    /// does not exist; or, on a desk (`--desk DIR`), the file of the week `--week` names.
    @OptionGroup var source: DossierOptions

    @OptionGroup var appearance: AppearanceOptions
    @OptionGroup var accessibility: AccessOptions

    func validate() throws {
        guard source.dossier.count == 1 || (source.dossier.isEmpty && source.deskFolder != nil) else {
            throw ValidationError(
                "review writes one dossier of yours: --dossier FILE (begun when it does not exist), or --desk DIR with --week ID"
            )
        }
    }

    func run() throws {
        let dossier = source.deskFolder == nil ? source.dossier[0] : try source.loadDesk().week.file
        // The dossier first: a FILE that does not load is said before the articles are read.
        var existing: Dossier?
        // A draft `parley draft` wrote has quotations nobody has reviewed yet: they are shown to review.
        var isReviewed = true
        if access(dossier, F_OK) == 0 {
            do throws(DossierLoadFailure) {
                let bytes = try DossierLoader.read(path: dossier)
                isReviewed = !bytes.starts(with: Array(DossierDraft.header.utf8))
                existing = try DossierLoader.load(bytes: bytes, file: dossier, sourceTexts: nil).dossier
            } catch {
                Console.error("parley: \(error.firstProblem)")
                throw ExitStatus.invalidData
            }
        }
        let drafted = try input.drafted()
        let articles = zip(drafted, input.articles).map { article, path in
            let file =
                path == "-" || article.draft.text.format != .plain
                ? nil : RelativePath.from(folderOf: dossier, to: path)
            var reviewed = ReviewArticle(drafted: article, sourceFile: file)
            if let existing { reviewed.markKept(in: existing, reviewed: isReviewed) }
            return reviewed
        }
        let session = ReviewSession(articles: articles)
        guard session.current != nil else {
            Console.error(
                "parley: no quotation was found in \(input.articles.map { VisibleText.escaped($0) }.joined(separator: ", ")); nothing to review"
            )
            return
        }
        guard Console.inputIsTerminal, Console.outputIsTerminal else {
            Console.error("parley: review needs a terminal (parley draft prints a draft without one)")
            throw ExitStatus.usage
        }
        // Whom the dossier knows already may be credited too: its people, and its parties as bodies.
        let people =
            (existing?.people.map { ReviewArticle.Person(name: $0.name, role: $0.role) } ?? [])
            + (existing?.parties.map { ReviewArticle.Person(name: $0.name, isBody: true) } ?? [])
        var skeleton = DossierDraft(articles: drafted, sourceFiles: articles.map(\.sourceFile))
        skeleton.isSkeleton = true
        let starting = existing == nil ? skeleton.yaml() : nil
        let chosen = try appearance.appearance(outputIsTerminal: true)
        let accessible = accessibility.isOn(environment: Environment.current)
        let terminal: TerminalSession
        do {
            terminal = try TerminalSession(theme: chosen.theme, colour: chosen.usesColour, accessible: accessible)
        } catch {
            Console.error("parley: \(error.description)")
            throw ExitCode(2)
        }
        defer { terminal.restore() }
        var state = ReviewState(size: terminal.size, session: session, file: dossier, dossierPeople: people)
        let keys = UserKeymap.current
        if let notice = keys.notice { state.notice = Notice(notice, isWarning: true) }
        var loop = ReviewLoop(
            store: ReviewStore(
                state: state, keymap: keys.review, glyphs: terminal.isUnicode ? .unicode : .ascii,
                accessible: accessible),
            writer: ReviewWriter(starting: starting))
        let status = loop.run(on: terminal)
        terminal.restore()
        let ended = loop.store.state.session
        let counts = ended.counts
        if counts.accepted > 0 || counts.rejected > 0 {
            let kept = ended.places.filter { ended[$0].isWritten && ended[$0].decision != .rejected }.count
            let unsaved = counts.unwritten > 0 ? "; \(counts.unwritten) not written" : ""
            Console.error(
                "parley review: \(counts.accepted) accepted, \(counts.rejected) rejected, \(counts.pending) left; \(kept) in \(VisibleText.escaped(dossier))\(unsaved)"
            )
        }
        if status != 0 { throw ExitCode(status) }
    }
}
