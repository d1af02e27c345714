/// Pre-solve checks: malformed input throws, rules that cannot hold are named and relaxed.
extension SchedulingProblem {
  /// Throws when the problem is malformed: array lengths, indices, negative lengths.
  public func checkShape() throws(SchedulingError) {
    func fail(_ what: String) -> SchedulingError { .invalidProblem(what) }
    guard intervalCount > 0, intervalLength > .zero else { throw fail("the week has no intervals") }
    guard labels.count == intervalCount else {
      throw fail("labels has \(labels.count) entries for \(intervalCount) intervals")
    }
    guard !dayStarts.isEmpty, dayStarts[0] == 0,
      zip(dayStarts, dayStarts.dropFirst()).allSatisfy({ $0 < $1 }),
      dayStarts.last! < intervalCount
    else { throw fail("dayStarts must start at 0 and increase inside the week") }
    for channel in channels {
      if let open = channel.open, open.count != intervalCount {
        throw fail("channel \(channel.id): open has \(open.count) entries")
      }
      switch channel.demand {
      case .immediate(let required):
        guard required.count == intervalCount, required.allSatisfy({ $0 >= 0 && $0.isFinite }) else {
          throw fail("channel \(channel.id): required needs \(intervalCount) finite values >= 0")
        }
      case .deferred(let workload, let window, let backlog):
        guard workload.count == intervalCount, workload.allSatisfy({ $0 >= 0 && $0.isFinite }),
          window > 0, backlog >= 0
        else { throw fail("channel \(channel.id): workload, window or backlog is invalid") }
      }
    }
    for template in shiftTemplates {
      guard template.startEvery > 0, template.lengths.allSatisfy({ $0 > 0 }) else {
        throw fail("shift templates need startEvery > 0 and positive lengths")
      }
    }
    for agent in agents {
      guard agent.skills.allSatisfy({ channels.indices.contains($0) }) else {
        throw fail("agent \(agent.id): a skill index is out of range")
      }
      if let available = agent.available, available.count != intervalCount {
        throw fail("agent \(agent.id): availability has \(available.count) entries")
      }
      guard agent.costPerHour.isFinite, agent.minHours.isFinite, agent.maxHours.isFinite else {
        throw fail("agent \(agent.id): hours and cost must be finite")
      }
    }
  }

