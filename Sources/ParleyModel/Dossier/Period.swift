/// The stretch of days a dossier covers.
public struct Period: Hashable, Sendable {
    public var start: Day
    public var end: Day

    public init(start: Day, end: Day) {
        self.start = start
        self.end = end
    }

    public func contains(_ day: Day) -> Bool { start <= day && day <= end }
}
