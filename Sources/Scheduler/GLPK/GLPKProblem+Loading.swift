import CGLPK

extension GLPKProblem {
  /// Adds `count` columns; unchecked: a count below 1 reaches GLPK's fatal error.
  func addColumns(_ count: Int) throws(SolverError) {
    var first: Int32 = 0
    try call("glp_add_cols") { p, m in sp_add_cols(p, Int32(clamping: count), &first, m.0, m.1) }
  }

  /// Adds `count` rows; unchecked: a count below 1 reaches GLPK's fatal error.
  func addRows(_ count: Int) throws(SolverError) {
    var first: Int32 = 0
    try call("glp_add_rows") { p, m in sp_add_rows(p, Int32(clamping: count), &first, m.0, m.1) }
  }

  /// Loads the whole matrix from 0-based `(row, column, value)` triples; unchecked.
  func loadMatrix(_ entries: [(row: Int, column: Int, value: Double)]) throws(SolverError) {
    // glp_load_matrix reads ia[k], ja[k], ar[k] for k = 1...ne: slot 0 is ignored.
    var ia = [Int32](repeating: 0, count: entries.count + 1)
    var ja = [Int32](repeating: 0, count: entries.count + 1)
    var ar = [Double](repeating: 0, count: entries.count + 1)
    for (k, entry) in entries.enumerated() {
      ia[k + 1] = Int32(clamping: entry.row + 1)
      ja[k + 1] = Int32(clamping: entry.column + 1)
      ar[k + 1] = entry.value
    }
    let count = Int32(entries.count)
    try call("glp_load_matrix") { p, m in sp_load_matrix(p, count, ia, ja, ar, m.0, m.1) }
  }

  /// Builds `model` into this empty problem, names made valid by `LPNames`; validate first.
  func load(_ model: LinearModel) throws(SolverError) {
    let columnNames = LPNames.sanitized(model.variables.map(\.name), fallbackPrefix: "c")
    let rowNames = LPNames.sanitized(
      model.constraints.map(\.name), fallbackPrefix: "r", reserved: [LPNames.objective])
    let problemName = LPNames.sanitized(model.name)
    try call("glp_set_prob_name") { p, m in sp_set_prob_name(p, problemName, m.0, m.1) }
    let direction = model.sense == .minimize ? GLP_MIN : GLP_MAX
    try call("glp_set_obj_dir") { p, m in sp_set_obj_dir(p, direction, m.0, m.1) }
    // Column 0 of the objective is its constant term (glp_set_obj_coef, j = 0).
    let constant = model.objectiveConstant
    try call("glp_set_obj_coef") { p, m in sp_set_obj_coef(p, 0, constant, m.0, m.1) }

    try addColumns(model.variables.count)
    for (index, variable) in model.variables.enumerated() {
      let j = Int32(index + 1)
      if variable.kind != .continuous {
        // GLP_BV would reset the bounds to 0...1; an integer column with bounds in 0...1 is binary.
        try call("glp_set_col_kind") { p, m in sp_set_col_kind(p, j, GLP_IV, m.0, m.1) }
      }
      var lower = variable.lower
      var upper = variable.upper
      if variable.kind == .binary {
        lower = lower ?? 0
        upper = upper ?? 1
      }
      let (type, lb, ub) = Self.glpkBounds(lower: lower, upper: upper)
      let name = columnNames[index]
      let objective = variable.objective
      try call("glp_set_col_name") { p, m in sp_set_col_name(p, j, name, m.0, m.1) }
      try call("glp_set_col_bnds") { p, m in sp_set_col_bnds(p, j, type, lb, ub, m.0, m.1) }
      try call("glp_set_obj_coef") { p, m in sp_set_obj_coef(p, j, objective, m.0, m.1) }
    }

    guard !model.constraints.isEmpty else { return }
    try addRows(model.constraints.count)
    var entries: [(row: Int, column: Int, value: Double)] = []
    for (index, constraint) in model.constraints.enumerated() {
      let i = Int32(index + 1)
      let (type, lb, ub) = Self.glpkBounds(constraint.bounds)
      let name = rowNames[index]
      try call("glp_set_row_name") { p, m in sp_set_row_name(p, i, name, m.0, m.1) }
      try call("glp_set_row_bnds") { p, m in sp_set_row_bnds(p, i, type, lb, ub, m.0, m.1) }
      for term in constraint.terms where term.coefficient != 0 {
        entries.append((index, term.column, term.coefficient))
      }
    }
    try loadMatrix(entries)
  }

  /// GLPK's bound type and values for optional lower and upper bounds.
  static func glpkBounds(lower: Double?, upper: Double?) -> (Int32, Double, Double) {
    let lower = lower.flatMap { $0 == -.infinity ? nil : $0 }
    let upper = upper.flatMap { $0 == .infinity ? nil : $0 }
    switch (lower, upper) {
    case (nil, nil): return (GLP_FR, 0, 0)
    case (let l?, nil): return (GLP_LO, l, 0)
    case (nil, let u?): return (GLP_UP, 0, u)
    case (let l?, let u?): return (l == u ? GLP_FX : GLP_DB, l, u)
    }
  }

  /// GLPK's bound type and values for a row.
  static func glpkBounds(_ bounds: LinearModel.Constraint.Bounds) -> (Int32, Double, Double) {
    switch bounds {
    case .free: return glpkBounds(lower: nil, upper: nil)
    case .atLeast(let value): return glpkBounds(lower: value, upper: nil)
    case .atMost(let value): return glpkBounds(lower: nil, upper: value)
    case .equal(let value): return glpkBounds(lower: value, upper: value)
    case .range(let lower, let upper): return glpkBounds(lower: lower, upper: upper)
    }
  }
}
