import Testing
@testable import Forecast

/// Handle time that follows the calendar's day classes, and stays put where they do not move it.
@Suite struct CalendarHandleTimeTests {
  /// Handle times around 200 s, ±10 % noise, times `truth` of the day's classes.
  static func handle(_ series: SeasonalSeries, truth: [DayClass: Double]) -> [Double?] {
    var g = SyntheticSeries(seed: 3)
    let classes = CalendarTopDownTests.calendar()
      .classes(days: 0..<(series.count / 24), businessWeekdays: CalendarTopDownTests.business)
    return (0..<series.count).map { t in
      let factor = classes[t / 24].reduce(1.0) { $0 * (truth[$1] ?? 1) }
      return series.observation(t) == nil ? nil : 200 * factor * (0.9 + 0.2 * g.uniform())
    }
  }

  @Test func handleTimeFactorsAreRecoveredAndApplied() throws {
    let series = CalendarTopDownTests.series(weeks: 40)
    let truth: [DayClass: Double] = [.monthStart(1): 0.88, .afterClosure(1): 0.9]
    let model = CalendarHandleTime(calendar: CalendarTopDownTests.calendar())
    let handle = Self.handle(series, truth: truth)
    let (found, _) = model.factors(volume: series, handleSeconds: handle)
    for (dayClass, factor) in found {
      #expect(Swift.abs(factor.factor / (truth[dayClass] ?? 1) - 1) < 0.03, "\(dayClass.label): \(factor.factor)")
    }
    // The horizon's first day (day 280, 2025-10-12, a Sunday) is only the eve of a holiday, whose
    // true factor is 1; 2025-11-02 is the first business day of November.
    let plain = [Double](repeating: 200, count: 28 * 24)
    let adjusted = model.adjust(plain, volume: series, handleSeconds: handle).adjusted
    let novemberFirst = CalendarTopDownTests.firstDate.distance(to: LocalDate(year: 2025, month: 11, day: 2)) - 280
    #expect(Swift.abs(adjusted[0] - 200) < 2)
    #expect(Swift.abs(adjusted[novemberFirst * 24 + 10] - 176) < 6)
  }

  @Test func noHandleTimeEffectKeepsTheForecast() throws {
    let series = CalendarTopDownTests.series(weeks: 40)
    let (found, _) = CalendarHandleTime(calendar: CalendarTopDownTests.calendar())
      .factors(volume: series, handleSeconds: Self.handle(series, truth: [:]))
    #expect(found.values.allSatisfy { Swift.abs($0.factor - 1) < 0.02 }, "\(found.values.map(\.factor))")
  }
}
