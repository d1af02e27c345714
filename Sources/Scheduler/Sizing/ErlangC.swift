import Forecast
import Foundation

// Goals, in priority order:
// 1. Never NaN, never negative: 10,000 agents and A = 480, N = 520 give finite figures.
// 2. A >= N is reported as overloaded (no steady state), not as a negative wait.
// 3. The search for the fewest agents is O(N) in total.

/// Erlang C: the M/M/n queue with infinitely patient callers.
///
/// Assumptions: Poisson arrivals at rate λ, exponential handle times with mean AHT = 1/μ, `n`
/// identical agents, first come first served, nobody hangs up. With offered load `A = λ/μ`:
///
///     B(0) = 1,  B(k) = A·B(k−1) / (k + A·B(k−1))          Erlang B by recurrence
///     C    = n·B(n) / (n − A·(1 − B(n)))                    probability of waiting
///     SL(t) = 1 − C·exp(−(n − A)·t / AHT)                   answered within t
///     ASA  = C·AHT / (n − A),   occupancy = A / n
///
/// Source: A. K. Erlang (1917); the recurrence and the B-to-C conversion as in Cooper,
/// *Introduction to Queueing Theory* (1981), §3.4–3.5. The textbook form `A^n/n!` overflows to
/// NaN in `Double` near A = 480, N = 520; the recurrence stays in [0, 1].
///
/// Example: 360 calls per 30 min, AHT 240 s (A = 48), 55 agents: C = 0.2387, ASA = 8.18 s,
/// SL(15 s) = 0.8459, occupancy = 0.8727.
public enum ErlangC {
  /// Erlang B blocking probability B(n, A) by the recurrence; O(n).
  public static func blocking(servers: Int, load: Double) -> Double {
    precondition(servers >= 0, "servers must be >= 0")
    var b = 1.0
    if servers > 0 {
      for k in 1...servers { b = nextBlocking(b, servers: k, load: load) }
    }
    return b
  }

  /// One step of the Erlang B recurrence: B(k) from B(k−1).
  @inline(__always)
  static func nextBlocking(_ previous: Double, servers k: Int, load: Double) -> Double {
    let ab = load * previous
    return ab / (Double(k) + ab)
  }

  /// Probability that an arriving contact waits; 1 when overloaded (A >= n).
  public static func waitProbability(servers: Int, load: Double) -> Double {
    waitProbability(servers: servers, load: load, blocking: blocking(servers: servers, load: load))
  }

  static func waitProbability(servers n: Int, load a: Double, blocking b: Double) -> Double {
    let n = Double(n)
    guard a < n else { return 1 }
    return min(1, n * b / (n - a * (1 - b)))
  }

  /// The figures of `servers` agents facing `traffic`, answering within `answerTime`.
  public static func figures(servers: Int, traffic: Traffic, answerTime: Duration) -> QueueFigures {
    let b = blocking(servers: servers, load: traffic.load)
    return figures(
      servers: servers, load: traffic.load, blocking: b, handleSeconds: traffic.handleTime.inSeconds,
      answerSeconds: answerTime.inSeconds)
  }

  static func figures(
    servers: Int, load a: Double, blocking b: Double, handleSeconds aht: Double, answerSeconds t: Double
  ) -> QueueFigures {
    guard a > 0 else { return .idle(servers: servers, withAbandonment: false) }
    let n = Double(servers)
    guard a < n else {
      return QueueFigures(
        servers: servers, serviceLevel: Percentage(fraction: 0), asa: nil,
        waitProbability: Percentage(fraction: 1), occupancy: Percentage(fraction: 1),
        abandonment: nil, isOverloaded: true)
    }
    let c = waitProbability(servers: servers, load: a, blocking: b)
    let serviceLevel = 1 - c * exp(-(n - a) * t / aht)
    let asa = c * aht / (n - a)
    return QueueFigures(
      servers: servers, serviceLevel: .clamped(serviceLevel), asa: .seconds(asa),
      waitProbability: .clamped(c), occupancy: .clamped(a / n), abandonment: nil, isOverloaded: false)
  }

  /// The fewest servers whose service level reaches `share`, scanning upward from 1 and reusing
  /// the recurrence (O(N) for the whole search). Returns the servers and the service levels at
  /// `servers − 1` and `servers` (for interpolation), or `nil` if none up to `limit` does.
  static func fewestServers(
    load a: Double, handleSeconds aht: Double, answerSeconds t: Double, share: Double, limit: Int
  ) -> (servers: Int, below: Double, at: Double)? {
    var b = 1.0
    var previous = 0.0
    var n = 1
    while n <= limit {
      b = nextBlocking(b, servers: n, load: a)
      let level = figures(servers: n, load: a, blocking: b, handleSeconds: aht, answerSeconds: t)
        .serviceLevel.fraction
      if level >= share { return (n, previous, level) }
      previous = level
      n += 1
    }
    return nil
  }
}
