import Forecast

/// Stage 3c: turns the named shifts and breaks into the roster, the coverage and the report.
struct RosterBuilder {
  let problem: SchedulingProblem
  let catalog: ShiftCatalog
  let assignment: NamedAssignment
  let breaks: [[[Int]]]
  let conflicts: [RuleConflict]
  let lowerBound: Double
  let relativeGap: Double
  let started: ContinuousClock.Instant
  /// The search budget: a run that used it is reported as stopped by the time limit.
  var timeLimit: Duration = .seconds(60)

  func result() throws(SchedulingError) -> ScheduleResult {
    let T = problem.intervalCount
    let hours = problem.hoursPerInterval
    // Skill groups for the channel split: agents with the same skills.
    var skillSets: [[Int]] = []
    var groupOf: [Int] = []
    for agent in problem.agents {
      let skills = Array(Set(agent.skills)).sorted()
      if let k = skillSets.firstIndex(of: skills) { groupOf.append(k) } else {
        groupOf.append(skillSets.count)
        skillSets.append(skills)
      }
    }
    // Who is at work (in a shift, not on break) in each interval.
    var atWork = Array(repeating: [Int](), count: T)
    var working = Array(repeating: Array(repeating: 0.0, count: T), count: skillSets.count)
    var paidHours = 0.0
    var cost = 0.0
    var workingIntervals = 0
    for (a, days) in assignment.shiftOf.enumerated() {
      for (d, s) in days.enumerated() {
        guard let s else { continue }
        let shift = catalog.shifts[s]
        paidHours += assignment.paid(s)
        cost += assignment.paid(s) * problem.agents[a].costPerHour
        for t in shift.start..<min(shift.end, T) where !onBreak(a, d, s, t) {
          atWork[t].append(a)
          working[groupOf[a]][t] += 1
          workingIntervals += 1
        }
      }
    }
    let split = try ChannelSplit(problem: problem, skillSets: skillSets, working: working)
    let shares = distribute(split.serve, atWork: atWork, groupOf: groupOf)
    let roster = Roster(agents: agentWeeks(shares), coverage: coverage(split))
    let objective = cost + problem.overstaffPenaltyPerHour * hours * Double(workingIntervals) + split.objective
    let bound = min(lowerBound, objective)
    let gap = abs(objective - bound) / max(abs(objective), 1e-9)
    var unmetHours: [String: Double] = [:]
    for (c, channel) in problem.channels.enumerated() { unmetHours[channel.id] = split.unmet[c].reduce(0, +) * hours }
    let seconds = (ContinuousClock.now - started).inSeconds
    let report = ScheduleReport(
      status: gap <= 1e-6
        ? .optimal
        : gap <= relativeGap + 1e-9
          ? .gapReached : (ContinuousClock.now - started) >= timeLimit * 0.95 ? .timeLimit : .feasible,
      objective: objective, lowerBound: bound, gap: gap, seconds: seconds, paidHours: paidHours,
      cost: cost, unmetAgentHours: unmetHours, conflicts: conflicts,
      unfilledShifts: assignment.unfilled.count, addedShifts: assignment.added,
      agentsWithPairedDaysOff: pairedDaysOff(), averageDistinctStarts: distinctStarts())
    return ScheduleResult(roster: roster, report: report)
  }

  func onBreak(_ a: Int, _ d: Int, _ s: Int, _ t: Int) -> Bool {
    for (k, option) in catalog.shifts[s].breaks.enumerated() {
      if (breaks[a][d][k]..<breaks[a][d][k] + option.length).contains(t) { return true }
    }
    return false
  }

  /// Hands each group's channel service to its agents at work, filling one agent after another
  /// (McNaughton's wrap-around), so at most one agent per channel boundary splits an interval.
  func distribute(_ serve: [[[Double]]], atWork: [[Int]], groupOf: [Int]) -> [Int: [Int: [Roster.ChannelShare]]] {
    var shares: [Int: [Int: [Roster.ChannelShare]]] = [:]
    for t in 0..<problem.intervalCount {
      var byGroup: [Int: [Int]] = [:]
      for a in atWork[t] { byGroup[groupOf[a], default: []].append(a) }
      for (k, agents) in byGroup {
        var index = 0
        var room = 1.0
        for c in problem.channels.indices {
          var amount = serve[k][c][t]
          while amount > 1e-6, index < agents.count {
            let share = min(room, amount)
            shares[agents[index], default: [:]][t, default: []].append(.init(channel: c, share: share))
            amount -= share
            room -= share
            if room <= 1e-6 { index += 1; room = 1 }
          }
        }
      }
    }
    return shares
  }

  func agentWeeks(_ shares: [Int: [Int: [Roster.ChannelShare]]]) -> [Roster.AgentWeek] {
    problem.agents.enumerated().map { a, agent in
      let shifts = assignment.shiftOf[a].enumerated().compactMap { d, s -> Roster.Shift? in
        guard let s else { return nil }
        let shift = catalog.shifts[s]
        return Roster.Shift(
          day: d, start: shift.start, end: shift.end,
          breaks: shift.breaks.enumerated().map { k, o in breaks[a][d][k]..<breaks[a][d][k] + o.length }
            .sorted { $0.lowerBound < $1.lowerBound },
          paidHours: assignment.paid(s),
          work: (shift.start..<shift.end).map { t in shares[a]?[t] ?? [] })
      }
      return Roster.AgentWeek(agent: agent.id, shifts: shifts)
    }
  }

  func coverage(_ split: ChannelSplit) -> [Roster.Coverage] {
    let targets = problem.staffingTargets()
    return problem.channels.enumerated().map { c, channel in
      let scheduled = (0..<problem.intervalCount).map { t in split.serve.reduce(0.0) { $0 + $1[c][t] } }
      let required: [Double]
      switch channel.demand {
      case .immediate(let r): required = r.enumerated().map { channel.isOpen($0) ? $1 : 0 }
      case .deferred(let workload, _, _): required = workload
      }
      return Roster.Coverage(
        channel: channel.id, required: required, target: targets[c] ?? required, scheduled: scheduled,
        unmet: split.unmet[c])
    }
  }

  /// Agents with at least two days off, two of them consecutive.
  func pairedDaysOff() -> Int {
    assignment.shiftOf.filter { days in
      let off = days.indices.filter { days[$0] == nil }
      return off.count >= 2 && zip(off, off.dropFirst()).contains { $1 == $0 + 1 }
    }.count
  }

  /// Distinct start times (time of day) per working agent, averaged.
  func distinctStarts() -> Double {
    let counts = assignment.shiftOf.compactMap { days -> Int? in
      let offsets = Set(days.compactMap { $0 }.map { catalog.shifts[$0].start - problem.dayStarts[catalog.shifts[$0].day] })
      return offsets.isEmpty ? nil : offsets.count
    }
    return counts.isEmpty ? 0 : Double(counts.reduce(0, +)) / Double(counts.count)
  }
}
