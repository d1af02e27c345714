/// 80 % prediction intervals calibrated on backtest residuals: negative binomial per block of the
/// day when positions are known (``DispersionByBlock``), else scaled residual quantiles.
///
/// The scaled residual quantiles, kept for comparison and where positions are unknown:
/// Each backtest residual is standardised by the square root of its forecast,
/// `z = (a − f) / √(f + 1)` (Poisson-like: the variance of a count grows with its mean; the `+1`
/// keeps quiet intervals finite). The interval of a forecast `f` is
/// `[f + z(0.10)·√(f + 1), f + z(0.90)·√(f + 1)]` with `z(p)` the empirical quantiles (type 7),
/// clipped to `low >= 0` and widened if needed so that `low <= f <= high`. Empirical quantiles
/// carry the over-dispersion and bias of the real residuals, which a Poisson formula would not.
/// Chosen over absolute residuals per time-of-day band because it needs fewer residuals per
/// quantile and covered 75-85 % of held-out weeks on the bank data (see
/// `docs/forecast-vs-statsforecast.md`).
public struct PredictionIntervals: Sendable, Hashable, Codable {
  /// Nominal coverage, 0.8.
  public var level: Double
  /// Lower and upper quantile of the standardised residuals.
  public var lowerZ: Double, upperZ: Double
  /// The negative binomial calibration per block of the day, used by ``bounds(_:slot:)`` when set.
  public var byBlock: DispersionByBlock?

  /// Calibrates on pairs of forecast and actual (open intervals with known actuals).
  ///
  /// With no residuals the interval is the forecast itself (zero width): say so rather than guess.
  public init(forecasts: [Double], actuals: [Double], level: Double = 0.8) {
    precondition(forecasts.count == actuals.count, "one actual per forecast")
    precondition(level > 0 && level < 1, "level must be in (0, 1)")
    self.level = level
    let z = zip(forecasts, actuals).map { f, a in (a - f) / (Swift.max(0, f) + 1).squareRoot() }.sorted()
    guard !z.isEmpty else { lowerZ = 0; upperZ = 0; return }
    lowerZ = Statistics.quantile(sorted: z, (1 - level) / 2)
    upperZ = Statistics.quantile(sorted: z, (1 + level) / 2)
  }

  /// The interval around one forecast value.
  public func bounds(_ f: Double) -> (low: Double, high: Double) {
    let s = (Swift.max(0, f) + 1).squareRoot()
    return (Swift.max(0, Swift.min(f, f + lowerZ * s)), Swift.max(f, f + upperZ * s))
  }

  /// The interval around a forecast at `slot` of the day (the negative binomial one when set).
  public func bounds(_ f: Double, slot: Int) -> (low: Double, high: Double) {
    byBlock?.bounds(f, slot: slot) ?? bounds(f)
  }

  /// Share of actuals inside their interval.
  public func coverage(forecasts: [Double], actuals: [Double]) -> Double {
    guard !forecasts.isEmpty else { return .nan }
    var inside = 0
    for (f, a) in zip(forecasts, actuals) {
      let b = bounds(f)
      if a >= b.low && a <= b.high { inside += 1 }
    }
    return Double(inside) / Double(forecasts.count)
  }
}
