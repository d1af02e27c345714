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

  /// The certificate behind keeping an interior point GLPK stopped early on: weak duality from any
  /// row multipliers. min x + 2y s.t. x + y >= 4, y >= 1 (x, y >= 0): optimum 5 at (3, 1), duals (1, 1).
  @Test func lagrangianBoundOfAnyMultipliersIsBelowTheOptimum() throws {
    var model = LinearModel(name: "certificate")
    let x = model.addVariable(.init(name: "x", objective: 1))
    let y = model.addVariable(.init(name: "y", objective: 2))
    model.addConstraint(.init(name: "cover", bounds: .atLeast(4), terms: [(x, 1), (y, 1)]))
    model.addConstraint(.init(name: "floor", bounds: .atLeast(1), terms: [(y, 1)]))
    #expect(model.lagrangianBound(duals: [1, 1]) == 5)  // the optimal duals prove the optimum
    #expect(try #require(model.lagrangianBound(duals: [0.5, 0.2])) <= 5)  // any others prove less
    #expect(model.lagrangianBound(duals: [2, 0]) == nil)  // x's reduced cost -1 meets x's infinite upper bound
    #expect(model.isFeasible([3, 1]))
    #expect(!model.isFeasible([2.5, 1]))
    // An upper bound the rows imply (x <= 4 here: x + y <= 4 would say so) is not sent to the
    // solver but bounds the certificate: -1 x 4 + 2 x 4 = 4.
    var implied = model
    implied.variables[x].impliedUpper = 4
    #expect(implied.lagrangianBound(duals: [2, 0]) == 4)
  }
}
