import Forecast

/// One broken hard rule found in a roster by ``RosterCheck``: whose, which day, which rule, and why.
///
/// `message` is one sentence for a planner without the agent and the date, which ``description``
/// puts in front, as `staffplan check` prints it: `a07, 2026-11-29, openHours: works voice
/// 00:00-04:00 while voice is closed (opens 07:00)`.
public struct RosterViolation: Sendable, Hashable, Codable, CustomStringConvertible {
  /// The paid hours of an agent's week against the contract, for `weeklyHours` violations.
  public struct WeeklyHours: Sendable, Hashable, Codable {
    /// Paid hours in the roster: shift lengths less unpaid breaks.
    public var paid: Double
    /// The agent's `min_hours`.
    public var minimum: Double
    /// The agent's `max_hours`.
    public var maximum: Double

    public init(paid: Double, minimum: Double, maximum: Double) {
      self.paid = paid
      self.minimum = minimum
      self.maximum = maximum
    }

    /// True when the paid hours fall short of the minimum (a named conflict may explain it).
    public var belowMinimum: Bool { paid < minimum - Self.tolerance }
    /// True when the paid hours exceed the maximum.
    public var aboveMaximum: Bool { paid > maximum + Self.tolerance }

    /// Hours closer than this (about a second) count as equal.
    static let tolerance = 1.0 / 3600
  }

  /// The agent id as written in roster.csv (or agents.csv for an agent with no shift).
  public var agent: String
  /// The shift's date; nil for a rule of the whole week (hours, days, days off).
  public var date: LocalDate?
  public var rule: ScheduleRule
  /// What is wrong, in one sentence, without the agent and the date.
  public var message: String
  /// The figures of a `weeklyHours` violation; nil for every other rule.
  public var hours: WeeklyHours?

  public init(agent: String, date: LocalDate?, rule: ScheduleRule, message: String, hours: WeeklyHours? = nil) {
    self.agent = agent
    self.date = date
    self.rule = rule
    self.message = message
    self.hours = hours
  }

  /// Whether a named conflict of the schedule explains this violation: only a minimum missed by
  /// an agent whose minimum the scheduler reported it could not meet (or lowered, and said so).
  public func isExplained(by conflicts: [RuleConflict]) -> Bool {
    guard rule == .weeklyHours, let hours, hours.belowMinimum, !hours.aboveMaximum else { return false }
    let minimumRules: Set<ScheduleRule> = [.weeklyHours, .availability, .skills]
    return conflicts.contains { $0.agent == agent && minimumRules.contains($0.rule) }
  }

  /// `a07, 2026-11-29, openHours: works voice ...`; `week` stands for a missing date.
  public var description: String {
    "\(agent), \(date?.text ?? "week"), \(rule.rawValue): \(message)"
  }
}
