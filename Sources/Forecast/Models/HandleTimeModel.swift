/// Handle time per interval: the recent volume-weighted average of the same interval of the week,
/// shrunk toward the overall average where few contacts back it.
///
/// Over the last `weeks` weeks of history, for weekly position `p` with `n(p)` contacts and their
/// volume-weighted mean handle time `h(p) = Σ v·aht / Σ v`, and `μ` the volume-weighted mean of
/// all positions in that window:
///
///     aht(p) = w·h(p) + (1 − w)·μ,   w = n(p) / (n(p) + k)
///
/// the empirical-Bayes (credibility) weight of Bühlmann & Gisler (2005), *A Course in Credibility
/// Theory*, with `k = priorContacts` (default 30): a quiet interval with 3 calls leans on `μ`, a
/// busy one with 300 keeps its own average. A position with no contacts gets `μ`.
public struct HandleTimeModel: Sendable, Hashable, Codable {
  /// Weeks of history averaged.
  public var weeks: Int
  /// Contacts worth as much as the overall mean (the shrinkage constant `k`).
  public var priorContacts: Double

  public init(weeks: Int = 8, priorContacts: Double = 30) {
    precondition(weeks >= 1 && priorContacts >= 0, "weeks >= 1, priorContacts >= 0")
    self.weeks = weeks
    self.priorContacts = priorContacts
  }

  /// Fits on volume and mean handle time (seconds) per interval; `nil` handle times are unknown.
  /// - Throws: ``ForecastModelError/noObservations(method:)`` when no interval has both.
  public func fit(volume: SeasonalSeries, handleSeconds: [Double?]) throws -> Fitted {
    precondition(handleSeconds.count == volume.count, "one handle time per interval")
    let m = volume.weekLength
    var contacts = [Double](repeating: 0, count: m), seconds = contacts
    var totalContacts = 0.0, totalSeconds = 0.0
    let start = Swift.max(0, volume.count - weeks * m)
    for pass in 0..<2 where totalContacts == 0 {
      // Second pass only when the recent window holds no handle time: use the whole history for μ.
      for t in (pass == 0 ? start : 0)..<volume.count {
        guard let v = volume.observation(t), v > 0, let h = handleSeconds[t], h.isFinite, h >= 0 else { continue }
        if pass == 0 { contacts[t % m] += v; seconds[t % m] += v * h }
        totalContacts += v
        totalSeconds += v * h
      }
    }
    guard totalContacts > 0 else { throw ForecastModelError.noObservations(method: "HandleTimeModel") }
    let mu = totalSeconds / totalContacts
    let perPosition = (0..<m).map { p in
      let n = contacts[p]
      guard n > 0 else { return mu }
      let w = n / (n + priorContacts)
      return w * (seconds[p] / n) + (1 - w) * mu
    }
    return Fitted(historyCount: volume.count, overall: mu, perPosition: perPosition)
  }

  /// Handle times fitted on a history: one per weekly position.
  public struct Fitted: Sendable, Hashable, Codable {
    let historyCount: Int
    /// Volume-weighted mean handle time of the window, in seconds.
    public let overall: Double
    let perPosition: [Double]

    /// Handle time in seconds for each of the `horizon` intervals after the history.
    public func forecast(horizon: Int) -> [Double] {
      (0..<horizon).map { perPosition[(historyCount + $0) % perPosition.count] }
    }
  }
}
