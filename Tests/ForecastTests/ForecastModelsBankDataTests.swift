import Foundation
import Testing
@testable import Forecast

/// The issue's target on real data: automatic choice vs seasonal naive on the bank's voice channel.
@Suite struct ForecastModelsBankDataTests {
  @Test func automaticChoiceBeatsSeasonalNaiveOnBankData() throws {
    let series = try BankSeries.load()
    let auto = AutomaticForecaster()
    let result = try auto.forecast(series, horizon: series.weekLength)
    let plainNaive = Backtest(outliers: nil).run(SeasonalNaive(), on: series)
    for r in result.backtests {
      print("bank backtest \(r.method): WAPE \(r.accuracy.wape) MASE \(r.accuracy.mase) bias \(r.accuracy.bias) heldOutCoverage \(r.heldOutCoverage() ?? .nan)")
    }
    print("bank backtest SeasonalNaive(no outlier removal): WAPE \(plainNaive.accuracy.wape)")
    print("bank chosen \(result.method) coverage \(result.heldOutCoverage ?? .nan) outliers \(result.outliers.map { "day \($0.day) total \($0.total) typical \($0.typical)" })")
    let chosen = try #require(result.backtests.first { $0.method == result.method })
    #expect(chosen.accuracy.wape <= 0.85 * plainNaive.accuracy.wape)
    let coverage = try #require(result.heldOutCoverage)
    #expect(coverage >= 0.75 && coverage <= 0.85)
  }
}
