import Foundation
import Testing
@testable import Forecast

/// Accuracy measures, backtest choice, intervals and outliers.
@Suite struct ForecastModelsAccuracyTests {
  @Test func wapeBiasAndMaseOfKnownNumbers() {
    let a = Accuracy(actual: [10, 0, nil, 30], forecast: [12, 1, 99, 27], scale: 2)
    #expect(a.count == 3)
    #expect(a.wape == 6.0 / 40)  // |−2| + |−1| + |3| over 40; the zero actual stays defined
    #expect(a.bias == 0.0)  // +2 +1 −3
    #expect(a.mase == 1.0)  // mean abs error 2 over scale 2
  }

  @Test func seasonalNaiveScaleIsItsInSampleError() {
    let s = SeasonalSeries(values: (0..<14).map { Double($0) }, intervalsPerDay: 1)
    #expect(Accuracy.seasonalNaiveScale(of: s) == 7)
  }

  @Test func backtestPicksMovingAverageOnStationaryNoise() throws {
    var g = SyntheticSeries(seed: 11)
    let series = g.poissonSeries(weeks: 14)
    let auto = AutomaticForecaster(candidates: [SeasonalNaive(), SeasonalMovingAverage(weeks: 4)])
    #expect(try auto.forecast(series, horizon: 24).method == "SeasonalMovingAverage(k=4)")
  }

  @Test func backtestPicksSeasonalNaiveOnAGrowingSeries() throws {
    // Noise-free weekly pattern growing 5 % a week: the moving average lags, last week is best.
    let n = 14 * 7 * 24
    let values: [Double?] = (0..<n).map { SyntheticSeries.rate($0) * pow(1.05, Double($0 / 168)) }
    let series = SeasonalSeries(values: values, isOpen: (0..<n).map(SyntheticSeries.isOpen), intervalsPerDay: 24)
    let auto = AutomaticForecaster(candidates: [SeasonalNaive(), SeasonalMovingAverage(weeks: 4)])
    #expect(try auto.forecast(series, horizon: 24).method == "SeasonalNaive")
  }

  @Test func tiesGoToTheSimplerMethod() throws {
    // An exact weekly repetition: every method is perfect; the simplest is chosen.
    let n = 12 * 7 * 24
    let series = SeasonalSeries(values: (0..<n).map { SyntheticSeries.rate($0) },
                                isOpen: (0..<n).map(SyntheticSeries.isOpen), intervalsPerDay: 24)
    let auto = AutomaticForecaster(candidates: [SeasonalMovingAverage(weeks: 4), SeasonalNaive()])
    let result = try auto.forecast(series, horizon: 24)
    #expect(result.method == "SeasonalNaive")
  }

  @Test func intervalsCoverPoissonCountsAtAbout80Percent() throws {
    var g = SyntheticSeries(seed: 3)
    let series = g.poissonSeries(weeks: 20)
    let result = try AutomaticForecaster().forecast(series, horizon: series.weekLength)
    let heldOut = try #require(result.heldOutCoverage)
    #expect(heldOut >= 0.7 && heldOut <= 0.9)
    // And on a fresh week drawn from the same rates after the history.
    var inside = 0, open = 0
    for i in 0..<series.weekLength where result.point.isOpen[i] {
      let actual = g.poisson(SyntheticSeries.rate(series.count + i))
      open += 1
      if actual >= result.low[i] && actual <= result.high[i] { inside += 1 }
    }
    let fresh = Double(inside) / Double(open)
    #expect(fresh >= 0.7 && fresh <= 0.9, "fresh-week coverage \(fresh)")
  }

  @Test func outlierDayIsReportedAndKeptOutOfFitting() throws {
    var g = SyntheticSeries(seed: 5)
    var series = g.poissonSeries(weeks: 12)
    let spikeDay = 7 * 11 + 2  // the last week's Tuesday
    for t in (spikeDay * 24)..<((spikeDay + 1) * 24) { series.values[t] = series.values[t]! * 4 }
    let auto = AutomaticForecaster(candidates: [SeasonalNaive()], backtest: Backtest(weeks: 1))
    let result = try auto.forecast(series, horizon: series.weekLength)
    #expect(result.outliers.map(\.day) == [spikeDay])
    #expect(try #require(result.outliers.first).score > 3.5)
    // Seasonal naive skips the removed day and repeats the Tuesday before it.
    let tuesday = (spikeDay + 7) * 24 - series.count
    #expect(result.mean[tuesday + 12] == series.values[(spikeDay - 7) * 24 + 12]!)
  }

  @Test func shortHistoryFallsBackAndSaysSo() throws {
    var g = SyntheticSeries(seed: 1)
    let series = g.poissonSeries(weeks: 2).prefix(252)  // 1.5 weeks: no backtest origin
    let result = try AutomaticForecaster().forecast(series, horizon: 24)
    #expect(result.method == "SeasonalNaive")
    #expect(result.point.fallback?.failedMethod == "automatic choice")
    #expect(throws: ForecastModelError.self) {
      try AutomaticForecaster().forecast(series.prefix(100), horizon: 24)
    }
  }
}
