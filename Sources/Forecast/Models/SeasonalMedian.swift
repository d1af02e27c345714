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
    try SeasonalMovingAverage.fit(series, weeks: weeks, method: name) { $0.median(at: $1) }
  }
}
