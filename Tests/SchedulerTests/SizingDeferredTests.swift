import Forecast
import Testing

@testable import Scheduler

@Suite struct SizingDeferredTests {
  @Test func workloadIsVolumeTimesHandleTimeOverInterval() {
    // 120 e-mails × 6 min in 30 min = 24 agent equivalents.
    #expect(DeferredWork.workload(volume: 120, handleTime: .seconds(360), interval: .seconds(1800)) == 24)
    let requirement = Sizing.requireDeferred(
      volume: 120, handleTime: .seconds(360), interval: .seconds(1800), shrinkage: Percentage(fraction: 0.2))
    #expect(requirement.model == .deferred && requirement.agents == 24 && requirement.scheduledAgents == 30)
  }

  @Test func constantStaffingSpreadsWorkOverTheWindow() throws {
    // 8 units arrive in interval 0; window of 4 open intervals: 2 agents per interval suffice.
    let staffing = try #require(
      DeferredWork.minimumConstantStaffing(workloads: [8, 0, 0, 0], open: [true, true, true, true], window: 4))
    #expect(abs(staffing - 2) < 1e-6)
  }

  @Test func workArrivingWhileClosedWaitsForOpening() throws {
    // Arrives in closed intervals 0 and 1, window 3: interval 0's work is due by interval 2,
    // interval 1's by interval 3, so 3 agents in each open interval; with window 2 it cannot be done.
    let staffing = try #require(
      DeferredWork.minimumConstantStaffing(
        workloads: [3, 3, 0, 0], open: [false, false, true, true], window: 3))
    #expect(abs(staffing - 3) < 1e-5)
    #expect(
      DeferredWork.minimumConstantStaffing(workloads: [3, 3, 0, 0], open: [false, false, true, true], window: 2)
        == nil)
  }

  @Test func windowEdgeCountsTheLastInterval() throws {
    // Window 1: work must be done in its own interval (not the next one).
    let staffing = try #require(
      DeferredWork.minimumConstantStaffing(workloads: [4, 1], open: [true, true], window: 1))
    #expect(abs(staffing - 4) < 1e-6)
  }

  @Test func impossibleWindowIsNil() {
    // Work arrives 3 intervals before the first opening with a window of 2.
    #expect(
      DeferredWork.minimumConstantStaffing(workloads: [1, 0, 0], open: [false, false, true], window: 2) == nil)
  }

  @Test func partialShareNeedsLess() throws {
    let full = try #require(
      DeferredWork.minimumConstantStaffing(workloads: [10, 0], open: [true, true], window: 1))
    let ninety = try #require(
      DeferredWork.minimumConstantStaffing(
        workloads: [10, 0], open: [true, true], window: 1, share: Percentage(fraction: 0.9)))
    #expect(abs(full - 10) < 1e-6 && abs(ninety - 9) < 1e-6)
  }
}
