import Testing
@testable import ParleyModel

struct DayTests {
    @Test(arguments: ["2022-01-10", "2000-02-29", "9999-12-31", "0001-01-01"])
    func validDaysRoundTrip(text: String) throws {
        #expect(try #require(Day(text)).description == text)
    }

    @Test(arguments: ["2022-1-10", "2022/01/10", "22-01-10", "2022-01-10 ", "2022-13-01", "2022-00-10", "2021-02-29", "1900-02-29", "2022-04-31", "", "abcd-ef-gh"])
    func invalidDaysAreRejected(text: String) {
        #expect(Day(text) == nil)
    }

    @Test func weekdaysOfTheWeek() throws {
        #expect(try #require(Day("2022-01-10")).heading == "Mon 10 Jan 2022")
        #expect(try #require(Day("2022-01-12")).weekdayAbbreviation == "Wed")
        #expect(try #require(Day("2022-01-09")).weekdayAbbreviation == "Sun")
        #expect(try #require(Day("2000-02-29")).weekdayAbbreviation == "Tue")
    }

    @Test func ordersByCalendar() throws {
        #expect(try #require(Day("2021-12-31")) < #require(Day("2022-01-01")))
        #expect(try #require(Day("2022-01-10")) < #require(Day("2022-02-01")))
    }

    @Test func slugRule() {
        #expect(Slug.isValid("geneva-ssd"))
        #expect(Slug.isValid("2022-talks"))
        #expect(!Slug.isValid("-leading-dash"))
        #expect(!Slug.isValid("Capital"))
        #expect(!Slug.isValid("under_score"))
        #expect(!Slug.isValid(""))
        #expect(!Slug.isValid("genève"))
    }
}
