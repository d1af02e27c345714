import Testing

@testable import Scheduler

/// GLPK's abort path, reached on purpose through the unchecked `GLPKProblem` methods.
@Suite struct GLPKGuardTests {
  @Test func negativeColumnCountIsAThrownErrorAndTheNextSolveWorks() throws {
    let bystander = try GLPKProblem()
    let problem = try GLPKProblem()
    #expect(problem.isAlive && bystander.isAlive)
    do {
      try problem.addColumns(-1)
      Issue.record("glp_add_cols(-1) did not fail")
    } catch {
      guard case .glpkFatal(let call, let message) = error else {
        Issue.record("unexpected \(error)")
        return
      }
      #expect(call == "glp_add_cols")
      #expect(message.contains("invalid number of columns"))
    }
    // The fatal error freed every problem of this thread: neither may be deleted again
    // (their deinit would abort the test process if they were).
    #expect(!problem.isAlive && !bystander.isAlive)
    #expect(throws: SolverError.self) { try bystander.addRows(1) }
    let solution = try GLPKSolver().solve(GLPKTestModels.toyLP)
    #expect(solution.outcome == .optimal)
  }

  @Test func outOfRangeMatrixIndexIsAThrownError() throws {
    let problem = try GLPKProblem()
    try problem.addColumns(2)
    try problem.addRows(1)
    #expect {
      try problem.loadMatrix([(row: 0, column: 5, value: 1)])
    } throws: { error in
      guard case .glpkFatal(_, let message) = error as? SolverError else { return false }
      return message.contains("out of range")
    }
    #expect(try GLPKSolver().solve(GLPKTestModels.toyLP).outcome == .optimal)
  }

  @Test func repeatedFatalErrorsLeaveTheProcessWorking() throws {
    for _ in 0..<5 {
      let problem = try GLPKProblem()
      #expect(throws: SolverError.self) { try problem.addRows(0) }
    }
    #expect(try GLPKSolver().solve(GLPKTestModels.toyLP).outcome == .optimal)
  }

  @Test func validationNamesTheBadColumnOrRow() {
    var model = GLPKTestModels.toyLP
    model.variables[1].lower = 5
    model.variables[1].upper = 2
    #expect(throws: SolverError.invalidVariable(
      index: 1, name: "y", reason: "lower bound 5.0 is above upper bound 2.0")) {
      try GLPKSolver().solve(model)
    }
    model = GLPKTestModels.toyLP
    model.constraints[1].terms[0].coefficient = .nan
    #expect(throws: SolverError.invalidConstraint(
      index: 1, name: "labour", reason: "coefficient of x is nan")) {
      try GLPKSolver().solve(model)
    }
    model = GLPKTestModels.toyLP
    model.constraints[2].terms.append(.init(column: 9, coefficient: 1))
    #expect(throws: SolverError.invalidConstraint(
      index: 2, name: "x cap", reason: "term column 9 is outside 0..<2")) {
      try GLPKSolver().solve(model)
    }
    model = GLPKTestModels.toyLP
    model.constraints[0].terms.append(.init(column: 0, coefficient: 1))
    #expect(throws: SolverError.self) { try GLPKSolver().solve(model) }
  }
}
