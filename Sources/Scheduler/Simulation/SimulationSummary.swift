import Foundation

/// What the replications of a simulated week say about each channel's promise.
public struct SimulationSummary: Sendable {
  /// One channel's simulated week.
  public struct Channel: Sendable, Hashable {
    public var channel: String
    /// Mean over replications of the week's service level.
    public var serviceLevel: Double
    /// Share of replications whose week service level reaches the target's share.
    public var probabilityKept: Double
    /// The 10th percentile of the week's service level over replications (a bad week).
    public var lowServiceLevel: Double
    /// Mean share of contacts abandoning; nil without a patience.
    public var abandonment: Double?
    /// Mean contacts offered in the week per replication.
    public var contactsPerReplication: Double
  }

  public var replications: Int
  /// In plan order.
  public var channels: [Channel]
  /// Events processed over all replications (arrivals, completions, roster changes).
  public var events: Int
  /// Wall-clock seconds of the replications.
  public var seconds: Double

  /// Events per second of wall-clock time.
  public var eventsPerSecond: Double { seconds > 0 ? Double(events) / seconds : 0 }
}
