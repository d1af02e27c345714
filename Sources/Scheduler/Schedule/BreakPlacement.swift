/// Stage 3a: places each named shift's breaks inside their windows.
///
/// Starts from the stage-1 break columns (how many shifts of a class and start take a break at
/// each position), handed out by largest remainder, then moves single breaks while that lowers
/// the shortfall of agents at work against the week's need (immediate requirement plus the
/// deferred work stage 1 served), spreading equal shortfalls (deepest share short first), and
/// keeps an agent's own breaks at least `min_work_between_breaks` apart (`BreakSpacing`).
struct BreakPlacement {
  /// `starts[a][d]`: the start interval of each break option of agent `a`'s shift on day `d`.
  var starts: [[[Int]]]

  init(
    problem: SchedulingProblem, catalog: ShiftCatalog, shiftOf: [[Int?]], classOf: [Int],
    stageOneBreaks: [[[Double]]], need: [Double]
  ) {
    let T = problem.intervalCount
    starts = shiftOf.map { $0.map { _ in [] } }
    // Agents holding each (class, break group), in agent order.
    var holders: [String: [(agent: Int, day: Int, option: Int)]] = [:]
    for (a, days) in shiftOf.enumerated() {
      for (d, s) in days.enumerated() {
        guard let s else { continue }
        let options = catalog.shifts[s].breaks
        starts[a][d] = options.map { $0.starts[$0.starts.count / 2] }
        for k in options.indices {
          holders["\(classOf[a])|\(catalog.breakGroupOf[s][k])", default: []].append((a, d, k))
        }
      }
    }
    for (key, list) in holders {
      let parts = key.split(separator: "|").map { Int($0)! }
      let values = stageOneBreaks[parts[0]].indices.contains(parts[1]) ? stageOneBreaks[parts[0]][parts[1]] : []
      let positions = catalog.breakGroups[parts[1]].starts
      guard values.count == positions.count, values.reduce(0, +) > 1e-6 else { continue }
      var slot = 0
      for (p, count) in Self.apportion(values, total: list.count).enumerated() {
        for _ in 0..<count {
          let (a, d, k) = list[slot]
          starts[a][d][k] = positions[p]
          slot += 1
        }
      }
    }
    // Breaks the largest remainder put too close (`min_work_between_breaks`) move to the nearest
    // starts that keep them apart; the plan check proved some exist for every shift length.
    // Each shift's own template says how far apart its breaks lie.
    let minWork = { (s: Int) in problem.shiftTemplates[catalog.shifts[s].template].minWorkBetweenBreaks }
    for (a, days) in shiftOf.enumerated() {
      for (d, s) in days.enumerated() {
        guard let s else { continue }
        // The search tries each break's current start first: spaced starts come back unchanged.
        let options = catalog.shifts[s].breaks.map { (length: $0.length, starts: $0.starts) }
        if let placed = BreakSpacing.placement(options, minWork: minWork(s), preferred: starts[a][d]) { starts[a][d] = placed }
      }
    }
    // Local search: move one break at a time while the shortfall drops.
    var working = Array(repeating: 0.0, count: T)
    for (a, days) in shiftOf.enumerated() {
      for (d, s) in days.enumerated() {
        guard let s else { continue }
        let shift = catalog.shifts[s]
        for t in shift.start..<min(shift.end, T) { working[t] += 1 }
        for (k, option) in shift.breaks.enumerated() {
          for t in starts[a][d][k]..<max(starts[a][d][k], min(starts[a][d][k] + option.length, T)) { working[t] -= 1 }
        }
      }
    }
    func shortfall(_ t: Int) -> Double { t < T ? max(0, need[t] - working[t]) : 0 }
    for _ in 0..<3 {
      var improved = false
      for (a, days) in shiftOf.enumerated() {
        for (d, s) in days.enumerated() {
          guard let s else { continue }
          let shift = catalog.shifts[s]
          for (k, option) in shift.breaks.enumerated() {
            let current = starts[a][d][k]
            let span = { (at: Int) in at..<max(at, min(at + option.length, T)) }
            for t in span(current) { working[t] += 1 }
            var best = (at: current, cost: Double.infinity, depth: Double.infinity)
            for at in option.starts {
              let clash = shift.breaks.indices.contains { j in
                j != k
                  && !BreakSpacing.apart((at, option.length), (starts[a][d][j], shift.breaks[j].length), minWork: minWork(s))
              }
              if clash { continue }
              // The cost of a break at `at`: the shortfall it adds; among equal ones, the one
              // where the shortfall is shallowest against the need (the square of the share
              // short grows with depth), so a short week's breaks spread instead of piling up
              // in one interval.
              var cost = 0.0, depth = 0.0
              for t in span(at) {
                let after = max(0, need[t] - working[t] + 1)
                cost += after - shortfall(t)
                depth += (after * after - shortfall(t) * shortfall(t)) / max(1, need[t])
              }
              let better = cost < best.cost - 1e-9 || (cost <= best.cost + 1e-9 && depth < best.depth - 1e-9)
              let tie = cost <= best.cost + 1e-9 && depth <= best.depth + 1e-9
              if better || (at == current && tie) { best = (at, cost, depth) }
            }
            if best.at != current { improved = true }
            starts[a][d][k] = best.at
            for t in span(best.at) { working[t] -= 1 }
          }
        }
      }
      if !improved { break }
    }
  }

  /// Whole counts summing to `total`, proportional to `values` (largest remainder).
  static func apportion(_ values: [Double], total: Int) -> [Int] {
    let sum = values.reduce(0, +)
    guard sum > 0, total > 0 else { return values.map { _ in 0 } }
    let exact = values.map { $0 / sum * Double(total) }
    var counts = exact.map { Int($0.rounded(.down)) }
    let order = exact.indices.sorted { exact[$0] - Double(counts[$0]) > exact[$1] - Double(counts[$1]) }
    var left = total - counts.reduce(0, +)
    for i in order where left > 0 { counts[i] += 1; left -= 1 }
    return counts
  }
}
