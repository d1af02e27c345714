/// Forecast errors that stay defined on intervals with zero contacts: WAPE, MASE and bias.
///
/// Over the scored intervals (open, actual known), with actual `a` and forecast `f`:
///
/// - WAPE = Σ|a − f| / Σa: absolute error weighted by volume, so quiet intervals weigh little.
/// - MASE = mean|a − f| / mean|y(t) − y(t − m)|, the denominator the in-sample error of the
///   weekly seasonal naive forecast (Hyndman & Koehler 2006, "Another look at measures of forecast
///   accuracy", *IJF* 22:679-688). Below 1 beats seasonal naive in-sample.
/// - Bias = Σ(f − a) / Σa: positive over-forecasts.
///
/// MAPE is not offered: it divides by each actual and is undefined on a zero-contact interval.
public struct Accuracy: Sendable, Hashable, Codable {
  /// Weighted absolute percentage error, as a fraction (0.2 = 20 %).
  public var wape: Double
  /// Mean absolute scaled error; `nan` when the scale is unknown or zero.
  public var mase: Double
  /// Relative bias, as a fraction of the actual volume.
  public var bias: Double
  /// Number of intervals scored.
  public var count: Int
  /// Sum of actual volumes scored.
  public var actualVolume: Double
  /// Sum of absolute errors.
  public var absoluteError: Double
  /// Sum of squared errors.
  public var squaredError: Double
  /// Root mean squared error relative to the mean actual: least for the mean of each interval's
  /// count (what Erlang takes), where WAPE is least for its median.
  public var relativeRMSE: Double {
    count > 0 && actualVolume > 0 ? (squaredError / Double(count)).squareRoot() / (actualVolume / Double(count)) : .infinity
  }

  /// Scores a forecast against actuals; `nil` actuals are left out.
  ///
  /// - Parameter scale: mean absolute error of in-sample seasonal naive
  ///   (``Accuracy/seasonalNaiveScale(of:)``).
  public init(actual: [Double?], forecast: [Double], scale: Double) {
    precondition(actual.count == forecast.count, "actual and forecast must have the same length")
    var n = 0, sumA = 0.0, sumAbs = 0.0, sumErr = 0.0, sumSquares = 0.0
    for (a, f) in zip(actual, forecast) {
      guard let a else { continue }
      n += 1
      sumA += a
      sumAbs += Swift.abs(a - f)
      sumErr += f - a
      sumSquares += (a - f) * (a - f)
    }
    self.init(
      count: n, actualVolume: sumA, absoluteError: sumAbs, squaredError: sumSquares, signedError: sumErr, scale: scale)
  }

  init(
    count: Int, actualVolume: Double, absoluteError: Double, squaredError: Double, signedError: Double, scale: Double
  ) {
    self.count = count
    self.actualVolume = actualVolume
    self.absoluteError = absoluteError
    self.squaredError = squaredError
    wape = actualVolume > 0 ? absoluteError / actualVolume : (absoluteError == 0 ? 0 : .infinity)
    bias = actualVolume > 0 ? signedError / actualVolume : 0
    mase = count > 0 && scale > 0 ? absoluteError / Double(count) / scale : .nan
  }

  /// Pools several scores (e.g. the origins of a backtest) as if their intervals were one set.
  public static func pooled(_ parts: [Accuracy], scale: Double) -> Accuracy {
    let n = parts.reduce(0) { $0 + $1.count }
    let volume = parts.reduce(0) { $0 + $1.actualVolume }
    let abs = parts.reduce(0) { $0 + $1.absoluteError }
    let signed = parts.reduce(0) { $0 + $1.bias * $1.actualVolume }
    let squares = parts.reduce(0) { $0 + $1.squaredError }
    return Accuracy(
      count: n, actualVolume: volume, absoluteError: abs, squaredError: squares, signedError: signed, scale: scale)
  }

  /// Mean absolute in-sample error of the weekly seasonal naive forecast: MASE's denominator.
  public static func seasonalNaiveScale(of series: SeasonalSeries) -> Double {
    let m = series.weekLength
    var sum = 0.0, n = 0
    guard series.count > m else { return .nan }
    for t in m..<series.count {
      if let a = series.observation(t), let b = series.observation(t - m) { sum += Swift.abs(a - b); n += 1 }
    }
    return n > 0 ? sum / Double(n) : .nan
  }
}
