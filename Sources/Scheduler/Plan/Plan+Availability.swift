import Forecast

extension Plan {
  /// True when `agent` is available in at least one interval of the week in which a channel they
  /// answer is open.
  ///
  /// An agent whose availability lies wholly outside their channels' opening hours is not an error
  /// (agents.csv outlives changes of hours, and `whatif` moves hours on purpose): the scheduler gives
  /// them no shift, and the command warns, naming the agent. Holidays are not considered.
  public func canWorkOpenHours(_ agent: Agent) -> Bool {
    Weekday.allCases.contains { canWorkOpenHours(agent, on: $0) }
  }

  /// True when `agent` is available in at least one interval of weekday `day` in which a channel
  /// they answer is open (holidays not considered).
  public func canWorkOpenHours(_ agent: Agent, on day: Weekday) -> Bool {
    let open = agent.skills.compactMap { channel($0)?.hours }
    for minute in stride(from: 0, to: 24 * 60, by: intervalLength.minutes)
    where (agent.availability?.isOpen(day, minuteOfDay: minute) ?? true)
      && open.contains(where: { $0.isOpen(day, minuteOfDay: minute) })
    {
      return true
    }
    return false
  }
}
