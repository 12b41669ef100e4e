/// A calendar day written `YYYY-MM-DD`, the only kind of date a dossier holds.
///
/// Dossiers never need times or time zones, so a day is three integers; keeping it free of
/// Foundation's `Date` avoids any time-zone shift when a day is printed back.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Creates a day from its parts, or nil when they do not name a real calendar day.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...Day.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses exactly `YYYY-MM-DD`; anything else (other separators, missing zeros, 30 February) is nil.
    public init?(_ text: some StringProtocol) {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for byte in bytes[range] {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    public var description: String {
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public static func < (lhs: Day, rhs: Day) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// The day of the week, 0 for Sunday through 6 for Saturday (Sakamoto's method).
    public var weekday: Int {
        let offsets = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
        let y = month < 3 ? year - 1 : year
        return (y + y / 4 - y / 100 + y / 400 + offsets[month - 1] + day) % 7
    }

    /// Three-letter English weekday name, for compact headings ("Mon").
    public var weekdayAbbreviation: String {
        ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"][weekday]
    }

    /// Three-letter English month name ("Jan").
    public var monthAbbreviation: String {
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][month - 1]
    }

    /// The date as a citation writes it: "10 January 2022".
    public var longText: String { "\(day) \(monthName) \(year)" }

    /// The English month name ("January").
    public var monthName: String {
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"][month - 1]
    }

    /// A short human heading such as "Mon 10 Jan 2022".
    public var heading: String {
        "\(weekdayAbbreviation) \(day) \(monthAbbreviation) \(year)"
    }

    /// The day `days` days later (earlier when negative); the same day when that leaves 1–9999.
    public func adding(days: Int) -> Day {
        var year = self.year, month = self.month, day = self.day + days
        while day < 1 {
            month -= 1
            if month < 1 {
                month = 12
                year -= 1
            }
            day += Day.daysIn(month: month, year: year)
        }
        while day > Day.daysIn(month: month, year: year) {
            day -= Day.daysIn(month: month, year: year)
            month += 1
            if month > 12 {
                month = 1
                year += 1
            }
        }
        return Day(year: year, month: month, day: day) ?? self
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2:
            let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
            return leap ? 29 : 28
        case 4, 6, 9, 11:
            return 30
        default:
            return 31
        }
    }
}
