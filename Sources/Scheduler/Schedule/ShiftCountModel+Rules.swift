/// The rule families of the shift-count model, one function each, in the order of `rules`.
extension ShiftCountModel {
  private func label(_ t: Int) -> String {
    t < problem.intervalCount ? problem.labels[t] : "next+\(t - problem.intervalCount)"
  }

  /// Immediate channels: the classes' service plus unmet, less surplus, equals the requirement.
  ///
  /// `cover[c,t]`: sum_g serve[g,c,t] + unmet[c,t] + empty[c,t] >= required[c,t], open intervals
  /// only: a closed interval needs nobody (`CoverShortage`: the last agent costs more).
  mutating func coverDemand() {
    let targets = problem.staffingTargets()
    for (c, channel) in problem.channels.enumerated() {
      guard let required = targets[c] else { continue }
      for t in 0..<problem.intervalCount where channel.isOpen(t) {
        var terms: [(column: Int, coefficient: Double)] = []
        for g in classes.indices { if let y = serveColumn[g][c][t] { terms.append((y, 1)) } }
        terms += unmetColumns[c][t].map { ($0, 1) }
        guard required[t] > 0 else { continue }
        model.addConstraint(
          .init(name: "cover[\(channel.id),\(label(t))]", bounds: .atLeast(required[t]), terms: terms))
      }
    }
  }

  /// Deferred channels: work is served, possibly late, never dropped (`DeferredLateness`).
  ///
  /// `deferred[c,t]`: served[c,t] - served[c,t-1] - sum_g serve[g,c,t] = 0 (cumulative service,
  /// last week's carry-over included; its bounds say nothing is served before it arrives);
  /// `due[c,t]`: served[c,t] + late[c,t] >= work due by the end of `t`; `steadyState[c]`:
  /// served[c,T-1] + carried[c] >= backlog + the week's work (the week carries into next week at
  /// most the carry-over it started with: the work of its last window).
  mutating func deferredWork() {
    for c in problem.channels.indices {
      guard let lateness = deferred[c] else { continue }
      let serve = (0..<problem.intervalCount).map { t in classes.indices.compactMap { serveColumn[$0][c][t] } }
      let labels = (0..<problem.intervalCount).map { label($0) }
      lateness.addRows(to: &model, label: { labels[$0] }) { serve[$0] }
    }
  }

  /// Line channels scheduled to their promise: contacts answered in time under the service curve
  /// of the agents serving them, summed over the week against the promise (`PromiseRows`).
  mutating func keepPromise() {
    for c in problem.channels.indices {
      guard let rows = promises[c] else { continue }
      let serve = (0..<problem.intervalCount).map { t in classes.indices.compactMap { serveColumn[$0][c][t] } }
      let labels = (0..<problem.intervalCount).map { label($0) }
      rows.addRows(to: &model, label: { labels[$0] }) { serve[$0] }
    }
  }

  /// Each class's agents at work (not on break) serve one channel at a time.
  ///
  /// `capacity[g,t]`: sum_c serve[g,c,t] - sum_{s covers t} shift[g,s]
  /// + sum_{break covers t} break[g,b,at] <= 0. Capacity is split, never counted twice.
  mutating func channelCapacity() {
    let T = problem.intervalCount
    for g in classes.indices {
      var terms = Array(repeating: [(column: Int, coefficient: Double)](), count: T)
      for (s, shift) in catalog.shifts.enumerated() {
        guard let x = shiftColumn[g][s] else { continue }
        for t in shift.start..<min(shift.end, T) { terms[t].append((x, -1)) }
      }
      for (b, group) in catalog.breakGroups.enumerated() where !breakColumns[g][b].isEmpty {
        for (p, at) in group.starts.enumerated() {
          for t in at..<max(at, min(at + group.length, T)) { terms[t].append((breakColumns[g][b][p], 1)) }
        }
      }
      let name = classes[g].name(in: problem)
      for t in 0..<T {
        for c in problem.channels.indices { if let y = serveColumn[g][c][t] { terms[t].append((y, 1)) } }
        guard !terms[t].isEmpty else { continue }
        model.addConstraint(
          .init(name: "capacity[\(name),\(label(t))]", bounds: .atMost(0), terms: terms[t]))
      }
    }
  }

  /// Every shift takes each of its breaks once, somewhere inside the break's window.
  ///
  /// `takeBreak[g,start,k]`: sum_at break[g,b,at] - sum_{s in group b} shift[g,s] = 0, where the
  /// group `b` holds the shifts starting at `start` whose break `k` has the same window.
  mutating func breaks() {
    for g in classes.indices {
      let name = classes[g].name(in: problem)
      for (b, group) in catalog.breakGroups.enumerated() where !breakColumns[g][b].isEmpty {
        var terms: [(column: Int, coefficient: Double)] = breakColumns[g][b].map { ($0, 1) }
        for s in group.shifts { if let x = shiftColumn[g][s] { terms.append((x, -1)) } }
        model.addConstraint(
          .init(
            name: "takeBreak[\(name),\(label(group.shiftStart)),\(group.rule)]", bounds: .equal(0),
            terms: terms))
      }
    }
  }

