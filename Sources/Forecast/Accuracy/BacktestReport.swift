/// What a rolling-origin backtest found for one method: pooled and per-origin accuracy.
public struct BacktestReport: Sendable, Hashable, Codable {
  /// Name of the method tested.
  public var method: String
  /// The method's tie-breaking rank (lower = simpler).
  public var complexity: Int
  /// Intervals in a day of the series tested (for the blocks of the day).
  public var intervalsPerDay: Int
  /// Accuracy pooled over every scored interval of every origin.
  public var accuracy: Accuracy
  /// One entry per origin that ran.
  public var origins: [Origin]
  /// Why origins were skipped, if the method failed on some.
  public var failures: [String]

  /// One forecast origin: where it starts, its accuracy and the scored pairs.
  public struct Origin: Sendable, Hashable, Codable {
    /// Index of the first forecast interval in the series.
    public var start: Int
    public var accuracy: Accuracy
    /// Forecasts of the scored intervals (open, actual known).
    public var forecasts: [Double]
    /// Actuals of the scored intervals.
    public var actuals: [Double]
    /// Position in the week (`t mod weekLength`) of each scored interval.
    public var positions: [Int]
  }

  /// Every scored forecast, origin after origin.
  public var forecasts: [Double] { origins.flatMap(\.forecasts) }
  /// Every scored actual, origin after origin.
  public var actuals: [Double] { origins.flatMap(\.actuals) }

  /// Prediction intervals calibrated on every origin's residuals: negative binomial per block of
  /// the day (``DispersionByBlock``), with the scaled residual quantiles alongside.
  public func intervals(level: Double = 0.8) -> PredictionIntervals {
    Self.calibration(origins, intervalsPerDay: intervalsPerDay, level: level)
  }

  static func calibration(_ origins: [Origin], intervalsPerDay: Int, level: Double) -> PredictionIntervals {
    let forecasts = origins.flatMap(\.forecasts), actuals = origins.flatMap(\.actuals)
    var intervals = PredictionIntervals(forecasts: forecasts, actuals: actuals, level: level)
    if !forecasts.isEmpty {
      intervals.byBlock = DispersionByBlock(
        forecasts: forecasts, actuals: actuals, positions: origins.flatMap(\.positions),
        intervalsPerDay: intervalsPerDay, level: level)
    }
    return intervals
  }

  /// Coverage on held-out weeks: each origin scored by intervals calibrated on the other origins
  /// (leave-one-week-out), pooled over all scored intervals; `nil` with fewer than two origins.
  public func heldOutCoverage(level: Double = 0.8) -> Double? {
    coverage(level: level)?.overall
  }

  /// Held-out coverage per block of the day and weekday, and the interval scores, leave-one-week-out.
  public func coverage(level: Double = 0.8) -> IntervalCoverage? {
    guard origins.count >= 2 else { return nil }
    var table = IntervalCoverage(level: level, blocks: 12, intervalsPerDay: intervalsPerDay)
    for (i, origin) in origins.enumerated() {
      let others = origins.enumerated().filter { $0.offset != i }.map(\.element)
      let calibration = Self.calibration(others, intervalsPerDay: intervalsPerDay, level: level)
      for k in origin.forecasts.indices {
        let f = origin.forecasts[k], a = origin.actuals[k], position = origin.positions[k]
        table.add(actual: a, bounds: calibration.bounds(f, slot: position % intervalsPerDay),
                  previous: calibration.bounds(f), position: position)
      }
    }
    return table.count > 0 ? table : nil
  }
}
