import ParleyModel

/// Finds calendar dates written in article text: "12 January 2022", "Jan. 12, 2022",
/// "2022-01-12T09:30Z", "Wednesday 12 Jan 2022", and resolves weekdays ("on Tuesday")
/// against the article's own date.
public enum DateText {
    static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
        "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
        "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
        "december": 12, "dec": 12,
    ]
    static let weekdays = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"]
    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]

    /// The first full date (day, month and year) written in `text`.
    public static func firstDate(in text: String) -> Day? {
        let scalars = Array(text.unicodeScalars)
        if let iso = isoDate(scalars) { return iso }
        // "20141229", as some pages give `pub_date`.
        let trimmed = text.trimmingCharacters(in: " ")
        if trimmed.count == 8, trimmed.allSatisfy(\.isNumber), let value = Int(trimmed) {
            return Day(year: value / 10000, month: value / 100 % 100, day: value % 100)
        }
        let words = self.words(scalars)
        for (index, word) in words.enumerated() {
            guard let month = months[word.lowercased()] else { continue }
            // "12 January 2022"
            if index >= 1, index + 1 < words.count, let day = Int(words[index - 1]), let year = year(words[index + 1]),
               let date = Day(year: year, month: month, day: day) {
                return date
            }
            // "January 12, 2022" and "Jan 12 2022"
            if index + 2 < words.count, let day = Int(words[index + 1]), let year = year(words[index + 2]),
               let date = Day(year: year, month: month, day: day) {
                return date
            }
        }
        return nil
    }

    /// Accepts a four-digit year within the years a dossier can hold.
    private static func year(_ word: String) -> Int? {
        guard word.count == 4, let value = Int(word), (1000...9999).contains(value) else { return nil }
        return value
    }

    /// `YYYY-MM-DD` anywhere in the text (an ISO timestamp included).
    private static func isoDate(_ scalars: [Unicode.Scalar]) -> Day? {
        guard scalars.count >= 10 else { return nil }
        for start in 0...(scalars.count - 10) {
            if start > 0, ("0"..."9").contains(scalars[start - 1]) { continue }
            if start + 10 < scalars.count, ("0"..."9").contains(scalars[start + 10]) { continue }
            let candidate = String(String.UnicodeScalarView(scalars[start..<(start + 10)]))
            if let day = Day(candidate) { return day }
        }
        return nil
    }

    /// Letters-and-digits words, with periods and commas dropped ("Jan.", "12,").
    static func words(_ scalars: [Unicode.Scalar]) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in scalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                current.append(scalar)
            } else if !current.isEmpty {
                words.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { words.append(String(current)) }
        return words
    }

    /// The weekday (0 Sunday … 6 Saturday) a word names, if any.
    public static func weekday(_ word: String) -> Int? {
        weekdays.firstIndex(of: word.lowercased())
    }

    /// The day a weekday named in an article means: the latest such day on or before the
    /// article's date (news reports what has happened; "on Tuesday" in Wednesday's paper is yesterday).
    public static func resolve(weekday: Int, before date: Day) -> Day {
        let back = (date.weekday - weekday + 7) % 7
        return date.adding(days: -back)
    }

    /// A month and day named in an article ("January 11", "11 Jan"), in the article's year.
    static func monthDay(_ words: [String], at index: Int) -> (month: Int, day: Int)? {
        guard let month = months[words[index].lowercased()] else { return nil }
        if index + 1 < words.count, let day = Int(words[index + 1]), (1...31).contains(day) { return (month, day) }
        if index >= 1, let day = Int(words[index - 1]), (1...31).contains(day) { return (month, day) }
        return nil
    }
}
