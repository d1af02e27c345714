/// Rolling-origin evaluation: refit before each of the last weeks and score the forecast after it.
///
/// With weekly period `m`, history length `n`, `weeks = W` and `horizonWeeks = h`, the origins are
/// `n − (W − k + h − 1)·m` for `k = 0..<W`: the method is fitted on the data before each origin
/// (outlier days of that data removed, if an ``OutlierRule`` is set) and forecasts `h` weeks, using
/// the history's own opening flags for those weeks. Scored intervals: open ones with a known
/// actual. Tashman (2000), "Out-of-sample tests of forecasting accuracy", *IJF* 16:437-450.
/// Origins with less than one week of history before them are skipped.
public struct Backtest: Sendable, Hashable, Codable {
  /// Number of origins, one week apart (default 8).
  public var weeks: Int
  /// Forecast horizon in whole weeks (default 1).
  public var horizonWeeks: Int
  /// Outlier days removed before each fit; `nil` fits on the raw history.
  public var outliers: OutlierRule?

  public init(weeks: Int = 8, horizonWeeks: Int = 1, outliers: OutlierRule? = OutlierRule()) {
    precondition(weeks >= 1 && horizonWeeks >= 1, "weeks and horizonWeeks must be at least 1")
    self.weeks = weeks
    self.horizonWeeks = horizonWeeks
    self.outliers = outliers
  }

  /// Intervals of history the backtest needs to run every origin with `minimumFit` before the first.
  public func requiredHistory(weekLength m: Int, minimumFitWeeks: Int = 1) -> Int {
    (weeks + horizonWeeks - 1 + minimumFitWeeks) * m
  }

  /// Runs one method over every origin.
  public func run(_ method: any ForecastMethod, on series: SeasonalSeries) -> BacktestReport {
    let m = series.weekLength, n = series.count, h = horizonWeeks * m
    let scale = Accuracy.seasonalNaiveScale(of: series)
    var origins: [BacktestReport.Origin] = []
    var failures: [String] = []
    for k in 0..<weeks {
      let origin = n - (weeks - k + horizonWeeks - 1) * m
      guard origin >= m else { continue }
      var train = series.prefix(origin)
      if let outliers { train = train.removingDays(method.outliers(outliers, in: train).map(\.day)) }
      let forecast: PointForecast
      do {
        forecast = try method.fit(train).forecast(horizon: h, open: Array(series.isOpen[origin..<(origin + h)]))
      } catch let error as ForecastModelError {
        failures.append(error.reason)
        continue
      } catch {
        failures.append("\(error)")
        continue
      }
      var f: [Double] = [], a: [Double] = [], p: [Int] = []
      for i in 0..<h {
        if let actual = series.observation(origin + i) {
          f.append(forecast.mean[i]); a.append(actual); p.append((origin + i) % m)
        }
      }
      let accuracy = Accuracy(actual: a, forecast: f, scale: scale)
      origins.append(.init(start: origin, accuracy: accuracy, forecasts: f, actuals: a, positions: p))
    }
    return BacktestReport(method: method.name, complexity: method.complexity, intervalsPerDay: series.intervalsPerDay,
                          accuracy: Accuracy.pooled(origins.map(\.accuracy), scale: scale),
                          origins: origins, failures: failures)
  }
}
