import Testing

@testable import Scheduler

/// Stage 2's last resort for minimum hours: where a shift is added, and a shift moved to a free day
/// when the agent's days are all used.
@Suite struct ScheduleMinimumHoursTests {
  /// A shift added for minimum hours goes where stage 1 needs agents, not merely where the
  /// agent's channel is open: a 24/7 line is open in every shift (a planner's 22-agent week drew
  /// them to its quiet nights).
  @Test func aShiftAddedForMinimumHoursGoesWhereAgentsAreNeeded() throws {
    let need = Fixture.demand(24, [9..<13])
    let problem = Fixture.problem(
      hoursPerDay: [24], channels: [Fixture.voice(need)], lengths: [4],
      agents: [Fixture.agent("ana", min: 4, max: 4, maxDays: 1)])
    let catalog = ShiftCatalog(problem: problem)
    let classes = AgentClass.classes(of: problem, catalog: catalog, minHours: [4])
    var assignment = NamedAssignment(problem: problem, catalog: catalog, minHours: [4])
    assignment.setNeed([need])
    assignment.assign(classes: classes, counts: [Array(repeating: 0, count: catalog.shifts.count)]) { _ in }
    let shift = catalog.shifts[try #require(assignment.shiftOf[0][0])]
    #expect(shift.start == 9 && shift.end == 13)
    #expect(assignment.added == 1)
  }

  /// Voice is short by 2 agents at 09:00-13:00, chat by half an agent at 15:00-19:00. A chat-only
  /// agent's added shift goes to chat's shortage: the voice shortage is larger but not hers to fill.
  @Test func aShiftAddedForMinimumHoursFillsOnlyTheAgentsChannels() throws {
    let voice = Fixture.demand(24, [9..<13], agents: 2)
    let chat = Fixture.demand(24, [15..<19], agents: 0.5)
    let problem = Fixture.problem(
      hoursPerDay: [24],
      channels: [Fixture.voice(voice), ChannelDemand(id: "chat", demand: .immediate(required: chat), unmetPenaltyPerHour: 100)],
      lengths: [4], agents: [Fixture.agent("bea", skills: [1], min: 4, max: 4, maxDays: 1)])
    let catalog = ShiftCatalog(problem: problem)
    let classes = AgentClass.classes(of: problem, catalog: catalog, minHours: [4])
    var assignment = NamedAssignment(problem: problem, catalog: catalog, minHours: [4])
    assignment.setNeed([voice, chat])
    #expect(assignment.servable([1], 10) == 0 && assignment.servable([1], 16) == 1 && assignment.servable([0, 1], 10) == 1)
    assignment.assign(classes: classes, counts: [Array(repeating: 0, count: catalog.shifts.count)]) { _ in }
    let shift = catalog.shifts[try #require(assignment.shiftOf[0][0])]
    #expect(shift.start == 15 && shift.end == 19)
  }

  /// Ana must work 16 hours on at most 2 days; stage 1 gave her 4 hours on day 0 (her only hours
  /// that day) and 8 on day 1. No longer shift fits day 0 and no third day may be added: the
  /// 4-hour shift moves to day 2 as an 8-hour one, and her minimum is met.
  @Test func aShortShiftMovesToAFreeDayWhereALongerOneFits() throws {
    let available = (0..<72).map { $0 >= 24 || $0 < 4 }
    let problem = Fixture.problem(
      hoursPerDay: [24, 24, 24], channels: [Fixture.voice(Array(repeating: 1, count: 72))], lengths: [4, 8],
      agents: [Fixture.agent("ana", min: 16, max: 16, maxDays: 2, available: available)])
    let catalog = ShiftCatalog(problem: problem)
    let classes = AgentClass.classes(of: problem, catalog: catalog, minHours: [16])
    var counts = Array(repeating: 0, count: catalog.shifts.count)
    counts[try #require(catalog.shifts.firstIndex { $0.day == 0 && $0.start == 0 && $0.length == 4 })] = 1
    counts[try #require(catalog.shifts.firstIndex { $0.day == 1 && $0.start == 33 && $0.length == 8 })] = 1
    var assignment = NamedAssignment(problem: problem, catalog: catalog, minHours: [16])
    assignment.assign(classes: classes, counts: [counts]) { _ in }
    #expect(assignment.hours[0] == 16)
    #expect(assignment.shiftOf[0][0] == nil && assignment.shiftOf[0][1] != nil && assignment.shiftOf[0][2] != nil)
    #expect(assignment.days[0] == 2)
  }

  /// A shift running past the week's end is paid work the week's coverage does not count: the
  /// report says how much (the summary's "after the week" line).
  @Test func workAfterTheWeeksEndIsReported() throws {
    let problem = Fixture.problem(
      hoursPerDay: [24], channels: [Fixture.voice(Fixture.demand(24, [20..<24]))], lengths: [8],
      agents: [Fixture.agent("ana")], earliestStart: 20)
    let result = try Fixture.solve(problem)
    let shift = try #require(Fixture.shifts(result).first?.shift)
    #expect(shift.end > 24)
    #expect(abs(result.report.hoursAfterWeek - Double(shift.end - 24)) < 1e-9, "\(result.report.hoursAfterWeek)")
  }
}
