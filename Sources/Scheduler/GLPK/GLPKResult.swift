import CGLPK
import Forecast

/// Turns GLPK's return codes and statuses into a `Solution`, reading values when there are some.
///
/// `glp_simplex` and `glp_intopt` return 0 when they ran to the end (the status then says
/// optimal, infeasible or unbounded) or a `GLP_E*` code when they stopped early. Codes that mean
/// "stopped by a limit" or "presolver proved no solution" become outcomes; the others (`GLP_EBADB`,
/// `GLP_ESING`, `GLP_ECOND`, `GLP_EBOUND`, `GLP_EFAIL`, `GLP_EROOT`...) mean GLPK could not run and
/// are thrown as `SolverError.solverFailed`.
enum GLPKResult {
  /// The result of `glp_simplex`, with primal values and row duals.
  static func continuous(
    _ problem: borrowing GLPKProblem, code: Int, text: String, columns: Int, rows: Int,
    start: ContinuousClock.Instant, interior: Bool = false
  ) throws(SolverError) -> Solution {
    var status: Int32 = 0
    var objective = 0.0
    var values = [Double](repeating: 0, count: columns)
    var duals = [Double](repeating: 0, count: rows)
    try problem.call(interior ? "glp_ipt_status" : "glp_get_status") { p, m in
      values.withUnsafeMutableBufferPointer { v in
        duals.withUnsafeMutableBufferPointer { d in
          interior
            ? sp_get_ipt_solution(
              p, &status, &objective, v.baseAddress, Int32(columns), d.baseAddress, Int32(rows), m.0, m.1)
            : sp_get_lp_solution(
              p, &status, &objective, v.baseAddress, Int32(columns), d.baseAddress, Int32(rows), m.0, m.1)
        }
      }
    }
    let outcome: Solution.Outcome
    switch (Int32(code), status) {
    case (0, GLP_OPT): outcome = .optimal
    case (0, GLP_NOFEAS), (0, GLP_INFEAS), (GLP_ENOPFS, _): outcome = .infeasible
    case (0, GLP_UNBND), (GLP_ENODFS, _): outcome = .unbounded
    case (GLP_ETMLIM, _), (GLP_EITLIM, _): outcome = .timeLimit(hasSolution: status == GLP_FEAS)
    default: throw .solverFailed(call: interior ? "glp_interior" : "glp_simplex", code: code, message: text)
    }
    let has = outcome.hasSolution
    return Solution(
      outcome: outcome, objective: has ? objective : nil,
      bestBound: outcome == .optimal ? objective : nil,
      gap: outcome == .optimal ? Percentage(fraction: 0) : nil,
      elapsed: start.duration(to: .now), values: has ? values : [],
      duals: outcome == .optimal ? duals : [])
  }

  /// The best point GLPK's interior-point method kept after stopping early (instability, no
  /// convergence), as an optimal solution when it is feasible for `model` and the Lagrangian bound
  /// of its row duals is within `bestPointTolerance` of its objective; that bound (valid whatever
  /// the duals) is the solution's `bestBound`.
  /// How far above its own Lagrangian bound a kept interior point may be: 0.1 %, well inside the
  /// roster's gap (the bound reported is the Lagrangian one, so the gap stays honest). A planner's
  /// 41-agent week stopped with GLP_EINSTAB at about 3e-4 after 49 s; at 1e-6 the point was
  /// thrown away and an unscaled retry and the simplex method took the relaxation to 148 s.
  static let bestPointTolerance = 1e-3

  static func interiorBestPoint(
    _ problem: borrowing GLPKProblem, model: LinearModel, columns: Int, rows: Int, start: ContinuousClock.Instant
  ) throws(SolverError) -> Solution? {
    guard model.sense == .minimize else { return nil }
    var status: Int32 = 0
    var objective = 0.0
    var values = [Double](repeating: 0, count: columns)
    var duals = [Double](repeating: 0, count: rows)
    try problem.call("glp_ipt_status") { p, m in
      values.withUnsafeMutableBufferPointer { v in
        duals.withUnsafeMutableBufferPointer { d in
          sp_get_ipt_solution(p, &status, &objective, v.baseAddress, Int32(columns), d.baseAddress, Int32(rows), m.0, m.1)
        }
      }
    }
    let primal = model.objectiveValue(values)
    guard primal.isFinite, model.isFeasible(values), let bound = model.lagrangianBound(duals: duals),
      primal - bound <= bestPointTolerance * max(1, abs(primal))
    else { return nil }
    return Solution(
      outcome: .optimal, objective: primal, bestBound: min(bound, primal),
      gap: Percentage(fraction: max(0, primal - bound) / max(1, abs(primal))),
      elapsed: start.duration(to: .now), values: values, duals: duals)
  }

  /// The result of `glp_intopt`, with the incumbent's values.
  static func integer(
    _ problem: borrowing GLPKProblem, code: Int, text: String, columns: Int, lastBound: Double?,
    requestedGap: Percentage?, start: ContinuousClock.Instant
  ) throws(SolverError) -> Solution {
    var status: Int32 = 0
    var objective = 0.0
    var values = [Double](repeating: 0, count: columns)
    try problem.call("glp_mip_status") { p, m in
      values.withUnsafeMutableBufferPointer { v in
        sp_get_mip_solution(p, &status, &objective, v.baseAddress, Int32(columns), m.0, m.1)
      }
    }
    let found = status == GLP_OPT || status == GLP_FEAS
    let bound = status == GLP_OPT && code == 0 ? objective : lastBound
    let gap = found ? Solution.relativeGap(objective: objective, bound: bound) : nil
    let outcome: Solution.Outcome
    switch (Int32(code), status) {
    case (0, GLP_OPT): outcome = .optimal
    case (0, GLP_FEAS), (GLP_EMIPGAP, _):
      outcome = .feasible(gap: gap ?? requestedGap ?? Percentage(fraction: 0))
    case (0, GLP_NOFEAS), (GLP_ENOPFS, _): outcome = .infeasible
    case (GLP_ENODFS, _): outcome = .unbounded
    case (GLP_ETMLIM, _): outcome = .timeLimit(hasSolution: found)
    default: throw .solverFailed(call: "glp_intopt", code: code, message: text)
    }
    let has = outcome.hasSolution
    return Solution(
      outcome: outcome, objective: has ? objective : nil, bestBound: bound,
      gap: outcome == .optimal ? Percentage(fraction: 0) : gap,
      elapsed: start.duration(to: .now), values: has ? values : [], duals: [])
  }
}
