/// What `unmet` means for e-mail and messaging: the work answered after its window.
extension ScheduleResult {
  /// Sets each deferred channel's `unmet` from `validation` of the written roster: per arrival
  /// interval, the agents' worth of that interval's work answered after the promise's window
  /// (`required × (1 − service level)`), and `unmetAgentHours` to their sum in agent-hours.
  ///
  /// The scheduler charges late work in every interval it stays late (FORMULATION.md), so its
  /// own count grows with how long work waits: on the demo, WhatsApp's night messages (it opens
  /// at 07:00) counted 165.6 agent-hours "unmet" against 174.2 required, beside a kept 80 %/2 h
  /// promise. Counted once each, by the same first-come-first-served flow as the service level,
  /// the late work is what a planner can set against the promise: 17 % of the work, 30 hours.
  public mutating func countLateWork(_ validation: ValidationReport, hoursPerInterval: Double) {
    for check in validation.channels where check.channel.kind.isDeferred {
      guard let c = roster.coverage.firstIndex(where: { $0.channel == check.channel.id }),
        roster.coverage[c].required.count == check.intervals.count
      else { continue }
      let required = roster.coverage[c].required
      let late = check.intervals.enumerated().map { t, outcome in required[t] * max(0, 1 - outcome.serviceLevel) }
      roster.coverage[c].unmet = late
      report.unmetAgentHours[check.channel.id] = late.reduce(0, +) * hoursPerInterval
    }
  }
}