  /// Names every rule that cannot hold and returns each agent's minimum hours after relaxing it.
  ///
  /// Checked: minimum above maximum hours; minimum hours above what availability, working days
  /// and shift lengths allow (the best paid shift on each available day, over the most days the
  /// agent may work); a minimum no week of whole shifts reaches within the maximum
  /// (``AchievableHours``); an agent without a skill of any open channel; templates with no shift.
  public func ruleConflicts(catalog: ShiftCatalog) -> (conflicts: [RuleConflict], minHours: [Double]) {
    var conflicts: [RuleConflict] = []
    var minHours = agents.map(\.minHours)
    let hours = hoursPerInterval
    if catalog.shifts.isEmpty {
      conflicts.append(
        RuleConflict(
          agent: nil, rule: .shiftTemplates, problem: "the shift templates allow no shift in the week",
          relaxedTo: "nobody is scheduled"))
    }
    let dayCap = maxDaysUnderConsecutiveRule
    for (index, agent) in agents.enumerated() {
      let serves = agent.skills.contains { c in (0..<intervalCount).contains { channels[c].isOpen($0) } }
      if !serves {
        conflicts.append(
          RuleConflict(
            agent: agent.id, rule: .skills, problem: "has no skill of any open channel",
            relaxedTo: "minimum hours ignored; the agent works only if it costs nothing"))
        minHours[index] = 0
        continue
      }
      if agent.minHours > agent.maxHours {
        conflicts.append(
          RuleConflict(
            agent: agent.id, rule: .weeklyHours,
            problem: "minimum hours \(agent.minHours.formatted) exceed maximum hours \(agent.maxHours.formatted)",
            relaxedTo: "minimum lowered to \(agent.maxHours.formatted) h"))
        minHours[index] = agent.maxHours
      }
      // The most paid hours the agent can reach: best shift per day, best allowed days; and the
      // paid lengths it can work, for the whole-shift check below (one pass over the catalog).
      var best = Array(repeating: 0, count: dayCount)
      var lengths = Set<Int>()
      for shift in catalog.shifts where shift.paidIntervals > best[shift.day] || !lengths.contains(shift.paidIntervals) {
        guard self.agent(index, canWork: shift) else { continue }
        best[shift.day] = max(best[shift.day], shift.paidIntervals)
        lengths.insert(shift.paidIntervals)
      }
      let days = min(agent.maxDays, dayCap)
      let reachable = min(
        Double(best.sorted(by: >).prefix(max(0, days)).reduce(0, +)) * hours, agent.maxHours)
      if minHours[index] > reachable + 1e-9 {
        // Name what limits the agent: the days allowed, the paid length of the longest shift
        // (its span less unpaid breaks), availability, days no channel of the agent opens.
        var limits = [
          agent.maxDays < dayCap
            ? "max days \(agent.maxDays)"
            : (dayCap < dayCount ? "max consecutive days \(rules.maxConsecutiveDays)" : "\(dayCount) days")
        ]
        let longestPaid = catalog.shifts.map(\.paidIntervals).max() ?? 0
        let longestSpan = catalog.shifts.map(\.length).max() ?? 0
        let ownLongest = lengths.max() ?? 0
        if ownLongest < longestPaid {
          // Availability rules out the longest shifts (a planner's 08:00-16:00 agent and 8.5 h
          // shifts: the message named 8 h paid while the agent's longest was 5.5 h).
          limits.append("availability, where its longest shift is \((Double(ownLongest) * hours).formatted) h paid")
        } else {
          limits.append(
            "a longest paid shift of \((Double(longestPaid) * hours).formatted) h"
              + (longestPaid < longestSpan ? " (\((Double(longestSpan) * hours).formatted) h less unpaid breaks)" : ""))
          if agent.available != nil { limits.append("availability") }
        }
        let closed = best.filter { $0 == 0 }.count
        if closed > 0 { limits.append("\(closed) day\(closed == 1 ? "" : "s") without a shift it can work (closed, holiday or unavailable)") }
        let limit = limits.joined(separator: ", ")
        conflicts.append(
          RuleConflict(
            agent: agent.id, rule: agent.available != nil ? .availability : .weeklyHours,
            problem:
              "minimum hours \(minHours[index].formatted) exceed the \(reachable.formatted) h that \(limit) allow",
            relaxedTo: "minimum lowered to \(reachable.formatted) h"))
        minHours[index] = reachable
      }
      // Whole shifts: a minimum no sum of shift lengths reaches within the maximum (9-hour shifts
      // and 37-40 h: 36 h or 45 h) is missed by every roster; say so here, not after the search.
      let whole = AchievableHours(
        agent: agent, paidLengths: lengths, workableDays: best.filter { $0 > 0 }.count, dayCap: dayCap,
        hoursPerInterval: hours)
      let range = whole.range(min: minHours[index], max: agent.maxHours)
      if range.lowerBound < minHours[index] - 1e-9 {
        let paid = lengths.sorted().map { (Double($0) * hours).formatted }.joined(separator: ", ")
        let above = whole.least(above: agent.maxHours).map { " or \($0.formatted) h" } ?? ""
        conflicts.append(
          RuleConflict(
            agent: agent.id, rule: .weeklyHours,
            problem:
              "minimum hours \(minHours[index].formatted) cannot be paid in whole shifts of \(paid) h within the \(agent.maxHours.formatted) h maximum: \(range.lowerBound.formatted) h\(above)",
            relaxedTo: "minimum lowered to \(range.lowerBound.formatted) h"))
        minHours[index] = range.lowerBound
      }
    }
    return (conflicts, minHours)
  }
}
