import Forecast

/// What a queue with a given number of servers delivers: service level, speed of answer, waiting,
/// occupancy and (with patience) abandonment.
///
/// Shares follow docs/reference.md (Units, target): the service level and the average speed of answer are over **all offered**
/// contacts; abandoners count as not answered in time and contribute their time in queue to `asa`.
public struct QueueFigures: Sendable, Hashable, Codable {
  /// Servers (agents, or chat slots).
  public var servers: Int
  /// Share of offered contacts answered within the answer time.
  public var serviceLevel: Percentage
  /// Mean time in queue over all offered contacts; `nil` when the queue has no steady state
  /// (Erlang C with load >= servers: the wait grows without bound).
  public var asa: Duration?
  /// Share of offered contacts that find every server busy.
  public var waitProbability: Percentage
  /// Share of server time spent handling contacts (served load / servers), at most 1.
  public var occupancy: Percentage
  /// Share of offered contacts that hang up before being served; `nil` without a patience model.
  public var abandonment: Percentage?
  /// True when load >= servers and the model has no steady state (Erlang C only).
  public var isOverloaded: Bool

  public init(
    servers: Int, serviceLevel: Percentage, asa: Duration?, waitProbability: Percentage,
    occupancy: Percentage, abandonment: Percentage?, isOverloaded: Bool
  ) {
    self.servers = servers
    self.serviceLevel = serviceLevel
    self.asa = asa
    self.waitProbability = waitProbability
    self.occupancy = occupancy
    self.abandonment = abandonment
    self.isOverloaded = isOverloaded
  }

  /// The figures of an empty queue (no traffic).
  static func idle(servers: Int, withAbandonment: Bool) -> QueueFigures {
    QueueFigures(
      servers: servers, serviceLevel: Percentage(fraction: 1), asa: .zero,
      waitProbability: Percentage(fraction: 0), occupancy: Percentage(fraction: 0),
      abandonment: withAbandonment ? Percentage(fraction: 0) : nil, isOverloaded: false)
  }
}

extension Percentage {
  /// A share clamped into 0...1 (guards rounding in the last bit).
  static func clamped(_ value: Double) -> Percentage {
    Percentage(fraction: min(1, max(0, value)))
  }
}
