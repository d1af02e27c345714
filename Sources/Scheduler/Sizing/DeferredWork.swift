import Forecast

/// Deferred work (e-mail, messaging): contacts that may wait up to the target, so an interval
/// needs the work, not a queue.
///
/// Workload of an interval, in agent equivalents (agents busy for the whole interval):
///
///     workload = volume × AHT / interval length
///
/// Assumptions: work may wait up to the target answer time (e.g. 24 h), counted in elapsed time
/// from arrival; work arriving while the channel is closed waits for the next open interval;
/// handled first come first served. The scheduler places the staff within the window; here are
/// the workload and ``minimumConstantStaffing(workloads:open:window:share:)``, the smallest
/// constant staffing during open intervals that answers the target share in time.
public enum DeferredWork {
  /// Agent equivalents needed to handle `volume` contacts of `handleTime` arriving in `interval`.
  public static func workload(volume: Double, handleTime: Duration, interval: Duration) -> Double {
    precondition(interval > .zero, "interval must be positive")
    return volume * handleTime.inSeconds / interval.inSeconds
  }

  /// The smallest constant number of agents (real), staffed in every open interval, that answers
  /// at least `share` of the work within `window` intervals of its arrival.
  ///
  /// - Parameters:
  ///   - workloads: agent equivalents arriving in each interval (see ``workload(volume:handleTime:interval:)``).
  ///   - open: whether the channel is staffed in each interval (same length as `workloads`).
  ///   - window: intervals work may wait: work of interval `i` is on time when done by the end of
  ///     interval `i + window − 1` (a 24 h target on 15-minute intervals is 96).
  ///   - share: the share of work that must be on time (90 % for `90%/24h`).
  /// - Returns: `nil` when no constant staffing can do it (work arriving too long before the next
  ///   opening, or after the last one); `0` when there is no work.
  ///
  /// Work is fluid and first come first served; staffing `c` handles `c` agent-intervals of work
  /// per open interval. Completion times fall as `c` rises, so a bisection finds the smallest `c`
  /// to a relative 1e-9.
  public static func minimumConstantStaffing(
    workloads: [Double], open: [Bool], window: Int, share: Percentage = Percentage(fraction: 1)
  ) -> Double? {
    precondition(workloads.count == open.count, "one open flag per interval")
    precondition(window >= 1, "window must be at least one interval")
    let total = workloads.reduce(0, +)
    guard total > 0 else { return 0 }
    let needed = share.fraction * total * (1 - 1e-12)
    // With unlimited staff, work is done in the first open interval at or after its arrival.
    guard onTime(workloads, open, window, staffing: .infinity) >= needed else { return nil }
    var low = 0.0
    var high = max(total, 1)
    while high - low > 1e-9 * high {
      let middle = (low + high) / 2
      if onTime(workloads, open, window, staffing: middle) >= needed { high = middle } else { low = middle }
    }
    return high
  }

  /// Work done within its window at constant `staffing` (FIFO, fluid).
  static func onTime(_ workloads: [Double], _ open: [Bool], _ window: Int, staffing: Double) -> Double {
    var backlog: [(arrival: Int, amount: Double)] = []
    var head = 0
    var done = 0.0
    for index in workloads.indices {
      if workloads[index] > 0 { backlog.append((index, workloads[index])) }
      guard open[index] else { continue }
      var capacity = staffing
      while capacity > 0, head < backlog.count {
        let take = min(capacity, backlog[head].amount)
        if index <= backlog[head].arrival + window - 1 { done += take }
        capacity -= take
        backlog[head].amount -= take
        if backlog[head].amount <= 0 { head += 1 }
      }
    }
    return done
  }
}
