/// The weekly paid hours an agent can reach with whole shifts.
///
/// An agent's week is a sum of at most `shifts` paid shift lengths, so not every total between the
/// minimum and maximum hours exists: with paid lengths of 4, 5.5 and 7.5 hours and five days, an
/// agent with 36 to 40 hours works exactly 37.5. Stage 1 counts hours per class; summing each
/// member's reachable range instead of the contract's makes the class rows what every named roster
/// meets (the demo week: stage 2 had added 20 paid hours the model never saw, to reach members'
/// minimums), and the lower bound rises accordingly.
struct AchievableHours {
  /// Paid intervals of the shifts the agent can work.
  var paidLengths: Set<Int>
  /// The most shifts the agent can work in the week.
  var shifts: Int
  var hoursPerInterval: Double

  init(paidLengths: Set<Int>, shifts: Int, hoursPerInterval: Double) {
    self.paidLengths = paidLengths
    self.shifts = shifts
    self.hoursPerInterval = hoursPerInterval
  }

  /// An agent's week: at most its maximum days, the days the consecutive-days rule allows
  /// (`dayCap`) and the days it can work some shift (`workableDays`).
  init(agent: AgentContract, paidLengths: Set<Int>, workableDays: Int, dayCap: Int, hoursPerInterval: Double) {
    self.init(
      paidLengths: paidLengths, shifts: Swift.min(agent.maxDays, dayCap, workableDays), hoursPerInterval: hoursPerInterval)
  }

  /// The reachable totals, in intervals: `reachable[n]` when some `k <= shifts` lengths sum to `n`.
  func reachable(upTo limit: Int) -> [Bool] {
    var reachable = [Bool](repeating: false, count: limit + 1)
    reachable[0] = true
    var frontier: Set<Int> = [0]
    for _ in 0..<max(0, shifts) {
      var next = Set<Int>()
      for total in frontier {
        for length in paidLengths where total + length <= limit && !reachable[total + length] {
          reachable[total + length] = true
          next.insert(total + length)
        }
      }
      if next.isEmpty { break }
      frontier = next
    }
    return reachable
  }

  /// The least reachable week above `hours`, if any within twice that.
  func least(above hours: Double) -> Double? {
    guard hoursPerInterval > 0, hours.isFinite, hours >= 0 else { return nil }
    let floor = Int((hours / hoursPerInterval + 1e-6).rounded(.down))
    guard 2 * floor + 2 <= 200_000 else { return nil }
    let reachable = reachable(upTo: 2 * floor + 2)
    return ((floor + 1)..<reachable.count).first { reachable[$0] }.map { Double($0) * hoursPerInterval }
  }

  /// The tightest range within `min...max` hours that holds every reachable week meeting the
  /// minimum: its least reachable total at or above `min`, its greatest at or below `max`. When no
  /// reachable total lies in `min...max`, the greatest one at or below `max` for both (the agent
  /// falls short of the minimum in any roster; the class is charged for the shortfall beyond it).
  func range(min: Double, max: Double) -> ClosedRange<Double> {
    let fallback = Swift.min(min, max)...max
    guard hoursPerInterval > 0, max >= 0, max.isFinite, !paidLengths.isEmpty else { return fallback }
    let top = Int((max / hoursPerInterval + 1e-6).rounded(.down))
    guard top <= 100_000 else { return fallback }
    let reachable = reachable(upTo: top)
    let bottom = Swift.max(0, Int((min / hoursPerInterval - 1e-6).rounded(.up)))
    guard let highest = reachable.lastIndex(of: true) else { return fallback }
    let lowest = bottom <= top ? (bottom...top).first { reachable[$0] } ?? highest : highest
    return Double(lowest) * hoursPerInterval...Double(highest) * hoursPerInterval
  }
}
