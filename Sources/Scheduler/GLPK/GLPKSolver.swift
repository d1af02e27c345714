import CGLPK
import Forecast

/// Solves a `LinearModel` with GLPK 5.0: the simplex method for continuous models, branch-and-cut
/// (`glp_intopt`, MIP presolver on) when some variable is integer or binary.
///
/// Each `solve` creates the GLPK problem, solves it, reads the result and deletes it inside one
/// synchronous call, because GLPK's environment belongs to the calling thread. It throws only when
/// it could not run (an invalid model, a GLPK fatal error caught by the C guard, a numerical
/// failure); infeasible, unbounded, time limit and gap are `Solution.Outcome` values.
///
/// ```swift
/// let solver = GLPKSolver(timeLimit: .seconds(60), relativeGap: Percentage(fraction: 0.01))
/// let solution = try solver.solve(model) { progress in print(progress.gap as Any) }
/// ```
public struct GLPKSolver: Sendable, Equatable {
  /// Stop the search after this long and return the incumbent (GLPK's `tm_lim`); `nil`: no limit.
  public var timeLimit: Duration?
  /// Stop the search once the relative gap is at most this (GLPK's `mip_gap`); `nil`: prove optimality.
  public var relativeGap: Percentage?
  /// Ignore integrality and solve the linear relaxation with the simplex method.
  public var relaxationOnly: Bool
  /// The least time between two progress reports that do not bring a new incumbent.
  public var progressInterval: Duration
  /// Solve linear models (or the relaxation) with GLPK's interior-point method (`glp_interior`)
  /// instead of the simplex method, falling back to the simplex method if it fails to converge.
  ///
  /// Measured on the demo week's relaxation (8,338 rows, 27,062 columns): 7.4 s against 37.7 s for
  /// the primal simplex (glpsol, same machine). GLPK's interior-point method has no time limit and
  /// gives a non-basic solution (values strictly inside their bounds where the optimum is not unique).
  public var interiorPoint: Bool
  /// A known integer solution (one value per column) offered to branch-and-cut as its first
  /// incumbent, a warm start: the search keeps it unless it finds better, and prunes with it.
  /// With a start GLPK's MIP presolver is off (its columns would not be the model's).
  public var start: [Double]?

  public init(
    timeLimit: Duration? = nil, relativeGap: Percentage? = nil, relaxationOnly: Bool = false,
    progressInterval: Duration = .milliseconds(500), interiorPoint: Bool = false
  ) {
    self.timeLimit = timeLimit
    self.relativeGap = relativeGap
    self.relaxationOnly = relaxationOnly
    self.progressInterval = progressInterval
    self.interiorPoint = interiorPoint
  }

  /// Solves `model`; `progress` is called on this thread during a MIP search.
  ///
  /// The closure runs inside GLPK's callback: it must return quickly and must not solve or write
  /// another model (that is a precondition failure).
  public func solve(_ model: LinearModel, progress: ((SolverProgress) -> Void)? = nil)
    throws(SolverError) -> Solution
  {
    try model.validate()
    let start = ContinuousClock.now
    return try GLPKThread.exclusively { () throws(SolverError) -> Solution in
      let problem = try GLPKProblem()
      try problem.load(model)
      return try run(
        problem, columns: model.variables.count, rows: model.constraints.count,
        integer: model.hasIntegerVariables, start: start, progress: progress, model: model)
    }
  }

  /// Reads a CPLEX LP (`.lp`) or free MPS (`.mps`) file with GLPK and solves it; for checks.
  ///
  /// Free MPS carries no objective sense (GLPK reads and writes it as minimization), so `sense`
  /// overrides it for `.mps`; an LP file says its sense itself.
  func solve(fileAt path: String, mpsSense sense: LinearModel.Sense = .minimize)
    throws(SolverError) -> Solution
  {
    let start = ContinuousClock.now
    return try GLPKThread.exclusively { () throws(SolverError) -> Solution in
      let problem = try GLPKProblem()
      let isMPS = path.lowercased().hasSuffix(".mps")
      let (code, text) = try problem.callReturningCode(isMPS ? "glp_read_mps" : "glp_read_lp") {
        p, result, m in
        isMPS ? sp_read_mps(p, path, result, m.0, m.1) : sp_read_lp(p, path, result, m.0, m.1)
      }
      guard code == 0 else { throw .fileFailed(path: path, message: text) }
      if isMPS {
        let direction = sense == .minimize ? GLP_MIN : GLP_MAX
        try problem.call("glp_set_obj_dir") { p, m in sp_set_obj_dir(p, direction, m.0, m.1) }
      }
      var rows: Int32 = 0
      var columns: Int32 = 0
      var integers: Int32 = 0
      try problem.call("glp_get_num_cols") { p, m in
        sp_get_size(p, &rows, &columns, &integers, m.0, m.1)
      }
      return try run(
        problem, columns: Int(columns), rows: Int(rows), integer: integers > 0, start: start,
        progress: nil, model: nil)
    }
  }

