import Forecast
import Foundation

/// First-come-first-served flow of deferred work (e-mail, messaging) through the capacity a roster
/// puts on the channel, giving how long each interval's contacts wait for completion.
///
/// Model (fluid, FIFO, the same assumptions as ``DeferredWork``):
/// - Work arriving in interval `i` is `volume × AHT` agent-seconds; it arrives at any hour.
/// - Capacity in interval `j` is `available agents × interval seconds × concurrency`, the available
///   agents being rostered agents × (1 − shrinkage).
/// - Work is served in arrival order; unserved work is carried over as backlog.
/// - Work of interval `i` completed in interval `j` took `j − i + 1` intervals: it is within a promise
///   of `W` intervals when `j − i + 1 <= W` (a 24 h promise on 15-minute intervals is 96).
/// - The roster repeats every week: the week is run three times in a row (backlog carried over) and
///   the middle week is measured, so Monday's e-mails queue behind last Saturday's and Saturday
///   evening's are answered by next Sunday's staff. Work not completed by the end of the third week
///   is never on time.
///
/// Example: 10 e-mails of 360 s arrive at 08:00 on 15-minute intervals; one agent (no shrinkage)
/// does 2.5 per interval: 2.5 complete within 1 interval, 5 within 2, 10 within 4; so 90%/1h is
/// kept (100 % within 4 intervals) and 90%/30m is not (50 %).
struct DeferredFlow {
  /// Per measured arrival interval: the contacts completed within each delay (in intervals) are
  /// summarised as on-time contacts and the mean delay.
  struct Result {
    /// Contacts completed `d` intervals after arrival (`d` from 1), over the measured week.
    var delayHistogram: [Double]
    /// Per arrival interval of the week: contacts on time within `window` intervals.
    var onTime: [Double]
    /// Per arrival interval: mean intervals to completion of the contacts that were completed.
    var meanDelay: [Double?]
    /// Contacts arriving in the week.
    var total: Double
    /// Per interval of the week: capacity seconds used (the measured, middle week).
    var used: [Double] = []

    /// Share of the week's contacts completed within `window` intervals (1 with no contacts).
    func share(within window: Int) -> Double {
      guard total > 0 else { return 1 }
      return delayHistogram.prefix(window + 1).reduce(0, +) / total
    }

    /// The shortest whole number of intervals (up to two weeks) within which `share` of the
    /// contacts complete, as a promise at that share; nil when none.
    func strongest(_ share: Percentage, intervalSeconds: Double) -> ServiceTarget? {
      var reached = 0.0
      for delay in 1..<delayHistogram.count {
        reached += delayHistogram[delay]
        if total == 0 || reached >= share.fraction * total * (1 - 1e-12) {
          return ServiceTarget(share: share, answerTime: .seconds(Double(delay) * intervalSeconds))
        }
      }
      return nil
    }
  }

  /// The promise's answer time in whole intervals (rounded up, at least one).
  static func window(_ target: ServiceTarget, intervalSeconds: Double) -> Int {
    max(1, Int((target.answerTime.inSeconds / intervalSeconds).rounded(.up)))
  }

  /// Runs the flow. `volume`, `handleSeconds`, `capacitySeconds` are per interval of one week.
  static func run(volume: [Double], handleSeconds: [Double], capacitySeconds: [Double], window: Int) -> Result {
    let count = volume.count
    var histogram = [Double](repeating: 0, count: 2 * count + 2)
    var onTime = [Double](repeating: 0, count: count)
    var delaySum = [Double](repeating: 0, count: count)
    var done = [Double](repeating: 0, count: count)
    var used = [Double](repeating: 0, count: count)
    var backlog: [(arrival: Int, work: Double)] = []
    var head = 0
    for global in 0..<(3 * count) {
      let index = global % count
      let work = volume[index] * max(handleSeconds[index], 0.001)
      if work > 0 { backlog.append((global, work)) }
      var capacity = capacitySeconds[index]
      while capacity > 0, head < backlog.count {
        let take = min(capacity, backlog[head].work)
        capacity -= take
        if global >= count, global < 2 * count { used[index] += take }
        backlog[head].work -= take
        let arrival = backlog[head].arrival
        if arrival >= count, arrival < 2 * count {
          let local = arrival - count
          let contacts = take / max(handleSeconds[local], 0.001)
          let delay = global - arrival + 1
          histogram[delay] += contacts
          if delay <= window { onTime[local] += contacts }
          delaySum[local] += contacts * Double(delay)
          done[local] += contacts
        }
        if backlog[head].work <= 1e-9 { head += 1 }
      }
      if head > 4096 {
        backlog.removeFirst(head)
        head = 0
      }
    }
    return Result(
      delayHistogram: histogram, onTime: onTime,
      meanDelay: (0..<count).map { done[$0] > 0 ? delaySum[$0] / done[$0] : nil },
      total: volume.reduce(0, +), used: used)
  }
}
