import Forecast

/// One channel the contact center answers, with its hours and its promise.
///
/// Read from `channels` in plan.yaml. `patience` (voice, chat) switches sizing from Erlang C to
/// Erlang A; `concurrency` (chat, messaging) is the number of contacts one agent carries at once;
/// `shrinkage` overrides the plan's.
public struct Channel: Sendable, Hashable, Codable, Identifiable {
  /// The identifier used in history.csv, agents.csv skills and every output: `voice`.
  public var id: String
  public var kind: ChannelKind
  /// Staffed hours (for email: the hours agents answer it; e-mails arrive at any hour).
  public var hours: OpeningHours
  public var target: ServiceTarget
  /// Mean customer patience: Erlang A when present, Erlang C when absent.
  public var patience: Duration?
  /// The highest share of time agents may be busy with contacts.
  public var maxOccupancy: Percentage?
  /// Contacts one agent carries at once (chat, messaging); nil means one.
  public var concurrency: Int?
  /// Overrides the plan's shrinkage for this channel.
  public var shrinkage: Percentage?
  /// The name customers know the channel by (`WhatsApp`), for published documents; nil: by kind.
  public var name: String?
  /// Overrides the plan's `min_interval_service_level` for this channel (voice, chat).
  public var minIntervalServiceLevel: Percentage?
  /// The planner's mean handle time (`aht` in plan.yaml): forecast where history has no handle time.
  public var handleTime: Duration?

  public init(
    id: String, kind: ChannelKind, hours: OpeningHours, target: ServiceTarget,
    patience: Duration? = nil, maxOccupancy: Percentage? = nil, concurrency: Int? = nil,
    shrinkage: Percentage? = nil
  ) {
    precondition(concurrency.map { $0 >= 1 } ?? true, "concurrency is at least 1")
    self.id = id
    self.kind = kind
    self.hours = hours
    self.target = target
    self.patience = patience
    self.maxOccupancy = maxOccupancy
    self.concurrency = concurrency
    self.shrinkage = shrinkage
  }
}
