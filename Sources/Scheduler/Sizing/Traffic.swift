import Forecast

/// Contacts offered to a queue: how often they arrive and how long each takes to handle.
///
/// The offered load in Erlangs is `A = λ · AHT`: 360 calls per 30 minutes with a 240 s handle time
/// is `0.2/s · 240 s = 48` Erlangs, the number of agents that would be busy if nobody ever waited.
public struct Traffic: Sendable, Hashable, Codable {
  /// Arrivals per second (λ).
  public var arrivalsPerSecond: Double
  /// Mean handle time (talk plus wrap-up), 1/μ.
  public var handleTime: Duration

  public init(arrivalsPerSecond: Double, handleTime: Duration) {
    precondition(arrivalsPerSecond.isFinite && arrivalsPerSecond >= 0, "arrival rate must be finite and >= 0")
    precondition(handleTime > .zero, "handle time must be positive")
    self.arrivalsPerSecond = arrivalsPerSecond
    self.handleTime = handleTime
  }

  /// `volume` contacts spread evenly over `interval`.
  public init(volume: Double, per interval: Duration, handleTime: Duration) {
    precondition(interval > .zero, "interval must be positive")
    self.init(arrivalsPerSecond: volume / interval.inSeconds, handleTime: handleTime)
  }

  /// Offered load in Erlangs: λ · AHT.
  public var load: Double { arrivalsPerSecond * handleTime.inSeconds }
}
