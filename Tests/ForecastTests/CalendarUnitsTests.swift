import Foundation
import Testing

@testable import Forecast

/// Dates, times, interval lengths and time-zone names.
@Suite struct CalendarUnitsTests {
  @Test func intervalLengthsAreTheDivisorsOfAnHourListed() throws {
    for text in ["5m", "10m", "15m", "20m", "30m", "60m", "1h"] {
      #expect(throws: Never.self) { try IntervalLength(parsing: text) }
    }
    #expect(try IntervalLength(parsing: "1h").minutes == 60)
    for text in ["25m", "45m", "2h", "90s", "7.5m"] {
      #expect(throws: ValueError("\"\(text)\" is not an allowed interval length", remedy: "use 5m, 10m, 15m, 20m, 30m or 60m")) {
        try IntervalLength(parsing: text)
      }
    }
    #expect(throws: ValueError("\"15\" has no unit", remedy: "add one: 15s, 15m or 15h")) {
      try IntervalLength(parsing: "15")
    }
  }

  @Test func unknownTimeZoneSuggestsTheNearestIdentifier() {
    #expect(throws: ValueError("\"America/Sao_Paolo\" is not a known time zone", remedy: "did you mean \"America/Sao_Paulo\"? use an IANA name like America/Sao_Paulo or Europe/Lisbon")) {
      try PlanningCalendar.timeZone(named: "America/Sao_Paolo")
    }
    let error = #expect(throws: ValueError.self) { try PlanningCalendar.timeZone(named: "Lisbon") }
    #expect(error?.remedy.hasPrefix("did you mean \"Europe/Lisbon\"?") == true)
  }

  /// "EST" is UTC-5 all year in the time zone database and "CST" follows US daylight saving: a
  /// New York plan written with EST would run an hour off all summer, silently.
  @Test func abbreviationsAreRefusedNamingTheCity() throws {
    for (abbreviation, city) in [("EST", "America/New_York"), ("cst", "America/Chicago"), ("CET", "Europe/Paris")] {
      let error = #expect(throws: ValueError.self) { try PlanningCalendar.timeZone(named: abbreviation) }
      #expect(error?.remedy.contains("\"\(city)\"") == true, "\(abbreviation): \(String(describing: error))")
    }
    #expect(try PlanningCalendar.timeZone(named: "UTC").secondsFromGMT() == 0)
    #expect(try PlanningCalendar.timeZone(named: "America/Chicago").identifier == "America/Chicago")
  }

  @Test func datesKnowTheirWeekdayAndStepOverMonthsAndYears() throws {
    let date = try LocalDate(parsing: "2026-11-30")
    #expect(date.weekday == .monday)
    #expect(date.adding(days: 32).text == "2027-01-01")
    #expect(LocalDate(year: 2028, month: 2, day: 28).adding(days: 1).text == "2028-02-29")
    #expect(LocalDate(daysSinceEpoch: 0).text == "1970-01-01")
    #expect(LocalDate(year: 1969, month: 12, day: 31).daysSinceEpoch == -1)
    #expect(try LocalDate(parsing: "2026-12-25") > date)
    #expect(throws: ValueError("2026-02-30 is not a day of the calendar", remedy: "check month and day")) {
      try LocalDate(parsing: "2026-02-30")
    }
    #expect(throws: ValueError.self) { try LocalDate(parsing: "30/11/2026") }
  }

  @Test func timesOfDayAndLocalTimestampsRoundTrip() throws {
    #expect(try TimeOfDay(parsing: "08:00").minutes == 480)
    #expect(try TimeOfDay(parsing: "24:00", allowingEndOfDay: true).minutes == 1440)
    #expect(throws: ValueError.self) { try TimeOfDay(parsing: "24:00") }
    let stamp = try LocalDateTime(parsing: "2026-11-30T08:00")
    #expect(stamp.text == "2026-11-30T08:00")
    #expect(try LocalDateTime(parsing: "2026-11-30T08:00:05").text == "2026-11-30T08:00:05")
    let (local, offset) = try LocalDateTime.parse("2026-11-30T08:00-03:00")
    #expect(local == stamp)
    #expect(offset == -10_800)
    #expect(try LocalDateTime.parse("2026-11-30T08:00Z").utcOffset == 0)
    #expect(throws: ValueError.self) { try LocalDateTime(parsing: "2026-11-30T08:00Z") }
  }

  @Test func weekdaysParseShortAndLongNames() throws {
    #expect(try Weekday(parsing: "sun") == .sunday)
    #expect(try Weekday(parsing: "Thursday") == .thursday)
    #expect(Weekday.sunday.next == .monday)
    #expect(Weekday.monday.previous == .sunday)
  }
}
