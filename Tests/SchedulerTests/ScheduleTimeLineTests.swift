import Testing
@testable import Scheduler

/// The week as one time line: shifts past midnight, daylight-saving days, channels and deferred work.
@Suite struct ScheduleTimeLineTests {
  @Test func crossMidnightShiftCoversTheNextDaysFirstHours() throws {
    // Demand 22:00-04:00: one 6-hour shift starting on day 0 covers it all.
    let T = 48
    let problem = Fixture.problem(
      hoursPerDay: [24, 24], channels: [Fixture.voice(Fixture.demand(T, [22..<28]))], lengths: [6],
      agents: [Fixture.agent("ana")])
    let result = try Fixture.solve(problem)
    let shift = try #require(Fixture.shifts(result).first?.shift)
    #expect(Fixture.shifts(result).count == 1)
    #expect(shift.day == 0 && shift.start == 22 && shift.end == 28)
    #expect(result.roster.coverage[0].scheduled[24..<28].allSatisfy { $0 == 1 })
    #expect(result.report.unmetAgentHours["voice"]! < 1e-6)
  }

  @Test func daylightSavingDaysHave23And25Hours() throws {
    // Day 0 has 23 hours (spring forward), day 1 has 25 (fall back): 48 intervals in all.
    let T = 48
    let problem = Fixture.problem(
      hoursPerDay: [23, 25], channels: [Fixture.voice(Fixture.demand(T, [19..<23, 44..<48]))],
      agents: [Fixture.agent("ana")], rules: LabourRules(minRest: 11))
    #expect(problem.intervals(ofDay: 0).count == 23 && problem.intervals(ofDay: 1).count == 25)
    let result = try Fixture.solve(problem)
    let shifts = Fixture.shifts(result).map(\.shift)
    // The 25-hour day's last four hours start at its 21st hour: interval 44, not 45.
    #expect(shifts.map(\.start) == [19, 44])
    #expect(shifts.map(\.day) == [0, 1])
    #expect(result.report.unmetAgentHours["voice"]! < 1e-6)
    #expect(result.report.paidHours == 8)
  }

  @Test func blendedAgentSplitsAnIntervalWithoutCountingTwice() throws {
    let T = 24
    let half = Fixture.demand(T, [9..<13], agents: 0.5)
    let chat = ChannelDemand(id: "chat", demand: .immediate(required: half))
    let problem = Fixture.problem(
      hoursPerDay: [24], channels: [Fixture.voice(half), chat],
      agents: [Fixture.agent("ana", skills: [0, 1])])
    let result = try Fixture.solve(problem)
    #expect(Fixture.shifts(result).count == 1)
    #expect(result.report.unmetAgentHours.values.reduce(0, +) < 1e-6)
    for t in 9..<13 {
      let voice = result.roster.coverage[0].scheduled[t]
      let chat = result.roster.coverage[1].scheduled[t]
      #expect(abs(voice + chat - 1) < 1e-6)
    }
    let work = try #require(Fixture.shifts(result).first?.shift.work)
    #expect(work.allSatisfy { abs($0.reduce(0) { $0 + $1.share } - 1) < 1e-6 })
  }

  @Test func oneAgentCannotServeTwoFullChannels() throws {
    let T = 24
    let full = Fixture.demand(T, [9..<13])
    let chat = ChannelDemand(id: "chat", demand: .immediate(required: full))
    let problem = Fixture.problem(
      hoursPerDay: [24], channels: [Fixture.voice(full), chat],
      agents: [Fixture.agent("ana", skills: [0, 1])])
    let result = try Fixture.solve(problem)
    #expect(abs(result.report.unmetAgentHours.values.reduce(0, +) - 4) < 1e-6)
  }

  @Test func deferredWorkIsServedInsideItsWindowDuringOpenHours() throws {
    // Four agent-hours of e-mail arrive at 06:00, due within 8 h; the channel opens at 08:00.
    let T = 24
    var workload = Array(repeating: 0.0, count: T)
    workload[6] = 4
    let email = ChannelDemand(
      id: "email", demand: .deferred(workload: workload, window: 8, backlog: 0),
      open: (0..<T).map { $0 >= 8 && $0 < 18 }, unmetPenaltyPerHour: 50)
    let problem = Fixture.problem(hoursPerDay: [24], channels: [email], agents: [Fixture.agent("ana")])
    let result = try Fixture.solve(problem)
    let shift = try #require(Fixture.shifts(result).first?.shift)
    // Due by the end of 13:00 (6 + 8 - 1): the shift sits between 08:00 and 14:00.
    #expect(shift.start >= 8 && shift.end <= 14)
    #expect(result.report.unmetAgentHours["email"]! < 1e-6)
    #expect(abs(result.roster.coverage[0].scheduled.reduce(0, +) - 4) < 1e-6)
  }

  @Test func deferredWorkTooLateForItsWindowIsReportedDropped() throws {
    // Work due before the channel opens can never be answered in time.
    let T = 24
    var workload = Array(repeating: 0.0, count: T)
    workload[0] = 2
    let email = ChannelDemand(
      id: "email", demand: .deferred(workload: workload, window: 4, backlog: 0),
      open: (0..<T).map { $0 >= 8 }, unmetPenaltyPerHour: 50)
    let problem = Fixture.problem(hoursPerDay: [24], channels: [email], agents: [Fixture.agent("ana")])
    let result = try Fixture.solve(problem)
    #expect(abs(result.report.unmetAgentHours["email"]! - 2) < 1e-6)
    #expect(Fixture.shifts(result).isEmpty)
  }
}
