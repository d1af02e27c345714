/// A deferred channel's columns and rows, shared by stage 1 (`ShiftCountModel`) and the channel
/// split (`ChannelSplit`) so both state exactly the same rule (the lower bound depends on it).
///
/// Work is never dropped: it is served late. Columns, per deferred channel `c`:
/// - `served[c,t]`: cumulative work served by the end of `t`, `0 <= served <= B + sum_{tau<=t} w`
///   (nothing is served before it arrives);
/// - `late[c,t] >= 0`: work past its due interval and not yet served at the end of `t`, costing
///   `pi_c * Delta / W` per agent-interval and interval late, so work late by a whole window costs
///   `pi_c * Delta` per agent-interval (what dropping it cost before). Only where something is due;
/// - `carried[c] >= 0`: work carried into next week beyond the work of the week's last window,
///   costing `pi_c * Delta` per agent-interval (one more window of lateness).
///
/// Rows: `deferred[c,t]`: `served[t] - served[t-1] - sum_g serve[g,c,t] = 0`;
/// `due[c,t]`: `served[t] + late[t] >= due[t]` (the backlog by `W - 1`, work of `tau` by
/// `tau + W - 1`); `steadyState[c]`: `served[T-1] + carried >= B + sum_{tau < T-W} w` (the week
/// repeats: what is carried over is at most the work of its last `W` intervals).
struct DeferredLateness {
  let id: String
  let window: Int
  /// Work waiting at the week's start plus work arrived up to and including `t`.
  let arrived: [Double]
  /// Work due by the end of `t`.
  let due: [Double]
  /// The least cumulative service by the week's end in steady state.
  let steadyState: Double
  /// Objective per agent-interval late per interval (`pi_c * Delta / W`), and per agent-interval carried.
  let latePenalty: Double
  let carriedPenalty: Double

  /// Columns: `served[t]`, `late[t]` (nil when nothing is due), `carried`.
  var servedColumn: [Int] = []
  var lateColumn: [Int?] = []
  var carriedColumn = -1

  /// `nil` for an immediate channel.
  init?(_ channel: ChannelDemand, intervalCount T: Int, hours: Double) {
    guard case .deferred(let workload, let window, let backlog) = channel.demand else { return nil }
    let W = max(1, window)
    var prefix = [0.0]
    for t in 0..<T { prefix.append(prefix[t] + (t < workload.count ? workload[t] : 0)) }
    id = channel.id
    self.window = W
    arrived = (0..<T).map { backlog + prefix[$0 + 1] }
    // Work of interval tau is due by the end of tau + W - 1; the backlog by W - 1.
    due = (0..<T).map { t in (t >= W - 1 ? backlog : 0) + prefix[max(0, t - W + 2)] }
    steadyState = (T > W ? backlog : 0) + prefix[max(0, T - W)]
    carriedPenalty = channel.unmetPenaltyPerHour * hours
    latePenalty = carriedPenalty / Double(W)
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
  }

  /// Late work per interval in agent-intervals of late work: `late[t] / W` (zero where nothing is due).
  func unmet(_ values: [Double]) -> [Double] {
    lateColumn.map { $0.map { max(0, values[$0]) / Double(window) } ?? 0 }
  }
}
