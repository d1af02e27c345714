import Foundation
import Testing
@testable import Forecast

/// Negative binomial intervals: the tails they leave, and their coverage on a series that is
/// negative binomial by construction.
@Suite struct NegativeBinomialIntervalTests {
  /// P(X = k) of the negative binomial with mean `mu` and dispersion `phi` (Poisson when 0), from
  /// log-gamma functions: an independent computation of what the interval sums by recurrence.
  static func probability(_ k: Int, mean mu: Double, dispersion phi: Double) -> Double {
    let k = Double(k)
    if phi == 0 { return exp(k * log(mu) - mu - lgamma(k + 1)) }
    let r = 1 / phi
    return exp(lgamma(k + r) - lgamma(r) - lgamma(k + 1) + r * log(r / (r + mu)) + k * log(mu / (r + mu)))
  }

  @Test(arguments: [(2.0, 0.0), (100, 0), (20, 0.1), (300, 0.05), (0.4, 0.2)])
  func intervalLeavesTailsNearTenPercent(mu: Double, phi: Double) {
    let (low, high) = NegativeBinomial.interval(mean: mu, dispersion: phi, level: 0.8)
    let below = (0..<Int(low)).reduce(0.0) { $0 + Self.probability($1, mean: mu, dispersion: phi) }
    let upTo = (0...Int(high)).reduce(0.0) { $0 + Self.probability($1, mean: mu, dispersion: phi) }
    // The nearest whole count: moving either bound by one would not bring its tail nearer 10 %.
    let nextBelow = below + Self.probability(Int(low), mean: mu, dispersion: phi)
    let previousUpTo = upTo - Self.probability(Int(high), mean: mu, dispersion: phi)
    #expect(abs(below - 0.1) <= abs(nextBelow - 0.1) + 1e-9, "low \(low): P(X < low) = \(below)")
    #expect(low == 0 || abs(below - 0.1) <= abs(below - Self.probability(Int(low) - 1, mean: mu, dispersion: phi) - 0.1) + 1e-9)
    #expect(abs((1 - upTo) - 0.1) <= abs((1 - previousUpTo) - 0.1) + 1e-9 || high <= low, "high \(high): P(X > high) = \(1 - upTo)")
    #expect(low <= mu && mu <= high + 1)
  }

  @Test func poissonReferenceValues() {
    // Poisson(100), summed with Python's math.lgamma: P(X <= 86) = 0.0861, P(X <= 87) = 0.1038,
    // so the lower tail nearest 10 % is P(X < 88); P(X <= 112) = 0.8928, P(X <= 113) = 0.9095,
    // so the upper one is P(X > 112) (0.1072 against 0.0905).
    let (low, high) = NegativeBinomial.interval(mean: 100, dispersion: 0, level: 0.8)
    #expect(low == 88 && high == 112, "\(low) \(high)")
  }

  /// A gamma variate of shape `k` and scale 1 (Marsaglia & Tsang 2000), from Box-Muller normals.
  static func gamma(_ k: Double, _ g: inout SyntheticSeries) -> Double {
    let d = k - 1.0 / 3, c = 1 / (9 * d).squareRoot()
    while true {
      let z = (-2 * log(1 - g.uniform())).squareRoot() * cos(2 * Double.pi * g.uniform())
      let v = pow(1 + c * z, 3)
      if v > 0 && log(1 - g.uniform()) < 0.5 * z * z + d - d * v + d * log(v) { return d * v }
    }
  }

  @Test func coverageOnANegativeBinomialSeriesIsNearEightyPercent() throws {
    // 20 weeks of the synthetic day in 15-minute intervals (each hour's rate in its four), each
    // interval Poisson with a gamma-distributed rate of relative variance 0.04 (negative
    // binomial, φ = 0.04). 8 backtest weeks score 384 intervals per 2-hour block: a coverage of
    // 80 % is measured within about 2 points.
    var g = SyntheticSeries(seed: 5)
    let phi = 0.04, n = 20 * 7 * 96
    func rate(_ t: Int) -> Double { SyntheticSeries.rate(t / 96 * 24 + t % 96 / 4) }
    let values: [Double?] = (0..<n).map { t in
      rate(t) > 0 ? g.poisson(rate(t) * Self.gamma(1 / phi, &g) * phi) : 0
    }
    let series = SeasonalSeries(values: values, isOpen: (0..<n).map { rate($0) > 0 }, intervalsPerDay: 96)
    let report = Backtest(weeks: 8).run(SeasonalMovingAverage(weeks: 4), on: series)
    let coverage = try #require(report.coverage())
    #expect(coverage.overall >= 0.75 && coverage.overall <= 0.85, "overall \(coverage.overall)")
    for (block, share) in coverage.byBlock.enumerated() {
      guard let share else { continue }
      #expect(share >= 0.75 && share <= 0.85, "block \(block): \(share)")
    }
    let phiFound = try #require(report.intervals().byBlock).dispersion
    #expect(phiFound.allSatisfy { $0 > 0.01 }, "the gamma spread is seen: \(phiFound)")
  }
}
