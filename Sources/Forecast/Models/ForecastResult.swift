/// A volume forecast with its 80 % prediction interval, the backtest behind it and the outliers.
public struct ForecastResult: Sendable, Hashable, Codable {
  /// The point forecast; names its method, and says if it is a fallback.
  public var point: PointForecast
  /// Lower bound per interval: `0 <= low <= mean`.
  public var low: [Double]
  /// Upper bound per interval: `high >= mean`.
  public var high: [Double]
  /// The interval calibration used.
  public var intervals: PredictionIntervals
  /// Coverage of the intervals on held-out backtest weeks (leave-one-week-out); `nil` if unknown.
  public var heldOutCoverage: Double?
  /// Every candidate's backtest.
  public var backtests: [BacktestReport]
  /// Days left out of fitting as outliers.
  public var outliers: [OutlierDay]
  /// The calendar factors ``CalendarTopDown`` found on the whole history, when it was a candidate
  /// (whichever method was chosen).
  public var dayFactors: [DayFactor]?
  /// Held-out coverage of the chosen method's intervals per block of the day and per weekday.
  public var coverage: IntervalCoverage?

  /// Builds the bounds from the point forecast; closed intervals get `[0, 0]`.
  public init(point: PointForecast, intervals: PredictionIntervals, heldOutCoverage: Double?,
              backtests: [BacktestReport], outliers: [OutlierDay]) {
    self.point = point
    self.intervals = intervals
    self.heldOutCoverage = heldOutCoverage
    self.backtests = backtests
    self.outliers = outliers
    var low = [Double](repeating: 0, count: point.mean.count), high = low
    for i in point.mean.indices where point.isOpen[i] {
      (low[i], high[i]) = intervals.bounds(point.mean[i], slot: i % (intervals.byBlock?.intervalsPerDay ?? 1))
    }
    self.low = low
    self.high = high
  }

  /// Name of the method that made the forecast.
  public var method: String { point.method }
  /// The forecast volume per interval.
  public var mean: [Double] { point.mean }
}
