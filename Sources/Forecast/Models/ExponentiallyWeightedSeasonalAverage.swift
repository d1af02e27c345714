/// Exponentially weighted seasonal average: recent weeks of the same interval count more.
///
/// For each weekly position `p`, `S_p ← α·y(t) + (1 − α)·S_p` at every observed `y(t)` of that
/// position, started at the first observation; the forecast is `S_p`. Week `j` back weighs
/// `α(1 − α)^(j−1)`. With `alpha == nil`, `α` is chosen on a grid (0.05, 0.10, ... 0.95) by the
/// smallest in-sample one-step sum of squared errors. This is simple exponential smoothing per
/// seasonal position (Hyndman & Athanasopoulos 2021, section 8.1), statsforecast's
/// `SeasonalExponentialSmoothingOptimized`.
public struct ExponentiallyWeightedSeasonalAverage: ForecastMethod {
  /// Fixed smoothing weight in (0, 1], or `nil` to choose it on the history.
  public var alpha: Double?

  public init(alpha: Double? = nil) {
    precondition(alpha == nil || (alpha! > 0 && alpha! <= 1), "alpha must be in (0, 1]")
    self.alpha = alpha
  }

  public var name: String {
    alpha.map { "ExponentiallyWeightedSeasonalAverage(alpha=\($0))" } ?? "ExponentiallyWeightedSeasonalAverage"
  }
  public var complexity: Int { 2 }

  public func fit(_ series: SeasonalSeries) throws -> Fitted {
    let m = series.weekLength
    guard series.count >= m else {
      throw ForecastModelError.historyTooShort(method: name, needed: m, available: series.count)
    }
    let y = series.observations
    guard y.contains(where: \.isFinite) else { throw ForecastModelError.noObservations(method: name) }
    let grid = alpha.map { [$0] } ?? stride(from: 0.05, through: 0.951, by: 0.05).map { $0 }
    var best = (alpha: grid[0], sse: Double.infinity)
    for a in grid {
      let sse = Self.sse(y, period: m, alpha: a)
      if sse < best.sse { best = (a, sse) }
    }
    var fitted = [Double?](repeating: nil, count: y.count)
    let state = Self.pass(y, period: m, alpha: best.alpha, fitted: &fitted)
    return Fitted(method: name, alpha: best.alpha, history: series, fitted: fitted, state: state)
  }

  private static func sse(_ y: [Double], period m: Int, alpha: Double) -> Double {
    var s = [Double](repeating: .nan, count: m)
    var sse = 0.0
    for t in y.indices where y[t].isFinite {
      let p = t % m
      if s[p].isFinite {
        let e = y[t] - s[p]
        sse += e * e
        s[p] += alpha * e
      } else {
        s[p] = y[t]
      }
    }
    return sse
  }

  private static func pass(_ y: [Double], period m: Int, alpha: Double, fitted: inout [Double?]) -> [Double] {
    var s = [Double](repeating: .nan, count: m)
    for t in y.indices where y[t].isFinite {
      let p = t % m
      if s[p].isFinite {
        fitted[t] = s[p]
        s[p] += alpha * (y[t] - s[p])
      } else {
        s[p] = y[t]
      }
    }
    return s
  }

  /// The fitted average: one smoothed value per weekly position and the weight chosen.
  public struct Fitted: FittedForecast {
    public let method: String
    /// The smoothing weight used.
    public let alpha: Double
    public let history: SeasonalSeries
    public let fitted: [Double?]
    let state: [Double]

    public func expectedDemand(horizon: Int) -> [Double] {
      (0..<horizon).map { h in
        let v = state[(history.count + h) % state.count]
        return v.isFinite ? v : 0
      }
    }
  }
}
