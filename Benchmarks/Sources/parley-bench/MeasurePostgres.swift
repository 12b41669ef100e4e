import ArgumentParser
import Foundation
import ParleyArchive
import ParleyArchiveGenerator
import ParleyArchivePostgres
import ParleyModel

/// Loads an archive into a throwaway PostgreSQL cluster of its own and measures it there.
struct MeasurePostgres: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "measure-postgres", abstract: "Load a Quotebank JSON Lines file into a throwaway PostgreSQL cluster on loopback and measure search there.")

    @Argument(help: "A Quotebank JSON Lines file.")
    var file: String

    @Option(help: "How many times each search query runs.")
    var rounds = 25

    func run() throws {
        let cluster = try PostgresCluster()
        defer { cluster.stop() }
        var summary = ArchiveBuildSummary()
        let loadMilliseconds = try Clock.milliseconds {
            summary = try PostgresBuilder.build(inputs: [file], address: PostgresAddress(cluster.url), replace: false)
        }
        FileHandle.standardError.write(Data("loaded \(summary.quotes) quotes into PostgreSQL in \(Int(loadMilliseconds)) ms\n".utf8))
        let measure = try MeasureArchive.parse([cluster.url, "--rounds", String(rounds)])
        try measure.run()
    }
}
