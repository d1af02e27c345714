/// Seasonal median: the median of the same interval over the last `k` observed weeks.
///
/// `ŷ(t) = median_{j=1..k} y(t - m·j)`, weeks missing or closed skipped. The robust cousin of
/// ``SeasonalMovingAverage``: one abnormal week (a holiday eve, an outage, a campaign) moves the
/// median little, where it moves the mean by a `1/k` share of its excess. Default `k = 5` (odd, so
/// the median is one observed week). See Hyndman & Athanasopoulos (2021), section 5.2, and
/// Brown et al. (2005, JASA 100:36-50) on the day-to-day variability of call-center arrivals.
public struct SeasonalMedian: ForecastMethod {
  /// Number of weeks the median is taken over.
  public var weeks: Int

  public init(weeks: Int = 5) {
    precondition(weeks >= 1, "weeks must be at least 1")
    self.weeks = weeks
  }

  public var name: String { "SeasonalMedian(k=\(weeks))" }
  public var complexity: Int { 1 }

  public func fit(_ series: SeasonalSeries) throws -> SeasonalMovingAverage.Fitted {
    let m = series.weekLength
    guard series.count >= m else {
      throw ForecastModelError.historyTooShort(method: name, needed: m, available: series.count)
    }
    let y = series.observations
    var window = PositionWindow(period: m, depth: weeks)
    var fitted = [Double?](repeating: nil, count: y.count)
    var any = false
    for t in y.indices where y[t].isFinite {
      let p = t % m
      fitted[t] = window.median(at: p)
      window.append(y[t], at: p)
      any = true
    }
    guard any else { throw ForecastModelError.noObservations(method: name) }
    let medians = (0..<m).map { window.median(at: $0) ?? 0 }
    return SeasonalMovingAverage.Fitted(method: name, history: series, fitted: fitted, means: medians)
  }
}
