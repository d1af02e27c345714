extension LinearModel {
  /// The largest number of rows, columns or nonzeros GLPK's `int` indices can hold.
  static let glpkIndexLimit = Int(Int32.max) - 1

  /// Checks sizes, indices, finiteness and bounds, naming the first bad row or column.
  ///
  /// GLPK would abort on most of these (an index out of range, a duplicate matrix entry, lower >
  /// upper for a double-bounded column); the C guard turns that abort into an error, but
  /// validating here gives a message naming the row or column. Called by `solve` and `write`.
  public func validate() throws(SolverError) {
    guard !variables.isEmpty else { throw .invalidModel(reason: "the model has no variables") }
    guard variables.count <= Self.glpkIndexLimit, constraints.count <= Self.glpkIndexLimit else {
      throw .invalidModel(reason: "more rows or columns than GLPK can index")
    }
    guard objectiveConstant.isFinite else {
      throw .invalidModel(reason: "the objective constant is \(objectiveConstant)")
    }
    for (index, variable) in variables.enumerated() {
      if let reason = Self.problem(with: variable) {
        throw .invalidVariable(index: index, name: variable.name, reason: reason)
      }
    }
    var nonzeros = 0
    var seen = [Int: Int]()  // column -> row that last used it
    for (index, constraint) in constraints.enumerated() {
      if let reason = Self.problem(with: constraint.bounds) {
        throw .invalidConstraint(index: index, name: constraint.name, reason: reason)
      }
      for term in constraint.terms {
        let reason: String? =
          if !variables.indices.contains(term.column) {
            "term column \(term.column) is outside 0..<\(variables.count)"
          } else if !term.coefficient.isFinite {
            "coefficient of \(variables[term.column].name) is \(term.coefficient)"
          } else if seen[term.column] == index {
            "\(variables[term.column].name) appears twice; add the coefficients"
          } else { nil }
        if let reason { throw .invalidConstraint(index: index, name: constraint.name, reason: reason) }
        seen[term.column] = index
      }
      nonzeros += constraint.terms.count
    }
    guard nonzeros <= Self.glpkIndexLimit else {
      throw .invalidModel(reason: "more nonzeros than GLPK can index")
    }
  }

  private static func problem(with variable: Variable) -> String? {
    guard variable.objective.isFinite else { return "objective coefficient is \(variable.objective)" }
    if let lower = variable.lower, lower.isNaN || lower == .infinity { return "lower bound is \(lower)" }
    if let upper = variable.upper, upper.isNaN || upper == -.infinity { return "upper bound is \(upper)" }
    if let lower = variable.lower, let upper = variable.upper, lower > upper {
      return "lower bound \(lower) is above upper bound \(upper)"
    }
    if variable.kind == .binary {
      if let lower = variable.lower, lower < 0 || lower > 1 { return "binary with lower bound \(lower)" }
      if let upper = variable.upper, upper < 0 || upper > 1 { return "binary with upper bound \(upper)" }
    }
    return nil
  }

  private static func problem(with bounds: Constraint.Bounds) -> String? {
    switch bounds {
    case .free: return nil
    case .atLeast(let value), .atMost(let value), .equal(let value):
      return value.isFinite ? nil : "bound is \(value)"
    case .range(let lower, let upper):
      guard lower.isFinite, upper.isFinite else { return "range bounds are \(lower), \(upper)" }
      return lower <= upper ? nil : "range lower bound \(lower) is above upper bound \(upper)"
    }
  }
}
