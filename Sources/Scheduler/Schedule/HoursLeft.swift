extension SchedulingProblem {
  /// The most paid hours agent `agent` could add to `shifts` (its rostered shifts) this week: each
  /// rostered shift made the longest the agent can work that day, and new shifts on its free days
  /// (longest first) up to its maximum days and the consecutive-days cap, all within its maximum
  /// hours. Rest between shifts is not counted, so this is at most what a roster could add.
  ///
  /// Maximum hours alone overstate it when days bind: a planner's Christmas week said "158.0 of
  /// their maximum hours unused" for agents with three open days left.
  public func hoursLeft(agent: Int, shifts: [Roster.Shift], catalog: ShiftCatalog) -> Double {
    let contract = agents[agent]
    let paid = shifts.reduce(0) { $0 + $1.paidHours }
    let headroom = max(0, contract.maxHours - paid)
    guard headroom > 0 else { return 0 }
    // The longest paid shift the agent can work on each day, 0 where none.
    var longest = Array(repeating: 0.0, count: dayCount)
    for shift in catalog.shifts where self.agent(agent, canWork: shift) {
      longest[shift.day] = max(longest[shift.day], Double(shift.paidIntervals) * hoursPerInterval)
    }
    let worked = Set(shifts.map(\.day))
    let longer = shifts.reduce(0.0) { $0 + max(0, longest[$1.day] - $1.paidHours) }
    let daysLeft = max(0, min(contract.maxDays, maxDaysUnderConsecutiveRule) - worked.count)
    let free = (0..<dayCount).filter { !worked.contains($0) && longest[$0] > 0 }.map { longest[$0] }
    let added = free.sorted(by: >).prefix(daysLeft).reduce(0, +)
    return min(headroom, longer + added)
  }
}
