import Foundation

/// What one channel delivers in one interval with the agents the roster puts there.
///
/// For channels answered on line (voice, chat) the figures are those of the channel's queue model
/// with the available agents; for deferred work (e-mail, messaging) `serviceLevel` is the share of
/// this interval's arrivals completed within the promise and `asa` their mean time to completion.
public struct IntervalOutcome: Sendable, Hashable {
  /// Index into the week's intervals.
  public var interval: Int
  public var volume: Double
  public var handleSeconds: Double
  /// Agents rostered on the channel (sum of overlap fractions), before shrinkage.
  public var agents: Double
  /// `agents × (1 − shrinkage)`: the agents answering contacts.
  public var availableAgents: Double
  public var serviceLevel: Double
  /// Mean wait over all offered contacts in seconds (deferred: mean time to completion); nil when
  /// the queue has no steady state (Erlang C with load >= agents) or nothing is ever completed.
  public var asa: Double?
  /// Share of offered contacts abandoning; nil without a patience.
  public var abandonment: Double?
  /// Share of available agent time spent on contacts.
  public var occupancy: Double

  public init(
    interval: Int, volume: Double, handleSeconds: Double, agents: Double, availableAgents: Double,
    serviceLevel: Double, asa: Double?, abandonment: Double?, occupancy: Double
  ) {
    self.interval = interval
    self.volume = volume
    self.handleSeconds = handleSeconds
    self.agents = agents
    self.availableAgents = availableAgents
    self.serviceLevel = serviceLevel
    self.asa = asa
    self.abandonment = abandonment
    self.occupancy = occupancy
  }
}
