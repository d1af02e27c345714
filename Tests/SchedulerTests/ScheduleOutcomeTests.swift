import Foundation
import Testing
@testable import Scheduler

/// Known optima, unmet demand, named conflicts, rules pulling apart, and the written model.
@Suite struct ScheduleOutcomeTests {
  @Test func handCheckableDayHasItsKnownOptimum() throws {
    // Two agents 08-16 and one 16-20: two 8 h shifts and one 4 h shift, 20 h at 10 an hour.
    let T = 24
    var required = Fixture.demand(T, [8..<16], agents: 2)
    for t in 16..<20 { required[t] = 1 }
    let problem = Fixture.problem(
      hoursPerDay: [24], channels: [Fixture.voice(required)], lengths: [4, 8],
      agents: (1...3).map { Fixture.agent("a\($0)") })
    let result = try Fixture.solve(problem)
    #expect(abs(result.report.objective - 200) < 1e-6)
    #expect(abs(result.report.cost - 200) < 1e-6)
    #expect(result.report.status == .optimal)
    #expect(result.report.gap < 1e-9)
    #expect(Fixture.shifts(result).map { $0.shift.end - $0.shift.start }.sorted() == [4, 8, 8])
  }

  @Test func unmetDemandIsReportedPerChannelAndInterval() throws {
    let T = 24
    let problem = Fixture.problem(
      hoursPerDay: [24], channels: [Fixture.voice(Fixture.demand(T, [9..<13], agents: 2))],
      agents: [Fixture.agent("ana")])
    let result = try Fixture.solve(problem)
    #expect(abs(result.report.unmetAgentHours["voice"]! - 4) < 1e-6)
    let unmet = result.roster.coverage[0].unmet
    #expect((9..<13).allSatisfy { abs(unmet[$0] - 1) < 1e-6 })
    #expect(unmet.reduce(0, +) == 4)
  }

  @Test func minimumHoursAboveAvailabilityAreNamedWithAgentAndRule() throws {
    let T = 24
    let problem = Fixture.problem(
      hoursPerDay: [24], channels: [Fixture.voice(Fixture.demand(T, [9..<13]))],
      agents: [Fixture.agent("ana", min: 30, available: (0..<T).map { $0 < 8 })])
    let result = try Fixture.solve(problem)
    let conflict = try #require(result.report.conflicts.first)
    #expect(conflict.agent == "ana")
    #expect(conflict.rule == .availability)
    #expect(conflict.description.contains("minimum hours 30"))
  }

  @Test func minimumHoursAndConsecutiveDaysPullApart() throws {
    // Eight hours need two 4 h shifts, but two days in a row are forbidden in a two-day week:
    // the consecutive-days rule wins, and the conflict names it.
    let T = 48
    let problem = Fixture.problem(
      hoursPerDay: [24, 24], channels: [Fixture.voice(Fixture.demand(T, [9..<13, 33..<37]))],
      agents: [Fixture.agent("ana", min: 8)], rules: LabourRules(maxConsecutiveDays: 1))
    let result = try Fixture.solve(problem)
    #expect(Fixture.shifts(result).count == 1)
    let conflict = try #require(result.report.conflicts.first)
    #expect(conflict.agent == "ana" && conflict.description.contains("max consecutive days 1"))
    #expect(abs(result.report.unmetAgentHours["voice"]! - 4) < 1e-6)
  }

  @Test func stableStartsYieldToCoverage() throws {
    // Soft wish against demand: the second day's demand is later, so the start moves.
    let T = 48
    let problem = Fixture.problem(
      hoursPerDay: [24, 24], channels: [Fixture.voice(Fixture.demand(T, [8..<12, 38..<42]))],
      agents: [Fixture.agent("ana")])
    let result = try Fixture.solve(problem)
    #expect(Fixture.shifts(result).map(\.shift.start) == [8, 38])
    #expect(result.report.unmetAgentHours["voice"]! < 1e-6)
  }

  @Test func writtenModelNamesRowsForWhatTheyMean() throws {
    let T = 24
    let problem = Fixture.problem(
      hoursPerDay: [24], channels: [Fixture.voice(Fixture.demand(T, [9..<13]))], agents: [Fixture.agent("ana")])
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("staffplan-model-\(UUID()).lp").path
    defer { try? FileManager.default.removeItem(atPath: path) }
    try WeeklyScheduler().writeModel(problem, to: path)
    let text = try String(contentsOfFile: path, encoding: .utf8)
    // GLPK's CPLEX LP names have no brackets or colons: LPNames writes `cover(voice,d0_09.00)`.
    #expect(text.contains("cover(voice,d0_09.00)"))
    #expect(text.contains("shift(voice@10,d0_09.00,4h)"))
  }

  @Test func benchmarkInstanceSIsProvenOptimal() throws {
    let problem = BenchmarkInstances.make(size: .s, seed: 1)
    #expect(problem.agents.count == 40)
    let result = try WeeklyScheduler(timeLimit: .seconds(20), relativeGap: 0).schedule(problem)
    #expect(result.report.status == .optimal)
    #expect(result.report.conflicts.isEmpty)
  }
}
