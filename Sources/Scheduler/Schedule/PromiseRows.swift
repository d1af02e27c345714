/// A line channel's promise columns and rows, shared by stage 1 (`ShiftCountModel`) and the
/// channel split (`ChannelSplit`) so both state exactly the same rule (the lower bound depends on it).
///
/// Per channel `c` with a ``ServicePromise`` and interval `t` with a ``ServiceCurve`` (`V` contacts):
/// - `onChannel[c,t]`: the agents on the channel, `sum_g serve[g,c,t]` (one column, so each curve
///   row has two terms);
/// - `level[c,t]` up to the curve's top: the share answered within the promised time;
/// - `serviceCurve[c,t,k]`: `level - slope_k onChannel <= intercept_k`, one row per chord of the
///   curve (exact between whole servers around the requirement, under the formula elsewhere above
///   the floor). Rows in shares, not contacts: in contacts their coefficients ran to hundreds and
///   GLPK's interior point failed on the demo (GLP_EINSTAB), falling back to a 90 s simplex;
///   in shares it converges in about 21 s;
/// - `shortfall[c]` >= 0: contacts short of the promise, priced so that an agent-hour that buys
///   service at the requirement's average rate is worth `pi_c` (the unmet penalty per agent-hour):
///   `pi_c x (the week's requirement in agent-hours / the week's contacts)` per contact;
/// - `promise[c]`: `sum_t V_t level[c,t] + shortfall[c] >= (share + margin) x the week's contacts`.
/// The floor is the cover row's target (``SchedulingProblem/staffingTargets()``), with its unmet.
/// With enough agents the cheapest roster keeps the promise; without, the shortfall's price buys
/// the most answered contacts the agents can give.
struct PromiseRows {
  let id: String
  let promise: ServicePromise
  /// Objective per contact short of the promise.
  let shortfallPenalty: Double

  var levelColumn: [Int?] = []
  var shortfallColumn = -1

  /// The week row's right-hand side: the promise plus its margin (``ServicePromise/margin``) of
  /// the week's contacts, at most 99.9 %.
  var promisedContacts: Double { min(0.999, promise.share + promise.margin) * promise.volume.reduce(0, +) }

  /// `nil` for a channel without a promise or with no contacts to promise.
  init?(_ channel: ChannelDemand, hours: Double) {
    guard let promise = channel.promise, case .immediate(let required) = channel.demand,
      promise.promisedContacts > 1e-9
    else { return nil }
    id = channel.id
    self.promise = promise
    let contacts = promise.volume.reduce(0, +)
    let agentHours = max(hours, required.reduce(0, +) * hours)
    shortfallPenalty = channel.unmetPenaltyPerHour * agentHours / contacts
  }

  /// Adds `level[t]` and `shortfall` to `model`.
  mutating func addColumns(to model: inout LinearModel, label: (Int) -> String) {
    levelColumn = promise.curves.enumerated().map { t, curve in
      guard let curve, t < promise.volume.count, promise.volume[t] > 0 else { return nil }
      // Far below the floor the first chord falls under 0 (it is the formula's slope just below
      // the floor): the level may follow it there, a pessimistic count where nobody can answer.
      let lowest = min(0, curve.chords.map(\.intercept).min() ?? 0)
      return model.addVariable(.init(name: "level[\(id),\(label(t))]", lower: lowest, upper: curve.topLevel))
    }
    shortfallColumn = model.addVariable(.init(name: "shortfall[\(id)]", objective: shortfallPenalty))
  }

  /// Adds the curve rows and the week's row; `serve(t)` lists the columns serving the channel in `t`.
  func addRows(to model: inout LinearModel, label: (Int) -> String, serve: (Int) -> [Int]) {
    var week: [(column: Int, coefficient: Double)] = [(shortfallColumn, 1)]
    for (t, column) in levelColumn.enumerated() {
      guard let column, let curve = promise.curves[t] else { continue }
      week.append((column, promise.volume[t]))
      // The agents on the channel in one column: each chord row then has two terms, not one per class.
      let agents = model.addVariable(.init(name: "onChannel[\(id),\(label(t))]"))
      model.addConstraint(
        .init(
          name: "onChannel[\(id),\(label(t))]", bounds: .equal(0),
          terms: [(agents, 1)] + serve(t).map { ($0, -1) }))
      for (k, chord) in curve.chords.enumerated() {
        model.addConstraint(
          .init(
            name: "serviceCurve[\(id),\(label(t)),\(k)]", bounds: .atMost(chord.intercept),
            terms: [(column, 1), (agents, -chord.slope)]))
      }
    }
    model.addConstraint(.init(name: "promise[\(id)]", bounds: .atLeast(promisedContacts), terms: week))
  }

  /// Contacts short of the promise, as the model's solution counts them.
  func shortfall(_ values: [Double]) -> Double { max(0, values[shortfallColumn]) }

  /// Contacts short of the promise with `onChannel[t]` agents on the channel (a roster as
  /// written): the same curves and the same levels as the rows, read at those agents (capped
  /// at 0, a random plan's voice channel nobody could answer cost 11,000 less in its roster
  /// than stage 1's optimum, and the bound was silently cut to the objective).
  func shortfall(onChannel: [Double]) -> Double {
    let answered = promise.curves.indices.reduce(0.0) { sum, t in
      sum + (promise.curves[t].map { promise.volume[t] * $0.modelLevel(at: onChannel[t]) } ?? 0)
    }
    return max(0, promisedContacts - answered)
  }
}
