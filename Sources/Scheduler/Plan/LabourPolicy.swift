/// Working-time rules every agent's week must keep; an absent rule does not apply.
///
/// Read from `rules` in plan.yaml: `min_rest: 11h` (rest between the end of one shift and the
/// start of the next), `max_consecutive_days: 6`, `min_days_off: 1` (days without a shift in the
/// roster week).
public struct LabourPolicy: Sendable, Hashable, Codable {
  public var minRest: Duration?
  public var maxConsecutiveDays: Int?
  public var minDaysOff: Int?

  public init(minRest: Duration? = nil, maxConsecutiveDays: Int? = nil, minDaysOff: Int? = nil) {
    self.minRest = minRest
    self.maxConsecutiveDays = maxConsecutiveDays
    self.minDaysOff = minDaysOff
  }
}
