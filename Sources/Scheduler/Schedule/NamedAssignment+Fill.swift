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
  ///
  /// With `worth` (per agent and interval, what one more agent at work there takes off the
  /// channel split's objective: its duals), a shift is valued by it instead of `need`, and at most
  /// `moves` shifts are added or made longer: duals hold for one agent, so the caller splits again
  /// between moves. A shift made longer the same day counts as a move (a planner's 18 agents left
  /// voice 0.3 points short of 80/20 with an agent on 12:00-18:00 and 13 h of contract left).
  mutating func fillUncovered(
    need: [Double], worth: [[Double]]? = nil, moves: Int = .max, until deadline: ContinuousClock.Instant
  ) -> Int {
    var short = uncovered(need)
    func value(_ a: Int, _ s: Int, _ short: [Double], _ covered: Bool) -> Double {
      if let worth { return gain(s, worth: worth[a], skills: problem.agents[a].skills) }
      return gain(s, over: short, skills: problem.agents[a].skills, covered: covered)
    }
    var added = 0
    while added < moves, ContinuousClock.now < deadline {
      var best: (agent: Int, from: Int?, to: Int, value: Double)?
      for a in problem.agents.indices {
        let cost = problem.agents[a].costPerHour
        for day in 0..<problem.dayCount {
          if let s = shiftOf[a][day] {
            // A longer shift the same day, containing this one.
            let current = catalog.shifts[s]
            let kept = value(a, s, short, true)
            _ = take(a, day: day)
            for other in catalog.shiftsOfDay[day] where other != s {
              let shift = catalog.shifts[other]
              guard shift.start <= current.start, shift.end >= current.end, canTake(a, other) else { continue }
              let gain = value(a, other, short, false) - kept - (paid(other) - paid(s)) * cost
              if gain > 1e-6, gain > best?.value ?? 0 { best = (a, s, other, gain) }
            }
            give(a, s)
          } else if days[a] < problem.agents[a].maxDays {
            for s in catalog.shiftsOfDay[day] where canTake(a, s) {
              let gain = value(a, s, short, false) - paid(s) * cost
              if gain > 1e-6, gain > best?.value ?? 0 { best = (a, nil, s, gain) }
            }
          }
        }
      }
      guard let best else { break }
      if let from = best.from {
        _ = take(best.agent, day: catalog.shifts[from].day)
        cover(from, in: &short, sign: 1)
      }
      give(best.agent, best.to)
      cover(best.to, in: &short, sign: -1)
      added += 1
    }
    return added
  }

  /// `need` (by default the one stage 1 set) less the agents at work per interval now, each
  /// shift's breaks spread over it.
  func uncovered(_ need: [Double]? = nil) -> [Double] {
    var short = need ?? self.need
    for days in shiftOf {
      for s in days.compactMap({ $0 }) { cover(s, in: &short, sign: -1) }
    }
    return short
  }

  /// The agent-intervals of `short` (agents still needed per interval) that shift `s` fills in
  /// the hours its agent's channels are open, counting only the share of each interval's shortage
  /// on those channels. With `covered`, `short` already counts the shift (its own cover added
  /// back first).
  func filled(_ s: Int, over short: [Double], skills: [Int], covered: Bool = false) -> Double {
    let shift = catalog.shifts[s]
    var filled = 0.0
    for t in shift.start..<min(shift.end, problem.intervalCount) where problem.anyOpen(skills, t) {
      filled += min(1, max(0, short[t] + (covered ? atWork(s) : 0)) * servable(skills, t))
    }
    return filled * atWork(s)
  }

  /// The share of interval `t`'s need on channels among `skills` (1 when nothing is needed there
  /// or no need was set). Without it a chat-only agent's added shift counted the voice shortage
  /// it cannot answer (80 random plans: of the 13 whose roster it changes, 9 cost less with it).
  func servable(_ skills: [Int], _ t: Int) -> Double {
    guard !needShare.isEmpty else { return 1 }
    return min(1, skills.reduce(0.0) { $0 + needShare[$1][t] })
  }

  /// Sets `need` (per interval) and `needShare` from the need per channel and interval.
  mutating func setNeed(_ byChannel: [[Double]]) {
    need = Self.total(byChannel)
    needShare = byChannel.map { row in
      row.indices.map { t in need[t] > 1e-9 ? row[t] / need[t] : 1 }
    }
  }

  /// The need per interval, summed over channels.
  private static func total(_ byChannel: [[Double]]) -> [Double] {
    byChannel.dropFirst().reduce(byChannel.first ?? []) { sum, row in zip(sum, row).map(+) }
  }

  /// What shift `s` is worth against `short`: the agent-hours it fills at the cheapest channel's
  /// unmet penalty, less the idle penalty.
  private func gain(_ s: Int, over short: [Double], skills: [Int], covered: Bool = false) -> Double {
    let shift = catalog.shifts[s]
    let hours = problem.hoursPerInterval
    let penalty = problem.channels.map(\.unmetPenaltyPerHour).min() ?? 0
    let idle = (shift.start..<min(shift.end, problem.intervalCount)).count { !problem.anyOpen(skills, $0) }
    return filled(s, over: short, skills: skills, covered: covered) * hours * penalty
      - Double(idle) * hours * problem.idlePenaltyPerHour
  }

  /// What shift `s` is worth by the channel split's duals for its agent (`worth`), less the idle
  /// penalty.
  private func gain(_ s: Int, worth: [Double], skills: [Int]) -> Double {
    let shift = catalog.shifts[s]
    var total = 0.0
    var idle = 0
    for t in shift.start..<min(shift.end, problem.intervalCount) {
      if problem.anyOpen(skills, t) { total += atWork(s) * worth[t] } else { idle += 1 }
    }
    return total - Double(idle) * problem.hoursPerInterval * problem.idlePenaltyPerHour
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
