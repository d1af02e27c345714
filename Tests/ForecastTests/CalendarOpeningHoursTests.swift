import Foundation
import Testing

@testable import Forecast

/// Opening hours, day keys, holidays and the interval grid.
@Suite struct CalendarOpeningHoursTests {
  let calendar = try! PlanningCalendar(
    timeZoneIdentifier: "America/Sao_Paulo", intervalLength: IntervalLength(minutes: 15),
    week: LocalDate(year: 2026, month: 11, day: 30), holidays: [LocalDate(year: 2026, month: 12, day: 4)])

  func openLabels(_ hours: OpeningHours, on day: Int) -> [String] {
    calendar.intervals(on: LocalDate(year: 2026, month: 11, day: 30).adding(days: day))
      .filter { calendar.isOpen($0, hours) }.map { String($0.localStart.text.suffix(5)) }
  }

  @Test func dayKeysNameDaysRangesListsAndWrapOverTheWeekEnd() throws {
    #expect(try Weekday.days(parsing: "mon") == [.monday])
    #expect(try Weekday.days(parsing: "Monday") == [.monday])
    #expect(try Weekday.days(parsing: "mon-fri") == [.monday, .tuesday, .wednesday, .thursday, .friday])
    #expect(try Weekday.days(parsing: "mon,wed,fri") == [.monday, .wednesday, .friday])
    #expect(try Weekday.days(parsing: "fri-mon") == [.friday, .saturday, .sunday, .monday])
    #expect(try Weekday.days(parsing: "mon-sun") == Weekday.allCases)
    #expect(try Weekday.days(parsing: "daily") == Weekday.allCases)
    #expect(throws: ValueError("\"mon-fir\" is not a day key", remedy: "did you mean \"mon-fri\"? write days like mon, mon-fri, mon,wed,fri, fri-mon or daily")) {
      try Weekday.days(parsing: "mon-fir")
    }
    #expect(throws: ValueError("\"mon,mon-wed\" names mon twice", remedy: "name each day once")) {
      try Weekday.days(parsing: "mon,mon-wed")
    }
  }

  @Test func rangeCrossingMidnightOpensTheNextMorning() throws {
    let hours = try OpeningHours(parsing: [("tue", "22:00-06:00")])
    let tuesday = openLabels(hours, on: 1)
    #expect(tuesday.first == "22:00")
    #expect(tuesday.count == 8)
    let wednesday = openLabels(hours, on: 2)
    #expect(wednesday.first == "00:00")
    #expect(wednesday.last == "05:45")
    #expect(wednesday.count == 24)
  }

  @Test func sundayNightOpensTheRosterWeeksFirstMonday() throws {
    let hours = try OpeningHours(parsing: [("sun", "22:00-06:00")])
    let monday = openLabels(hours, on: 0)
    #expect(monday.first == "00:00")
    #expect(monday.last == "05:45")
    #expect(openLabels(hours, on: 6) == ["22:00", "22:15", "22:30", "22:45", "23:00", "23:15", "23:30", "23:45"])
  }

  @Test func twentyFourHundredEndsTheDay() throws {
    let hours = try OpeningHours(parsing: [("mon", "00:00-24:00"), ("tue", "20:00-24:00"), ("wed", "20:00-00:00")])
    #expect(openLabels(hours, on: 0).count == 96)
    #expect(openLabels(hours, on: 1).count == 16)
    #expect(openLabels(hours, on: 2).count == 16)
    #expect(openLabels(hours, on: 3).isEmpty)
    #expect(throws: ValueError("24:00 is only an end", remedy: "start the day at 00:00")) {
      try OpeningHours.ranges(parsing: "24:00-06:00")
    }
  }

  @Test func severalRangesAndClosedDays() throws {
    let hours = try OpeningHours(parsing: [("mon-fri", "08:00-12:00,14:00-18:00"), ("sat", "closed")])
    #expect(openLabels(hours, on: 0).count == 32)
    #expect(!openLabels(hours, on: 0).contains("12:00"))
    #expect(openLabels(hours, on: 5).isEmpty)
    #expect(hours.text == "mon 08:00-12:00,14:00-18:00; tue 08:00-12:00,14:00-18:00; wed 08:00-12:00,14:00-18:00; thu 08:00-12:00,14:00-18:00; fri 08:00-12:00,14:00-18:00")
  }

  @Test func holidayClosesItsCalendarDayIncludingTheSpillOverIntoIt() throws {
    // 2026-12-04 (a Friday) is a holiday.
    // Thursday's 22:00-06:00 spills into the holiday: closed after midnight.
    let nights = try OpeningHours(parsing: [("daily", "22:00-06:00")])
    #expect(openLabels(nights, on: 4).isEmpty)
    #expect(openLabels(nights, on: 3).count == 24 + 8)
    // The holiday evening's spill-over into Saturday is open again: holidays close dates.
    #expect(openLabels(nights, on: 5).first == "00:00")
    let days = try OpeningHours(parsing: [("mon-fri", "08:00-20:00")])
    #expect(openLabels(days, on: 4).isEmpty)
    #expect(openLabels(days, on: 3).count == 48)
  }

  /// `holidays:` gives a channel hours on the plan's holidays (an emergency line), instead of closed.
  @Test func holidayHoursOpenAChannelOnItsHolidays() throws {
    let line = try OpeningHours(parsing: [("daily", "00:00-24:00"), ("holidays", "00:00-24:00")])
    #expect(openLabels(line, on: 4).count == 96 && line.opensOnHolidays)
    let morning = try OpeningHours(parsing: [("mon-fri", "08:00-20:00"), ("Holidays", "09:00-13:00")])
    #expect(openLabels(morning, on: 4) == openLabels(morning, on: 3).filter { $0 >= "09:00" && $0 < "13:00" })
    let closed = try OpeningHours(parsing: [("mon-fri", "08:00-20:00"), ("holidays", "closed")])
    #expect(openLabels(closed, on: 4).isEmpty && !closed.opensOnHolidays)
    #expect(throws: ValueError("holidays 22:00-06:00 crosses midnight, but a holiday is one date", remedy: "end the holiday's hours by 24:00 (the next day keeps its own hours)")) {
      try OpeningHours(parsing: [("daily", "08:00-20:00"), ("holidays", "22:00-06:00")])
    }
    #expect(throws: ValueError("holidays is listed twice", remedy: "list it once")) {
      try OpeningHours(parsing: [("holidays", "08:00-12:00"), ("holidays", "13:00-14:00")])
    }
    // schedule.json and scenarios carry the hours as JSON: the holiday hours go with them.
    let decoded = try JSONDecoder().decode(OpeningHours.self, from: JSONEncoder().encode(morning))
    #expect(decoded == morning && decoded.holidayRanges?.map(\.text) == ["09:00-13:00"])
  }

  @Test func dayListedTwiceIsRefused() {
    #expect(throws: ValueError("wed is listed in mon-fri and again in wed", remedy: "list each day once")) {
      try OpeningHours(parsing: [("mon-fri", "08:00-20:00"), ("wed", "09:00-10:00")])
    }
  }

  @Test func overlappingRangesAreRefused() {
    #expect(throws: ValueError("11:00-14:00 overlaps 08:00-12:00", remedy: "merge them into one range or let one end where the next starts")) {
      try OpeningHours.ranges(parsing: "08:00-12:00,11:00-14:00")
    }
    #expect(throws: ValueError("sat 05:00-12:00 overlaps fri 22:00-06:00", remedy: "merge them into one range or let one end where the next starts")) {
      try OpeningHours(parsing: [("fri", "22:00-06:00"), ("sat", "05:00-12:00")])
    }
    #expect(throws: Never.self) {
      try OpeningHours(parsing: [("fri", "22:00-06:00"), ("sat", "06:00-12:00"), ("mon", "08:00-12:00,12:00-13:00")])
    }
  }

  @Test func rangeOfNoLengthIsRefused() {
    #expect(throws: ValueError("\"08:00-08:00\" starts and ends at the same time", remedy: "for the whole day write 00:00-24:00")) {
      try TimeRange(parsing: "08:00-08:00")
    }
    #expect(throws: ValueError.self) { try TimeRange(parsing: "8-20") }
    #expect(throws: ValueError.self) { try TimeRange(parsing: "08:00-25:00") }
  }

  @Test func timesOffTheIntervalGridAreRefused() throws {
    let hours = try OpeningHours(parsing: [("mon", "08:10-12:00")])
    #expect(throws: ValueError("mon 08:10 in 08:10-12:00 is not on the 15m interval grid", remedy: "use times that are multiples of 15m, or a shorter interval")) {
      try hours.checkGrid(IntervalLength(minutes: 15))
    }
    #expect(throws: Never.self) { try hours.checkGrid(IntervalLength(minutes: 10)) }
  }
}
