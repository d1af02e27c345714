import Testing
@testable import Scheduler

/// One tiny fixture per hard rule: each shows the rule binding, with the demand it leaves unmet.
@Suite struct ScheduleRuleTests {
  @Test func minimumRestKeepsALateShiftAndAnEarlyOneApart() throws {
    // Demand 18-22 on day 0 and 06-10 on day 1: 8 h apart, rest must be 11 h. Two 4 h shifts
    // 11 h apart cover at most 5 of the 8 hours (16-20 and 07-11, or 18-22 and 09-13): 80 paid
    // plus 3 h with nobody on the line at 10 x 100 (`CoverShortage`) is 3,080, against 4,040 for
    // one shift. Stage 1 knows the rule (summed over the class), so its bound is the roster's
    // cost: proven optimal.
    let T = 48
    let problem = Fixture.problem(
      hoursPerDay: [24, 24], channels: [Fixture.voice(Fixture.demand(T, [18..<22, 30..<34]))],
      agents: [Fixture.agent("ana")], rules: LabourRules(minRest: 11))
    let result = try Fixture.solve(problem)
    let shifts = Fixture.shifts(result).map(\.shift).sorted { $0.start < $1.start }
    #expect(shifts.count == 2)
    #expect(shifts[1].start - shifts[0].end >= 11)
    #expect(abs(result.report.unmetAgentHours["voice"]! - 3) < 1e-6)
    #expect(abs(result.report.objective - 3080) < 0.1)
    #expect(result.report.status == .optimal)
  }

  @Test func restLongEnoughAllowsBothShifts() throws {
    let T = 48
    let problem = Fixture.problem(
      hoursPerDay: [24, 24], channels: [Fixture.voice(Fixture.demand(T, [14..<18, 30..<34]))],
      agents: [Fixture.agent("ana")], rules: LabourRules(minRest: 11))
    let result = try Fixture.solve(problem)
    #expect(Fixture.shifts(result).count == 2)
    #expect(result.report.unmetAgentHours["voice"]! < 1e-6)
  }

  @Test func maxConsecutiveDaysLeavesADayOff() throws {
    let T = 72
    let problem = Fixture.problem(
      hoursPerDay: [24, 24, 24],
      channels: [Fixture.voice(Fixture.demand(T, [9..<13, 33..<37, 57..<61]))],
      agents: [Fixture.agent("ana")], rules: LabourRules(maxConsecutiveDays: 2))
    let result = try Fixture.solve(problem)
    let days = Fixture.shifts(result).map(\.shift.day)
    // Three days would be a run of three; two days leave the third unmet.
    #expect(days.count == 2)
    #expect(abs(result.report.unmetAgentHours["voice"]! - 4) < 1e-6)
  }

  @Test func maxDaysCapsWorkingDays() throws {
    let T = 72
    let problem = Fixture.problem(
      hoursPerDay: [24, 24, 24],
      channels: [Fixture.voice(Fixture.demand(T, [9..<13, 33..<37, 57..<61]))],
      agents: [Fixture.agent("ana", maxDays: 1)])
    let result = try Fixture.solve(problem)
    #expect(Fixture.shifts(result).count == 1)
    #expect(abs(result.report.unmetAgentHours["voice"]! - 8) < 1e-6)
  }

  @Test func minimumHoursAddPaidTimeEvenWithoutDemand() throws {
    let T = 48
    let problem = Fixture.problem(
      hoursPerDay: [24, 24], channels: [Fixture.voice(Fixture.demand(T, [9..<13]))],
      agents: [Fixture.agent("ana", min: 8)])
    let result = try Fixture.solve(problem)
    #expect(result.report.paidHours == 8)
  }

  @Test func maximumHoursLeaveDemandUnmet() throws {
    let T = 48
    let problem = Fixture.problem(
      hoursPerDay: [24, 24], channels: [Fixture.voice(Fixture.demand(T, [9..<13, 33..<37]))],
      agents: [Fixture.agent("ana", max: 4)])
    let result = try Fixture.solve(problem)
    #expect(result.report.paidHours == 4)
    #expect(abs(result.report.unmetAgentHours["voice"]! - 4) < 1e-6)
  }

  @Test func availabilityKeepsShiftsInsideIt() throws {
    let T = 24
    let available = (0..<T).map { $0 >= 12 }
    let problem = Fixture.problem(
      hoursPerDay: [24], channels: [Fixture.voice(Fixture.demand(T, [8..<12, 14..<18]))],
      agents: [Fixture.agent("ana", available: available)])
    let result = try Fixture.solve(problem)
    let shifts = Fixture.shifts(result)
    #expect(shifts.count == 1)
    #expect(shifts.allSatisfy { $0.shift.start >= 12 })
    #expect(abs(result.report.unmetAgentHours["voice"]! - 4) < 1e-6)
  }

  @Test func oneShiftPerDay() throws {
    let T = 24
    let problem = Fixture.problem(
      hoursPerDay: [24], channels: [Fixture.voice(Fixture.demand(T, [6..<10, 18..<22]))],
      agents: [Fixture.agent("ana")])
    let result = try Fixture.solve(problem)
    #expect(Fixture.shifts(result).count == 1)
    #expect(abs(result.report.unmetAgentHours["voice"]! - 4) < 1e-6)
  }

  @Test func breakFallsInsideItsWindowAndDoesNotCover() throws {
    let T = 24
    let lunch = BreakRule(length: 1, earliestStart: 3, latestStart: 5, paid: false)
    let problem = Fixture.problem(
      hoursPerDay: [24], channels: [Fixture.voice(Fixture.demand(T, [8..<16]))], lengths: [8],
      breaks: [lunch], agents: [Fixture.agent("ana")])
    let result = try Fixture.solve(problem)
    let shift = try #require(Fixture.shifts(result).first?.shift)
    let lunchTime = try #require(shift.breaks.first)
    #expect(lunchTime.lowerBound >= shift.start + 3 && lunchTime.lowerBound <= shift.start + 5)
    #expect(shift.paidHours == 7)
    for t in lunchTime { #expect(result.roster.coverage[0].scheduled[t] == 0) }
    // The hour on break is the one hour of the 8 left unmet.
    #expect(abs(result.report.unmetAgentHours["voice"]! - 1) < 1e-6)
  }
}
