/// Stage 2c: the soft wishes, after every shift has its agent.
///
/// Two members of a class who may trade their day (one shift for the other, or a shift for a day
/// off), or two days at once, serve the same coverage at the same cost when their hourly costs are equal or the two
/// traded shifts are paid alike, so trades are free to serve the soft wishes: days off in pairs and
/// stable start times. A trade is kept when every hard rule still holds for both, neither ends
/// further below their minimum hours than before, and the pair's wish score rises. Passes repeat until none
/// gains or `deadline` comes.
extension NamedAssignment {
  /// Worth of days off in pairs to one agent, against one extra distinct start time.
  static let pairedDaysOffWorth = 2.0

  mutating func polish(_ classes: [AgentClass], until deadline: ContinuousClock.Instant) {
    guard problem.rules.preferConsecutiveDaysOff || problem.rules.preferStableStarts else { return }
    var improved = true
    var passes = 0
    while improved, passes < 20, ContinuousClock.now < deadline {
      improved = false
      passes += 1
      for agentClass in classes {
        let members = agentClass.members
        // One day, then two days at once (a day off moved to make a pair: each half alone
        // would leave one of the two worse off).
        let single = (0..<problem.dayCount).map { [$0] }
        let double = (0..<problem.dayCount).flatMap { d in ((d + 1)..<problem.dayCount).map { [d, $0] } }
        for days in single + double {
          for (i, a) in members.enumerated() {
            for b in members[(i + 1)...] where days.contains(where: { shiftOf[a][$0] != shiftOf[b][$0] }) {
              if trade(a, b, days: days) { improved = true }
            }
          }
          if ContinuousClock.now >= deadline { return }
        }
      }
    }
  }

  /// Trades `a`'s and `b`'s shifts (or days off) on `days` when it is free and raises their score.
  private mutating func trade(_ a: Int, _ b: Int, days: [Int]) -> Bool {
    let first = days.map { shiftOf[a][$0] }
    let second = days.map { shiftOf[b][$0] }
    let paidAlike = abs(paidHours(first) - paidHours(second)) < 1e-9
    guard paidAlike || problem.agents[a].costPerHour == problem.agents[b].costPerHour else { return false }
    let before = wishScore(a) + wishScore(b)
    // Nobody ends further below their minimum than before: a soft wish never costs contract hours.
    let floorA = min(minHours[a], hours[a]) - 1e-9
    let floorB = min(minHours[b], hours[b]) - 1e-9
    for day in days {
      _ = take(a, day: day)
      _ = take(b, day: day)
    }
    var ok = true
    for s in second.compactMap({ $0 }) where ok { if canTake(a, s) { give(a, s) } else { ok = false } }
    for s in first.compactMap({ $0 }) where ok { if canTake(b, s) { give(b, s) } else { ok = false } }
    if ok, hours[a] < floorA || hours[b] < floorB { ok = false }
    if ok, wishScore(a) + wishScore(b) > before + 1e-9 { return true }
    // Undo.
    for day in days {
      _ = take(a, day: day)
      _ = take(b, day: day)
    }
    for s in first.compactMap({ $0 }) { give(a, s) }
    for s in second.compactMap({ $0 }) { give(b, s) }
    return false
  }

  private func paidHours(_ shifts: [Int?]) -> Double { shifts.reduce(0.0) { $0 + ($1.map(paid) ?? 0) } }

  /// Days off in pairs (when the agent has two days off or more) less the distinct start times.
  func wishScore(_ a: Int) -> Double {
    let week = shiftOf[a]
    var score = 0.0
    if problem.rules.preferConsecutiveDaysOff {
      let off = week.filter { $0 == nil }.count
      let paired = week.indices.dropFirst().contains { week[$0] == nil && week[$0 - 1] == nil }
      if off >= 2 && paired { score += Self.pairedDaysOffWorth }
    }
    if problem.rules.preferStableStarts {
      let starts = Set(week.compactMap { $0 }.map { catalog.shifts[$0].start - problem.dayStarts[catalog.shifts[$0].day] })
      score -= Double(starts.count)
    }
    return score
  }
}
