import Forecast

/// Stage 2b: classes the greedy pass could not serve in full, assigned by MIPs.
///
/// First the whole class as one `ClassAssignmentModel`, warm-started from the greedy answer, for
/// a third of the class's time (at most `wholeClassLimit`): it usually removes most of the
/// shortfall, but identical members make the last steps slow for branch-and-cut (any of many
/// symmetric members could move). The class's stage-1 shifts are those its members work plus
/// its unfilled ones, so no counts are passed. Then
/// large neighbourhoods: a dozen or two members chosen around one unfilled shift (members who
/// could take it and members with room to take their shifts), everyone else kept as is, solved
/// to optimality in well under a second; repeated until nothing is missing, the whole class's
/// bound is reached, time is up, or `staleNeighbourhoods` in a row gained nothing. Last, a class
/// still short is solved whole once more with other lengths of each shift's start allowed.
extension NamedAssignment {
  /// Members in one neighbourhood.
  static let neighbourhoodSize = 16
  /// Neighbourhoods in a row without gain before a class is left as it is.
  static let staleNeighbourhoods = 40
  /// The longest search for one whole class, and for one neighbourhood.
  static let wholeClassLimit = Duration.seconds(15)
  static let neighbourhoodLimit = Duration.milliseconds(500)

  /// Re-assigns each class with unfilled shifts or members short of minimum hours.
  /// `progress` hears, after each class, how many shifts are still unfilled.
  mutating func solveClasses(
    _ classes: [AgentClass], until deadline: ContinuousClock.Instant,
    progress: ((String) -> Void)? = nil
  ) {
    let needy = classes.indices.filter { penalty(of: classes[$0].members, agentClass: $0) > 1e-9 }
    for (position, g) in needy.enumerated() {
      let left = deadline - .now
      guard left > .milliseconds(100) else { return }
      soleCover[g] = soleCoverWeights(g, members: classes[g].members)
      let classDeadline = ContinuousClock.now + left / (needy.count - position)
      let whole = min(left / (3 * (needy.count - position)), Self.wholeClassLimit)
      // The whole class's bound: when the assignment reaches it, no neighbourhood can do better.
      let bound = improve(g, members: classes[g].members, until: .now + whole) ?? 0
      var random = SplitMix64(seed: UInt64(g + 1))
      var current = penalty(of: classes[g].members, agentClass: g)
      var stale = 0
      while current > bound + 1e-6, stale < Self.staleNeighbourhoods, classDeadline - .now > .milliseconds(50) {
        let free = neighbourhood(g, members: classes[g].members, using: &random)
        _ = improve(g, members: free, until: min(classDeadline, .now + Self.neighbourhoodLimit))
        let now = penalty(of: classes[g].members, agentClass: g)
        stale = now < current - 1e-9 ? 0 : stale + 1
        current = now
      }
      // Still short: the whole class again, a shift now also at another length of its start
      // (stage 1's class totals its members' exact weeks cannot always split). Only after the
      // exact search: the larger model stopped benchmark S's class MIP short of a fill it had.
      if current > 1e-6, classDeadline - .now > .milliseconds(100) {
        _ = improve(g, members: classes[g].members, until: classDeadline, otherLengths: true)
      }
      progress?("named assignment: class \(position + 1) of \(needy.count) re-assigned, \(unfilled.count) shifts still unfilled")
    }
  }

  /// Members around one unfilled shift (or one member short of hours): some who could work it,
  /// some with room for more work, some at random.
  private func neighbourhood(_ g: Int, members: [Int], using random: inout SplitMix64) -> [Int] {
    var chosen: Set<Int> = []
    let open = unfilled.filter { $0.agentClass == g }
    if let focus = open.randomElement(using: &random) {
      let able = members.filter { problem.agent($0, canWork: catalog.shifts[focus.shift]) }.shuffled(using: &random)
      chosen.formUnion(able.prefix(Self.neighbourhoodSize / 2))
    }
    chosen.formUnion(members.filter { hours[$0] < minHours[$0] - 1e-9 }.shuffled(using: &random).prefix(4))
    let roomy = members.filter { days[$0] < problem.agents[$0].maxDays && hours[$0] < problem.agents[$0].maxHours - 1e-9 }
    chosen.formUnion(roomy.shuffled(using: &random).prefix(Self.neighbourhoodSize / 4))
    for a in members.shuffled(using: &random) where chosen.count < Self.neighbourhoodSize { chosen.insert(a) }
    return chosen.sorted()
  }

