/// Whole shift counts near the relaxed ones that keep every stage-1 row on counts alone, so the
/// rest of stage 1 (breaks, channel split, deferred work, unmet demand) can be completed by an LP
/// when the restricted MIP found no whole counts in time.
///
/// Cumulative rounding keeps running totals within half a shift, but a day's total can still pass
/// the members available that day by one, and the week's hours or days pass a class's bounds. The
/// rows on counts alone, per class: `oneShiftPerDay` (day total ≤ members available), `weeklyHours`
/// and `workingDays` (between the members' minimums and maximums), and each count ≤ members able
/// to work the shift. Repairs move one shift at a time: from the count rounded up the most, to the
/// count rounded down the most that has room.
enum CountRepair {
  static func counts(
    relaxed: [[Double]], classes: [AgentClass], catalog: ShiftCatalog, hoursPerInterval: Double,
    intervalCount: Int
  ) -> [[Int]] {
    relaxed.enumerated().map { g, values in
      var x = repaired(values, agentClass: classes[g], catalog: catalog, hoursPerInterval: hoursPerInterval)
      trackCoverage(
        &x, relaxed: values, agentClass: classes[g], catalog: catalog, intervalCount: intervalCount,
        hoursPerInterval: hoursPerInterval)
      return x
    }
  }

  static func repaired(
    _ values: [Double], agentClass: AgentClass, catalog: ShiftCatalog, hoursPerInterval: Double
  ) -> [Int] {
    var x = zip(WeeklyScheduler.cumulativeRounding(values), agentClass.eligible).map { min($0, $1) }
    let paid = catalog.shifts.map { Double($0.paidIntervals) * hoursPerInterval }
    let dayOf = catalog.shifts.map(\.day)
    func dayTotal(_ d: Int) -> Int { catalog.shiftsOfDay[d].reduce(0) { $0 + x[$1] } }
    var hours: Double { zip(x, paid).reduce(0) { $0 + Double($1.0) * $1.1 } }
    var shifts: Int { x.reduce(0, +) }
    /// The count rounded up the most, among those `allowed`.
    func mostAbove(_ allowed: (Int) -> Bool) -> Int? {
      x.indices.filter { x[$0] > 0 && allowed($0) }.max { Double(x[$0]) - values[$0] < Double(x[$1]) - values[$1] }
    }
    func mostBelow(_ allowed: (Int) -> Bool) -> Int? {
      x.indices.filter { x[$0] < agentClass.eligible[$0] && dayTotal(dayOf[$0]) < agentClass.availableOnDay[dayOf[$0]] && allowed($0) }
        .max { values[$0] - Double(x[$0]) < values[$1] - Double(x[$1]) }
    }
    for d in agentClass.availableOnDay.indices {
      while dayTotal(d) > agentClass.availableOnDay[d], let s = mostAbove({ dayOf[$0] == d }) { x[s] -= 1 }
    }
    while hours > agentClass.maxHours + 1e-9 || shifts > agentClass.maxDays, let s = mostAbove({ _ in true }) { x[s] -= 1 }
    while hours < agentClass.minHours - 1e-9 || shifts < agentClass.minDays,
      let s = mostBelow({ hours + paid[$0] <= agentClass.maxHours + 1e-9 && shifts < agentClass.maxDays })
    {
      x[s] += 1
    }
    // Hours still out of bounds with the days at their bound: one shift for a longer (shorter)
    // one the same day, preferring the pair rounded furthest the wrong way.
    // Only moves that shrink the violation: no jumping past the other bound and back.
    func violation(_ h: Double) -> Double { max(0, agentClass.minHours - h) + max(0, h - agentClass.maxHours) }
    var moves = 0
    while moves < x.count, violation(hours) > 1e-9 {
      moves += 1
      let now = hours
      var best: (from: Int, to: Int, score: Double)?
      for from in x.indices where x[from] > 0 {
        for to in catalog.shiftsOfDay[dayOf[from]]
        where x[to] < agentClass.eligible[to] && violation(now - paid[from] + paid[to]) < violation(now) - 1e-9 {
          let score = (Double(x[from]) - values[from]) + (values[to] - Double(x[to]))
          if best == nil || score > best!.score { best = (from, to, score) }
        }
      }
      guard let best else { break }
      x[best.from] -= 1
      x[best.to] += 1
    }
    return x
  }
}
