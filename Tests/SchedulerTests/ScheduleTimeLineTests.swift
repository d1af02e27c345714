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
    let email = Fixture.email(workload, window: 8, penalty: 50)
    let problem = Fixture.problem(hoursPerDay: [24], channels: [email], agents: [Fixture.agent("ana")])
    let result = try Fixture.solve(problem)
    let shift = try #require(Fixture.shifts(result).first?.shift)
    // Due by the end of 13:00 (6 + 8 - 1): the shift sits between 08:00 and 14:00.
    #expect(shift.start >= 8 && shift.end <= 14)
    #expect(result.report.unmetAgentHours["email"]! < 1e-6)
    #expect(abs(result.roster.coverage[0].scheduled.reduce(0, +) - 4) < 1e-6)
  }

  @Test func deferredWorkTooLateForItsWindowIsServedLate() throws {
    // Work due before the channel opens can never be answered in time. It used to be dropped
    // (2 agent-hours unmet, nobody rostered); it is now still owed and served late: one shift at
    // 08:00 (or one starting earlier that covers 08:00-10:00) answers it by 09:00. Late work: 2 agent-hours in each of 03:00-07:00 and 1 in 08:00,
    // 11 agent-hours-intervals over a window of 4 intervals: 2.75 agent-hours reported unmet.
    let T = 24
    var workload = Array(repeating: 0.0, count: T)
    workload[0] = 2
    let email = ChannelDemand(
      id: "email", demand: .deferred(workload: workload, window: 4, backlog: 0),
      open: (0..<T).map { $0 >= 8 }, unmetPenaltyPerHour: 50)
    let problem = Fixture.problem(hoursPerDay: [24], channels: [email], agents: [Fixture.agent("ana")])
    let result = try Fixture.solve(problem)
    #expect(abs(result.report.unmetAgentHours["email"]! - 2.75) < 1e-6)
    let shift = try #require(Fixture.shifts(result).first?.shift)
    #expect(Fixture.shifts(result).count == 1 && shift.start <= 8 && shift.end >= 10)
    #expect(abs(result.roster.coverage[0].served.reduce(0, +) - 2) < 1e-6)
    let unmet = result.roster.coverage[0].unmet
    #expect((3..<8).allSatisfy { abs(unmet[$0] - 0.5) < 1e-6 } && abs(unmet[8] - 0.25) < 1e-6)
  }

  @Test func deferredWorkBeyondTheDaysCapacityIsServedTheNextDay() throws {
    // Eight agent-hours of e-mail at 08:00 on day 0, due within 4 h; one agent, one 4-hour shift
    // a day. Day 0 answers four on time; the other four are served late on day 1, not dropped:
    // the week serves all the work that arrived.
    let T = 48
    var workload = Array(repeating: 0.0, count: T)
    workload[8] = 8
    let email = ChannelDemand(
      id: "email", demand: .deferred(workload: workload, window: 4, backlog: 0), unmetPenaltyPerHour: 50)
    let problem = Fixture.problem(hoursPerDay: [24, 24], channels: [email], agents: [Fixture.agent("ana")])
    let result = try Fixture.solve(problem)
    let coverage = result.roster.coverage[0]
    #expect(abs(coverage.scheduled.reduce(0, +) - workload.reduce(0, +)) < 1e-6)
    #expect(Fixture.shifts(result).map(\.shift.day) == [0, 1])
    #expect(abs(coverage.scheduled[8..<12].reduce(0, +) - 4) < 1e-6)
    #expect(result.report.unmetAgentHours["email"]! > 1)
  }

  @Test func scheduledDeferredServiceKeepsItsPromiseInTheValidationFlow() throws {
    // Three agent-hours arrive at 08:00 and at 09:00 of each of two days, due within 2 h; one
    // agent, 8-hour shifts. The scheduler's on-time share (first come, first served on its own
    // cumulative service) must hold when the roster's service runs through validation's queue,
    // in which unserved work is never dropped and the week repeats.
    let T = 48, window = 2
    var workload = Array(repeating: 0.0, count: T)
    for t in [8, 9, 32, 33] { workload[t] = 3 }
    let email = ChannelDemand(
      id: "email", demand: .deferred(workload: workload, window: window, backlog: 0), unmetPenaltyPerHour: 50)
    let problem = Fixture.problem(
      hoursPerDay: [24, 24], channels: [email], lengths: [8], agents: [Fixture.agent("ana")])
    let result = try Fixture.solve(problem)
    let scheduled = result.roster.coverage[0].served
    #expect(abs(scheduled.reduce(0, +) - workload.reduce(0, +)) < 1e-6)
    #expect(zip(scheduled, result.roster.coverage[0].scheduled).allSatisfy { $0 <= $1 + 1e-9 })
    // The scheduler's implied on-time share: each interval's work, in arrival order, is on time
    // as far as the cumulative service by its due interval reaches past the work before it.
    var served = [0.0]
    for value in scheduled { served.append(served.last! + value) }
    var before = 0.0, onTime = 0.0
    for (t, work) in workload.enumerated() where work > 0 {
      let reach = served[min(T, t + window)] - before
      onTime += min(work, max(0, reach))
      before += work
    }
    let implied = onTime / workload.reduce(0, +)
    #expect(implied > 0.2 && implied < 1)
    let flow = DeferredFlow.run(
      volume: workload, handleSeconds: Array(repeating: 3600, count: T),
      capacitySeconds: scheduled.map { $0 * 3600 }, window: window)
    #expect(flow.share(within: window) >= implied - 1e-6)
    #expect(abs(flow.delayHistogram.reduce(0, +) - workload.reduce(0, +)) < 1e-6)
  }

  @Test func workOfTheWeeksLastWindowIsServedAtTheStartOfTheRepeatedWeek() throws {
    // Two agent-hours of e-mail arrive at 22:00 on the week's last day, due within 4 h: in the
    // repeated week (as validation runs it) they are due by 01:00 of the next week's first day.
    // The scheduler carries them over and serves them at 00:00-02:00; validation agrees.
    let T = 24, window = 4
    var workload = Array(repeating: 0.0, count: T)
    workload[22] = 2
    let email = ChannelDemand(
      id: "email", demand: .deferred(workload: workload, window: window, backlog: 0), unmetPenaltyPerHour: 50)
    let problem = Fixture.problem(hoursPerDay: [24], channels: [email], agents: [Fixture.agent("ana")])
    let result = try Fixture.solve(problem)
    let scheduled = result.roster.coverage[0].served
    #expect(abs(scheduled.reduce(0, +) - 2) < 1e-6)
    #expect(abs(scheduled[0..<2].reduce(0, +) - 2) < 1e-6)
    #expect(result.report.unmetAgentHours["email"]! < 1e-6)
    let flow = DeferredFlow.run(
      volume: workload, handleSeconds: Array(repeating: 3600, count: T),
      capacitySeconds: scheduled.map { $0 * 3600 }, window: window)
    #expect(abs(flow.share(within: window) - 1) < 1e-6)
  }
}
