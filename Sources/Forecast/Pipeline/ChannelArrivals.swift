/// What the forecaster needs to know of one channel: its id and when its contacts arrive.
public struct ChannelArrivals: Sendable, Hashable {
  public var channel: String
  /// When contacts arrive: the opening hours for channels answered on line (voice, chat); `nil`
  /// for deferred work (e-mail, messaging), which arrives at any hour and is forecast everywhere.
  public var hours: OpeningHours?

  public init(channel: String, hours: OpeningHours?) {
    self.channel = channel
    self.hours = hours
  }
}
