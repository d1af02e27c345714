/// A first incumbent for the exact shift-count MIP, from its own LP relaxation.
extension ShiftCountModel {
  /// The relaxation's shift counts rounded and repaired (``CountRepair``), every other column
  /// completed by the LP with those counts fixed: a whole-count point of this (integer) model, or
  /// nil when the fixed counts break a hard row, leave another integer column fractional, or the
  /// LP does not end within `timeLimit`.
  ///
  /// GLPK's branch-and-cut alone found no incumbent for the first 10 s of a planner's 30-agent
  /// week (an emergency line, billing, e-mail; 30-minute intervals) and stopped at 9.1 % from the
  /// bound; with this start it has one after the relaxation and prunes with it from the first node.
  func roundedStart(
    relaxation values: [Double], relaxed: ShiftCountModel, timeLimit: Duration? = nil
  ) throws(SchedulingError) -> [Double]? {
    guard values.count == relaxed.model.variables.count else { return nil }
    let counts = CountRepair.counts(
      relaxed: relaxed.shiftColumn.map { $0.map { column in column.map { values[$0] } ?? 0 } },
      classes: classes, catalog: catalog, hoursPerInterval: problem.hoursPerInterval,
      intervalCount: problem.intervalCount)
    var fixed = model
    for (g, columns) in shiftColumn.enumerated() {
      for (s, column) in columns.enumerated() {
        guard let column else { continue }
        let count = Double(counts[g][s])
        guard count <= (fixed.variables[column].upper ?? .infinity) + 1e-9 else { return nil }
        fixed.variables[column].lower = count
        fixed.variables[column].upper = count
      }
    }
    let integer = fixed.variables.indices.filter { fixed.variables[$0].kind != .continuous }
    for j in integer { fixed.variables[j].kind = .continuous }
    let solution = try WeeklyScheduler.solve(fixed, GLPKSolver(timeLimit: timeLimit, relaxationOnly: true))
    guard solution.outcome == .optimal, solution.values.count == model.variables.count else { return nil }
    var start = solution.values
    for j in integer {
      let whole = start[j].rounded()
      guard abs(start[j] - whole) <= 1e-6 else { return nil }
      start[j] = whole
    }
    return start
  }
}
