import Foundation
@testable import Forecast

/// Seeded synthetic series for the forecaster tests (SplitMix64, Knuth's Poisson sampler).
struct SyntheticSeries {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  /// Next uniform value in [0, 1) (SplitMix64, Steele, Lea & Flood 2014).
  mutating func uniform() -> Double {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    z ^= z >> 31
    return Double(z >> 11) / Double(1 << 53)
  }

  /// A Poisson count with mean `lambda` (Knuth's product-of-uniforms method; fine below ~60).
  mutating func poisson(_ lambda: Double) -> Double {
    let limit = exp(-lambda)
    var k = 0.0, p = 1.0
    repeat { k += 1; p *= uniform() } while p > limit
    return k - 1
  }

  /// Arrival rate of a small contact center: a two-peak day, quieter Friday, closed Saturday
  /// and before 06:00 (24 intervals a day).
  static func rate(_ t: Int) -> Double {
    let day = (t / 24) % 7, hour = t % 24
    guard day != 6, hour >= 6 else { return 0 }
    let shape = 8 + 20 * exp(-pow(Double(hour) - 10, 2) / 8) + 14 * exp(-pow(Double(hour) - 16, 2) / 6)
    return day == 5 ? 0.5 * shape : shape
  }

  /// Whether interval `t` is open under ``rate(_:)``.
  static func isOpen(_ t: Int) -> Bool { rate(t) > 0 }

  /// `weeks` weeks of Poisson counts around ``rate(_:)``, 24 intervals a day.
  mutating func poissonSeries(weeks: Int) -> SeasonalSeries {
    let n = weeks * 7 * 24
    let values: [Double?] = (0..<n).map { Self.isOpen($0) ? poisson(Self.rate($0)) : 0 }
    return SeasonalSeries(values: values, isOpen: (0..<n).map(Self.isOpen), intervalsPerDay: 24)
  }
}
