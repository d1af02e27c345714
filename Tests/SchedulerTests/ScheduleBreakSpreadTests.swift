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
