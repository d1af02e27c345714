import Forecast
import Testing

@testable import Scheduler

/// Whole shifts from the relaxation: the hours a week of whole shifts reaches, counts that keep
/// the relaxed agents at work, and minimum hours met without moving a shift away from its time.
@Suite struct ScheduleRoundingTests {
  @Test func achievableHoursSkipTotalsNoWeekReaches() {
    // The demo's shifts: 4 h, 6 h less a 30-minute unpaid lunch, 8 h less the same (quarter hours).
    let demo = AchievableHours(paidLengths: [16, 22, 30], shifts: 5, hoursPerInterval: 0.25)
    #expect(demo.range(min: 36, max: 40) == 37.5...37.5)  // 5 x 7.5; 4 x 7.5 + 5.5 = 35.5 is short
    #expect(demo.range(min: 28.8, max: 40) == 29.5...37.5)  // 4 x 5.5 + 7.5
    let fourDays = AchievableHours(paidLengths: [16, 22, 30], shifts: 4, hoursPerInterval: 0.25)
    #expect(fourDays.range(min: 28.8, max: 40) == 30...30)
    // No week reaches the minimum within the maximum: the best week below it, for both ends.
    let long = AchievableHours(paidLengths: [30], shifts: 5, hoursPerInterval: 0.25)
    #expect(long.range(min: 36, max: 37) == 30...30)
  }

  @Test(arguments: 1...40) func achievableHoursMatchEveryWeekOfShifts(seed: UInt64) {
    var random = SplitMix64(seed: seed)
    let lengths = Set((0..<Int.random(in: 1...3, using: &random)).map { _ in Int.random(in: 2...9, using: &random) })
    let shifts = Int.random(in: 0...5, using: &random)
    let minHours = Double(Int.random(in: 0...40, using: &random)) / 2
    let maxHours = minHours + Double(Int.random(in: 0...12, using: &random)) / 2
    // Every multiset of at most `shifts` lengths, enumerated.
    var totals: Set<Int> = [0]
    for _ in 0..<shifts { totals.formUnion(totals.flatMap { t in lengths.map { t + $0 } }) }
    let hours = totals.map { Double($0) * 0.5 }
    let highest = hours.filter { $0 <= maxHours + 1e-9 }.max()!
    let lowest = hours.filter { $0 >= minHours - 1e-9 && $0 <= maxHours + 1e-9 }.min() ?? highest
    let range = AchievableHours(paidLengths: lengths, shifts: shifts, hoursPerInterval: 0.5)
      .range(min: minHours, max: maxHours)
    #expect(range == lowest...highest, "lengths \(lengths), \(shifts) shifts, \(minHours)-\(maxHours) h")
  }

  @Test func classHoursAreWhatWholeShiftsReach() throws {
    // 4- and 8-hour shifts, two days at most: 10 to 14 hours means exactly 12.
    let agents = (0..<3).map { Fixture.agent("a\($0)", min: 10, max: 14, maxDays: 2) }
    let problem = Fixture.problem(
      hoursPerDay: [24, 24, 24], channels: [Fixture.voice(Array(repeating: 0, count: 72))], lengths: [4, 8],
      agents: agents)
    let catalog = ShiftCatalog(problem: problem)
    let agentClass = try #require(AgentClass.classes(of: problem, catalog: catalog, minHours: agents.map(\.minHours)).first)
    #expect(agentClass.minHours == 36 && agentClass.maxHours == 36)
  }

  @Test func roundedCountsFollowTheRelaxedAgentsAtWork() throws {
    // Half an 8-hour and half a 4-hour shift at 08:00: rounding in catalog order takes the 4-hour
    // one and leaves 12:00-16:00 half short; the 8-hour one is half over instead, which is better.
    let problem = Fixture.problem(
      hoursPerDay: [24], channels: [Fixture.voice(Array(repeating: 0, count: 24))], lengths: [4, 8],
      agents: [Fixture.agent("ana")])
    let catalog = ShiftCatalog(problem: problem)
    let classes = AgentClass.classes(of: problem, catalog: catalog, minHours: [0])
    let short = try #require(catalog.shifts.firstIndex { $0.start == 8 && $0.length == 4 })
    let long = try #require(catalog.shifts.firstIndex { $0.start == 8 && $0.length == 8 })
    var values = Array(repeating: 0.0, count: catalog.shifts.count)
    values[short] = 0.5
    values[long] = 0.5
    #expect(WeeklyScheduler.cumulativeRounding(values)[short] == 1)
    let counts = CountRepair.counts(
      relaxed: [values], classes: classes, catalog: catalog, hoursPerInterval: 1, intervalCount: 24)
    #expect(counts[0][long] == 1 && counts[0].reduce(0, +) == 1)
  }

