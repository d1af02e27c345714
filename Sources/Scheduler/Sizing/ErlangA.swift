import Forecast
import Foundation

// Goals, in priority order:
// 1. Exact (no approximation beyond dropping tail terms below 1e-22 of the largest).
// 2. Stable for 1 to 10,000 agents and any load: every product is kept in log space.
// 3. O(n + J) per evaluation, J the number of queue states that matter.

/// Erlang A: the M/M/n+M queue, where waiting callers hang up after an exponential patience.
///
/// Assumptions: Poisson arrivals at rate λ, exponential handle times (μ = 1/AHT), `n` agents,
/// first come first served, each waiting caller abandons at rate θ = 1/mean patience. The number
/// in system is a birth–death chain: birth rate λ; death rate kμ in state k <= n and nμ + jθ in
/// state n + j. Relative to πₙ:
///
///     π_k / π_n = n!/(k! A^(n−k))   (k <= n),   Σ_{k<=n} π_k/π_n = 1/B(n, A)   (Erlang B)
///     π_{n+j}/π_n = Π_{i=1..j} λ / (nμ + iθ),   π_n = 1 / (1/B + Σ_{j>=1} π_{n+j}/π_n)
///
/// Measures (PASTA: arrivals see the stationary state):
///
///     P(wait)    = Σ_j π_{n+j}
///     P(abandon) = θ·E[Q] / λ,    ASA (all offered, abandoners' queue time included) = E[Q] / λ
///     occupancy  = λ(1 − P(abandon)) / (nμ)
///     SL(t)      = P(no wait) + Σ_j π_{n+j} · P(served within t | j waiting ahead)
///
/// A caller arriving behind j waiting callers reaches an agent after j + 1 stages with rates
/// nμ + iθ (i = j..0) while racing its own exponential patience. The race telescopes: with
/// y = nμ/θ and u = exp(−θt),
///
///     P(served within t | j) = y/(y + j + 1) · (1 − I_u(y + 1, j + 1))
///
/// where I is the regularized incomplete beta function, summed by its upward recurrence
/// I_u(a, b+1) = I_u(a, b) + Γ(a+b)/(Γ(a) Γ(b+1)) · u^a (1 − u)^b (all terms positive).
///
/// Source: Garnett, Mandelbaum & Reiman, "Designing a call center with impatient customers",
/// M&SOM 4(3), 2002; Mandelbaum & Zeltyn, "The M/M/n+G queue: summary of performance
/// measures" (Technion, 2005). Cross-checked by a CTMC solved with a matrix exponential
/// (`scripts/sizing_reference.py`) and by simulation in the tests.
///
/// Example: 48 calls per minute, AHT 60 s, mean patience 120 s, 50 agents: SL(20 s) = 0.943,
/// abandonment 3.09 %, P(wait) = 0.468, ASA = 3.7 s.
public enum ErlangA {
  /// The figures of `servers` agents facing `traffic` with mean `patience`, answering within `answerTime`.
  public static func figures(
    servers: Int, traffic: Traffic, patience: Duration, answerTime: Duration
  ) -> QueueFigures {
    precondition(servers >= 0, "servers must be >= 0")
    precondition(patience > .zero, "patience must be positive")
    let lambda = traffic.arrivalsPerSecond
    guard lambda > 0 else { return .idle(servers: servers, withAbandonment: true) }
    guard servers > 0 else {
      return QueueFigures(
        servers: 0, serviceLevel: Percentage(fraction: 0), asa: patience,
        waitProbability: Percentage(fraction: 1), occupancy: Percentage(fraction: 0),
        abandonment: Percentage(fraction: 1), isOverloaded: false)
    }
    let mu = 1 / traffic.handleTime.inSeconds
    let theta = 1 / patience.inSeconds
    let t = answerTime.inSeconds
    let load = traffic.load
    let n = Double(servers)

    // log B(n, A) by the Erlang B recurrence: in linear space (B stays in (0, 1], two flops a
    // step), falling back to log space only if B underflows (n far above A).
    var b = 1.0
    for k in 1...servers {
      let ab = load * b
      b = ab / (Double(k) + ab)
    }
    var logB = log(b)
    if !(b > 1e-300) {
      logB = 0
      for k in 1...servers {
        let logAB = log(load) + logB
        logB = logAB - log(Double(k) + exp(logAB))
      }
    }

    // Queue states n + j: log t_j = Σ_{i<=j} log(λ / (nμ + iθ)); stop past the peak once
    // the terms fall 50 nats (≈ 2e-22) below the largest.
    let logLambda = log(lambda)
    var logTerms: [Double] = [0]
    var logTerm = 0.0
    var peak = 0.0
    var j = 0
    while true {
      j += 1
      let deathRate = n * mu + Double(j) * theta
      logTerm += logLambda - log(deathRate)
      peak = max(peak, logTerm)
      if deathRate > lambda && logTerm < peak - 50 { break }
      logTerms.append(logTerm)
    }

    // Sums scaled by exp(−peak): T = Σ t_j, Q = Σ j t_j, S = Σ t_j P(served within t | j).
    let y = n * mu / theta
    let a = y + 1
    // I_u(a, b) for b = 1, 2, ... by its upward recurrence (u = e^(−θt)). In linear space (I and
    // each increment lie in [0, 1]) once both are representable; in log space before that, when
    // u^a underflows (many agents, long answer times).
    let exponent = (n * mu + theta) * t
    let log1mU = t > 0 ? log(-expm1(-theta * t)) : -Double.infinity
    var logI = -exponent  // log I_u(a, 1) = a log u
    var logIncrement = log(a) + logI + log1mU  // log of the b = 1 term of the recurrence
    var inLogSpace = t > 0 && (logI < -600 || logIncrement < -600)
    var incompleteBeta = inLogSpace ? 0 : exp(logI)
    var increment = inLogSpace ? 0 : exp(logIncrement)
    let oneMinusU = t > 0 ? -expm1(-theta * t) : 0
    var total = 0.0
    var tail = 0.0  // Σ_{j>=1} t_j
    var queue = 0.0
    var servedInTime = 0.0
    for (j, logTerm) in logTerms.enumerated() {
      let weight = exp(logTerm - peak)
      total += weight
      if j > 0 { tail += weight }
      queue += Double(j) * weight
      guard t > 0 else { continue }
      let notYet = inLogSpace ? -expm1(min(0, logI)) : max(0, 1 - incompleteBeta)
      servedInTime += weight * y / (y + Double(j) + 1) * notYet
      // I_u(a, j + 2) = I_u(a, j + 1) + increment(b = j + 1)
      if inLogSpace {
        logI = logAdd(logI, logIncrement)
        logIncrement += log1mU + log(a + Double(j) + 1) - log(Double(j) + 2)
        if logI > -600 && logIncrement > -600 {
          inLogSpace = false
          incompleteBeta = exp(logI)
          increment = exp(logIncrement)
        }
      } else {
        incompleteBeta = min(1, incompleteBeta + increment)
        increment *= oneMinusU * (a + Double(j) + 1) / (Double(j) + 2)
      }
    }

    // π_n = 1 / (1/B + Σ_{j>=1} t_j)   (1/B already counts state n).
    let logPiN = -logAdd(-logB, peak + log(tail))
    let scale = exp(logPiN + peak)
    let wait = min(1, scale * total)
    let meanQueue = scale * queue
    let abandonment = min(1, theta * meanQueue / lambda)
    let serviceLevel = (1 - wait) + scale * servedInTime
    let occupancy = load * (1 - abandonment) / n
    return QueueFigures(
      servers: servers, serviceLevel: .clamped(serviceLevel), asa: .seconds(meanQueue / lambda),
      waitProbability: .clamped(wait), occupancy: .clamped(occupancy),
      abandonment: .clamped(abandonment), isOverloaded: false)
  }
}

/// log(exp(x) + exp(y)) without overflow.
@inline(__always)
func logAdd(_ x: Double, _ y: Double) -> Double {
  if x == -.infinity { return y }
  if y == -.infinity { return x }
  let high = max(x, y)
  return high + log1p(exp(min(x, y) - high))
}
