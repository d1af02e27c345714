import Forecast

/// A snapshot of a running branch-and-cut search, passed to the progress closure.
///
/// Reported whenever the incumbent improved, and otherwise at most every
/// `GLPKSolver.progressInterval`, from GLPK's callback when it selects a node or finds a solution;
/// a branch-and-cut search reports at least once (its first node selection).
public struct SolverProgress: Sendable, Equatable {
  /// The objective of the best integer solution found so far; `nil` before the first one.
  public var incumbent: Double?
  /// The best bound of the open nodes (lower when minimizing); `nil` when no node is open.
  public var bestBound: Double?
  /// The relative gap between incumbent and bound; `nil` without an incumbent.
  public var gap: Percentage?
  /// Time since the solve started.
  public var elapsed: Duration
  /// True when this report is for a new, better incumbent.
  public var isNewIncumbent: Bool

  public init(
    incumbent: Double?, bestBound: Double?, gap: Percentage?, elapsed: Duration,
    isNewIncumbent: Bool
  ) {
    self.incumbent = incumbent
    self.bestBound = bestBound
    self.gap = gap
    self.elapsed = elapsed
    self.isNewIncumbent = isNewIncumbent
  }
}
