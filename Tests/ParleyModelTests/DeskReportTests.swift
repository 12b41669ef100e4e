import ParleyModel
import ParleySystem
import ParleyTestSupport
import Testing

/// The desk's text reports, line for line.
struct DeskReportTests {
    @Test func theTimelineGroupsEngagementsByWeekAndSaysWhichWeekOfHowMany() throws {
        let desk = try DeskTests.zenda()
        #expect(
            TimelineReport.render(desk, width: 60) == """
                Timeline: zenda-desk
                1–21 Mar 2030 · 3 weeks · 4 engagements · 5 quotes

                Week 1 of 3 · Zenda talks, week one [zenda-2030-03-01] · 1–7
                Mar 2030
                Fri 1 Mar 2030   Talks at the castle [castle-talks]
                                 Zenda · RUR, ALL · 2 quotes

                Week 2 of 3 · Zenda talks, week two [zenda-2030-03-08] ·
                8–14 Mar 2030
                Sat 9 Mar 2030   Strelsau round [strelsau-round]
                                 Strelsau · RUR, ALL · 1 quote
                Sun 10 Mar 2030  Working group on monitors
                                 [monitors-working-group]
                                 Strelsau · RUR, ALL · 1 quote

                Week 3 of 3 · Zenda talks, week three [zenda-2030-03-15] ·
                15–21 Mar 2030
                Sat 16 Mar 2030– Summit at Tarlenheim [tarlenheim-summit]
                                 until Sun 17 Mar 2030 · Tarlenheim · RUR,
                                 ALL · 1 quote

                """)
    }

    @Test func theHistoryIsATableOfWeeksByPartiesWithTheMovesInWords() throws {
        let history = try #require(StanceHistory(desk: try DeskTests.zenda(), issue: "border"))
        #expect(
            HistoryReport.render(history, width: 60) == """
                The border — Should the border return to the 1890 line?
                ✓ yes · ✗ no · ≈ qualified · ? unclear · ○ no answer given ·
                * moved that week · — no position

                Week        RUR  ALL
                2030-03-01  ✓    ✗
                2030-03-08  ✓    ✗
                2030-03-15  ≈ *  ≈ *

                Moves:
                  2030-03-16 RUR at Summit at Tarlenheim (16 Mar)
                    [zenda-2030-03-15]: ≈ qualified — Lets a joint commission
                    decide the line.
                  2030-03-16 ALL at Summit at Tarlenheim (16 Mar)
                    [zenda-2030-03-15]: ≈ qualified — Lets a joint commission
                    decide the line.

                """)
    }

    @Test func anIssueNoPartyTakesAPositionOnSaysSo() throws {
        let desk = try DeskTests.zenda()
        let history = try #require(StanceHistory(desk: desk, issue: "border", parties: ["nobody"]))
        #expect(
            HistoryReport.render(history, width: 60).hasSuffix(
                "\n\nNo party takes a position on this issue in any week.\n"))
    }

    @Test func aPeriodSaysEachMonthAndYearOnce() {
        func period(_ start: String, _ end: String) -> String { Period(start: Day(start)!, end: Day(end)!).text }
        #expect(period("2030-03-01", "2030-03-07") == "1–7 Mar 2030")
        #expect(period("2030-02-28", "2030-03-06") == "28 Feb – 6 Mar 2030")
        #expect(period("2029-12-30", "2030-01-05") == "30 Dec 2029 – 5 Jan 2030")
        #expect(period("2030-03-01", "2030-03-01") == "1 Mar 2030")
    }
}