  /// Re-assigns the shifts of `members` (of class `g`) and the class's unfilled ones by a MIP;
  /// keeps the result only when it is better. Returns the MIP's bound on the penalty.
  private mutating func improve(
    _ g: Int, members: [Int], until deadline: ContinuousClock.Instant, otherLengths: Bool = false
  ) -> Double? {
    let budget = deadline - .now
    guard budget > .milliseconds(20) else { return nil }
    // What the chosen members work now, plus the class's unfilled shifts, is theirs to share.
    var share = Array(repeating: 0, count: catalog.shifts.count)
    for a in members { for s in shiftOf[a].compactMap({ $0 }) { share[s] += 1 } }
    for open in unfilled where open.agentClass == g { share[open.shift] += 1 }
    let problem = self.problem
    let catalog = self.catalog
    let built = ClassAssignmentModel(
      problem: problem, catalog: catalog, members: members, counts: share, minHours: minHours,
      otherLengths: otherLengths, weight: { weight(g, $0) }
    ) { a, s in problem.agent(a, canWork: catalog.shifts[s]) }
    var solver = GLPKSolver(timeLimit: budget, relativeGap: Percentage(fraction: 0))
    solver.start = built.values(for: shiftOf, catalog: catalog, counts: share, hours: hours, minHours: minHours)
    guard let solution = try? solver.solve(built.model), solution.outcome.hasSolution else { return nil }
    let bound = solution.bestBound
    let before = penalty(of: members, agentClass: g)
    // Apply, checking every rule again; anything unexpected keeps the current answer.
    let saved = (shiftOf, hours, days, unfilled, shortened)
    for a in members { for d in 0..<problem.dayCount { _ = take(a, day: d) } }
    var given = Array(repeating: 0, count: share.count)
    var lost = 0.0
    for (i, take) in built.takes.enumerated() where solution.values[take.column] > 0.5 {
      guard canTake(take.agent, take.shift) else {
        (shiftOf, hours, days, unfilled, shortened) = saved
        return bound
      }
      give(take.agent, take.shift)
      given[built.fills[i]] += 1
      // Worked shorter than stage 1 asked: a shortened shift, and its lost hours are a penalty.
      if paid(take.shift) < paid(built.fills[i]) - 1e-9 {
        shortened += 1
        lost += (paid(built.fills[i]) - paid(take.shift)) * weight(g, built.fills[i])
      }
    }
    unfilled.removeAll { $0.agentClass == g }
    for s in share.indices where given[s] < share[s] {
      unfilled += Array(repeating: (g, s), count: share[s] - given[s])
    }
    if penalty(of: members, agentClass: g) + ClassAssignmentModel.unfilledWeight * lost > before - 1e-9 {
      (shiftOf, hours, days, unfilled, shortened) = saved
    }
    return bound
  }

  /// The class model's objective: the class's unfilled paid hours (each times its `weight`) and its
  /// members' hours short.
  private func penalty(of members: [Int], agentClass g: Int) -> Double {
    let open = unfilled.filter { $0.agentClass == g }.reduce(0.0) { $0 + paid($1.shift) * weight(g, $1.shift) }
    let short = members.reduce(0.0) { $0 + max(0, minHours[$1] - hours[$1]) }
    return ClassAssignmentModel.unfilledWeight * open + ClassAssignmentModel.shortWeight * short
  }

  /// What an unfilled paid hour of class `g`'s shift `s` weighs against another (1 without weights).
  func weight(_ g: Int, _ s: Int) -> Double { soleCover[g]?[s] ?? 1 }

  /// Per shift the class `g`'s members work or leave unfilled, `1 + (emptyFactor - 1) x` the share
  /// of its intervals where it is the only shift worked (by anyone, the class's unfilled ones
  /// counted as worked) able to serve an immediate channel stage 1 needs agents on, each such
  /// interval counted as the need's last agent (at most one): leaving it unfilled empties the line
  /// there, which stage 1 and the channel split price `emptyFactor` times an agent short
  /// (`CoverShortage`). Stage 2b then leaves a day shift unfilled rather than the night's only one
  /// (a random plan's holiday chat, open all night with one 00:00-08:00 shift: the class MIP,
  /// weighing unfilled hours alike, left the night empty and a day shift filled, gap 42 %).
  func soleCoverWeights(_ g: Int, members: [Int]) -> [Int: Double] {
    let T = problem.intervalCount
    let immediate = Set(problem.channels.indices.filter {
      if case .immediate = problem.channels[$0].demand { return true } else { return false }
    })
    guard let first = members.first, !immediate.isEmpty, needShare.count == problem.channels.count, need.count == T
    else { return [:] }
    var cover = Array(repeating: Array(repeating: 0, count: T), count: problem.channels.count)
    let add = { (s: Int, skills: [Int]) in
      let shift = self.catalog.shifts[s]
      for c in Set(skills) where immediate.contains(c) { for t in shift.start..<min(shift.end, T) { cover[c][t] += 1 } }
    }
    var mine: Set<Int> = []
    for (a, week) in shiftOf.enumerated() {
      for s in week.compactMap({ $0 }) { add(s, problem.agents[a].skills) }
      if members.contains(a) { mine.formUnion(week.compactMap { $0 }) }
    }
    let lines = Array(Set(problem.agents[first].skills).intersection(immediate))
    for open in unfilled where open.agentClass == g {
      add(open.shift, lines)
      mine.insert(open.shift)
    }
    var weights: [Int: Double] = [:]
    for s in mine {
      let shift = catalog.shifts[s]
      let span = shift.start..<min(shift.end, T)
      guard !span.isEmpty, !lines.isEmpty else { continue }
      // The last agent of a target below one is priced on that target only.
      let alone = span.reduce(0.0) { sum, t in
        sum + lines.reduce(0.0) { most, c in cover[c][t] <= 1 ? max(most, CoverShortage.lastAgent(need[t] * needShare[c][t])) : most }
      }
      weights[s] = 1 + (CoverShortage.emptyFactor - 1) * alone / Double(span.count)
    }
    return weights
  }
}
