/// ETS(A,N,A) on daily totals: additive error, no trend, additive weekday seasonal of period 7.
///
/// Hyndman & Athanasopoulos (2021), section 8.3, Holt-Winters additive without trend. With daily
/// totals `D(j)` and weekday `k = j mod 7`: `e = D(j) − ℓ − s(k)`, `ℓ ← ℓ + α·e`,
/// `s(k) ← s(k) + γ(1 − α)·e`; the forecast for day `j` is `ℓ + s(j mod 7)`. Missing days are
/// skipped. Initial level and seasonals: means of the first two weeks. `α` and `γ` minimise the
/// in-sample one-step SSE (after the first week) over a 6 × 6 grid.
struct DailyExponentialSmoothing {
  var alpha: Double
  var gamma: Double
  var level: Double
  var seasonal: [Double]
  /// One-step-ahead fitted totals, `nan` where a day had no forecast or no total.
  var fitted: [Double]

  static let alphas = [0.02, 0.05, 0.1, 0.2, 0.3, 0.5]
  static let gammas = [0.0, 0.05, 0.1, 0.2, 0.3, 0.5]

  /// Fits on daily totals (`nan` = missing); `nil` when no total is observed.
  init?(totals d: [Double]) {
    let n = Swift.min(d.count, 14)
    let observed = (0..<n).filter { d[$0].isFinite }
    guard !observed.isEmpty else { return nil }
    let level = observed.map { d[$0] }.reduce(0, +) / Double(observed.count)
    var seasonal = [Double](repeating: 0, count: 7), count = [Int](repeating: 0, count: 7)
    for j in observed { seasonal[j % 7] += d[j] - level; count[j % 7] += 1 }
    for k in 0..<7 where count[k] > 0 { seasonal[k] /= Double(count[k]) }
    var best = (alpha: 0.1, gamma: 0.1, sse: Double.infinity)
    for a in Self.alphas {
      for g in Self.gammas {
        var s = Self(alpha: a, gamma: g, level: level, seasonal: seasonal, fitted: [])
        let sse = s.smooth(d, recordFitted: false)
        if sse < best.sse { best = (a, g, sse) }
      }
    }
    self.init(alpha: best.alpha, gamma: best.gamma, level: level, seasonal: seasonal, fitted: [])
    _ = smooth(d, recordFitted: true)
  }

  private init(alpha: Double, gamma: Double, level: Double, seasonal: [Double], fitted: [Double]) {
    self.alpha = alpha
    self.gamma = gamma
    self.level = level
    self.seasonal = seasonal
    self.fitted = fitted
  }

  /// One pass over the totals, updating the state; returns the SSE after the first week.
  private mutating func smooth(_ d: [Double], recordFitted: Bool) -> Double {
    if recordFitted { fitted = [Double](repeating: .nan, count: d.count) }
    var sse = 0.0
    for j in d.indices where d[j].isFinite {
      let k = j % 7
      let e = d[j] - (level + seasonal[k])
      if recordFitted { fitted[j] = d[j] - e }
      if j >= 7 { sse += e * e }
      level += alpha * e
      seasonal[k] += gamma * (1 - alpha) * e
    }
    return sse
  }

  /// Forecast total of day `j` (an index after the fitted days).
  func forecast(day j: Int) -> Double { level + seasonal[j % 7] }
}
