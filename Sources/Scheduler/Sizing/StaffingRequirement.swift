import Forecast

/// The sizing model that produced a requirement.
public enum SizingModel: String, Sendable, Hashable, Codable, CaseIterable {
  /// M/M/n, callers never hang up (``ErlangC``).
  case erlangC = "erlang-c"
  /// M/M/n+M, callers hang up after an exponential patience (``ErlangA``).
  case erlangA = "erlang-a"
  /// Agents with several concurrent chat slots (``ChatConcurrency``).
  case chat
  /// Work that may wait (``DeferredWork``).
  case deferred
}

/// Agents needed (or delivered figures) for one channel in one interval.
///
/// `agents` is the integer number on the phones; `agentsFractional` the smallest real number that
/// meets the target (interpolated, never rounded up, so channels and intervals can be summed
/// without inflating staff); `scheduledAgents` adds shrinkage to the fractional figure.
/// The queue figures are those of `agents` (the integer).
public struct StaffingRequirement: Sendable, Hashable, Codable {
  public var model: SizingModel
  /// Agents on the phones, before shrinkage.
  public var agents: Int
  /// The smallest real number of agents meeting the target and the occupancy cap.
  public var agentsFractional: Double
  /// `agentsFractional / (1 − shrinkage)`.
  public var scheduledAgents: Double
  /// Share of offered contacts answered within the answer time (`nil` for deferred work).
  public var serviceLevel: Percentage?
  /// Mean time in queue over all offered contacts; `nil` when overloaded or deferred.
  public var asa: Duration?
  /// Share of offered contacts that wait (`nil` for deferred work).
  public var waitProbability: Percentage?
  /// Share of agent time spent on contacts.
  public var occupancy: Percentage
  /// Share of offered contacts abandoning; only with a patience.
  public var abandonment: Percentage?
  /// True when the agents cannot carry the load (Erlang C with load >= servers).
  public var isOverloaded: Bool

  public init(
    model: SizingModel, agents: Int, agentsFractional: Double, scheduledAgents: Double,
    serviceLevel: Percentage?, asa: Duration?, waitProbability: Percentage?, occupancy: Percentage,
    abandonment: Percentage?, isOverloaded: Bool
  ) {
    self.model = model
    self.agents = agents
    self.agentsFractional = agentsFractional
    self.scheduledAgents = scheduledAgents
    self.serviceLevel = serviceLevel
    self.asa = asa
    self.waitProbability = waitProbability
    self.occupancy = occupancy
    self.abandonment = abandonment
    self.isOverloaded = isOverloaded
  }
}

/// Why a requirement could not be computed.
public enum SizingError: Error, Sendable, Equatable {
  /// No number of agents up to `limit` reaches the target (e.g. 100 % within 0 s).
  case targetUnreachable(target: ServiceTarget, limit: Int)
}
