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
}
