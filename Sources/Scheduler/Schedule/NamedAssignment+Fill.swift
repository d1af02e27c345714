/// Stage 2d: agents with room left take shifts where demand is still uncovered.
extension NamedAssignment {
  /// Adds shifts, best first, to agents who can still work (a free day, hours and days left, rest
  /// and availability kept: `canTake`), where the agents at work fall short of `need` (stage 1's
  /// agents at work per interval: requirement plus deferred work served), while a shift's cover is
  /// worth more than its pay. Returns the shifts added.
  ///
  /// Stage 1 counts shifts per class; its classes' totals can ask for shifts no member can take
  /// under their own rest, days and availability (the unfilled shifts). Another shift of the same
  /// agents, at another hour or on another day, often covers most of the same demand. The value of
  /// a shift is the uncovered agent-intervals it fills, at the cheapest channel's unmet penalty, less
  /// its pay and the idle penalty; the caller keeps the roster only if its objective improves.
  mutating func fillUncovered(need: [Double], until deadline: ContinuousClock.Instant) -> Int {
    let T = problem.intervalCount
    let hours = problem.hoursPerInterval
    let penalty = problem.channels.map(\.unmetPenaltyPerHour).min() ?? 0
    // Agents at work per interval now, each shift's breaks spread over it.
    var short = need
    for days in shiftOf {
      for s in days.compactMap({ $0 }) { cover(s, in: &short, sign: -1) }
    }
    var added = 0
    while ContinuousClock.now < deadline {
      var best: (agent: Int, shift: Int, value: Double)?
      for a in problem.agents.indices where days[a] < problem.agents[a].maxDays {
        let skills = problem.agents[a].skills
        for day in 0..<problem.dayCount where shiftOf[a][day] == nil {
          for s in catalog.shiftsOfDay[day] where canTake(a, s) {
            let shift = catalog.shifts[s]
            var filled = 0.0
            var idle = 0
            for t in shift.start..<min(shift.end, T) {
              if problem.anyOpen(skills, t) { filled += min(1, max(0, short[t])) } else { idle += 1 }
            }
            let value =
              filled * atWork(s) * hours * penalty - paid(s) * problem.agents[a].costPerHour
              - Double(idle) * hours * problem.idlePenaltyPerHour
            if value > 1e-6, value > best?.value ?? 0 { best = (a, s, value) }
          }
        }
      }
      guard let best else { break }
      give(best.agent, best.shift)
      cover(best.shift, in: &short, sign: -1)
      added += 1
    }
    return added
  }

  /// Adds `sign` times shift `s`'s agents at work (breaks spread over the shift) to `level`.
  private func cover(_ s: Int, in level: inout [Double], sign: Double) {
    let shift = catalog.shifts[s]
    for t in shift.start..<min(shift.end, problem.intervalCount) { level[t] += sign * atWork(s) }
  }

  /// The share of shift `s` at work: its breaks spread over it.
  private func atWork(_ s: Int) -> Double {
    let shift = catalog.shifts[s]
    return 1 - Double(shift.breaks.reduce(0) { $0 + $1.length }) / Double(shift.length)
  }
}
