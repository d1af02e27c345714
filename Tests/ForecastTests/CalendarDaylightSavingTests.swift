import Foundation
import Testing

@testable import Forecast

/// Daylight-saving days: intervals are real elapsed time; labels of the repeated hour carry offsets.
@Suite struct CalendarDaylightSavingTests {
  func calendar(_ zone: String, week: String, interval: String = "15m") throws -> PlanningCalendar {
    try PlanningCalendar(
      timeZoneIdentifier: zone, intervalLength: IntervalLength(parsing: interval),
      week: LocalDate(parsing: week))
  }

  @Test func newYorkFallBackSundayHasOneHundredIntervals() throws {
    let calendar = try calendar("America/New_York", week: "2026-10-26")
    let week = calendar.weekIntervals()
    #expect(week.count == 6 * 96 + 100)
    let sunday = week.filter { $0.date == LocalDate(year: 2026, month: 11, day: 1) }
    #expect(sunday.count == 100)
    #expect(calendar.length(of: LocalDate(year: 2026, month: 11, day: 1)) == .seconds(25 * 3600))
    let labels = sunday.map(\.startText)
    #expect(labels[4...11] == [
      "2026-11-01T01:00-04:00", "2026-11-01T01:15-04:00", "2026-11-01T01:30-04:00",
      "2026-11-01T01:45-04:00", "2026-11-01T01:00-05:00", "2026-11-01T01:15-05:00",
      "2026-11-01T01:30-05:00", "2026-11-01T01:45-05:00",
    ])
    #expect(labels[12] == "2026-11-01T02:00")
    #expect(sunday.last?.startText == "2026-11-01T23:45")
    #expect(week.map(\.indexInWeek) == Array(0..<week.count))
  }

  @Test func newYorkSpringForwardDayHasNinetyTwoIntervals() throws {
    let calendar = try calendar("America/New_York", week: "2026-03-02")
    let sunday = calendar.intervals(on: LocalDate(year: 2026, month: 3, day: 8))
    #expect(sunday.count == 92)
    #expect(sunday[7].localStart.text == "2026-03-08T01:45")
    #expect(sunday[8].localStart.text == "2026-03-08T03:00")
    #expect(sunday[8].start.timeIntervalSince(sunday[7].start) == 900)
    #expect(sunday.allSatisfy { !$0.isRepeatedLocalTime })
  }

  @Test func lisbonHasA23HourAndA25HourDay() throws {
    let calendar = try calendar("Europe/Lisbon", week: "2026-03-23")
    let spring = calendar.intervals(on: LocalDate(year: 2026, month: 3, day: 29))
    #expect(spring.count == 92)
    #expect(spring[3].localStart.text == "2026-03-29T00:45")
    #expect(spring[4].localStart.text == "2026-03-29T02:00")
    #expect(spring[4].utcOffset == 3600)
    let autumn = calendar.intervals(on: LocalDate(year: 2026, month: 10, day: 25))
    #expect(autumn.count == 100)
    #expect(autumn[4].startText == "2026-10-25T01:00+01:00")
    #expect(autumn[8].startText == "2026-10-25T01:00+00:00")
    #expect(autumn[12].startText == "2026-10-25T02:00")
  }

  @Test func saoPauloHasNoDaylightSavingSince2019() throws {
    let calendar = try calendar("America/Sao_Paulo", week: "2026-11-30")
    let week = calendar.weekIntervals()
    #expect(week.count == 672)
    #expect(week.allSatisfy { $0.utcOffset == -3 * 3600 })
    #expect(week.first?.startText == "2026-11-30T00:00")
    #expect(week.first?.weekday == .monday)
    #expect(week.last?.startText == "2026-12-06T23:45")
    let year = calendar.intervals(in: LocalDate(year: 2026, month: 1, day: 1)..<LocalDate(year: 2027, month: 1, day: 1))
    #expect(year.count == 365 * 96)
  }

  @Test func intervalsCoverTimeWithoutGapsAcrossManyWeeks() throws {
    let calendar = try calendar("America/New_York", week: "2026-11-30")
    let days = LocalDate(year: 2025, month: 12, day: 1)..<LocalDate(year: 2027, month: 12, day: 6)
    let intervals = calendar.intervals(in: days)
    for (earlier, later) in zip(intervals, intervals.dropFirst()) {
      #expect(earlier.end == later.start)
    }
    let hours = intervals.last!.end.timeIntervalSince(intervals.first!.start) / 3600
    #expect(intervals.count == Int(hours * 4))
    // Weeks count from the plan's first day: 2026-11-30 is index 0, and so is every Monday.
    let mondays = intervals.filter { $0.weekday == .monday && $0.localStart.minuteOfDay == 0 }
    #expect(mondays.allSatisfy { $0.indexInWeek == 0 })
    #expect(intervals.first?.indexInWeek == 0)
  }

  @Test func indexInWeekCountsFromTheWeekStartWhenARangeStartsMidWeek() throws {
    let calendar = try calendar("America/New_York", week: "2026-10-26")
    let sunday = calendar.intervals(on: LocalDate(year: 2026, month: 11, day: 1))
    #expect(sunday.first?.indexInWeek == 6 * 96)
    #expect(sunday.last?.indexInWeek == 6 * 96 + 99)
  }

  @Test func nonexistentLocalTimeNamesTheJump() throws {
    let calendar = try calendar("America/New_York", week: "2026-03-02")
    let error = #expect(throws: ValueError.self) {
      try calendar.instant(parsing: "2026-03-08T02:30")
    }
    #expect(error?.problem == "2026-03-08T02:30 does not exist in America/New_York: the clocks jump from 02:00 to 03:00 that day")
    #expect(error?.remedy == "write 2026-03-08T03:00, the first time after the jump, or give a UTC offset")
    // With an offset the instant is exact.
    let instant = try calendar.instant(parsing: "2026-03-08T02:30-05:00")
    #expect(calendar.text(for: instant) == "2026-03-08T03:30")
  }

  @Test func ambiguousLocalTimeIsTheFirstOccurrenceUnlessAnOffsetIsGiven() throws {
    let calendar = try calendar("America/New_York", week: "2026-10-26")
    let first = try calendar.instant(parsing: "2026-11-01T01:30")
    #expect(first == Date(timeIntervalSince1970: 1_793_511_000))  // 2026-11-01T05:30Z
    let second = try calendar.instant(parsing: "2026-11-01T01:30-05:00")
    #expect(second.timeIntervalSince(first) == 3600)
    #expect(calendar.text(for: first) == "2026-11-01T01:30-04:00")
    #expect(calendar.text(for: second) == "2026-11-01T01:30-05:00")
    #expect(try calendar.instant(parsing: "2026-11-01T06:30Z") == second)
    #expect(try calendar.localTime(parsing: "2026-11-01T06:30Z").text == "2026-11-01T01:30")
  }

  @Test func everyWrittenStartReadsBackToTheSameInstant() throws {
    for zone in ["America/New_York", "Europe/Lisbon", "America/Sao_Paulo"] {
      let calendar = try calendar(zone, week: "2026-10-26")
      let days = LocalDate(year: 2026, month: 3, day: 1)..<LocalDate(year: 2026, month: 11, day: 8)
      for interval in calendar.intervals(in: days) {
        #expect(try calendar.instant(parsing: interval.startText) == interval.start)
        #expect(calendar.text(for: interval.start) == interval.startText)
      }
    }
  }

  @Test func offsetsConvertToPlanLocalTime() throws {
    let calendar = try calendar("America/Sao_Paulo", week: "2026-11-30")
    #expect(try calendar.localTime(parsing: "2026-11-30T11:00Z").text == "2026-11-30T08:00")
    #expect(try calendar.localTime(parsing: "2026-11-30T12:00+01:00").text == "2026-11-30T08:00")
    #expect(try calendar.localTime(parsing: "2026-11-30T08:00:30").text == "2026-11-30T08:00:30")
    #expect(throws: ValueError.self) { try calendar.localTime(parsing: "2026-11-30 8h") }
  }
}