  @Test func minimumHoursLengthenAShiftWhereItIs() throws {
    // Ana must work 8 hours in one day and was given 12:00-16:00: the 8-hour shift that replaces
    // it covers 12:00-16:00 (the first 8-hour shift overlapping it starts at 05:00).
    let problem = Fixture.problem(
      hoursPerDay: [24], channels: [Fixture.voice(Array(repeating: 0, count: 24))], lengths: [4, 8],
      agents: [Fixture.agent("ana", min: 8, max: 8, maxDays: 1)])
    let catalog = ShiftCatalog(problem: problem)
    let classes = AgentClass.classes(of: problem, catalog: catalog, minHours: [8])
    var counts = Array(repeating: 0, count: catalog.shifts.count)
    counts[try #require(catalog.shifts.firstIndex { $0.start == 12 && $0.length == 4 })] = 1
    var assignment = NamedAssignment(problem: problem, catalog: catalog, minHours: [8])
    assignment.assign(classes: classes, counts: [counts], deadline: .now + .seconds(5)) { _ in }
    let shift = catalog.shifts[try #require(assignment.shiftOf[0][0])]
    #expect(shift.length == 8 && shift.start <= 12 && shift.end >= 16)
  }

  /// Availability that rules out the longest shifts is named with the agent's own longest
  /// (8-hour shifts, available 08:00-14:00 on two days: 2 x 4 h, not "a longest paid shift of 8 h").
  @Test func aMinimumAvailabilityCutsNamesTheAgentsLongestShift() throws {
    let available = (0..<48).map { (8..<14).contains($0 % 24) }
    let problem = Fixture.problem(
      hoursPerDay: [24, 24], channels: [Fixture.voice(Array(repeating: 1, count: 48))], lengths: [4, 8],
      agents: [Fixture.agent("ana", min: 12, max: 16, available: available)])
    let (conflicts, minHours) = problem.ruleConflicts(catalog: ShiftCatalog(problem: problem))
    let conflict = try #require(conflicts.first { $0.rule == .availability })
    #expect(conflict.problem.contains("availability, where its longest shift is 4 h paid"), "\(conflict.problem)")
    #expect(!conflict.problem.contains("a longest paid shift of 8 h"))
    #expect(minHours == [8])
  }

  @Test func aMinimumNoWeekOfWholeShiftsReachesIsNamedBeforeTheSearch() throws {
    // 9-hour shifts and 37 to 40 hours: 36 h or 45 h. Named up front with the hours that exist,
    // not after the search as "no further shift fits the agent's days" (random plans, seed 10).
    let problem = Fixture.problem(
      hoursPerDay: Array(repeating: 24, count: 7), channels: [Fixture.voice(Array(repeating: 1, count: 168))],
      lengths: [9], agents: [Fixture.agent("ana", min: 37, max: 40, maxDays: 5)])
    let (conflicts, minHours) = problem.ruleConflicts(catalog: ShiftCatalog(problem: problem))
    let conflict = try #require(conflicts.first { $0.rule == .weeklyHours })
    #expect(conflict.problem.contains("whole shifts of 9 h") && conflict.problem.hasSuffix("36 h or 45 h"))
    #expect(conflict.relaxedTo == "minimum lowered to 36 h" && minHours == [36])
    let result = try Fixture.solve(problem)
    #expect(result.report.conflicts.filter { $0.rule == .weeklyHours }.count == 1)  // not missed again
    #expect(result.report.paidHours == 36)
  }

  /// Four agents wanted 08:00-12:00 of one day; two members available 06:00-14:00, two 16:00-24:00.
  static func twoMorningMembers() -> SchedulingProblem {
    let T = 24
    let morning = (0..<T).map { (6..<14).contains($0) }, evening = (0..<T).map { $0 >= 16 }
    return Fixture.problem(
      hoursPerDay: [24], channels: [Fixture.voice(Fixture.demand(T, [8..<12], agents: 4))],
      agents: [
        Fixture.agent("am1", available: morning), Fixture.agent("am2", available: morning),
        Fixture.agent("pm1", available: evening), Fixture.agent("pm2", available: evening),
      ])
  }

  @Test(arguments: [1000, 0]) func membersWhoAloneCanWorkShiftsWorkOneADay(exactMIPColumnLimit: Int) throws {
    // Four interchangeable agents, two available 06:00-14:00, two 16:00-24:00; four agents wanted
    // 08:00-12:00. Each morning shift can be worked by two members and the class has four a day,
    // so without the member-subset rows stage 1 plans four morning shifts and two stay unfilled.
    // (Exact MIP, and the relaxation with rows added where it breaks them.)
    let problem = Self.twoMorningMembers()
    let scheduler = WeeklyScheduler(timeLimit: .seconds(10), relativeGap: 0, exactMIPColumnLimit: exactMIPColumnLimit)
    let result = try scheduler.schedule(problem)
    #expect(result.report.unfilledShifts == 0)
    #expect(Fixture.shifts(result).count == 2)
    #expect(result.report.lowerBound <= result.report.objective + 1e-6)
    #expect(result.report.gap < 1e-6)  // the rows make the bound the roster's
  }

  /// A relaxation too slow to solve twice (a planner's 24/7 week: 41 s of a 60 s limit): the
  /// rows it broke go to the restricted MIP alone, which still gives the mornings to the two
  /// members who can work them; the stop reason says the bound is the first relaxation's.
  @Test func rowsLeftToTheMIPWhenTheRelaxationIsSlow() throws {
    let problem = Self.twoMorningMembers()
    var scheduler = WeeklyScheduler(timeLimit: .seconds(10), relativeGap: 0, exactMIPColumnLimit: 0)
    scheduler.relaxationShare = 0
    scheduler.cheapRelaxation = .zero
    let result = try scheduler.schedule(problem)
    #expect(result.report.unfilledShifts == 0)
    #expect(Fixture.shifts(result).count == 2)
    #expect(result.report.stopReason.contains("availability rows of 1 agent classes left to the MIP"))
    #expect(result.report.lowerBound <= result.report.objective + 1e-6)
  }
}

/// The exact shift-count MIP starts from its relaxation rounded (`ShiftCountModel.roundedStart`).
@Suite struct ScheduleWarmStartTests {
  /// Three days, a voice line needing 0.7 to 2.5 agents by the hour 06:00-22:00, five agents of at
  /// most 10 hours in 3- and 8-hour shifts: the relaxation takes fractions of shifts (0.2, 0.8),
  /// rounded and repaired and completed by the LP they are a feasible whole-count point of the
  /// exact model, and branch-and-cut started from it ends no worse than it.
  @Test func theRoundedRelaxationIsAFeasibleFirstIncumbent() throws {
    let need = (0..<72).map { (6..<22).contains($0 % 24) ? [1.5, 2.5, 0.7, 1.2][$0 % 4] : 0 }
    let agents = (0..<5).map { Fixture.agent("a\($0)", min: 8, max: 10, maxDays: 3) }
    let voice = ChannelDemand(id: "voice", demand: .immediate(required: need), unmetPenaltyPerHour: 1000)
    let problem = Fixture.problem(hoursPerDay: [24, 24, 24], channels: [voice], lengths: [3, 8], agents: agents)
    let catalog = ShiftCatalog(problem: problem)
    let classes = AgentClass.classes(of: problem, catalog: catalog, minHours: agents.map(\.minHours))
    let relaxed = ShiftCountModel(problem: problem, catalog: catalog, classes: classes, integer: false)
    let lp = try GLPKSolver(relaxationOnly: true).solve(relaxed.model)
    #expect(lp.values.contains { abs($0 - $0.rounded()) > 1e-6 }, "the relaxation is fractional somewhere")
    let exact = ShiftCountModel(problem: problem, catalog: catalog, classes: classes, integer: true)
    let start = try #require(try exact.roundedStart(relaxation: lp.values, relaxed: relaxed))
    #expect(exact.model.isFeasible(start))
    let integer = exact.model.variables.indices.filter { exact.model.variables[$0].kind != .continuous }
    #expect(!integer.isEmpty && integer.allSatisfy { start[$0] == start[$0].rounded() })
    var solver = GLPKSolver(timeLimit: .seconds(10), relativeGap: Percentage(fraction: 0))
    solver.start = start
    let mip = try solver.solve(exact.model)
    let objective = try #require(mip.objective)
    #expect(objective <= exact.model.objectiveValue(start) + 1e-6)
    #expect(objective >= (lp.objective ?? 0) - 1e-6)
  }
}
