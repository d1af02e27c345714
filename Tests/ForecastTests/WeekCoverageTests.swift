import Foundation
import Testing

@testable import Forecast

/// ``WeekCoverage``: a file's rows must lie in the plan's week, and there must be some there.
@Suite struct WeekCoverageTests {
  /// New York, the week of the spring-forward Sunday (2026-03-08 has 23 hours).
  let calendar = PlanningCalendar(
    timeZone: TimeZone(identifier: "America/New_York")!, intervalLength: IntervalLength(minutes: 15),
    week: LocalDate(year: 2026, month: 3, day: 2))
  let remedy = WeekCoverage.Remedy(otherWeek: "other", moreWeeks: "more")

  func starts(_ texts: [String]) throws -> [Date] { try texts.map { try calendar.instant(parsing: $0) } }

  func message(_ texts: [String]) throws -> String? {
    let instants = try starts(texts)
    do {
      try WeekCoverage.check("f.csv", starts: instants, calendar: calendar, remedy: remedy)
      return nil
    } catch {
      return error.message
    }
  }

  @Test func rowsInsideTheWeekPassWithoutEveryInterval() throws {
    #expect(try message(["2026-03-02T00:00", "2026-03-04T09:00", "2026-03-08T23:45"]) == nil)
    #expect(try message([]) == nil)
  }

  @Test func anotherWeekNamesItsDatesAndThePlansWeek() throws {
    #expect(
      try message(["2026-03-09T00:00", "2026-03-15T09:00"])
        == "f.csv: covers 2026-03-09 to 2026-03-15, not the plan's week 2026-03-02 to 2026-03-08; other")
    #expect(try message(["2026-03-01T23:45"]) == "f.csv: covers 2026-03-01, not the plan's week 2026-03-02 to 2026-03-08; other")
  }

  @Test func rowsBeforeOrAfterTheWeekToo() throws {
    #expect(
      try message(["2026-03-02T09:00", "2026-03-29T09:00"])
        == "f.csv: covers 4 weeks (2026-03-02 to 2026-03-29); the plan's week is 2026-03-02 to 2026-03-08; more")
    #expect(
      try message(["2026-03-01T23:45", "2026-03-02T00:00"])
        == "f.csv: covers 2 weeks (2026-03-01 to 2026-03-02); the plan's week is 2026-03-02 to 2026-03-08; more")
  }

  @Test func datesOfARoster() throws {
    let inWeek = [LocalDate(year: 2026, month: 3, day: 2), LocalDate(year: 2026, month: 3, day: 8)]
    try WeekCoverage.check("r.csv", dates: inWeek, calendar: calendar, remedy: remedy)
    #expect(throws: InputError.self) {
      try WeekCoverage.check(
        "r.csv", dates: inWeek + [LocalDate(year: 2026, month: 3, day: 9)], calendar: calendar, remedy: remedy)
    }
  }
}
