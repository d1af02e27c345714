/// A deferred channel's columns and rows, shared by stage 1 (`ShiftCountModel`) and the channel
/// split (`ChannelSplit`) so both state exactly the same rule (the lower bound depends on it).
///
/// Work is never dropped: it is served late, first come first served, and the week repeats (as
/// validation's `DeferredFlow` runs it). The week starts with last week's carry-over, taken as the
/// work of the week's last `W` intervals or, when the channel closes earlier, of every interval
/// after its last open one (no roster serves that work within the week: a Saturday-evening e-mail
/// of a channel closed until Monday): `K = A - P[k]`, `k = min(T - W, last open + 1)`, each part
/// dated by its arrival last week; the week may carry at most as much into next week. Per deferred
/// channel `c` (`w` workload, `A = sum w`, `B` the backlog given at the week's start, `W` the window, `P[k] = sum_{tau<k} w`):
/// - `served[c,t]`: cumulative work served by the end of `t`, carry-over and backlog included,
///   `0 <= served <= K + B + P[t+1]` (nothing is served before it arrives);
/// - `late[c,t] >= 0`: work past its due interval and not yet served at the end of `t`, costing
///   `pi_c * Delta / W` per agent-interval and interval late, so work late by a whole window costs
///   `pi_c * Delta` per agent-interval (what dropping it cost before); only where something is due;
/// - `carried[c] >= 0`: work the week cannot serve at all (it serves less than arrives), costing
///   `pi_c * Delta` per agent-interval: a slack that keeps the model feasible.
///
/// Rows: `deferred[c,t]`: `served[t] - served[t-1] - sum_g serve[g,c,t] = 0`;
/// `due[c,t]`: `served[t] + late[t] >= D[t]`, the work due by the end of `t`: for `t >= W-1`,
/// `K + B + P[t-W+2]` (the backlog by `W - 1`, work of `tau` by `tau + W - 1`), before that the
/// carry-over due by then, `P[t-W+2+T] - P[k]`;
/// `steadyState[c]`: `served[T-1] + carried >= B + A`: the week serves the backlog and its own
/// arrivals, so it carries into next week at most the `K` it started with.
struct DeferredLateness {
  let id: String
  let window: Int
  /// `K + B + P[t+1]`: the carry-over, the backlog and the work arrived up to and including `t`.
  let arrived: [Double]
  /// `D[t]`: work due by the end of `t`.
  let due: [Double]
  /// `B + A`: the least service of the week.
  let steadyState: Double
  /// Objective per agent-interval late per interval (`pi_c * Delta / W`), and per agent-interval carried.
  let latePenalty: Double
  let carriedPenalty: Double

  /// The week's promise as a row over `late` (nil: lateness priced only), see `DeferredPromiseRow`.
  let promise: DeferredPromiseRow?

  /// Columns: `served[t]`, `late[t]` (nil when nothing is due), `carried`, `shortfall` (with a promise).
  var servedColumn: [Int] = []
  var lateColumn: [Int?] = []
  var carriedColumn = -1
  var shortfallColumn: Int?

  /// `nil` for an immediate channel.
  init?(_ channel: ChannelDemand, intervalCount T: Int, hours: Double) {
    guard case .deferred(let workload, let window, let backlog) = channel.demand else { return nil }
    let W = max(1, window)
    var prefix = [0.0]
    for t in 0..<T { prefix.append(prefix[t] + (t < workload.count ? workload[t] : 0)) }
    let P = { (k: Int) in prefix[max(0, min(T, k))] }
    let total = prefix[T]
    // With only the last W intervals carried, a channel closed from Saturday 18:00 to Monday
    // would owe its Saturday evening's work as `carried` in every roster.
    let open = (0..<T).map { channel.isOpen($0) }
    let lastOpen = open.lastIndex(of: true)
    let carryStart = lastOpen.map { min(T - W, $0 + 1) } ?? (T - W)
    let carry = total - P(carryStart)
    id = channel.id
    self.window = W
    arrived = (0..<T).map { carry + backlog + prefix[$0 + 1] }
    // Work of interval tau is due by the end of tau + W - 1; the backlog by W - 1; last week's
    // work of tau by tau - T + W - 1.
    due = (0..<T).map { t in
      t >= W - 1 ? carry + backlog + P(t - W + 2) : max(0, P(t - W + 2 + T) - P(carryStart))
    }
    steadyState = backlog + total
    carriedPenalty = channel.unmetPenaltyPerHour * hours
    latePenalty = carriedPenalty / Double(W)
    if let deferredPromise = channel.deferredPromise {
      promise = DeferredPromiseRow(
        deferredPromise, workload: workload, open: open, window: W, arrived: arrived, due: due)
    } else {
      promise = nil
    }
  }

