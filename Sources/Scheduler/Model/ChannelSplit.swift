/// Stage 3b: with the roster fixed, splits each skill group's agents at work across channels.
///
/// A linear program over `serve[group,channel,t]`, `unmet[channel,t]` and, for deferred channels,
/// `dropped` and `done`: the rows `coverDemand` and `deferredWork` of stage 1, and a capacity row
/// whose right-hand side is the number of the group's agents at work (not on break) in `t`.
struct ChannelSplit {
  /// `serve[k][c][t]`: agent-intervals skill group `k` gives channel `c` in `t`.
  var serve: [[[Double]]]
  /// `unmet[c][t]`: unmet agents (immediate) or dropped work (deferred).
  var unmet: [[Double]]
  /// The LP's objective: penalties, less the over-staffing credit (see FORMULATION.md).
  var objective: Double

  init(problem: SchedulingProblem, skillSets: [[Int]], working: [[Double]]) throws(SchedulingError) {
    let T = problem.intervalCount
    let C = problem.channels.count
    let hours = problem.hoursPerInterval
    let epsilon = problem.overstaffPenaltyPerHour * hours
    var model = LinearModel(name: "staffplan_channel_split")
    let label = { (t: Int) in problem.labels[t] }
    var serveColumn = Array(repeating: Array(repeating: [Int?](repeating: nil, count: T), count: C), count: skillSets.count)
    var cover = Array(repeating: [(column: Int, coefficient: Double)](), count: C * T)
    for (k, skills) in skillSets.enumerated() {
      let name = skills.map { problem.channels[$0].id }.joined(separator: "+")
      for t in 0..<T where working[k][t] > 0 {
        var terms: [(column: Int, coefficient: Double)] = []
        for c in skills where problem.channels[c].isOpen(t) {
          let column = model.addVariable(
            .init(
              name: "serve[\(name),\(problem.channels[c].id),\(label(t))]",
              objective: problem.channels[c].isDeferred ? -epsilon : 0))
          serveColumn[k][c][t] = column
          terms.append((column, 1))
          cover[c * T + t].append((column, 1))
        }
        if !terms.isEmpty {
          model.addConstraint(
            .init(name: "capacity[\(name),\(label(t))]", bounds: .atMost(working[k][t]), terms: terms))
        }
      }
    }
    var unmetColumn = Array(repeating: [Int?](repeating: nil, count: T), count: C)
    let targets = problem.staffingTargets()
    for (c, channel) in problem.channels.enumerated() {
      let penalty = channel.unmetPenaltyPerHour * hours
      switch channel.demand {
      case .immediate:
        let required = targets[c]!
        for t in 0..<T where channel.isOpen(t) && required[t] > 0 {
          let u = model.addVariable(.init(name: "unmet[\(channel.id),\(label(t))]", objective: penalty + epsilon))
          unmetColumn[c][t] = u
          model.objectiveConstant -= epsilon * required[t]
          model.addConstraint(
            .init(
              name: "cover[\(channel.id),\(label(t))]", bounds: .atLeast(required[t]),
              terms: cover[c * T + t] + [(u, 1)]))
        }
      case .deferred(let workload, let window, let backlog):
        var prefix = [0.0]
        for w in workload { prefix.append(prefix.last! + w) }
        var previous: Int?
        for t in 0..<T {
          let dropped = model.addVariable(.init(name: "dropped[\(channel.id),\(label(t))]", objective: penalty))
          unmetColumn[c][t] = dropped
          let due = (t >= window - 1 ? backlog : 0) + prefix[max(0, t - window + 2)]
          let done = model.addVariable(
            .init(name: "done[\(channel.id),\(label(t))]", lower: due, upper: backlog + prefix[t + 1]))
          var terms: [(column: Int, coefficient: Double)] = [(done, 1), (dropped, -1)]
          if let previous { terms.append((previous, -1)) }
          terms += cover[c * T + t].map { ($0.column, -1) }
          model.addConstraint(.init(name: "deferred[\(channel.id),\(label(t))]", bounds: .equal(0), terms: terms))
          previous = done
        }
      }
    }
    let solution: Solution
    do {
      solution = try GLPKSolver().solve(model)
    } catch {
      throw .solverFailed("channel split: \(error)")
    }
    guard solution.outcome.hasSolution else {
      throw .solverFailed("channel split LP ended \(solution.outcome)")
    }
    let values = solution.values
    serve = serveColumn.map { $0.map { $0.map { $0.map { values[$0] } ?? 0 } } }
    unmet = unmetColumn.map { $0.map { $0.map { values[$0] } ?? 0 } }
    objective = solution.objective ?? 0
  }
}
