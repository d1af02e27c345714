import Testing
@testable import Forecast

/// Small cases computed by hand.
@Suite struct ForecastModelsExactTests {
  /// Three weeks of one interval a day: week w, day d has value 10·w + d.
  static let weeks3 = SeasonalSeries(values: (0..<21).map { Double(10 * ($0 / 7) + $0 % 7) }, intervalsPerDay: 1)

  @Test func seasonalNaiveRepeatsLastWeek() throws {
    let f = try SeasonalNaive().fit(Self.weeks3).forecast(horizon: 9)
    #expect(f.mean == [20, 21, 22, 23, 24, 25, 26, 20, 21])
    #expect(f.method == "SeasonalNaive")
  }

  @Test func seasonalNaiveSkipsAMissingWeek() throws {
    var s = Self.weeks3
    s.values[15] = nil  // week 2, day 1 missing: fall back to week 1's 11
    s.isOpen[16] = false  // week 2, day 2 closed (holiday): its 22 is no evidence, use 12
    let f = try SeasonalNaive().fit(s).forecast(horizon: 7, open: Array(repeating: true, count: 7))
    #expect(f.mean == [20, 11, 12, 23, 24, 25, 26])
  }

  @Test func seasonalNaiveFittedIsTheWeekBefore() throws {
    let fitted = try SeasonalNaive().fit(Self.weeks3).fitted
    #expect(fitted.prefix(7).allSatisfy { $0 == nil })
    #expect(fitted[7] == 0 && fitted[20] == 16)
  }

  @Test func movingAverageOfKnownWeeks() throws {
    // Weeks 0,1,2 average to 10 + d with k = 3; with k = 2, weeks 1,2: 15 + d.
    #expect(try SeasonalMovingAverage(weeks: 3).fit(Self.weeks3).forecast(horizon: 2).mean == [10, 11])
    #expect(try SeasonalMovingAverage(weeks: 2).fit(Self.weeks3).forecast(horizon: 2).mean == [15, 16])
    // k larger than the history averages what there is.
    #expect(try SeasonalMovingAverage(weeks: 4).fit(Self.weeks3).forecast(horizon: 1).mean == [10])
  }

  @Test func medianIgnoresOneWildWeek() throws {
    var s = SeasonalSeries(values: (0..<35).map { _ in 10.0 }, intervalsPerDay: 1)
    s.values[29] = 500
    #expect(try SeasonalMedian(weeks: 5).fit(s).forecast(horizon: 7).mean == Array(repeating: 10, count: 7))
    #expect(try SeasonalMovingAverage(weeks: 5).fit(s).forecast(horizon: 7).mean[1] == 108)
  }

  @Test func exponentiallyWeightedAverageWithFixedAlpha() throws {
    // Position 0: 0, 10, 20 -> S = 0 -> 0 + 0.5·10 = 5 -> 5 + 0.5·15 = 12.5.
    let f = try ExponentiallyWeightedSeasonalAverage(alpha: 0.5).fit(Self.weeks3)
    #expect(f.forecast(horizon: 1).mean == [12.5])
    #expect(f.alpha == 0.5)
  }

  @Test func handleTimeShrinksThinIntervalsTowardTheMean() throws {
    // One interval a day, one week: position 0 has 90 calls at 200 s, position 1 has 10 at 100 s.
    var volume = [Double?](repeating: 0, count: 7), aht = [Double?](repeating: nil, count: 7)
    volume[0] = 90; aht[0] = 200
    volume[1] = 10; aht[1] = 100
    let fitted = try HandleTimeModel(weeks: 1, priorContacts: 10)
      .fit(volume: SeasonalSeries(values: volume, intervalsPerDay: 1), handleSeconds: aht)
    let mu = (90.0 * 200 + 10 * 100) / 100  // 190
    #expect(fitted.overall == mu)
    let f = fitted.forecast(horizon: 3)
    #expect(abs(f[0] - (0.9 * 200 + 0.1 * mu)) < 1e-9)
    #expect(abs(f[1] - (0.5 * 100 + 0.5 * mu)) < 1e-9)
    #expect(f[2] == mu)
  }

  @Test func handleTimeNeedsSomeData() {
    let s = SeasonalSeries(values: Array(repeating: 0, count: 7), intervalsPerDay: 1)
    #expect(throws: ForecastModelError.self) {
      try HandleTimeModel().fit(volume: s, handleSeconds: Array(repeating: nil, count: 7))
    }
  }
}
