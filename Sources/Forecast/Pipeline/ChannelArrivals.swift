/// What the forecaster needs to know of one channel: its id and when its contacts arrive.
public struct ChannelArrivals: Sendable, Hashable {
  public var channel: String
  /// When contacts arrive: the opening hours for channels answered on line (voice, chat); `nil`
  /// for deferred work (e-mail, messaging), which arrives at any hour and is forecast everywhere.
  public var hours: OpeningHours?
  /// The planner's mean handle time for the channel (`aht` in plan.yaml): used where the history
  /// has no handle time for an interval's contacts; `nil` when the plan gives none.
  public var handleTime: Duration?

  public init(channel: String, hours: OpeningHours?, handleTime: Duration? = nil) {
    self.channel = channel
    self.hours = hours
    self.handleTime = handleTime
  }
}