  /// A member works at most one shift a day: a class works at most as many shifts on a day as it
  /// has members available that day. (Availability of single shifts is each column's upper bound.)
  mutating func oneShiftPerDay() {
    for g in classes.indices {
      for day in 0..<problem.dayCount {
        let terms = catalog.shiftsOfDay[day].compactMap { s in shiftColumn[g][s].map { ($0, 1.0) } }
        guard !terms.isEmpty else { continue }
        model.addConstraint(
          .init(
            name: "oneShiftPerDay[\(classes[g].name(in: problem)),\(day)]",
            bounds: .atMost(Double(classes[g].availableOnDay[day])), terms: terms))
      }
    }
  }

  /// Members who alone can work some shifts (availability: two of six voice agents available on
  /// weekday mornings) work at most one of them a day, and no more days and hours than their own:
  /// `memberSubset[g,E,d]`: sum of the day's shifts only members of `E` can work <= |E|; over the
  /// week, <= their days and (paid hours) <= their reachable hours. The class rows alone let a
  /// planner's week put three morning shifts a day on those two (7 shifts no agent could take).
  mutating func memberSubsets() {
    for g in classes.indices {
      let name = classes[g].name(in: problem)
      for (e, subset) in classes[g].subsets.enumerated() {
        let rows = subset.rows(
          catalog: catalog, availableOnDay: classes[g].availableOnDay, hoursPerInterval: problem.hoursPerInterval)
        for row in rows {
          let terms = row.terms.compactMap { term in shiftColumn[g][term.shift].map { ($0, term.coefficient) } }
          guard !terms.isEmpty else { continue }
          let day = row.day.map { ",\($0)" } ?? ""
          model.addConstraint(.init(name: "\(row.name)[\(name),\(e)\(day)]", bounds: .atMost(row.bound), terms: terms))
        }
      }
    }
  }

  /// The class's paid hours lie between the sum of its members' minimum and maximum hours; the
  /// minimum may be missed at a price (`shortHours`), so the row never makes stage 1 infeasible.
  mutating func weeklyHours() {
    let hours = problem.hoursPerInterval
    for g in classes.indices {
      var terms = catalog.shifts.indices.compactMap { s in
        shiftColumn[g][s].map { ($0, Double(catalog.shifts[s].paidIntervals) * hours) }
      }
      if let short = shortHoursColumn[g] { terms.append((short, 1)) }
      guard !terms.isEmpty else { continue }
      let low = classes[g].minHours
      let high = max(low, classes[g].maxHours)
      model.addConstraint(
        .init(
          name: "weeklyHours[\(classes[g].name(in: problem))]",
          bounds: low > 0 ? .range(low, high) : .atMost(high), terms: terms))
    }
  }

  /// The class's shifts number at most its members' working days (max days, consecutive-days
  /// cap) and at least the days their minimum hours need with the longest shift (or, at a price,
  /// fewer: `shortDays`).
  mutating func workingDays() {
    for g in classes.indices {
      var terms = catalog.shifts.indices.compactMap { s in shiftColumn[g][s].map { ($0, 1.0) } }
      if let short = shortDaysColumn[g] { terms.append((short, 1)) }
      guard !terms.isEmpty else { continue }
      let low = Double(classes[g].minDays)
      let high = max(low, Double(classes[g].maxDays))
      model.addConstraint(
        .init(
          name: "workingDays[\(classes[g].name(in: problem))]",
          bounds: low > 0 ? .range(low, high) : .atMost(high), terms: terms))
    }
  }

  /// Minimum rest, summed over a class: for an end time `e` of day `d`, the shifts of `d` ending
  /// at or after `e` and those of `d + 1` starting before `e + minRest` conflict pairwise, so each
  /// member works at most one of them and the class at most as many as it has members (stage 2's
  /// clique rows, summed). Binding only where a class works nearly every member on both days.
  mutating func minimumRest() {
    let rest = problem.rules.minRest
    guard rest > 0 else { return }
    for g in classes.indices {
      for d in 0..<(problem.dayCount - 1) {
        let today = catalog.shiftsOfDay[d].filter { shiftColumn[g][$0] != nil }
        let tomorrow = catalog.shiftsOfDay[d + 1].filter { shiftColumn[g][$0] != nil }
        for clique in catalog.restCliques(first: today, second: tomorrow, rest: rest) {
          model.addConstraint(
            .init(
              name: "minimumRest[\(classes[g].name(in: problem)),\(d),\(label(clique.end))]",
              bounds: .atMost(Double(classes[g].members.count)),
              terms: clique.shifts.map { (shiftColumn[g][$0]!, 1.0) }))
        }
      }
    }
  }
}
