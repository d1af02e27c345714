import Testing

@testable import Scheduler

/// Stage 2d: agents with room left take shifts where demand is still uncovered, only when the
/// cover is worth the pay.
@Suite struct ScheduleFillTests {
  /// One day of 24 hours, voice needed 09:00-13:00, 4-hour shifts, one free agent.
  func assignment(penalty: Double, cost: Double) -> (NamedAssignment, [Double]) {
    let need = Fixture.demand(24, [9..<13])
    let problem = Fixture.problem(
      hoursPerDay: [24], channels: [Fixture.voice(need, penalty: penalty)],
      agents: [Fixture.agent("ana", cost: cost)])
    return (NamedAssignment(problem: problem, catalog: ShiftCatalog(problem: problem), minHours: [0]), need)
  }

  @Test func aFreeAgentCoversTheUncoveredHoursWhenItPays() {
    var (assignment, need) = assignment(penalty: 100, cost: 10)
    #expect(assignment.fillUncovered(need: need, until: .now + .seconds(5)) == 1)
    let shift = assignment.catalog.shifts[assignment.shiftOf[0][0]!]
    #expect(shift.start == 9 && shift.end == 13)
  }

  @Test func noShiftIsAddedWhenItsPayExceedsTheCoverItBuys() {
    // Four uncovered agent-hours at 20 each are worth 80; four paid hours at 25 cost 100.
    var (assignment, need) = assignment(penalty: 20, cost: 25)
    #expect(assignment.fillUncovered(need: need, until: .now + .seconds(5)) == 0)
    #expect(assignment.shiftOf[0][0] == nil)
  }

  /// Stage 2e: with the channel split's duals, an agent's shift is made longer where an agent is
  /// worth more than its pay: 09:00-13:00 becomes 09:00-15:00 when 13:00-15:00 is worth 30 an
  /// hour at a cost of 10, and stays when it is worth 5.
  @Test func aShiftIsMadeLongerWhereTheDualsSayAnAgentIsWorthItsPay() {
    func extended(worth hour: Double) -> (start: Int, end: Int, moves: Int) {
      let problem = Fixture.problem(
        hoursPerDay: [24], channels: [Fixture.voice(Fixture.demand(24, [9..<15]))], lengths: [4, 6],
        agents: [Fixture.agent("ana", cost: 10)])
      var assignment = NamedAssignment(problem: problem, catalog: ShiftCatalog(problem: problem), minHours: [0])
      let four = assignment.catalog.shifts.firstIndex { $0.start == 9 && $0.length == 4 }!
      assignment.give(0, four)
      let worth = [(0..<24).map { $0 >= 13 && $0 < 15 ? hour : 0 }]
      let moves = assignment.fillUncovered(need: Array(repeating: 0, count: 24), worth: worth, moves: 1, until: .now + .seconds(5))
      let shift = assignment.catalog.shifts[assignment.shiftOf[0][0]!]
      return (shift.start, shift.end, moves)
    }
    let worthIt = extended(worth: 30)
    #expect(worthIt.moves == 1 && worthIt.start == 9 && worthIt.end == 15)
    let notWorthIt = extended(worth: 5)
    #expect(notWorthIt.moves == 0 && notWorthIt.start == 9 && notWorthIt.end == 13)
  }

  /// The duals stage 2e reads: one more agent is worth the unmet penalty where voice is short, and
  /// nothing where an agent already has no work.
  @Test func theChannelSplitPricesAnAgentWhereTheChannelIsShort() throws {
    let problem = Fixture.problem(
      hoursPerDay: [24], channels: [Fixture.voice(Fixture.demand(24, [9..<13], agents: 2), penalty: 100)],
      agents: [Fixture.agent("ana")])
    let working = [(0..<24).map { $0 >= 9 && $0 < 15 ? 1.0 : 0 }]
    let split = try ChannelSplit(problem: problem, skillSets: [[0]], working: working)
    #expect((9..<13).allSatisfy { split.worth[0][$0] >= 100 - 1e-6 })
    #expect((13..<15).allSatisfy { abs(split.worth[0][$0]) < 1e-9 })
  }
}
