import ParleyModel

/// What a built archive records about itself, as keys and values in its `meta` table: how
/// many quotes it holds, the days they span, and that its build finished.
///
/// Each engine that builds an archive writes these and reads them back on opening, so the
/// keys and their meaning are kept in one place.
package struct ArchiveFacts: Sendable, Equatable {
    /// The number of quotes.
    package var quotes: Int
    /// The first and last days of the quotes; nil with no quotes.
    package var days: ClosedRange<Day>?

    /// The facts of a finished build, in the order they are written. `complete` comes last,
    /// so an engine that writes them one by one marks the archive finished only at the end.
    package static func written(by summary: ArchiveBuildSummary) -> [(key: String, value: String)] {
        [
            ("quotes", String(summary.quotes)),
            ("first_day", String(summary.days?.lowerBound ?? 0)),
            ("last_day", String(summary.days?.upperBound ?? 0)),
            ("built_by", "parley \(ParleyRelease.version)"),
            ("complete", "1"),
        ]
    }

    /// The facts read back from `meta`; nil when the build did not finish.
    package init?(meta: [String: String]) {
        guard meta["complete"] == "1", let quotes = meta["quotes"].flatMap({ Int($0) }) else { return nil }
        self.quotes = quotes
        if let first = meta["first_day"].flatMap({ Int32($0) }).flatMap(Day.init(packed:)),
           let last = meta["last_day"].flatMap({ Int32($0) }).flatMap(Day.init(packed:)), first <= last {
            days = first...last
        }
    }
}
