import ArgumentParser
import Foundation
import ParleyDraft
import ParleyModel
import ParleySystem

/// `parley draft ARTICLE...`: a dossier drafted from news articles.
struct DraftCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "draft",
        abstract: "Draft a dossier from news articles: every quotation with its speaker, role, cue and source.",
        discussion: """
        Reads plain-text or HTML articles (- for standard input) and prints a dossier in YAML \
        that `parley check` accepts, with TODO marks where an article cannot settle something \
        (engagements, parties, issues, positions, a date) and each speaker's confidence \
        (high, medium or low, with its reason); low ones are marked CHECK, and \
        `parley check --todo` lists every mark left. --json prints what was found in each \
        article instead, with offsets in Unicode scalars into the file's text. --outlet, \
        --title, --date and --url, given once, apply to every article; given once per \
        article, they apply in order.

        Exit status: 0 success, 64 usage error, 65 an article over 64 MiB, 66 an article that \
        cannot be read, 73 the output file exists or cannot be created, 74 writing it failed.
        """
    )

    @Argument(help: ArgumentHelp("Articles to read: text or HTML files, or - for standard input.", valueName: "ARTICLE"))
    var articles: [String] = []

    @Flag(name: .long, help: "Print the quotations found, with offsets, as JSON instead of a dossier.")
    var json = false

    @Option(name: .long, help: ArgumentHelp("The outlet that published the article.", valueName: "NAME"))
    var outlet: [String] = []

    @Option(name: .long, help: ArgumentHelp("The article's headline.", valueName: "TEXT"))
    var title: [String] = []

    @Option(name: .long, help: ArgumentHelp("The article's date, YYYY-MM-DD; weekdays in the text are read against it.", valueName: "DATE"))
    var date: [String] = []

    @Option(name: .long, help: ArgumentHelp("The article's address.", valueName: "URL"))
    var url: [String] = []

    @Option(name: .long, help: ArgumentHelp("Write to this file (replaced whole, never half-written) instead of standard output.", valueName: "FILE"))
    var output: String?

    @Flag(name: .long, help: "Replace the --output file when it exists already.")
    var force = false

    /// The largest article read.
    static let maximumArticleSize = 64 * 1024 * 1024

    func validate() throws {
        if articles.isEmpty { throw ValidationError("name at least one article (a file, or - for standard input)") }
        if articles.filter({ $0 == "-" }).count > 1 { throw ValidationError("standard input (-) can be read only once") }
        for (name, values) in [("--outlet", outlet), ("--title", title), ("--date", date), ("--url", url)] where values.count > 1 && values.count != articles.count {
            throw ValidationError("\(name) is given \(values.count) times for \(articles.count) articles: give it once for all, or once per article")
        }
        for value in date where Day(value) == nil {
            throw ValidationError("'\(VisibleText.escaped(value))' is not a date for --date: write YYYY-MM-DD, such as 2022-01-12")
        }
    }

    func run() throws {
        var drafted: [DraftedArticle] = []
        for (number, path) in articles.enumerated() {
            let bytes: [UInt8]
            switch FileReader.read(path: path == "-" ? "/dev/stdin" : path, limit: Self.maximumArticleSize) {
            case let .success(read):
                bytes = read
            case .failure(.tooLarge):
                Console.error("parley: \(VisibleText.escaped(path)): larger than 64 MiB; an article may be at most 64 MiB")
                throw ExitStatus.invalidData
            case let .failure(.unreadable(reason)):
                Console.error("parley: \(VisibleText.escaped(path)): \(reason)")
                throw ExitStatus.noInput
            }
            let draft = ArticleDrafter.draft(ArticleText.read(bytes: bytes))
            let overrides = ArticleMetadata(title: pick(title, number), outlet: pick(outlet, number), date: pick(date, number).flatMap { Day($0) }, url: pick(url, number))
            drafted.append(DraftedArticle(file: path, draft: draft, overrides: overrides))
        }
        let text: String
        if json {
            text = DraftJSON.document(drafted).serialized() + "\n"
        } else {
            let files = output.map { output in articles.map { $0 == "-" ? nil : RelativePath.from(folderOf: output, to: $0) } }
            text = DossierDraft(articles: drafted, sourceFiles: files).yaml()
        }
        guard let output else {
            Console.out(text)
            return
        }
        try OutputFile.write(text, to: output, force: force, inputs: articles)
    }

    private func pick(_ values: [String], _ index: Int) -> String? {
        values.count == 1 ? values[0] : values.indices.contains(index) ? values[index] : nil
    }
}

/// Paths between files, for the `file:` a dossier gives its sources.
enum RelativePath {
    /// The path of `target` as seen from the folder that holds `file`.
    static func from(folderOf file: String, to target: String) -> String {
        let folder = absolute(file).deletingLastPathComponent().standardized.pathComponents
        let destination = absolute(target).standardized.pathComponents
        var common = 0
        while common < folder.count, common < destination.count, folder[common] == destination[common] { common += 1 }
        let parts = Array(repeating: "..", count: folder.count - common) + destination[common...]
        return parts.joined(separator: "/")
    }

    private static func absolute(_ path: String) -> URL {
        URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true))
    }
}
