import Foundation
import Testing

@testable import Forecast

/// The automatic choice weighs bias with WAPE (``AutomaticForecaster/score(_:)``).
@Suite struct ForecastChoiceBiasTests {
  /// Sparse counts (an e-mail queue: 0.5 a quarter-hour, mostly 0 or 1): WAPE alone is least for
  /// each interval's median, which is 0 where the mean is 0.5, so the median method wins on WAPE
  /// while its week runs far below the history. The choice by WAPE + |bias| is a method whose
  /// forecast week holds the history's volume.
  @Test func sparseCountsDoNotChooseAMethodRunningLow() throws {
    var draw = SyntheticSeries(seed: 11)
    let weeks = 12, perDay = 96
    let n = weeks * 7 * perDay
    let open = (0..<n).map { t in (t / perDay) % 7 < 5 && (32..<72).contains(t % perDay) }
    let values: [Double?] = (0..<n).map { open[$0] ? draw.poisson(0.5) : 0 }
    let series = SeasonalSeries(values: values, isOpen: open, intervalsPerDay: perDay)
    let result = try AutomaticForecaster().forecast(series, horizon: series.weekLength)
    let median = try #require(result.backtests.first { $0.method.hasPrefix("SeasonalMedian") })
    let chosen = try #require(result.backtests.first { $0.method == result.method })
    let lowestWAPE = try #require(result.backtests.filter { !$0.origins.isEmpty }.min { $0.accuracy.wape < $1.accuracy.wape })
    #expect(lowestWAPE.method == median.method && median.accuracy.bias < -0.2, "the trap this test is about")
    #expect(abs(chosen.accuracy.bias) < 0.1, "\(result.method) bias \(chosen.accuracy.bias)")
    let week = result.point.mean.reduce(0, +), history = values.suffix(series.weekLength).compactMap { $0 }.reduce(0, +)
    #expect(abs(week / (0.5 * Double(open.suffix(series.weekLength).filter { $0 }.count)) - 1) < 0.15, "forecast week \(week), last week \(history)")
  }
}
