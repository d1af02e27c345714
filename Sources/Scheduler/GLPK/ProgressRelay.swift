import CGLPK
import Forecast

/// Carries the progress closure through GLPK's C callback, and remembers the last bound seen.
///
/// Passed to `sp_intopt` as an unretained `Unmanaged` context: the caller keeps it alive for the
/// whole synchronous `glp_intopt` call. The C callback runs on the solving thread, inside GLPK,
/// and calls `receive` with plain values; the closure must not call GLPK (see `GLPKThread`).
final class ProgressRelay {
  private let start: ContinuousClock.Instant
  private let interval: Duration
  private let report: ((SolverProgress) -> Void)?
  private var lastReport: ContinuousClock.Instant?
  private var lastIncumbent: Double?
  /// The best active node's bound at the last callback: a valid, possibly weaker, final bound.
  private(set) var lastBound: Double?

  init(start: ContinuousClock.Instant, interval: Duration, report: ((SolverProgress) -> Void)?) {
    self.start = start
    self.interval = interval
    self.report = report
  }

  /// The C function GLPK's callback calls; `context` is an unretained `ProgressRelay`.
  static let function: sp_progress_fn = { context, progress in
    guard let context, let progress else { return 0 }
    Unmanaged<ProgressRelay>.fromOpaque(context).takeUnretainedValue().receive(progress.pointee)
    return 0
  }

  private func receive(_ progress: sp_progress) {
    // Before the root LP is solved the best node's bound is +-DBL_MAX: no bound yet.
    let bound =
      progress.has_bound != 0 && abs(progress.bound) < .greatestFiniteMagnitude
      ? progress.bound : nil
    if let bound { lastBound = bound }
    let incumbent = progress.has_incumbent != 0 ? progress.incumbent : nil
    // GLPK's own heuristics store incumbents without a GLP_IBINGO call: compare values too.
    let isNewIncumbent = incumbent != nil && incumbent != lastIncumbent
    lastIncumbent = incumbent
    guard let report else { return }
    let now = ContinuousClock.now
    if !isNewIncumbent, let lastReport, lastReport.duration(to: now) < interval { return }
    lastReport = now
    report(
      SolverProgress(
        incumbent: incumbent,
        bestBound: bound,
        gap: incumbent == nil || !progress.gap.isFinite || progress.gap == .greatestFiniteMagnitude
          ? nil : Percentage(fraction: progress.gap),
        elapsed: start.duration(to: now),
        isNewIncumbent: isNewIncumbent))
  }
}
