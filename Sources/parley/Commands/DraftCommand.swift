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

    @OptionGroup var input: ArticleOptions

    @Flag(name: .long, help: "Print the quotations found, with offsets, as JSON instead of a dossier.")
    var json = false

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Write to this file (replaced whole, never half-written) instead of standard output.", valueName: "FILE"))
    var output: String?

    @Flag(name: .long, help: "Replace the --output file when it exists already.")
    var force = false

    func run() throws {
        let drafted = try input.drafted()
        let articles = input.articles
        let text: String
        if json {
            text = DraftJSON.document(drafted).serialized() + "\n"
        } else {
            let files = output.map { output in
                articles.map { $0 == "-" ? nil : RelativePath.from(folderOf: output, to: $0) }
            }
            text = DossierDraft(articles: drafted, sourceFiles: files).yaml()
        }
        guard let output else {
            Console.out(text)
            return
        }
        try OutputFile.write(text, to: output, force: force, inputs: articles)
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
        URL(
            fileURLWithPath: path,
            relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true))
    }
}
