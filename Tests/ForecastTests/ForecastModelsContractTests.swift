import Testing
@testable import Forecast

/// One contract over every forecaster (statsforecast's `assert_class`): shapes, bounds, determinism.
@Suite struct ForecastModelsContractTests {
  static let methods: [any ForecastMethod] = AutomaticForecaster.standardCandidates + [
    SeasonalMovingAverage(weeks: 1), ExponentiallyWeightedSeasonalAverage(alpha: 0.3),
    DoubleSeasonalHoltWinters(residualAutoregression: false), TopDown(profileWeeks: 2),
    // Day 23 of history() is closed: a holiday of the calendar.
    CalendarTopDown(calendar: DayCalendar(
      firstDate: LocalDate(year: 2026, month: 1, day: 4), holidays: [LocalDate(year: 2026, month: 1, day: 27)],
      specialDays: [SpecialDay(name: "billing", rule: .monthDay(10))])),
  ]

  /// Six weeks of Poisson counts with closed hours, a missing day and a closed holiday.
  static func history() -> SeasonalSeries {
    var g = SyntheticSeries(seed: 7)
    var s = g.poissonSeries(weeks: 6)
    s = s.removingDays([9])
    for t in (23 * 24)..<(24 * 24) { s.isOpen[t] = false }
    return s
  }

  @Test(arguments: methods.map { $0.name })
  func everyMethodKeepsTheForecastContract(name: String) throws {
    let method = try #require(Self.methods.first { $0.name == name })
    let history = Self.history()
    let horizon = history.weekLength + 30  // not a whole number of weeks
    let open = (0..<horizon).map { SyntheticSeries.isOpen(history.count + $0) }

    let fitted = try method.fit(history)
    #expect(fitted.fitted.count == history.count)
    #expect(fitted.method == method.name)
    let point = fitted.forecast(horizon: horizon, open: open)
    #expect(point.mean.count == horizon)
    #expect(point.method == method.name)
    #expect(point.fallback == nil)
    #expect(point.mean.allSatisfy { $0 >= 0 && $0.isFinite })
    #expect(zip(point.mean, open).allSatisfy { $1 || $0 == 0 }, "closed intervals forecast 0")

    let report = Backtest(weeks: 3).run(method, on: history)
    #expect(report.origins.count == 3)
    let result = ForecastResult(point: point, intervals: report.intervals(), heldOutCoverage: nil,
                                backtests: [report], outliers: [])
    for i in 0..<horizon {
      #expect(result.low[i] >= 0)
      #expect(result.low[i] <= result.mean[i] && result.mean[i] <= result.high[i])
    }

    let again = try method.fit(history).forecast(horizon: horizon, open: open)
    #expect(again == point, "same input, same output")
    #expect(Backtest(weeks: 3).run(method, on: history) == report)
  }

  @Test(arguments: methods.map { $0.name })
  func everyMethodRefusesLessThanAWeek(name: String) throws {
    let method = try #require(Self.methods.first { $0.name == name })
    let short = Self.history().prefix(100)
    #expect(throws: ForecastModelError.self) { try method.fit(short) }
  }
}
