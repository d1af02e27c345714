/// Shifts no agent could take, replaced by shorter ones an agent can.
extension NamedAssignment {
  /// Gives, in place of unfilled shift `s` of class `agentClass`, the shorter shift of the same day
  /// that an able agent can still take (a member first, then an agent of another class with every
  /// skill of this one) and that covers most of `s`; returns whether one was given.
  ///
  /// Stage 1 counts paid hours per class; the class's hours can fit where no member's can: on
  /// benchmark L four Monday 9-hour e-mail shifts went unfilled because the members free that day
  /// were part-timers 24 h into a 30 h week, who could work 6 hours of the same morning. The
  /// shorter shift keeps most of the cover stage 1 put there for less pay; the caller reports
  /// shifts it shortened.
  mutating func shorten(_ s: Int, for agentClass: AgentClass, classes: [AgentClass]) -> Bool {
    let wanted = catalog.shifts[s]
    let needed = Set(agentClass.skills)
    let able = agentClass.members
      + classes.filter { $0 != agentClass && needed.isSubset(of: $0.skills) }.flatMap(\.members)
    var best: (agent: Int, shift: Int, key: (Int, Double, Double))?
    for r in catalog.shiftsOfDay[wanted.day] where paid(r) < paid(s) {
      let other = catalog.shifts[r]
      let overlap = min(wanted.end, other.end) - max(wanted.start, other.start)
      guard overlap > 0 else { continue }
      for a in able where canTake(a, r) {
        let key = (overlap, paid(r), priority(a, r))
        if best == nil || key > best!.key { best = (a, r, key) }
      }
    }
    guard let best else { return false }
    give(best.agent, best.shift)
    shortened += 1
    return true
  }
}
