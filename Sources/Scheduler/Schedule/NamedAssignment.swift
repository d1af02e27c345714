/// Stage 2: gives the stage-1 shifts to named agents, respecting every contract and rule.
///
/// Goals, in priority order: (1) never break a hard rule (availability, one shift per day,
/// minimum rest, maximum consecutive days, max days, max hours); (2) fill every stage-1 shift, so
/// the roster keeps the stage-1 objective; (3) meet minimum hours; (4) soft wishes: days off in
/// pairs, the same start time across the week.
///
/// Day by day, each shift goes to the eligible agent of its class with the best priority (agents
/// behind on their minimum hours first, then the soft wishes). A shift nobody can take is
/// repaired by a swap (an agent working another shift that day takes it and hands over their
/// own), then by an agent of another class who has every skill of the shift's class. Agents still
/// short of their minimum then receive shifts moved from agents above theirs, and last new shifts.
struct NamedAssignment {
  let problem: SchedulingProblem
  let catalog: ShiftCatalog
  let minHours: [Double]
  /// `shiftOf[a][d]`: the catalog shift agent `a` works on day `d`.
  var shiftOf: [[Int?]]
  /// Paid hours and working days so far, per agent.
  var hours: [Double]
  var days: [Int]
  /// Shifts stage 1 asked for that no agent could take, by class and shift.
  var unfilled: [(agentClass: Int, shift: Int)] = []
  /// Shifts added beyond stage 1 to meet minimum hours.
  var added = 0
  /// Per interval, the agents at work stage 1 needs (``WeeklyScheduler/need(_:_:_:)``): where
  /// shifts added for minimum hours go. Empty: by open hours alone.
  var need: [Double] = []
  /// Per channel and interval, the share of the interval's `need` on that channel: an agent fills
  /// only the part of a shortage on its own channels (``servable(_:_:)``).
  var needShare: [[Double]] = []
  /// `soleCover[g][s]`: the multiple of its paid hours that leaving class `g`'s shift `s` unfilled
  /// costs in stage 2b (``soleCoverWeights(_:members:)``, set when the class is solved); absent: 1.
  var soleCover: [Int: [Int: Double]] = [:]
  /// Unfilled stage-1 shifts given as a shorter shift an agent could take (``shorten(_:for:classes:)``).
  var shortened = 0
  private var canWorkCache: [[Int8]]

  init(problem: SchedulingProblem, catalog: ShiftCatalog, minHours: [Double]) {
    self.problem = problem
    self.catalog = catalog
    self.minHours = minHours
    shiftOf = Array(repeating: Array(repeating: nil, count: problem.dayCount), count: problem.agents.count)
    hours = Array(repeating: 0, count: problem.agents.count)
    days = Array(repeating: 0, count: problem.agents.count)
    canWorkCache = Array(
      repeating: Array(repeating: -1, count: catalog.shifts.count), count: problem.agents.count)
  }

  /// The paid hours of shift `s`.
  func paid(_ s: Int) -> Double { Double(catalog.shifts[s].paidIntervals) * problem.hoursPerInterval }

  /// Whether agent `a` may take shift `s` given the shifts already given: every hard rule.
  mutating func canTake(_ a: Int, _ s: Int) -> Bool {
    let shift = catalog.shifts[s]
    let agent = problem.agents[a]
    guard shiftOf[a][shift.day] == nil, days[a] < agent.maxDays,
      hours[a] + paid(s) <= agent.maxHours + 1e-9, availability(a, s)
    else { return false }
    return minimumRest(a, shift) && maxConsecutiveDays(a, shift.day)
  }

  /// The agent is available for the whole shift (cached).
  mutating func availability(_ a: Int, _ s: Int) -> Bool {
    if canWorkCache[a][s] < 0 { canWorkCache[a][s] = problem.agent(a, canWork: catalog.shifts[s]) ? 1 : 0 }
    return canWorkCache[a][s] == 1
  }

  /// At least `minRest` intervals between this shift and the agent's nearest shifts either side.
  func minimumRest(_ a: Int, _ shift: ShiftCatalog.Shift) -> Bool {
    let rest = problem.rules.minRest
    if let previous = (0..<shift.day).reversed().lazy.compactMap({ shiftOf[a][$0] }).first,
      shift.start - catalog.shifts[previous].end < rest
    {
      return false
    }
    if let next = (shift.day + 1..<problem.dayCount).lazy.compactMap({ shiftOf[a][$0] }).first,
      catalog.shifts[next].start - shift.end < rest
    {
      return false
    }
    return true
  }

  /// Working `day` would not make a run of more than `maxConsecutiveDays` days.
  func maxConsecutiveDays(_ a: Int, _ day: Int) -> Bool {
    var run = 1
    var d = day - 1
    while d >= 0, shiftOf[a][d] != nil { run += 1; d -= 1 }
    d = day + 1
    while d < problem.dayCount, shiftOf[a][d] != nil { run += 1; d += 1 }
    return run <= problem.rules.maxConsecutiveDays
  }

  mutating func give(_ a: Int, _ s: Int) {
    shiftOf[a][catalog.shifts[s].day] = s
    hours[a] += paid(s)
    days[a] += 1
  }

  mutating func take(_ a: Int, day: Int) -> Int? {
    guard let s = shiftOf[a][day] else { return nil }
    shiftOf[a][day] = nil
    hours[a] -= paid(s)
    days[a] -= 1
    return s
  }

  /// How much agent `a` should get shift `s` now: minimum hours first, then the soft wishes.
  func priority(_ a: Int, _ s: Int) -> Double {
    let shift = catalog.shifts[s]
    let agent = problem.agents[a]
    let daysLeft = Double(problem.dayCount - shift.day)
    let daysAllowed = Double(max(1, agent.maxDays - days[a]))
    let behind = max(0, minHours[a] - hours[a]) / max(1, min(daysLeft, daysAllowed))
    // Agents who can no longer skip many days need this one.
    var score = 10 * behind + 3 * Double(agent.maxDays - days[a]) / daysLeft
    score -= hours[a] / max(1, agent.maxHours)
    if problem.rules.preferConsecutiveDaysOff, shift.day >= 2, shiftOf[a][shift.day - 1] == nil {
      // Yesterday was off: keep today off too if the day before worked (a pair in the making).
      score += shiftOf[a][shift.day - 2] != nil ? -2 : 0.5
    }
    if problem.rules.preferStableStarts,
      let previous = (0..<shift.day).reversed().lazy.compactMap({ shiftOf[a][$0] }).first
    {
      let offset = catalog.shifts[previous].start - problem.dayStarts[catalog.shifts[previous].day]
      score += offset == shift.start - problem.dayStarts[shift.day] ? 1 : 0
    }
    return score
  }
}
