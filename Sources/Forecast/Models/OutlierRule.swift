/// Finds days whose total is far outside the usual range for their weekday.
///
/// A day's total (over its open intervals, complete days only) is compared with the totals of the
/// same weekday in the `windowWeeks` weeks before and after it, by a robust z-score
/// `z = (x − median) / (1.4826 · MAD)` (Iglewicz & Hoaglin 1993, *How to Detect and Handle
/// Outliers*; 3.5 is their cut-off for the modified z-score). A day is an outlier when `|z|` is
/// over `threshold` **and** it differs from the median by more than `minimumDeviation` of it, so a
/// very steady weekday does not flag ordinary days. Outlier days are left out of fitting (treated
/// as missing) and reported; they are still scored in backtests, as real weeks contain them.
public struct OutlierRule: Sendable, Hashable, Codable {
  /// Cut-off on the robust z-score.
  public var threshold: Double
  /// Smallest relative deviation from the weekday's median that can make an outlier.
  public var minimumDeviation: Double
  /// Weeks looked at on each side of a day.
  public var windowWeeks: Int

  public init(threshold: Double = 3.5, minimumDeviation: Double = 0.25, windowWeeks: Int = 6) {
    self.threshold = threshold
    self.minimumDeviation = minimumDeviation
    self.windowWeeks = windowWeeks
  }

  /// The outlier days of a series, in day order.
  public func outliers(in series: SeasonalSeries) -> [OutlierDay] {
    let ipd = series.intervalsPerDay
    let days = series.count / ipd
    var totals = [Double?](repeating: nil, count: days)
    for j in 0..<days {
      var sum = 0.0, open = 0, complete = true
      for t in (j * ipd)..<((j + 1) * ipd) where series.isOpen[t] {
        open += 1
        if let v = series.values[t] { sum += v } else { complete = false }
      }
      if open > 0 && complete { totals[j] = sum }
    }
    var found: [OutlierDay] = []
    for j in 0..<days {
      guard let x = totals[j] else { continue }
      var neighbours: [Double] = []
      for k in -windowWeeks...windowWeeks where k != 0 {
        let i = j + 7 * k
        if i >= 0, i < days, let v = totals[i] { neighbours.append(v) }
      }
      guard neighbours.count >= 3 else { continue }
      let median = Statistics.median(neighbours)
      let mad = Statistics.median(neighbours.map { Swift.abs($0 - median) })
      let deviation = x - median
      guard Swift.abs(deviation) > minimumDeviation * median else { continue }
      let z = mad > 0 ? deviation / (1.4826 * mad) : (deviation > 0 ? Double.infinity : -Double.infinity)
      if Swift.abs(z) > threshold {
        found.append(OutlierDay(day: j, total: x, typical: median, score: z))
      }
    }
    return found
  }
}

/// A day left out of fitting because its total was far from its weekday's usual range.
public struct OutlierDay: Sendable, Hashable, Codable {
  /// 0-based day index in the series.
  public var day: Int
  /// The day's total volume.
  public var total: Double
  /// Median total of the same weekday around it.
  public var typical: Double
  /// Robust z-score (positive: busier than usual).
  public var score: Double
}
