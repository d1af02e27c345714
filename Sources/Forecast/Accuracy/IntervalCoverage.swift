/// How often held-out actuals fell inside their 80 % interval: overall, per block of the day and
/// per weekday, with the interval score of the negative binomial intervals and of the scaled
/// residual quantiles they replace.
///
/// Interval score (Gneiting & Raftery 2007, "Strictly proper scoring rules, prediction, and
/// estimation", *JASA* 102:359-378, eq. 43), for the central `(1 − α)` interval `[l, u]`:
/// `(u − l) + (2/α)(l − a)·1{a < l} + (2/α)(a − u)·1{a > u}`; lower is better: narrow, and
/// penalised by how far it misses.
public struct IntervalCoverage: Sendable, Hashable, Codable {
  public var level: Double
  public var intervalsPerDay: Int
  /// Inside / scored per block of the day (blocks of `24 h / blocks.count`).
  public var insideByBlock: [Int], countByBlock: [Int]
  /// Inside / scored per weekday position of the series (0 = the series' first weekday).
  public var insideByWeekday: [Int], countByWeekday: [Int]
  /// Summed interval scores: negative binomial, and the scaled residual quantiles.
  public var score: Double, previousScore: Double
  /// Inside count of the scaled residual quantiles, per block of the day.
  public var previousInsideByBlock: [Int]

  init(level: Double, blocks: Int, intervalsPerDay: Int) {
    self.level = level
    self.intervalsPerDay = intervalsPerDay
    let b = Swift.min(blocks, intervalsPerDay)
    insideByBlock = Array(repeating: 0, count: b)
    countByBlock = insideByBlock
    insideByWeekday = Array(repeating: 0, count: 7)
    countByWeekday = insideByWeekday
    score = 0
    previousScore = 0
    previousInsideByBlock = insideByBlock
  }

  mutating func add(actual a: Double, bounds: (low: Double, high: Double), previous: (low: Double, high: Double),
                    position: Int) {
    let block = DispersionByBlock.block(position % intervalsPerDay, blocks: insideByBlock.count,
                                        intervalsPerDay: intervalsPerDay)
    let weekday = position / intervalsPerDay
    let inside = a >= bounds.low && a <= bounds.high
    countByBlock[block] += 1
    countByWeekday[weekday] += 1
    if inside { insideByBlock[block] += 1; insideByWeekday[weekday] += 1 }
    if a >= previous.low && a <= previous.high { previousInsideByBlock[block] += 1 }
    score += Self.intervalScore(a, bounds, alpha: 1 - level)
    previousScore += Self.intervalScore(a, previous, alpha: 1 - level)
  }

  static func intervalScore(_ a: Double, _ b: (low: Double, high: Double), alpha: Double) -> Double {
    (b.high - b.low) + (a < b.low ? 2 / alpha * (b.low - a) : 0) + (a > b.high ? 2 / alpha * (a - b.high) : 0)
  }

  /// Scored intervals.
  public var count: Int { countByBlock.reduce(0, +) }
  /// Share inside, all intervals.
  public var overall: Double { Double(insideByBlock.reduce(0, +)) / Double(Swift.max(1, count)) }
  /// Share inside the scaled residual quantiles' intervals.
  public var previousOverall: Double { Double(previousInsideByBlock.reduce(0, +)) / Double(Swift.max(1, count)) }
  /// Mean interval score of the negative binomial intervals and of the residual quantiles'.
  public var meanScore: (negativeBinomial: Double, residualQuantiles: Double) {
    (score / Double(Swift.max(1, count)), previousScore / Double(Swift.max(1, count)))
  }
  /// Share inside per block; `nil` where nothing was scored.
  public var byBlock: [Double?] { zip(insideByBlock, countByBlock).map { $1 > 0 ? Double($0) / Double($1) : nil } }
  /// Share inside the scaled residual quantiles' intervals per block; `nil` where nothing was scored.
  public var previousByBlock: [Double?] {
    zip(previousInsideByBlock, countByBlock).map { $1 > 0 ? Double($0) / Double($1) : nil }
  }
  /// Share inside per weekday position; `nil` where nothing was scored.
  public var byWeekday: [Double?] { zip(insideByWeekday, countByWeekday).map { $1 > 0 ? Double($0) / Double($1) : nil } }
}
