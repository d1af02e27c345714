import Forecast

extension Plan {
  /// True when `agent` is available in at least one interval of the week in which a channel they
  /// answer is open.
  ///
  /// An agent whose availability lies wholly outside their channels' opening hours is not an error
  /// (agents.csv outlives changes of hours, and `whatif` moves hours on purpose): the scheduler gives
  /// them no shift, and the command warns, naming the agent. Holidays are not considered.
  public func canWorkOpenHours(_ agent: Agent) -> Bool {
    guard let availability = agent.availability else { return true }
    let open = agent.skills.compactMap { channel($0)?.hours }
    for day in Weekday.allCases {
      for minute in stride(from: 0, to: 24 * 60, by: intervalLength.minutes)
      where availability.isOpen(day, minuteOfDay: minute)
        && open.contains(where: { $0.isOpen(day, minuteOfDay: minute) })
      {
        return true
      }
    }
    return false
  }
}
