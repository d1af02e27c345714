import Foundation

/// Estimates one multiplicative factor per calendar class from daily totals, robustly.
///
/// Each day of a class is compared with its neighbours of the same weekday: the ratio
/// `r = total / (other classes' factors) / median(deflated totals of the same weekday 1 to
/// `referenceWeeks` weeks before and after)`. A class's factor is the median of `log r` over its
/// days, shrunk toward 0 (factor 1) with the credibility weight `w = n / (n + σ² / τ²)`
/// (Bühlmann & Gisler 2005): `n` days, `σ²` the variance of one ordinary day's log ratio
/// (1.4826·MAD of the unclassified days', robust to their own outliers), `τ = priorSpread` the
/// spread of calendar effects expected a priori (0.15: the effects reported for banks and retail
/// run 7-37 %). So a factor seen on one noisy day stays near 1, and one seen on eight steady days
/// keeps nearly all of its size. Factors are estimated in turn and the whole is repeated
/// (`passes`, backfitting), so a day in two classes is not counted twice.
struct DayFactorEstimator {
  /// Weeks on each side of a day whose same-weekday totals are its reference.
  var referenceWeeks = 3
  /// A priori spread of log factors, `τ`.
  var priorSpread = 0.15
  /// Rounds of backfitting.
  var passes = 3

  /// The factors of every class seen on a day with a total; `totals[j]` is `nan` where unknown.
  func estimate(totals: [Double], classes: [[DayClass]]) -> [DayClass: DayFactor] {
    precondition(totals.count == classes.count, "one class list per day")
    let seen = Set(classes.flatMap { $0 }).sorted()
    var factors = [DayClass: DayFactor]()
    for c in seen { factors[c] = DayFactor(dayClass: c, factor: 1, unshrunk: 1, days: 0) }
    func product(_ j: Int, without excluded: DayClass? = nil) -> Double {
      classes[j].reduce(1) { $1 == excluded ? $0 : $0 * (factors[$1]?.factor ?? 1) }
    }
    for _ in 0..<passes {
      let deflated = totals.indices.map { totals[$0] / product($0) }
      let noise = ordinaryLogRatios(totals, classes, deflated)
      let variance = noise.count >= 5 ? Swift.max(1e-4, Self.pow2(1.4826 * Self.mad(noise))) : Self.pow2(priorSpread)
      for c in seen {
        var logs: [Double] = []
        for j in totals.indices where classes[j].contains(c) && totals[j] > 0 {
          guard let ref = reference(j, deflated) else { continue }
          logs.append(Foundation.log(totals[j] / product(j, without: c) / ref))
        }
        guard !logs.isEmpty else { factors[c] = DayFactor(dayClass: c, factor: 1, unshrunk: 1, days: 0); continue }
        let raw = Statistics.median(logs)
        let n = Double(logs.count)
        let weight = n / (n + variance / Self.pow2(priorSpread))
        let clamped = Swift.min(Foundation.log(5.0), Swift.max(-Foundation.log(5.0), raw))
        factors[c] = DayFactor(dayClass: c, factor: Foundation.exp(weight * clamped), unshrunk: Foundation.exp(raw),
                               days: logs.count)
      }
    }
    return factors
  }

  /// Median of the positive deflated totals of the same weekday within `referenceWeeks`; `nil`
  /// with fewer than two.
  func reference(_ j: Int, _ deflated: [Double]) -> Double? {
    var around: [Double] = []
    for k in 1...referenceWeeks {
      for i in [j - 7 * k, j + 7 * k] where i >= 0 && i < deflated.count && deflated[i] > 0 {
        around.append(deflated[i])
      }
    }
    return around.count >= 2 ? Statistics.median(around) : nil
  }

  /// Log ratios of the days in no class: the noise a class's days are judged against.
  private func ordinaryLogRatios(_ totals: [Double], _ classes: [[DayClass]], _ deflated: [Double]) -> [Double] {
    totals.indices.compactMap { j in
      guard classes[j].isEmpty, totals[j] > 0, let ref = reference(j, deflated) else { return nil }
      return Foundation.log(totals[j] / ref)
    }
  }

  private static func mad(_ x: [Double]) -> Double {
    let m = Statistics.median(x)
    return Statistics.median(x.map { Swift.abs($0 - m) })
  }

  private static func pow2(_ x: Double) -> Double { x * x }
}
