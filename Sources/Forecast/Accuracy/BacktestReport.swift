/// What a rolling-origin backtest found for one method: pooled and per-origin accuracy.
public struct BacktestReport: Sendable, Hashable, Codable {
  /// Name of the method tested.
  public var method: String
  /// The method's tie-breaking rank (lower = simpler).
  public var complexity: Int
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
  }

  /// Every scored forecast, origin after origin.
  public var forecasts: [Double] { origins.flatMap(\.forecasts) }
  /// Every scored actual, origin after origin.
  public var actuals: [Double] { origins.flatMap(\.actuals) }

  /// Prediction intervals calibrated on every origin's residuals.
  public func intervals(level: Double = 0.8) -> PredictionIntervals {
    PredictionIntervals(forecasts: forecasts, actuals: actuals, level: level)
  }

  /// Coverage on held-out weeks: each origin scored by intervals calibrated on the other origins
  /// (leave-one-week-out), pooled over all scored intervals; `nil` with fewer than two origins.
  public func heldOutCoverage(level: Double = 0.8) -> Double? {
    guard origins.count >= 2 else { return nil }
    var inside = 0.0, total = 0
    for (i, origin) in origins.enumerated() {
      let others = origins.enumerated().filter { $0.offset != i }.map(\.element)
      let calibration = PredictionIntervals(forecasts: others.flatMap(\.forecasts),
                                            actuals: others.flatMap(\.actuals), level: level)
      let c = calibration.coverage(forecasts: origin.forecasts, actuals: origin.actuals)
      if c.isFinite { inside += c * Double(origin.forecasts.count); total += origin.forecasts.count }
    }
    return total > 0 ? inside / Double(total) : nil
  }
}
