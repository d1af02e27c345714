import Forecast

/// What a solve returned: how it ended, the objective, the best bound, and the column values.
///
/// Values are present whenever `outcome.hasSolution`: the optimum, the incumbent when the gap or
/// the time limit stopped the search. For a minimization `bestBound` is a lower bound on every
/// feasible objective (for a maximization an upper bound), so `gap` says how far from optimal the
/// returned solution can be: `|objective - bestBound| / |objective|`, GLPK's relative MIP gap.
public struct Solution: Sendable, Equatable {
  /// How a solve ended; none of these is an error.
  public enum Outcome: Sendable, Equatable {
    /// Proven optimal, within GLPK's feasibility and integrality tolerances.
    case optimal
    /// Stopped because the relative gap fell to the requested one; the incumbent is returned.
    case feasible(gap: Percentage)
    /// Stopped by the time limit, with or without an incumbent.
    case timeLimit(hasSolution: Bool)
    /// No solution satisfies the constraints (for a MIP: none with integer values).
    case infeasible
    /// The objective improves without limit (for a MIP: its relaxation has no dual feasible
    /// solution, which GLPK's presolver reports also for some infeasible models).
    case unbounded

    /// Whether `Solution.values` holds a feasible point.
    public var hasSolution: Bool {
      switch self {
      case .optimal, .feasible: return true
      case .timeLimit(let hasSolution): return hasSolution
      case .infeasible, .unbounded: return false
      }
    }
  }

  /// How the solve ended.
  public var outcome: Outcome
  /// The objective of the returned solution; `nil` without one.
  public var objective: Double?
  /// The best proven bound on the optimum: a lower bound when minimizing, upper when maximizing.
  public var bestBound: Double?
  /// The relative gap between `objective` and `bestBound`; `nil` when either is unknown.
  public var gap: Percentage?
  /// Wall-clock time spent in GLPK, building and reading included.
  public var elapsed: Duration
  /// One value per variable, in model order; empty without a solution.
  public var values: [Double]
  /// One dual value (shadow price) per constraint, for a continuous model solved to optimality by
  /// the simplex method; empty otherwise. The dual of a row is the change of the objective per
  /// unit increase of its bound.
  public var duals: [Double]

  public init(
    outcome: Outcome, objective: Double?, bestBound: Double?, gap: Percentage?,
    elapsed: Duration, values: [Double], duals: [Double]
  ) {
    self.outcome = outcome
    self.objective = objective
    self.bestBound = bestBound
    self.gap = gap
    self.elapsed = elapsed
    self.values = values
    self.duals = duals
  }

  /// GLPK's relative gap, `|objective - bound| / (|objective| + epsilon)` (`glp_ios_mip_gap`).
  static func relativeGap(objective: Double?, bound: Double?) -> Percentage? {
    guard let objective, let bound else { return nil }
    let gap = abs(objective - bound) / (abs(objective) + Double.ulpOfOne)
    return gap.isFinite ? Percentage(fraction: gap) : nil
  }
}
