/// A deferred channel's week promise as one row over `DeferredLateness`'s `late` columns.
///
/// First come, first served, the work arriving in `tau` is due by the end of `t = tau + W - 1`
/// behind everything due before it: with `S[t]` served by the end of `t` and `D[t]` due by then,
/// its on-time part is `clamp(S[t] - (D[t] - w[tau]), 0, w[tau])`, neither convex nor concave in
/// `S`, so no linear row states it exactly. Two linear under-counts are safe:
/// - `w[tau] - late[t]` (`late[t] >= D[t] - S[t]`), exact while the slice is on time or partly
///   late, below zero once the work queued ahead of it is itself late;
/// - `0`: the slice given up.
/// The row counts each slice the first way unless it is given up:
/// `sum_{t not given up} k[tau] (w[tau] - late[t]) + shortfall >= (share + margin) x sum_tau k[tau] w[tau]`
/// (`k` the contacts per agent-interval of the arrival interval, relative to the week's mean, so
/// the row counts contacts as validation does). A slice is given up when it is wholly late at the
/// least constant staffing of the open intervals that keeps the promise (or at unlimited staffing
/// when none keeps it): that staffing satisfies the row exactly, so the row never asks more than a
/// flat roster of known cost gives, and every roster the row accepts keeps the promise in
/// validation (which serves at least as much as the model does by every interval).
struct DeferredPromiseRow {
  struct Slice {
    /// Contacts per agent-interval of the arrival interval, relative to the week's mean.
    let weight: Double
    /// Work arriving in `tau`, in agent-intervals.
    let work: Double
    /// Work due before it: `D[t] - w[tau]`.
    let start: Double
    /// Counted as wholly late (`0`), not as `w - late`.
    let givenUp: Bool
  }

  /// Per due interval `t`: the slice arriving in `t - W + 1` (last week's for the first `W - 1`),
  /// nil where nothing of the week's arrivals falls due.
  let slices: [Slice?]
  /// The promised contact-weighted work, less what the slices not given up bring when on time.
  let rightHandSide: Double

  /// `nil` when no contact of the week falls due in it (a window longer than the week).
  init?(
    _ promise: DeferredPromise, workload: [Double], open: [Bool], window W: Int, arrived: [Double], due: [Double]
  ) {
    let T = due.count
    guard W <= T else { return nil }
    let work = (0..<T).map { $0 < workload.count ? max(0, workload[$0]) : 0 }
    let totalWork = work.reduce(0, +)
    let totalContacts = (0..<T).reduce(0.0) { $0 + ($1 < promise.contacts.count ? promise.contacts[$1] : 0) }
    guard totalWork > 1e-12 else { return nil }
    let mean = totalContacts / totalWork
    let weight = { (tau: Int) -> Double in
      guard mean > 0, tau < promise.contacts.count, work[tau] > 0 else { return 1 }
      return promise.contacts[tau] / work[tau] / mean
    }
    let weightedWork = (0..<T).reduce(0.0) { $0 + weight($1) * work[$1] }
    let target = min(0.999, promise.share + promise.margin) * weightedWork
    // Arrival interval of each due interval: tau = t - W + 1, last week's T + t - W + 1 before:
    // every arrival of the week once.
    let arrival = (0..<T).map { t -> Int? in
      let tau = t - W + 1 < 0 ? t - W + 1 + T : t - W + 1
      return tau >= 0 && tau < T && work[tau] > 1e-12 ? tau : nil
    }
    func onTime(staffing: Double) -> [Double] {
      var served = 0.0
      return (0..<T).map { t in
        if open[t] { served = min(arrived[t], served + staffing) }
        guard let tau = arrival[t] else { return 0 }
        return min(work[tau], max(0, served - (due[t] - work[tau])))
      }
    }
    func weighted(_ parts: [Double]) -> Double {
      parts.indices.reduce(0.0) { sum, t in sum + (arrival[t].map { weight($0) * parts[t] } ?? 0) }
    }
    var high = max(1, arrived.last ?? 0)
    if weighted(onTime(staffing: high)) >= target {
      var low = 0.0
      while high - low > 1e-6 * high {
        let middle = (low + high) / 2
        if weighted(onTime(staffing: middle)) >= target { high = middle } else { low = middle }
      }
    }
    let reference = onTime(staffing: high)
    slices = (0..<T).map { t in
      arrival[t].map { tau in
        Slice(
          weight: weight(tau), work: work[tau], start: due[t] - work[tau],
          givenUp: reference[t] <= 1e-9 * max(1, work[tau]))
      }
    }
    rightHandSide =
      target - slices.reduce(0.0) { sum, slice in sum + (slice.map { $0.givenUp ? 0 : $0.weight * $0.work } ?? 0) }
  }
}
