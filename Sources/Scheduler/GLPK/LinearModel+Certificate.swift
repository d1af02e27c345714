extension LinearModel {
  /// Whether `values` satisfy every bound and row of a minimization within `tolerance` (relative
  /// to each bound's size, at least absolute).
  func isFeasible(_ values: [Double], tolerance: Double = 1e-6) -> Bool {
    guard values.count == variables.count else { return false }
    func within(_ value: Double, _ lower: Double?, _ upper: Double?) -> Bool {
      if let lower, value < lower - tolerance * max(1, abs(lower)) { return false }
      if let upper, value > upper + tolerance * max(1, abs(upper)) { return false }
      return true
    }
    for (variable, value) in zip(variables, values) where !within(value, variable.lower, variable.upper) {
      return false
    }
    for row in constraints {
      let activity = row.terms.reduce(0) { $0 + $1.coefficient * values[$1.column] }
      let (lower, upper) = row.bounds.sides
      if !within(activity, lower, upper) { return false }
    }
    return true
  }

  /// A proven lower bound on a minimization's optimum from any row multipliers `duals` (weak
  /// duality, the Lagrangian): `sum_i y_i b_i + sum_j min over x_j's bounds of (c_j - sum_i y_i a_ij) x_j`,
  /// with `b_i` the row's lower bound where `y_i > 0` and its upper bound where `y_i < 0` (a
  /// multiplier pointing at an infinite side counts as 0). Nil when a column's reduced cost points
  /// at an infinite bound (no finite bound from these multipliers); an implied upper bound counts.
  func lagrangianBound(duals: [Double]) -> Double? {
    guard sense == .minimize, duals.count == constraints.count else { return nil }
    var reduced = variables.map(\.objective)
    var bound = objectiveConstant
    for (row, raw) in zip(constraints, duals) {
      let (lower, upper) = row.bounds.sides
      let side = raw > 0 ? lower : upper
      guard let side, raw != 0 else { continue }
      bound += raw * side
      for term in row.terms { reduced[term.column] -= raw * term.coefficient }
    }
    for (variable, cost) in zip(variables, reduced) {
      if cost > 0 {
        guard let lower = variable.lower else { return nil }
        bound += cost * lower
      } else if cost < 0 {
        guard let upper = variable.upper ?? variable.impliedUpper else { return nil }
        bound += cost * upper
      }
    }
    return bound
  }
}

extension LinearModel.Constraint.Bounds {
  /// The lower and upper side, nil where unbounded.
  var sides: (Double?, Double?) {
    switch self {
    case .atLeast(let value): (value, nil)
    case .atMost(let value): (nil, value)
    case .equal(let value): (value, value)
    case .range(let lower, let upper): (lower, upper)
    case .free: (nil, nil)
    }
  }
}
