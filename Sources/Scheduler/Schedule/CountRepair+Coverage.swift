extension CountRepair {
  /// Moves shifts of one class, one at a time, to where the relaxed counts had agents at work.
  ///
  /// Cumulative rounding keeps the running total of shifts, not the agents at work per interval:
  /// walking the catalog in (day, start, length) order, a shift 0.5 of 8 hours and one 0.5 of
  /// 4 hours at the same start become one 4-hour shift, and an interior-point optimum spread over
  /// neighbouring starts rounds to starts an hour off. On the demo week the completion LP then
  /// found agents below the interval floor (voice, chat) and WhatsApp work carried over.
  /// Each move takes one shift of a day to another shift of the same day (start or length), keeping
  /// the rows on counts (day totals, eligibility, the class's hours), when it lowers the deviation
  /// from the relaxed agents at work: `under` per agent-interval short, 1 per agent-interval over,
  /// so coverage is given up only where the relaxation had more than it needs.
  static func trackCoverage(
    _ x: inout [Int], relaxed values: [Double], agentClass: AgentClass, catalog: ShiftCatalog,
    intervalCount: Int, hoursPerInterval: Double, under: Double = 1.5, maxPasses: Int = 20
  ) {
    let shifts = catalog.shifts
    var target = [Double](repeating: 0, count: intervalCount)
    var atWork = [Double](repeating: 0, count: intervalCount)
    for (s, shift) in shifts.enumerated() {
      for t in shift.start..<min(shift.end, intervalCount) {
        target[t] += values[s]
        atWork[t] += Double(x[s])
      }
    }
    func cost(_ delta: Double) -> Double { delta < 0 ? -under * delta : delta }
    /// Change of the deviation when one agent leaves (`by` = -1) or joins (+1) intervals `range`.
    func change(_ s: Int, by step: Double) -> Double {
      var sum = 0.0
      for t in shifts[s].start..<min(shifts[s].end, intervalCount) {
        sum += cost(atWork[t] + step - target[t]) - cost(atWork[t] - target[t])
      }
      return sum
    }
    func apply(_ s: Int, by step: Int) {
      x[s] += step
      for t in shifts[s].start..<min(shifts[s].end, intervalCount) { atWork[t] += Double(step) }
    }
    let paid = shifts.map { Double($0.paidIntervals) * hoursPerInterval }
    var hours = zip(x, paid).reduce(0) { $0 + Double($1.0) * $1.1 }
    // Passes over the shifts in use, each moved to its best place; a few passes settle it (the demo:
    // 3), and each costs (shifts in use) x (shifts of their day) x (shift length).
    for _ in 0..<maxPasses {
      var moved = false
      for from in x.indices where x[from] > 0 {
        let leave = change(from, by: -1)
        apply(from, by: -1)
        var best: (to: Int, gain: Double)?
        for to in catalog.shiftsOfDay[shifts[from].day] where to != from && x[to] < agentClass.eligible[to] {
          let h = hours - paid[from] + paid[to]
          guard h >= agentClass.minHours - 1e-9 || h >= hours, h <= agentClass.maxHours + 1e-9 || h <= hours else { continue }
          let gain = -(leave + change(to, by: 1))
          if gain > 1e-9, best == nil || gain > best!.gain { best = (to, gain) }
        }
        if let best {
          apply(best.to, by: 1)
          hours += paid[best.to] - paid[from]
          moved = true
        } else {
          apply(from, by: 1)
        }
      }
      if !moved { break }
    }
  }
}
