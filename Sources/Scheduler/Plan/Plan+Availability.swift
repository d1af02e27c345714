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

  /// Channels whose history rows on holidays are data: deferred work arrives while the center is
  /// closed, and a channel with holiday hours answers on them. Other channels' holiday rows are
  /// left out (a closed day's stray rows).
  public var channelsWithHolidayHistory: Set<String> {
    Set(channels.filter { $0.kind.isDeferred || $0.hours.opensOnHolidays }.map(\.id))
  }

  /// True when `agent` could work on the holiday `date`: available that weekday while a channel
  /// of theirs is open in its holiday hours.
  public func canWorkOpenHours(_ agent: Agent, onHoliday date: LocalDate) -> Bool {
    let open = agent.skills.compactMap { channel($0)?.hours }.filter(\.opensOnHolidays)
    guard !open.isEmpty else { return false }
    for minute in stride(from: 0, to: 24 * 60, by: intervalLength.minutes)
    where (agent.availability?.isOpen(date.weekday, minuteOfDay: minute) ?? true)
      && open.contains(where: { $0.isOpen(date, minuteOfDay: minute, holidays: holidays) })
    {
      return true
    }
    return false
  }
}
