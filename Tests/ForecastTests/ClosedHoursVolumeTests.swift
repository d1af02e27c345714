import Testing

@testable import Forecast

/// History in hours the plan closes is left out of the forecast, and said (`ClosedHoursVolume`).
@Suite struct ClosedHoursVolumeTests {
  /// Hourly slots, 6 weeks from Monday 2026-10-05: 10 contacts an hour 09:00-17:00 every day; the
  /// plan opens Monday to Friday only, so Saturday's and Sunday's 160 a week are closed hours.
  @Test func weekendContactsInHoursNowClosedAreCountedAndPlaced() throws {
    let first = LocalDate(year: 2026, month: 10, day: 5)
    let hours = try OpeningHours(parsing: [("mon-fri", "09:00-17:00")])
    var values: [Double?] = [], open: [Bool] = []
    for day in 0..<42 {
      let date = first.adding(days: day)
      for slot in 0..<24 {
        values.append((9..<17).contains(slot) ? 10 : 0)
        open.append(hours.isOpen(date.weekday, minuteOfDay: slot * 60))
      }
    }
    let series = SeasonalSeries(values: values, isOpen: open, intervalsPerDay: 24)
    let closed = try #require(ClosedHoursVolume.measure(series, firstDate: first, intervalLength: IntervalLength(minutes: 60)))
    #expect(closed.weeks == 4 && closed.contactsPerWeek == 160 && abs(closed.share - 160.0 / 560) < 1e-12)
    #expect(closed.stretches.map(\.text) == ["sat 09:00-17:00", "sun 09:00-17:00"])
    #expect(closed.text.hasPrefix("160 contacts a week (29 % of the channel's) over the last 4 weeks of history arrived in hours plan.yaml closes (sat 09:00-17:00 80, sun 09:00-17:00 80 a week)"))
    // A holiday's rows are not weekday closed hours: the last Saturday declared a holiday leaves
    // 7 of the 8 weekend days (a channel open on holidays keeps such rows in its history).
    let lastSaturday = first.adding(days: 40)
    let withHoliday = try #require(ClosedHoursVolume.measure(
      series, firstDate: first, intervalLength: IntervalLength(minutes: 60), holidays: [lastSaturday]))
    #expect(lastSaturday.weekday == .saturday && withHoliday.contactsPerWeek == 140)
    // Open every day: nothing to say.
    let everyDay = SeasonalSeries(values: values, isOpen: values.map { ($0 ?? 0) > 0 }, intervalsPerDay: 24)
    #expect(ClosedHoursVolume.measure(everyDay, firstDate: first, intervalLength: IntervalLength(minutes: 60)) == nil)
  }
}
