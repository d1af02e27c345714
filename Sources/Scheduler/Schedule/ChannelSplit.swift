/// Stage 3b: with the roster fixed, splits each skill group's agents at work across channels.
///
/// A linear program over `serve[group,channel,t]`, `unmet[channel,t]`, `empty[channel,t]` and, for deferred channels,
/// `served`, `late` and `carried` (`DeferredLateness`): the rows `coverDemand` and `deferredWork`
/// of stage 1, the promise rows (`PromiseRows`) of channels scheduled to their promise, and a capacity row
/// whose right-hand side is the number of the group's agents at work (not on break) in `t`.
struct ChannelSplit {
  /// `serve[k][c][t]`: agent-intervals skill group `k` gives channel `c` in `t`.
  var serve: [[[Double]]]
  /// `unmet[c][t]`: unmet agents (immediate), or for a deferred channel the late work in `t`
  /// divided by the window (`late[c,t] / W`: summed over the week, agent-intervals of late work).
  var unmet: [[Double]]
  /// The LP's objective: penalties, less the over-staffing credit (see FORMULATION.md).
  var objective: Double
  /// Contacts short of each channel's promise, as the model counts them (0 without a promise).
  var shortfall: [Double]
  /// `worth[k][t]`: what one more agent of skill group `k` at work in `t` would take off the
  /// objective (the dual of its capacity row; 0 where the row is slack or the LP gave none).
  var worth: [[Double]]

  init(problem: SchedulingProblem, skillSets: [[Int]], working: [[Double]]) throws(SchedulingError) {
    let T = problem.intervalCount
    let C = problem.channels.count
    let hours = problem.hoursPerInterval
    let epsilon = problem.overstaffPenaltyPerHour * hours
    var model = LinearModel(name: "staffplan_channel_split")
    let label = { (t: Int) in problem.labels[t] }
    var serveColumn = Array(repeating: Array(repeating: [Int?](repeating: nil, count: T), count: C), count: skillSets.count)
    var cover = Array(repeating: [(column: Int, coefficient: Double)](), count: C * T)
    var capacityRow = Array(repeating: [Int?](repeating: nil, count: T), count: skillSets.count)
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
          capacityRow[k][t] = model.addConstraint(
            .init(name: "capacity[\(name),\(label(t))]", bounds: .atMost(working[k][t]), terms: terms))
        }
      }
    }
    var unmetColumns = Array(repeating: Array(repeating: [Int](), count: T), count: C)
    var deferred = [DeferredLateness?](repeating: nil, count: C)
    var promises = [PromiseRows?](repeating: nil, count: C)
    let targets = problem.staffingTargets()
    for (c, channel) in problem.channels.enumerated() {
      let penalty = channel.unmetPenaltyPerHour * hours
      switch channel.demand {
      case .immediate:
        let required = targets[c]!
        for t in 0..<T where channel.isOpen(t) && required[t] > 0 {
          let u = CoverShortage.addColumns(
            to: &model, channel: channel.id, label: label(t), target: required[t], penalty: penalty, epsilon: epsilon)
          unmetColumns[c][t] = u
          model.objectiveConstant -= epsilon * required[t]
          model.addConstraint(
            .init(
              name: "cover[\(channel.id),\(label(t))]", bounds: .atLeast(required[t]),
              terms: cover[c * T + t] + u.map { ($0, 1) }))
        }
        if var rows = PromiseRows(channel, hours: hours) {
          rows.addColumns(to: &model, label: label)
          rows.addRows(to: &model, label: label) { t in cover[c * T + t].map(\.column) }
          promises[c] = rows
        }
      case .deferred:
        var lateness = DeferredLateness(channel, intervalCount: T, hours: hours)!
        lateness.addColumns(to: &model, label: label)
        lateness.addRows(to: &model, label: label) { t in cover[c * T + t].map(\.column) }
        deferred[c] = lateness
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
    unmet = unmetColumns.enumerated().map { c, columns in
      deferred[c]?.unmet(values) ?? columns.map { $0.reduce(0) { $0 + values[$1] } }
    }
    objective = solution.objective ?? 0
    shortfall = promises.map { $0.map { $0.shortfall(values) } ?? 0 }
    let duals = solution.duals
    worth = capacityRow.map { rows in rows.map { row in row.map { duals.indices.contains($0) ? max(0, -duals[$0]) : 0 } ?? 0 } }
  }
}
