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
    /// A month of a year, without the day ("in a March 2016 meeting").
    case monthOfYear(month: Int, year: Int)
    /// A year alone ("in 2015").
    case year(Int)
    /// A time the text gives only roughly ("last year", "last month", "years ago"), as written.
    case vague(String)

    /// The calendar day this means in an article dated `date` (news reports what has
    /// happened: "on Tuesday" in Wednesday's paper is the day before).
    public func resolve(against date: Day) -> Day? {
        switch self {
        case .monthOfYear, .year, .vague:
            // Not a day: the draft marks it for the author to settle.
            return nil
        case let .weekday(weekday): return DateText.resolve(weekday: weekday, before: date)
        case let .daysBefore(days): return date.adding(days: -days)
        case let .monthDay(month, day):
            guard let spoken = Day(year: date.year, month: month, day: day) else { return nil }
            // "December 30" in a paper of 2 January is last year's.
            return spoken <= date ? spoken : Day(year: date.year - 1, month: month, day: day)
        }
    }
}

extension SpokenDay {
    /// True when the text names the day itself, so the quotation's date is settled.
    public var isDay: Bool {
        switch self {
        case .weekday, .daysBefore, .monthDay: return true
        case .monthOfYear, .year, .vague: return false
        }
    }

    /// What the text says of the time, for a note asking the author to settle it.
    public var description: String {
        switch self {
        case let .weekday(weekday): return DateText.weekdays[weekday].prefix(1).uppercased() + DateText.weekdays[weekday].dropFirst()
        case let .daysBefore(days): return days == 0 ? "today" : days == 1 ? "yesterday" : "\(days) days before"
        case let .monthDay(month, day): return "\(DateText.monthNames[month - 1]) \(day)"
        case let .monthOfYear(month, year): return "\(DateText.monthNames[month - 1]) \(year)"
        case let .year(year): return String(year)
        case let .vague(words): return words
        }
    }
}
