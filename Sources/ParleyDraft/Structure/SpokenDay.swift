import ParleyModel

/// When an article says something was said, relative to its own date: "on Tuesday",
/// "yesterday", "on January 11".
public enum SpokenDay: Sendable, Hashable {
    /// A weekday, 0 for Sunday through 6 for Saturday.
    case weekday(Int)
    /// Days before the article's date: 0 for "today", 1 for "yesterday".
    case daysBefore(Int)
    /// A month and day of the article's year.
    case monthDay(month: Int, day: Int)

    /// The calendar day this means in an article dated `date` (news reports what has
    /// happened: "on Tuesday" in Wednesday's paper is the day before).
    public func resolve(against date: Day) -> Day? {
        switch self {
        case let .weekday(weekday): return DateText.resolve(weekday: weekday, before: date)
        case let .daysBefore(days): return date.adding(days: -days)
        case let .monthDay(month, day):
            guard let spoken = Day(year: date.year, month: month, day: day) else { return nil }
            // "December 30" in a paper of 2 January is last year's.
            return spoken <= date ? spoken : Day(year: date.year - 1, month: month, day: day)
        }
    }
}
