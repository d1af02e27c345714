/// Seasonal naive: the forecast is the same interval one week earlier.
///
/// `ŷ(t) = y(t - m·k)` with `m` the weekly period and `k >= 1` the smallest number of weeks back
/// at which that interval was observed (missing and closed weeks are skipped, so a holiday last
/// week does not forecast a closed day). Hyndman & Athanasopoulos, *Forecasting: Principles and
/// Practice* (3rd ed., 2021), section 5.2. The benchmark every other method must beat; MASE is
/// scaled by its in-sample error.
///
/// ```swift
/// let f = try SeasonalNaive().fit(series).forecast(horizon: series.weekLength)  // last week again
/// ```
public struct SeasonalNaive: ForecastMethod {
  public init() {}

  public var name: String { "SeasonalNaive" }
  public var complexity: Int { 0 }

  public func fit(_ series: SeasonalSeries) throws -> Fitted {
    let m = series.weekLength
    guard series.count >= m else {
      throw ForecastModelError.historyTooShort(method: name, needed: m, available: series.count)
    }
    let y = series.observations
    var last = [Double](repeating: .nan, count: m)
    var fitted = [Double?](repeating: nil, count: y.count)
    for t in y.indices {
      let p = t % m
      if y[t].isFinite {
        if last[p].isFinite { fitted[t] = last[p] }
        last[p] = y[t]
      }
    }
    guard last.contains(where: \.isFinite) else { throw ForecastModelError.noObservations(method: name) }
    return Fitted(history: series, fitted: fitted, last: last)
  }

  /// Seasonal naive fitted on a history: the last observed value at each weekly position.
  public struct Fitted: FittedForecast {
    public let history: SeasonalSeries
    public let fitted: [Double?]
    let last: [Double]

    public var method: String { "SeasonalNaive" }

    public func expectedDemand(horizon: Int) -> [Double] {
      let m = last.count
      return (0..<horizon).map { h in
        let v = last[(history.count + h) % m]
        return v.isFinite ? v : 0
      }
    }
  }
}
