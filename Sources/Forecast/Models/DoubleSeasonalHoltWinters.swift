import Foundation

/// Double seasonal Holt-Winters: a level plus a daily and a weekly seasonal, smoothed exponentially.
///
/// Taylor (2003), "Short-term electricity demand forecasting using double seasonal exponential
/// smoothing", *Journal of the Operational Research Society* 54:799-805, in additive form without
/// trend (a trend is negligible over the one-to-few-week horizons of a roster). With `m1` intervals
/// per day and `m2` per week, one-step forecast `ŷ(t) = ℓ + d(t mod m1) + w(t mod m2)`, error
/// `e = y(t) − ŷ(t)`, and error-correction updates
///
///     ℓ ← ℓ + α·e,   d(t mod m1) ← d + δ(1 − α)·e,   w(t mod m2) ← w + ω(1 − α)·e.
///
/// Missing and closed intervals are skipped (no update). Initial level and seasonals are the means
/// of the first two weeks. `α, δ, ω` minimise the in-sample one-step sum of squared errors
/// (after the first week) by coordinate descent over a small grid: each pass is O(n) per setting.
/// Taylor's AR(1) adjustment of the residuals is optional: `φ` is then estimated from the lag-one
/// autocorrelation of the fitted residuals (not jointly, as Taylor does) and the forecast `h` steps
/// after the last observation adds `φ^h · e_last`.
public struct DoubleSeasonalHoltWinters: ForecastMethod {
  /// Whether to add Taylor's AR(1) residual adjustment.
  public var residualAutoregression: Bool

  public init(residualAutoregression: Bool = true) {
    self.residualAutoregression = residualAutoregression
  }

  public var name: String { "DoubleSeasonalHoltWinters" }
  public var complexity: Int { 4 }

  /// Smoothing weights of level, daily seasonal and weekly seasonal.
  public struct Parameters: Sendable, Hashable, Codable {
    public var alpha: Double, delta: Double, omega: Double
  }

  struct State {
    var level: Double
    var daily: [Double]
    var weekly: [Double]
  }

  static let alphas = [0, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2]
  static let deltas = [0, 0.01, 0.02, 0.05, 0.1, 0.2, 0.3]
  static let omegas = [0, 0.01, 0.02, 0.05, 0.1, 0.2, 0.3, 0.5]

  public func fit(_ series: SeasonalSeries) throws -> Fitted {
    let m2 = series.weekLength
    guard series.count >= m2 else {
      throw ForecastModelError.historyTooShort(method: name, needed: m2, available: series.count)
    }
    let y = series.observations
    guard let start = Self.initialState(y, m1: series.intervalsPerDay, m2: m2) else {
      throw ForecastModelError.noObservations(method: name)
    }
    var p = Parameters(alpha: 0.01, delta: 0.05, omega: 0.1)
    var best = Self.run(y, start, p, m2: m2, fitted: nil).sse
    for _ in 0..<2 {
      for which in 0..<3 {
        for value in [Self.alphas, Self.deltas, Self.omegas][which] {
          var q = p
          switch which {
          case 0: q.alpha = value
          case 1: q.delta = value
          default: q.omega = value
          }
          let sse = Self.run(y, start, q, m2: m2, fitted: nil).sse
          if sse < best { best = sse; p = q }
        }
      }
    }
    var fitted = [Double?](repeating: nil, count: y.count)
    let result = Self.run(y, start, p, m2: m2, fitted: &fitted)
    var phi = 0.0, lastError = 0.0, lastIndex = y.count - 1
    if residualAutoregression {
      var num = 0.0, den = 0.0
      var previous: Double?
      for t in y.indices {
        guard let f = fitted[t] else { previous = nil; continue }
        let e = y[t] - f
        if let prev = previous { num += e * prev; den += prev * prev }
        previous = e
        lastError = e
        lastIndex = t
      }
      phi = den > 0 ? Swift.min(0.99, Swift.max(0, num / den)) : 0
    }
    return Fitted(history: series, fitted: fitted, parameters: p, phi: phi, state: result.state,
                  lastError: lastError, lastIndex: lastIndex)
  }

  /// Level and seasonals from the means of the first two weeks (or fewer, if shorter).
  static func initialState(_ y: [Double], m1: Int, m2: Int) -> State? {
    let n = Swift.min(y.count, 2 * m2)
    var sum = 0.0, count = 0
    for t in 0..<n where y[t].isFinite { sum += y[t]; count += 1 }
    guard count > 0 else { return nil }
    let level = sum / Double(count)
    var daily = [Double](repeating: 0, count: m1), dailyCount = [Int](repeating: 0, count: m1)
    for t in 0..<n where y[t].isFinite { daily[t % m1] += y[t] - level; dailyCount[t % m1] += 1 }
    for q in 0..<m1 where dailyCount[q] > 0 { daily[q] /= Double(dailyCount[q]) }
    var weekly = [Double](repeating: 0, count: m2), weeklyCount = [Int](repeating: 0, count: m2)
    for t in 0..<n where y[t].isFinite { weekly[t % m2] += y[t] - level - daily[t % m1]; weeklyCount[t % m2] += 1 }
    for p in 0..<m2 where weeklyCount[p] > 0 { weekly[p] /= Double(weeklyCount[p]) }
    return State(level: level, daily: daily, weekly: weekly)
  }

  /// One pass over the history: O(n). Returns the final state and the SSE after the first week.
  static func run(_ y: [Double], _ start: State, _ p: Parameters, m2: Int,
                  fitted: UnsafeMutablePointer<[Double?]>?) -> (state: State, sse: Double) {
    var s = start
    let m1 = s.daily.count
    var sse = 0.0
    let gd = p.delta * (1 - p.alpha), gw = p.omega * (1 - p.alpha)
    for t in y.indices where y[t].isFinite {
      let q = t % m1, r = t % m2
      let e = y[t] - (s.level + s.daily[q] + s.weekly[r])
      fitted?.pointee[t] = y[t] - e
      if t >= m2 { sse += e * e }
      s.level += p.alpha * e
      s.daily[q] += gd * e
      s.weekly[r] += gw * e
    }
    return (s, sse)
  }

  /// Taylor's model fitted on a history: final level and seasonals, parameters, AR(1) term.
  public struct Fitted: FittedForecast {
    public let history: SeasonalSeries
    public let fitted: [Double?]
    /// The smoothing weights chosen.
    public let parameters: Parameters
    /// The AR(1) coefficient of the residuals (0 without the adjustment).
    public let phi: Double
    let state: State
    let lastError: Double
    let lastIndex: Int

    public var method: String { "DoubleSeasonalHoltWinters" }

    public func expectedDemand(horizon: Int) -> [Double] {
      let m1 = state.daily.count, m2 = state.weekly.count
      return (0..<horizon).map { h in
        let t = history.count + h
        let ar = phi > 0 ? Foundation.pow(phi, Double(t - lastIndex)) * lastError : 0
        return state.level + state.daily[t % m1] + state.weekly[t % m2] + ar
      }
    }
  }
}
