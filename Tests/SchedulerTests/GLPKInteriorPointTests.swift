import Forecast
import Testing

@testable import Scheduler

@Suite struct GLPKInteriorPointTests {
  @Test func interiorPointReachesTheSimplexOptimum() throws {
    let simplex = try GLPKSolver().solve(GLPKTestModels.toyLP)
    let interior = try GLPKSolver(interiorPoint: true).solve(GLPKTestModels.toyLP)
    #expect(interior.outcome == .optimal)
    #expect(abs((interior.objective ?? 0) - 11) < 1e-6)
    #expect(abs((interior.objective ?? 0) - (simplex.objective ?? 0)) < 1e-6)
    #expect(abs(interior.values[0] - 3) < 1e-5 && abs(interior.values[1] - 1) < 1e-5)
  }

  @Test func interiorPointRelaxationBoundsTheMIP() throws {
    let knapsack = GLPKTestModels.knapsack(values: [10, 13, 7, 8], weights: [5, 7, 4, 3], capacity: 10)
    let relaxed = try GLPKSolver(relaxationOnly: true, interiorPoint: true).solve(knapsack)
    let exact = try GLPKSolver().solve(knapsack)
    #expect(relaxed.outcome == .optimal)
    #expect((relaxed.objective ?? 0) >= (exact.objective ?? .infinity) - 1e-6)
  }
}
