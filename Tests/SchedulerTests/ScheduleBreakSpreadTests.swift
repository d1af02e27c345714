import Testing

@testable import Scheduler

/// Break placement in a short week: equal shortfalls spread instead of piling up.
@Suite struct ScheduleBreakSpreadTests {
  @Test func shortWeekBreaksSpreadOverTheirWindow() throws {
    // Eight agents work 08:00-16:00 with a 1-hour break starting 10:00 to 13:00 (4 starts); the
    // need is 10 agents all day, so every interval is short and a break costs one missing agent
    // wherever it goes. Stage 1 put all eight breaks at 13:00 (its price below the floor is
    // linear); placed, they spread two per start, and no interval falls to zero.
    let T = 24
    let problem = Fixture.problem(
      hoursPerDay: [T], channels: [Fixture.voice(Array(repeating: 10, count: T))], lengths: [8],
      breaks: [BreakRule(length: 1, earliestStart: 2, latestStart: 5)],
      agents: (0..<8).map { Fixture.agent("a\($0)") })
    let catalog = ShiftCatalog(problem: problem)
    let shift = try #require(catalog.shiftsOfDay[0].first { catalog.shifts[$0].start == 8 })
    let group = catalog.breakGroupOf[shift][0]
    var stageOne = catalog.breakGroups[group].starts.map { _ in 0.0 }
    stageOne[stageOne.count - 1] = 8
    var groups = Array(repeating: [Double](), count: catalog.breakGroups.count)
    groups[group] = stageOne
    let placement = BreakPlacement(
      problem: problem, catalog: catalog, shiftOf: (0..<8).map { _ in [shift] }, classOf: Array(repeating: 0, count: 8),
      stageOneBreaks: [groups], need: Array(repeating: 10, count: T))
    let starts = placement.starts.map { $0[0][0] }
    let perStart = Dictionary(grouping: starts, by: { $0 }).mapValues(\.count)
    #expect(perStart.keys.sorted() == [10, 11, 12, 13])
    #expect(perStart.values.allSatisfy { $0 == 2 })
  }
}

/// `min_work_between_breaks`: the placement never writes two breaks of a shift closer.
@Suite struct ScheduleBreakSpacingTests {
  @Test func breaksStageOneWroteBackToBackAreMovedApart() throws {
    // Hourly intervals; 8-hour shifts at 08:00 with a 1-hour break 2-3 h in and a 1-hour lunch
    // inside 3-6 h. Stage 1 put every break at 11:00 and every lunch at 12:00: touching. With one
    // interval of work required between them, the placement moves them apart, wherever the need
    // would rather have them.
    let T = 24
    var problem = Fixture.problem(
      hoursPerDay: [T], channels: [Fixture.voice(Array(repeating: 4, count: T))], lengths: [8],
      breaks: [BreakRule(length: 1, earliestStart: 2, latestStart: 3), BreakRule(length: 1, earliestStart: 3, latestStart: 5)],
      agents: (0..<4).map { Fixture.agent("a\($0)") })
    problem.shiftTemplates[0].minWorkBetweenBreaks = 1
    let catalog = ShiftCatalog(problem: problem)
    let shift = try #require(catalog.shiftsOfDay[0].first { catalog.shifts[$0].start == 8 })
    var groups = Array(repeating: [Double](), count: catalog.breakGroups.count)
    for (k, at) in [11, 12].enumerated() {
      let group = catalog.breakGroupOf[shift][k]
      groups[group] = catalog.breakGroups[group].starts.map { $0 == at ? 4 : 0 }
    }
    let placement = BreakPlacement(
      problem: problem, catalog: catalog, shiftOf: (0..<4).map { _ in [shift] }, classOf: Array(repeating: 0, count: 4),
      stageOneBreaks: [groups], need: Array(repeating: 4, count: T))
    for starts in placement.starts.map({ $0[0] }) {
      #expect(BreakSpacing.apart((starts[0], 1), (starts[1], 1), minWork: 1), "breaks at \(starts)")
    }
  }
}
