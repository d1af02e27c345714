import Forecast
import Testing

@testable import Scheduler

@Suite struct GLPKSolverTests {
  @Test func linearProgramReachesHandComputedOptimumAndDuals() throws {
    let solution = try GLPKSolver().solve(GLPKTestModels.toyLP)
    #expect(solution.outcome == .optimal)
    #expect(abs(solution.objective! - 11) < 1e-9)
    #expect(zip(solution.values, [3.0, 1.0]).allSatisfy { abs($0 - $1) < 1e-9 })
    #expect(zip(solution.duals, [2.0, 0.0, 1.0]).allSatisfy { abs($0 - $1) < 1e-9 })
    #expect(solution.bestBound == solution.objective)
    #expect(solution.gap == Percentage(fraction: 0))
  }

  @Test func knapsackMatchesBruteForce() throws {
    var random = SplitMix64(seed: 7)
    let values = (0..<14).map { _ in Double(Int.random(in: 5...60, using: &random)) }
    let weights = (0..<14).map { _ in Double(Int.random(in: 3...40, using: &random)) }
    let capacity = 100.0
    // Brute force over all 2^14 subsets.
    var best = 0.0
    for subset in 0..<(1 << values.count) {
      var weight = 0.0
      var value = 0.0
      for item in values.indices where subset & (1 << item) != 0 {
        weight += weights[item]
        value += values[item]
      }
      if weight <= capacity { best = max(best, value) }
    }
    let model = GLPKTestModels.knapsack(values: values, weights: weights, capacity: capacity)
    let solution = try GLPKSolver().solve(model)
    #expect(solution.outcome == .optimal)
    #expect(abs(solution.objective! - best) < 1e-6)
    #expect(solution.values.allSatisfy { $0 == 0 || $0 == 1 })
    let weight = zip(solution.values, weights).map(*).reduce(0, +)
    #expect(weight <= capacity + 1e-9)
  }

  @Test func relaxationOnlyIgnoresIntegrality() throws {
    let model = GLPKTestModels.knapsack(values: [10, 7], weights: [6, 6], capacity: 9)
    let relaxed = try GLPKSolver(relaxationOnly: true).solve(model)
    #expect(relaxed.outcome == .optimal)
    #expect(abs(relaxed.objective! - 13.5) < 1e-9)  // 10 + 7 * 3/6
    #expect(relaxed.duals.count == 1)
    let integer = try GLPKSolver().solve(model)
    #expect(abs(integer.objective! - 10) < 1e-9)
  }

  @Test func infeasibleModelIsAnOutcomeNotAnError() throws {
    var model = LinearModel(name: "infeasible")
    let x = model.addVariable(.init(name: "x", lower: 0, objective: 1))
    model.addConstraint(.init(name: "atLeast2", bounds: .atLeast(2), terms: [(x, 1)]))
    model.addConstraint(.init(name: "atMost1", bounds: .atMost(1), terms: [(x, 1)]))
    let lp = try GLPKSolver().solve(model)
    #expect(lp.outcome == .infeasible)
    #expect(lp.objective == nil && lp.values.isEmpty)
    model.variables[x].kind = .integer
    #expect(try GLPKSolver().solve(model).outcome == .infeasible)
  }

  @Test func integerInfeasibleButRelaxationFeasibleIsInfeasible() throws {
    var model = LinearModel(name: "parity")
    let x = model.addVariable(.init(name: "x", lower: 0, upper: 10, kind: .integer, objective: 1))
    model.addConstraint(.init(name: "half", bounds: .equal(1), terms: [(x, 2)]))
    #expect(try GLPKSolver().solve(model).outcome == .infeasible)
  }

  @Test func unboundedModelIsAnOutcome() throws {
    var model = LinearModel(name: "unbounded", sense: .maximize)
    let x = model.addVariable(.init(name: "x", lower: 0, objective: 1))
    let y = model.addVariable(.init(name: "y", lower: 0, objective: 1))
    model.addConstraint(.init(name: "difference", bounds: .atMost(1), terms: [(x, 1), (y, -1)]))
    #expect(try GLPKSolver().solve(model).outcome == .unbounded)
    model.variables[x].kind = .integer
    #expect(try GLPKSolver().solve(model).outcome == .unbounded)
  }

  @Test func timeLimitStopsHardSearchWithIncumbentAndReportsProgress() throws {
    let model = GLPKTestModels.hardKnapsack()
    var reports: [SolverProgress] = []
    let solver = GLPKSolver(timeLimit: .seconds(1))
    let solution = try solver.solve(model) { reports.append($0) }
    #expect(solution.outcome == .timeLimit(hasSolution: true))
    // A margin for a loaded machine (CI shares two cores): unstopped, this search runs for minutes.
    #expect(solution.elapsed < .seconds(10))
    #expect(solution.values.count == model.variables.count)
    #expect(!reports.isEmpty)
    let objective = try #require(solution.objective)
    let bound = try #require(solution.bestBound)
    #expect(bound >= objective - 1e-6)  // maximization: the bound is an upper bound
    #expect(solution.gap != nil && solution.gap! > Percentage(fraction: 0))
    if let last = reports.last(where: { $0.incumbent != nil }) {
      #expect(last.incumbent! <= objective + 1e-6)
    }
  }

  @Test func gapStopsSearchAsFeasible() throws {
    let model = GLPKTestModels.hardKnapsack(items: 60, dimensions: 5)
    let solution = try GLPKSolver(timeLimit: .seconds(10), relativeGap: Percentage(fraction: 0.05))
      .solve(model)
    switch solution.outcome {
    case .feasible(let gap): #expect(gap <= Percentage(fraction: 0.05))
    case .optimal: break
    default: Issue.record("unexpected outcome \(solution.outcome)")
    }
  }
}

extension GLPKSolverTests {
  @Test func progressReportsOnlyRealBoundsAndImprovingIncumbents() throws {
    var reports: [SolverProgress] = []
    let model = GLPKTestModels.hardKnapsack(items: 80, dimensions: 5)
    _ = try GLPKSolver(timeLimit: .seconds(1), progressInterval: .zero).solve(model) {
      reports.append($0)
    }
    #expect(!reports.isEmpty)
    #expect(reports.allSatisfy { $0.bestBound.map { abs($0) < 1e300 } ?? true })
    let incumbents = reports.compactMap(\.incumbent)
    #expect(zip(incumbents, incumbents.dropFirst()).allSatisfy { $0 <= $1 })  // maximization
  }
}
