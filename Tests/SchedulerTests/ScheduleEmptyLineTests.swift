import Testing

@testable import Scheduler

/// An open line is never left with nobody on it while an agent who could answer it is at work
/// (`CoverShortage`): the last agent of a target costs ten missing agents elsewhere.
@Suite struct ScheduleEmptyLineTests {
  /// Three agents skilled for both lines, twelve hours of billing needing four and an emergency
  /// line needing one: billing's missing agents are priced twice emergency's, so with one price per
  /// missing agent every agent answered billing and emergency rang unanswered all day. Now, with
  /// two agents at work or more, emergency has one.
  @Test func theEmergencyLineKeepsAnAgentWhileAnyoneCouldAnswerIt() throws {
    let T = 12
    let billing = ChannelDemand(id: "billing", demand: .immediate(required: Array(repeating: 4, count: T)), unmetPenaltyPerHour: 200)
    let emergency = ChannelDemand(id: "emergency", demand: .immediate(required: Array(repeating: 1, count: T)), unmetPenaltyPerHour: 100)
    let agents = (1...3).map { Fixture.agent("A\($0)", skills: [0, 1], max: 8) }
    let problem = Fixture.problem(hoursPerDay: [T], channels: [billing, emergency], lengths: [4, 8], agents: agents)
    let result = try Fixture.solve(problem)
    let atWork = (0..<T).map { t in result.roster.coverage.reduce(0.0) { $0 + $1.scheduled[t] } }
    let line = try #require(result.roster.coverage.first { $0.channel == "emergency" })
    // With one agent at work one line is empty whatever: the dearer one keeps it.
    let empty = (0..<T).filter { atWork[$0] >= 2 && line.scheduled[$0] < 1 - 1e-6 }
    #expect(empty.isEmpty, "emergency empty at hours \(empty) with \(atWork) agents at work")
    #expect(atWork.contains { $0 >= 2 })
    #expect(atWork.reduce(0, +) >= 23.9, "the agents work their 24 hours")
  }

  /// The price of a shortage is convex: the target's last agent costs `emptyFactor` times the others.
  @Test func theLastAgentOfATargetCostsTenTimesTheOthers() {
    let cost = { (short: Double, target: Double) in CoverShortage.cost(short, target: target, penalty: 100, epsilon: 1) }
    #expect(cost(0, 3) == 0)
    #expect(cost(2, 3) == 2 * 101)
    #expect(cost(3, 3) == 3 * 101 + 900)
    #expect(abs(cost(0.5, 0.5) - (0.5 * 101 + 0.5 * 900)) < 1e-9)
  }
}
