/// Seasonal moving average: the mean of the same interval over the last `k` observed weeks.
///
/// `ŷ(t) = (1/k) Σ_{j=1..k} y(t - m·j)` with `m` the weekly period; weeks where the interval was
/// missing or closed are skipped and the window reaches further back, so it always averages the
/// last `k` observed weeks. statsforecast calls it `SeasonalWindowAverage`; Hyndman &
/// Athanasopoulos (2021), section 5.2 ("average method", seasonal form). Default `k = 4`.
///
/// ```swift
/// let f = try SeasonalMovingAverage(weeks: 4).fit(series).forecast(horizon: 672)
/// ```
public struct SeasonalMovingAverage: ForecastMethod {
  /// Number of weeks averaged.
  public var weeks: Int

  public init(weeks: Int = 4) {
    precondition(weeks >= 1, "weeks must be at least 1")
    self.weeks = weeks
  }

  public var name: String { "SeasonalMovingAverage(k=\(weeks))" }
  public var complexity: Int { 1 }

  public func fit(_ series: SeasonalSeries) throws -> Fitted {
    try Self.fit(series, weeks: weeks, method: name) { $0.mean(at: $1) }
  }

  /// Fits a per-position statistic of the last `weeks` observations (mean, median...): the one-step
  /// fitted value at each observation is the statistic before it, the forecast the statistic at the end.
  static func fit(
    _ series: SeasonalSeries, weeks: Int, method: String, statistic: (PositionWindow, Int) -> Double?
  ) throws -> Fitted {
    let m = series.weekLength
    guard series.count >= m else {
      throw ForecastModelError.historyTooShort(method: method, needed: m, available: series.count)
    }
    let y = series.observations
    var window = PositionWindow(period: m, depth: weeks)
    var fitted = [Double?](repeating: nil, count: y.count)
    var any = false
    for t in y.indices where y[t].isFinite {
      let p = t % m
      fitted[t] = statistic(window, p)
      window.append(y[t], at: p)
      any = true
    }
    guard any else { throw ForecastModelError.noObservations(method: method) }
    let levels = (0..<m).map { statistic(window, $0) ?? 0 }
    return Fitted(method: method, history: series, fitted: fitted, means: levels)
  }

  /// Seasonal moving average fitted on a history: one mean per weekly position.
  public struct Fitted: FittedForecast {
    public let method: String
    public let history: SeasonalSeries
    public let fitted: [Double?]
    let means: [Double]

    public func expectedDemand(horizon: Int) -> [Double] {
      (0..<horizon).map { means[(history.count + $0) % means.count] }
    }
  }
}
