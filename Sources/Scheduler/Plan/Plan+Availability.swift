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
    canWork(agent, on: day) { hours, minute in hours.isOpen(day, minuteOfDay: minute) }
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
    canWork(agent, on: date.weekday) { hours, minute in hours.isOpen(date, minuteOfDay: minute, holidays: holidays) }
  }

  /// True when `agent` is available at some interval start of weekday `day` at which `isOpen`
  /// says one of their channels' hours is open.
  private func canWork(_ agent: Agent, on day: Weekday, isOpen: (OpeningHours, Int) -> Bool) -> Bool {
    let open = agent.skills.compactMap { channel($0)?.hours }
    return stride(from: 0, to: 24 * 60, by: intervalLength.minutes).contains { minute in
      (agent.availability?.isOpen(day, minuteOfDay: minute) ?? true) && open.contains { isOpen($0, minute) }
    }
  }
}
