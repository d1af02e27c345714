/// A line channel's published promise, judged over the week, as the scheduler optimises it.
///
/// "80 % of calls answered within 20 s" holds when the week's contacts answered in time reach 80 %
/// of the week's contacts (volume-weighted over intervals, as validation measures it), not when
/// every interval reaches 80 %. Scheduling to the promise (`--objective promise`) buys service
/// where it is cheapest and keeps every interval above a floor; `nil` on a channel keeps the
/// per-interval requirement (`--objective requirement`). FORMULATION.md, "Scheduling to the promise".
public struct ServicePromise: Sendable, Codable, Equatable {
  /// The share of the week's contacts to answer within the promised time (0.8 for 80/20).
  public var share: Double
  /// Contacts offered in each interval of the week, open or closed (closed ones are never
  /// answered: validation counts them at 0 %).
  public var volume: [Double]
  /// The service curve of each interval; nil where nobody can answer (no contacts, or closed).
  public var curves: [ServiceCurve?]
  /// Planned above `share` (0.002 = 0.2 point): the roster as written cuts split intervals on whole
  /// minutes, which moved the demo's chat week by up to 0.09 point from the split's plan (planned
  /// exactly at 80 %, it validated at 79.93 %); plus the plan's `service_level_margin`.
  public var margin: Double

  /// The technical margin alone (`service_level_margin: 0%`).
  public static let roundingMargin = 0.002

  public init(
    share: Double, volume: [Double], curves: [ServiceCurve?], margin: Double = roundingMargin
  ) {
    self.share = share
    self.volume = volume
    self.curves = curves
    self.margin = margin
  }

  /// The contacts the week must answer in time: `share` x the week's contacts.
  public var promisedContacts: Double { share * volume.reduce(0, +) }
}

/// Service level of one interval as a function of the agents on the channel, piecewise linear.
///
/// Points are (scheduled agents on the channel, service level) computed by the validation formula
/// (``LineQueueFigures``: Erlang C, Erlang A, chat), which interpolates linearly between whole
/// servers; between consecutive whole servers the chords here are that formula exactly, and the
/// longer chords outside the window lie under it where the curve is concave. Only the upper
/// concave hull of the points is kept, so every chord is a valid upper bound where the curve is
/// concave (above the floor in every interval measured). Points below the floor make the model
/// honest where an interval falls short of it (an unmet floor is priced, not forbidden).
public struct ServiceCurve: Sendable, Codable, Equatable {
  public struct Point: Sendable, Codable, Equatable {
    /// Scheduled agents on the channel (before shrinkage).
    public var agents: Double
    /// Service level within the promised answer time, 0-1.
    public var level: Double
    public init(agents: Double, level: Double) {
      self.agents = agents
      self.level = level
    }
  }

  /// The points kept: agents increasing, levels increasing, slopes falling (a concave hull).
  public private(set) var points: [Point]

  /// The agents the floor needs (scheduled agents on the channel): the cover row's target.
  public var floorAgents: Double

  /// The upper concave hull of `points` (any order; duplicates of agents keep the highest level);
  /// `floorAgents` defaults to the first point.
  public init(points: [Point], floorAgents: Double? = nil) {
    var sorted = points.sorted { $0.agents < $1.agents || ($0.agents == $1.agents && $0.level > $1.level) }
    sorted = sorted.enumerated().filter { i, p in i == 0 || p.agents > sorted[i - 1].agents + 1e-12 }.map(\.element)
    var hull: [Point] = []
    for p in sorted {
      // Drop points that do not raise the level (a flat or falling curve adds nothing).
      if let last = hull.last, p.level <= last.level + 1e-12 { continue }
      while hull.count >= 2 {
        let a = hull[hull.count - 2], b = hull[hull.count - 1]
        // b lies on or under the chord a-p: not on the upper hull.
        let cross = (b.agents - a.agents) * (p.level - a.level) - (b.level - a.level) * (p.agents - a.agents)
        if cross >= -1e-12 { hull.removeLast() } else { break }
      }
      hull.append(p)
    }
    self.points = hull
    self.floorAgents = floorAgents ?? hull.first?.agents ?? 0
  }

  /// The highest level the curve reaches (its last point).
  public var topLevel: Double { points.last?.level ?? 0 }

  /// The chords `level <= intercept + slope x agents`, one per pair of consecutive points.
  public var chords: [(slope: Double, intercept: Double)] {
    zip(points, points.dropFirst()).map { a, b in
      let slope = (b.level - a.level) / (b.agents - a.agents)
      return (slope, a.level - slope * a.agents)
    }
  }

  /// The curve's level at `agents`: the least chord, capped at the top level and at 0; below the
  /// floor the first chord extended (an upper bound on the formula there).
  public func level(at agents: Double) -> Double { max(0, modelLevel(at: agents)) }

  /// The level the schedule's rows give `agents` (`PromiseRows`): as ``level(at:)`` but below 0
  /// far under the floor, where the first chord extended falls under 0 (a pessimistic count where
  /// nobody can answer). The roster's objective counts with it, so the bound stays a bound.
  public func modelLevel(at agents: Double) -> Double {
    min(topLevel, chords.map { $0.intercept + $0.slope * agents }.min() ?? topLevel)
  }
}