  /// Adds the channel's columns to `model`.
  mutating func addColumns(to model: inout LinearModel, label: (Int) -> String) {
    servedColumn = arrived.indices.map { t in
      model.addVariable(.init(name: "served[\(id),\(label(t))]", lower: 0, upper: arrived[t]))
    }
    lateColumn = due.indices.map { t in
      guard due[t] > 1e-12 else { return nil }
      return model.addVariable(.init(name: "late[\(id),\(label(t))]", objective: latePenalty))
    }
    carriedColumn = model.addVariable(.init(name: "carried[\(id)]", objective: carriedPenalty))
    if promise != nil {
      shortfallColumn = model.addVariable(.init(name: "shortfall[\(id)]", objective: carriedPenalty))
    }
  }

  /// Adds the channel's rows; `serve(t)` lists the columns serving the channel in `t`.
  func addRows(to model: inout LinearModel, label: (Int) -> String, serve: (Int) -> [Int]) {
    for t in servedColumn.indices {
      var terms: [(column: Int, coefficient: Double)] = [(servedColumn[t], 1)]
      if t > 0 { terms.append((servedColumn[t - 1], -1)) }
      terms += serve(t).map { ($0, -1) }
      model.addConstraint(.init(name: "deferred[\(id),\(label(t))]", bounds: .equal(0), terms: terms))
      if let late = lateColumn[t] {
        model.addConstraint(
          .init(
            name: "due[\(id),\(label(t))]", bounds: .atLeast(due[t]),
            terms: [(servedColumn[t], 1), (late, 1)]))
      }
    }
    if let last = servedColumn.last, steadyState > 1e-12 {
      model.addConstraint(
        .init(
          name: "steadyState[\(id)]", bounds: .atLeast(steadyState),
          terms: [(last, 1), (carriedColumn, 1)]))
    }
    if let promise, let shortfallColumn {
      // Work the week cannot serve is never on time (and delays every later week behind it).
      // The late work counted, summed per block of a day's intervals into one column each: one
      // dense row over the week's intervals made GLPK's simplex 14 times slower on benchmark M (2.4
      // to 33 s), a chain of running sums its interior point 4 times slower on a planner's week.
      var sums: [Int] = []
      let counted = countedIntervals(promise)
      for block in stride(from: 0, to: counted.count, by: Self.promiseBlock) {
        let members = counted[block..<min(counted.count, block + Self.promiseBlock)]
        let sum = model.addVariable(.init(name: "lateCounted[\(id),\(label(members.first!))]"))
        model.addConstraint(
          .init(
            name: "lateCounted[\(id),\(label(members.first!))]", bounds: .equal(0),
            terms: [(sum, 1)] + members.map { (lateColumn[$0]!, -promise.slices[$0]!.weight) }))
        sums.append(sum)
      }
      var terms: [(column: Int, coefficient: Double)] = [(shortfallColumn, 1), (carriedColumn, -1)]
      terms += sums.map { ($0, -1) }
      model.addConstraint(
        .init(name: "deferredPromise[\(id)]", bounds: .atLeast(promise.rightHandSide), terms: terms))
    }
  }

  /// The intervals whose late work the promise row counts: a slice falls due there, not given up,
  /// and something is due (the rows' `late` column exists).
  private func countedIntervals(_ promise: DeferredPromiseRow) -> [Int] {
    promise.slices.indices.filter { t in (promise.slices[t].map { !$0.givenUp } ?? false) && due[t] > 1e-12 }
  }

  /// Intervals whose late work one `lateCounted` column sums.
  static let promiseBlock = 96

  /// Late work per interval in agent-intervals of late work: `late[t] / W` (zero where nothing is due).
  func unmet(_ values: [Double]) -> [Double] {
    lateColumn.map { $0.map { max(0, values[$0]) / Double(window) } ?? 0 }
  }

  /// What the channel's columns cost with `serve[t]` agent-intervals on it in each interval (a
  /// roster as written), each at its least as the rows allow: served first come first served up to
  /// what has arrived (time beyond it is idle), `late`, `carried` and the promise's `shortfall`
  /// priced as in the model, less `epsilon` per agent-interval served; and `late[t] / W` per
  /// interval. The roster's objective counts deferred channels with it, as it counts immediate
  /// ones at the roster's own agents: with the split LP's figures instead, time the roster moved
  /// from e-mail to voice lowered voice's penalties and cost e-mail nothing (a random plan's roster
  /// came out 49 below stage 1's bound).
  func cost(serving serve: [Double], epsilon: Double) -> (objective: Double, unmet: [Double]) {
    var served = 0.0
    var late = Array(repeating: 0.0, count: due.count)
    for t in arrived.indices {
      served = min(arrived[t], served + max(0, t < serve.count ? serve[t] : 0))
      if due[t] > 1e-12 { late[t] = max(0, due[t] - served) }
    }
    let carried = max(0, steadyState - served)
    var objective = latePenalty * late.reduce(0, +) + carriedPenalty * carried - epsilon * served
    if let promise {
      let counted = countedIntervals(promise).reduce(0.0) { $0 + promise.slices[$1]!.weight * late[$1] }
      objective += carriedPenalty * max(0, promise.rightHandSide + carried + counted)
    }
    return (objective, late.map { $0 / Double(window) })
  }
}
