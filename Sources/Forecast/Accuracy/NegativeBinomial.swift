import Foundation

/// Quantiles of the negative binomial (Poisson-gamma) count with mean `μ` and variance `μ + φμ²`.
///
/// Arrivals are Poisson given their rate; when the rate itself is uncertain (a forecast is not the
/// truth) with a gamma spread of relative variance `φ`, the count is negative binomial with size
/// `r = 1/φ` (Cameron & Trivedi 2013, *Regression Analysis of Count Data*, 2nd ed., section 3.3,
/// the NB2 model). `φ = 0` is Poisson. Probabilities are summed from `P(0)` by the ratio of
/// successive ones; past a mean of 10,000 the normal approximation stands in.
enum NegativeBinomial {
  /// The central interval of probability about `level`: the whole counts `[low, high]` whose tails
  /// `P(X < low)` and `P(X > high)` lie nearest to `(1 − level) / 2` each. Nearest, not "at most":
  /// with a mean of 2 the conservative choice covers 95 % and the next one down 86 %, so always
  /// rounding outward would over-cover every quiet interval.
  static func interval(mean mu: Double, dispersion phi: Double, level: Double) -> (low: Double, high: Double) {
    precondition(level > 0 && level < 1, "level in (0, 1)")
    guard mu > 0 else { return (0, 0) }
    let phi = Swift.max(0, phi), tail = (1 - level) / 2
    let sd = (mu + phi * mu * mu).squareRoot()
    let z = normalQuantile(1 - tail)
    // log P(X = 0) and the ratio P(k + 1) / P(k).
    let poisson = phi < 1e-9
    let r = poisson ? 0 : 1 / phi
    let logZero = poisson ? -mu : r * Foundation.log(r / (r + mu))
    let q = poisson ? 0 : mu / (r + mu)
    var probability = Foundation.exp(logZero)
    // Past the range where P(0) is a normal number, the normal approximation stands in.
    guard mu <= 10_000, probability > 1e-300 else {
      return (Swift.max(0, (mu - z * sd).rounded()), (mu + z * sd).rounded())
    }
    var below = 0.0, k = 0.0, low: Double?
    // below = P(X < k); probability = P(X = k).
    while k < 1e7 {
      if low == nil, below + probability > tail {
        low = Swift.abs(below - tail) <= Swift.abs(below + probability - tail) ? k : k + 1
      }
      let above = 1 - below - probability  // P(X > k)
      if above <= tail {
        let previousAbove = above + probability  // P(X > k - 1)
        let high = k > 0 && Swift.abs(previousAbove - tail) < Swift.abs(above - tail) ? k - 1 : k
        return (low ?? k, Swift.max(high, low ?? k))
      }
      below += probability
      probability *= poisson ? mu / (k + 1) : (k + r) / (k + 1) * q
      k += 1
    }
    return (low ?? 0, k)
  }

  /// The standard normal quantile (Acklam's rational approximation, relative error below 1.2e-9).
  static func normalQuantile(_ p: Double) -> Double {
    let a = [-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02, 1.383577518672690e+02,
             -3.066479806614716e+01, 2.506628277459239e+00]
    let b = [-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02, 6.680131188771972e+01,
             -1.328068155288572e+01]
    let c = [-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00, -2.549732539343734e+00,
             4.374664141464968e+00, 2.938163982698783e+00]
    let d = [7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00]
    let low = 0.02425
    if p < low {
      let q = (-2 * Foundation.log(p)).squareRoot()
      return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
        / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1)
    }
    if p > 1 - low { return -normalQuantile(1 - p) }
    let q = p - 0.5, t = q * q
    return (((((a[0] * t + a[1]) * t + a[2]) * t + a[3]) * t + a[4]) * t + a[5]) * q
      / (((((b[0] * t + b[1]) * t + b[2]) * t + b[3]) * t + b[4]) * t + 1)
  }
}
