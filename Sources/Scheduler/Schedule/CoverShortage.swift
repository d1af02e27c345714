/// What leaving an immediate channel's interval short of its target costs, in stage 1 and in the
/// channel split alike: `π_c` per missing agent-hour, except the last agent of the target (all of
/// a target below one), which costs `emptyFactor × π_c`.
///
/// An open line nobody answers is the one shortage a planner never publishes: callers reach a
/// number the center says is open and nobody picks up. With one price per missing agent, a short
/// week's model left a planner's 24/7 emergency line with nobody on it for 30 weekday-morning
/// intervals while its four skilled agents answered billing, whose contacts bought more of the
/// week's promises; a higher floor on emergency did not help (119 empty intervals), since below
/// the floor every missing agent cost the same. The last agent's price is convex on top of the
/// others (`unmet` is bounded by `target - last`, so the LP takes the cheap agents first) and
/// ten times the unmet price: more than an agent-hour buys anywhere through a promise (the
/// steepest chord of a service curve is about twice the requirement's average rate).
enum CoverShortage {
  /// The last agent's price, in multiples of the channel's unmet penalty.
  static let emptyFactor = 10.0

  /// Agents of `target` priced as the last one: one, or the whole target below one.
  static func lastAgent(_ target: Double) -> Double { min(1, max(0, target)) }

  /// The columns of interval `t`: `unmet` (at most `target - last`, when positive) and `empty` (the
  /// last agent), each costing `(penalty + epsilon)` or `(emptyFactor × penalty + epsilon)` per
  /// agent-interval (`penalty`, `epsilon` already times the interval's hours).
  static func addColumns(
    to model: inout LinearModel, channel: String, label: String, target: Double, penalty: Double, epsilon: Double
  ) -> [Int] {
    let last = lastAgent(target)
    var columns = [
      model.addVariable(.init(name: "empty[\(channel),\(label)]", objective: emptyFactor * penalty + epsilon))
    ]
    if target - last > 1e-9 {
      columns.append(
        model.addVariable(.init(name: "unmet[\(channel),\(label)]", upper: target - last, objective: penalty + epsilon)))
    }
    return columns
  }

  /// The cost of `shortage` agents short of `target` in one interval, as the columns price it.
  static func cost(_ shortage: Double, target: Double, penalty: Double, epsilon: Double) -> Double {
    let short = max(0, shortage)
    return (penalty + epsilon) * short + (emptyFactor - 1) * penalty * max(0, short - (target - lastAgent(target)))
  }
}
