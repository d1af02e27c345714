/// Negative binomial 80 % intervals with the dispersion `φ` estimated per block of the day.
///
/// A forecast `f` is the mean of a negative binomial count with variance `f + φ·f²`
/// (``NegativeBinomial``): Poisson noise plus the forecast's own error, which grows with the
/// volume. `φ` is estimated per block of the day (`blocks`, default 12: 2-hour blocks of a
/// 24-hour day) on a rolling backtest's forecasts and actuals, because the forecast's relative
/// error differs between the morning peak and the quiet evening.
///
/// Each pair needs a dispersion to fall inside its interval; with the normal approximation
/// `|a − f| ≤ z·√(f + φf²)`, `z` the standard normal `(1 + level)/2` quantile (1.2816), it is
///
///     φ(a, f) = max(0, ((a − f)² / z² − f) / f²)
///
/// and the block's `φ` is the `level` quantile (80 %) of its pairs' `φ(a, f)`: the least dispersion
/// that would have covered 80 % of them. A quantile, not the method of moments
/// (`Σ[(a − f)² − f] / Σf²`): the squares let a few days far off their forecast (a recording gap,
/// an undeclared holiday) set the width of every interval, which over-covered the bank's weeks
/// (86 % held out). A block with fewer than `minimumPairs` (50) pairs takes the pooled `φ`. Unlike
/// quantiles of scaled residuals, the interval follows the count's skew at low volume.
public struct DispersionByBlock: Sendable, Hashable, Codable {
  public var level: Double
  public var intervalsPerDay: Int
  /// `φ` per block of the day.
  public var dispersion: [Double]
  /// Pairs each block's `φ` rests on.
  public var pairs: [Int]

  public static let minimumPairs = 50

  /// Calibrates on forecast/actual pairs at their positions in the week (`t mod weekLength`).
  public init(forecasts: [Double], actuals: [Double], positions: [Int], intervalsPerDay: Int,
              level: Double = 0.8, blocks: Int = 12) {
    precondition(forecasts.count == actuals.count && actuals.count == positions.count, "one of each per pair")
    precondition(blocks >= 1 && intervalsPerDay >= 1, "blocks and intervalsPerDay at least 1")
    self.level = level
    self.intervalsPerDay = intervalsPerDay
    let blocks = Swift.min(blocks, intervalsPerDay)
    let z = NegativeBinomial.normalQuantile((1 + level) / 2)
    var needed = [[Double]](repeating: [], count: blocks)
    for i in forecasts.indices where forecasts[i] > 0 {
      let b = Self.block(positions[i] % intervalsPerDay, blocks: blocks, intervalsPerDay: intervalsPerDay)
      let f = forecasts[i], e = actuals[i] - f
      needed[b].append(Swift.max(0, (e * e / (z * z) - f) / (f * f)))
    }
    func quantile(_ x: [Double]) -> Double { x.isEmpty ? 0 : Statistics.quantile(sorted: x.sorted(), level) }
    let pooled = quantile(needed.flatMap { $0 })
    dispersion = needed.map { $0.count >= Self.minimumPairs ? quantile($0) : pooled }
    pairs = needed.map(\.count)
  }

  /// The block of a slot of the day.
  static func block(_ slot: Int, blocks: Int, intervalsPerDay: Int) -> Int { slot * blocks / intervalsPerDay }

  /// The block of a slot of the day.
  public func block(ofSlot slot: Int) -> Int {
    Self.block(slot, blocks: dispersion.count, intervalsPerDay: intervalsPerDay)
  }

  /// The interval around a forecast `f` at `slot` of the day: `low <= f <= high`.
  public func bounds(_ f: Double, slot: Int) -> (low: Double, high: Double) {
    let phi = dispersion[block(ofSlot: slot)]
    let (low, high) = NegativeBinomial.interval(mean: f, dispersion: phi, level: level)
    return (Swift.min(f, low), Swift.max(f, high))
  }
}
