/// The stretch of days a dossier covers.
public struct Period: Hashable, Sendable {
    public var start: Day
    public var end: Day

    public init(start: Day, end: Day) {
        self.start = start
        self.end = end
    }

    public func contains(_ day: Day) -> Bool { start <= day && day <= end }

    /// The days as a heading writes them, saying each month and year once: "1–7 Mar 2030",
    /// "28 Feb – 6 Mar 2030", "30 Dec 2029 – 5 Jan 2030", or "1 Mar 2030" for one day.
    public var text: String {
        let last = "\(end.day) \(end.monthAbbreviation) \(end.year)"
        if start == end { return last }
        if start.year != end.year { return "\(start.day) \(start.monthAbbreviation) \(start.year) \u{2013} \(last)" }
        if start.month != end.month { return "\(start.day) \(start.monthAbbreviation) \u{2013} \(last)" }
        return "\(start.day)\u{2013}\(last)"
    }
}
