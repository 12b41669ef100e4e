import ArgumentParser
import ParleyDraft
import ParleyModel
import ParleySystem

/// The articles `parley draft` and `parley review` read, and what the user says about them.
struct ArticleOptions: ParsableArguments {
    @Argument(
        help: ArgumentHelp("Articles to read: text or HTML files, or - for standard input.", valueName: "ARTICLE"))
    var articles: [String] = []

    @Option(name: .long, help: ArgumentHelp("The outlet that published the article.", valueName: "NAME"))
    var outlet: [String] = []

    @Option(name: .long, help: ArgumentHelp("The article's headline.", valueName: "TEXT"))
    var title: [String] = []

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The article's date, YYYY-MM-DD; weekdays in the text are read against it.", valueName: "DATE"))
    var date: [String] = []

    @Option(name: .long, help: ArgumentHelp("The article's address.", valueName: "URL"))
    var url: [String] = []

    /// The largest article read.
    static let maximumArticleSize = 64 * 1024 * 1024

    func validate() throws {
        if articles.isEmpty { throw ValidationError("name at least one article (a file, or - for standard input)") }
        if articles.filter({ $0 == "-" }).count > 1 {
            throw ValidationError("standard input (-) can be read only once")
        }
        for (name, values) in [("--outlet", outlet), ("--title", title), ("--date", date), ("--url", url)]
        where values.count > 1 && values.count != articles.count {
            throw ValidationError(
                "\(name) is given \(values.count) times for \(articles.count) articles: give it once for all, or once per article"
            )
        }
        for value in date where Day(value) == nil {
            throw ValidationError(
                "'\(VisibleText.escaped(value))' is not a date for --date: write YYYY-MM-DD, such as 2022-01-12")
        }
    }

    /// Every article read and drafted, with what the user gave about it.
    func drafted() throws -> [DraftedArticle] {
        var drafted: [DraftedArticle] = []
        for (number, path) in articles.enumerated() {
            let bytes: [UInt8]
            switch FileReader.read(path: path == "-" ? "/dev/stdin" : path, limit: Self.maximumArticleSize) {
            case let .success(read):
                bytes = read
            case .failure(.tooLarge):
                Console.error(
                    "parley: \(VisibleText.escaped(path)): larger than 64 MiB; an article may be at most 64 MiB")
                throw ExitStatus.invalidData
            case let .failure(.unreadable(reason)):
                Console.error("parley: \(VisibleText.escaped(path)): \(reason)")
                throw ExitStatus.noInput
            }
            let draft = ArticleDrafter.draft(ArticleText.read(bytes: bytes))
            let overrides = ArticleMetadata(
                title: pick(title, number), outlet: pick(outlet, number), date: pick(date, number).flatMap { Day($0) },
                url: pick(url, number))
            drafted.append(DraftedArticle(file: path, draft: draft, overrides: overrides))
        }
        return drafted
    }

    private func pick(_ values: [String], _ index: Int) -> String? {
        values.count == 1 ? values[0] : values.indices.contains(index) ? values[index] : nil
    }
}
