import Forecast
import Testing

@testable import Scheduler

/// `GLPKSolver.start`: a known solution offered to branch-and-cut as its first incumbent.
@Suite struct GLPKWarmStartTests {
  @Test func searchStartsFromTheKnownSolutionAndKeepsIt() throws {
    let model = GLPKTestModels.hardKnapsack(items: 120, dimensions: 8)
    // A good solution from a longer search, then a short search that starts from it.
    let long = try GLPKSolver(timeLimit: .seconds(2)).solve(model)
    let known = try #require(long.objective)
    var reports: [SolverProgress] = []
    var solver = GLPKSolver(timeLimit: .milliseconds(300), progressInterval: .zero)
    solver.start = long.values
    let short = try solver.solve(model) { reports.append($0) }
    let objective = try #require(short.objective)
    #expect(objective >= known - 1e-6)  // maximization: never worse than the start
    let first = try #require(reports.first { $0.incumbent != nil }?.incumbent)
    #expect(first >= known - 1e-6)  // the start was the first incumbent
    let weights = model.constraints.map { row in row.terms.reduce(0.0) { $0 + $1.coefficient * short.values[$1.column] } }
    for (row, weight) in zip(model.constraints, weights) {
      guard case .atMost(let capacity) = row.bounds else { Issue.record("not a capacity row"); continue }
      #expect(weight <= capacity + 1e-6)
    }
  }

  @Test func infeasibleModelWithAStartIsStillAnOutcome() throws {
    var model = LinearModel(name: "infeasible")
    let x = model.addVariable(.init(name: "x", lower: 0, kind: .integer, objective: 1))
    model.addConstraint(.init(name: "atLeast2", bounds: .atLeast(2), terms: [(x, 1)]))
    model.addConstraint(.init(name: "atMost1", bounds: .atMost(1), terms: [(x, 1)]))
    var solver = GLPKSolver()
    solver.start = [0]
    #expect(try solver.solve(model).outcome == .infeasible)
  }

  @Test func startOfTheWrongLengthIsIgnored() throws {
    let model = GLPKTestModels.knapsack(values: [10, 7], weights: [6, 6], capacity: 9)
    var solver = GLPKSolver()
    solver.start = [1]
    #expect(abs(try solver.solve(model).objective! - 10) < 1e-9)
  }
}
