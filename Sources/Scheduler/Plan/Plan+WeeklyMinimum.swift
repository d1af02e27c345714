import Forecast

/// The rule for holidays in a contract week, shared by the scheduler and the roster check.
extension Plan {
  /// An agent's minimum paid hours in the plan's week, after its holidays.
  public struct WeeklyMinimum: Sendable, Equatable {
    /// The contract's `min_hours`.
    public var contract: Double
    /// What the week asks: the contract less a day's share per holiday.
    public var hours: Double
    /// A day's share: `min_hours / working days`, the working days being `max_days` after
    /// `min_days_off`.
    public var share: Double
    /// The holidays of the week on weekdays when the agent could otherwise work: one of their
  /// channels would open while they are available.
    public var holidays: [LocalDate]
  }

  /// The most days the agent may work this week: `max_days`, and at most 7 - `min_days_off`.
  public func workingDays(of agent: Agent) -> Int {
    min(agent.maxDays, max(0, 7 - (rules?.minDaysOff ?? 0)))
  }

  /// The agent's minimum for the week: each holiday on a weekday when the agent could otherwise
  /// work (one of their channels would open while they are available) is a day off that counts as
  /// worked, lowering the minimum by a day's share. An agent never available that weekday loses
  /// nothing, nor does one who may work the holiday (a channel of theirs has holiday hours).
  ///
  /// Example: 36 h over 5 days with a Friday holiday asks 36 - 36/5 = 28.8 h.
  public func weeklyMinimum(of agent: Agent) -> WeeklyMinimum {
    let contract = agent.minHours.inHours
    let days = workingDays(of: agent)
    guard contract > 0, days > 0 else { return WeeklyMinimum(contract: contract, hours: contract, share: 0, holidays: []) }
    let holidays = (0..<7).map { week.adding(days: $0) }.filter { date in
      self.holidays.contains(date) && canWorkOpenHours(agent, on: date.weekday)
        && !canWorkOpenHours(agent, onHoliday: date)
    }
    let share = contract / Double(days)
    return WeeklyMinimum(
      contract: contract, hours: max(0, contract - share * Double(holidays.count)), share: share, holidays: holidays)
  }
}
