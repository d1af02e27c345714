/// The multiplicative factor of one calendar class, and the days it rests on.
public struct DayFactor: Sendable, Hashable, Codable {
  public var dayClass: DayClass
  /// Volume of such a day over a usual day of its weekday (1.2 = 20 % busier), after shrinkage.
  public var factor: Double
  /// The factor before shrinkage toward 1: the median ratio of the days seen.
  public var unshrunk: Double
  /// Days of history with a total and same-weekday references it was estimated from.
  public var days: Int

  public init(dayClass: DayClass, factor: Double, unshrunk: Double, days: Int) {
    self.dayClass = dayClass
    self.factor = factor
    self.unshrunk = unshrunk
    self.days = days
  }
}