  private func run(
    _ problem: borrowing GLPKProblem, columns: Int, rows: Int, integer: Bool,
    start: ContinuousClock.Instant, progress: ((SolverProgress) -> Void)?, model: LinearModel?
  ) throws(SolverError) -> Solution {
    let milliseconds = timeLimit.map(Self.milliseconds) ?? Int32.max
    if integer && !relaxationOnly {
      let relay = ProgressRelay(start: start, interval: progressInterval, report: progress)
      let gap = relativeGap?.fraction ?? 0
      let known = self.start.flatMap { $0.count == columns ? [0] + $0 : nil }
      let (code, text) = try withExtendedLifetime(relay) { () throws(SolverError) in
        let context = Unmanaged.passUnretained(relay).toOpaque()
        return try problem.callReturningCode("glp_intopt") { p, result, m in
          guard let known else {
            return sp_intopt(p, milliseconds, gap, ProgressRelay.function, context, result, m.0, m.1)
          }
          return known.withUnsafeBufferPointer { values in
            sp_intopt_from(
              p, milliseconds, gap, ProgressRelay.function, context, values.baseAddress, result, m.0, m.1)
          }
        }
      }
      return try GLPKResult.integer(
        problem, code: code, text: text, columns: columns, lastBound: relay.lastBound,
        requestedGap: relativeGap, start: start)
    }
    // Scaled first (as glpsol does), then unscaled: the demo's promise model stopped unscaled with
    // GLP_EINSTAB after 20 s in a debug build (then a 165 s simplex) and converged in a release
    // build; scaled it converges in both (27 s debug, 17-21 s release).
    for scale in interiorPoint ? [Int32(1), 0] : [] {
      let (code, text) = try problem.callReturningCode("glp_interior") { p, result, m in
        sp_interior(p, scale, result, m.0, m.1)
      }
      if code == 0 {
        let result = try GLPKResult.continuous(
          problem, code: code, text: text, columns: columns, rows: rows, start: start, interior: true)
        // An interior point that ends "infeasible" or "unbounded" proves nothing (a random plan
        // whose relaxation has an optimum ended so when its dual residual grew): the simplex
        // method decides (another interior point would take as long again for the same verdict).
        if result.outcome == .optimal { return result }
        break
      }
      // No convergence or numerical instability: GLPK keeps the best point it reached. Kept when
      // it is feasible and the Lagrangian bound of its duals proves it within 1e-6 (a planner's
      // week stopped with GLP_EINSTAB at a duality gap of 2e-8, then took a 90 s simplex);
      // otherwise the simplex method below decides.
      if let model, let kept = try GLPKResult.interiorBestPoint(
        problem, model: model, columns: columns, rows: rows, start: start)
      {
        return kept
      }
    }
    let (code, text) = try problem.callReturningCode("glp_simplex") { p, result, m in
      sp_simplex(p, milliseconds, 0, result, m.0, m.1)
    }
    return try GLPKResult.continuous(
      problem, code: code, text: text, columns: columns, rows: rows, start: start)
  }

  /// GLPK's `tm_lim`: milliseconds in an `int`, at least 1.
  static func milliseconds(_ duration: Duration) -> Int32 {
    let (seconds, attoseconds) = duration.components
    let total = Double(seconds) * 1000 + Double(attoseconds) / 1e15
    return Int32(max(1, min(Double(Int32.max), total.rounded(.up))))
  }
}
