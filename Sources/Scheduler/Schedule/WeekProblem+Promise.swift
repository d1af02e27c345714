import Forecast

/// What the scheduler optimises on line channels (voice, chat): `--objective` of `schedule`.
public enum ScheduleObjective: String, Sendable, CaseIterable, Codable {
  /// Each channel's promise over the week at least cost, no interval below the floor (default).
  case promise
  /// Every interval's requirement at the target, one flat penalty per unmet agent-hour.
  case requirement
}

/// Service curves for line channels scheduled to their promise (``ServicePromise``).
extension WeekProblem {
  /// Whole servers (agents x concurrency after shrinkage) around the requirement where the curve
  /// is exact: four consecutive counts, three chords. ../research measured six rows per interval
  /// (these three, one from the floor, one to 99.9 %, the cap) to match the full hull within
  /// 0.05 % of paid hours, three rows to cost 0.8 % more, and chords spread evenly over 30-99.9 %
  /// 17 % more.
  static let exactServers = 4
  /// Whole server counts below the floor on the curve.
  static let belowFloorServers = 1
  /// The curve stops at the first whole server count reaching this service level.
  static let topServiceLevel = 0.999

  /// The promise of a line channel over the week: one curve per interval with contacts and open.
  static func servicePromise(
    plan: Plan, channel: Channel, volume: [Double], handleSeconds: [Double], required: [Double], open: [Bool]
  ) -> ServicePromise {
    let figures = LineQueueFigures(plan: plan, channel: channel)
    let floor = plan.intervalFloor(for: channel).fraction
    let curves = volume.indices.map { t -> ServiceCurve? in
      guard open[t], volume[t] > 0, handleSeconds[t] > 0 else { return nil }
      return curve(
        figures: figures, channel: channel, volume: volume[t], handleSeconds: handleSeconds[t],
        required: required[t], floor: floor, shrinkage: plan.shrinkage(for: channel).fraction)
    }
    return ServicePromise(
      share: channel.target.share.fraction, volume: volume, curves: curves,
      margin: ServicePromise.roundingMargin + (plan.serviceLevelMargin?.fraction ?? 0))
  }

  /// The curve of one interval: the floor (the fewest whole servers at the floor and within the
  /// occupancy cap), `exactServers` counts around the requirement, and the first count at
  /// `topServiceLevel`; each point's level by the validation formula.
  static func curve(
    figures: LineQueueFigures, channel: Channel, volume: Double, handleSeconds: Double, required: Double,
    floor: Double, shrinkage: Double
  ) -> ServiceCurve {
    let agentsPerServer = 1 / (Double(channel.kind == .chat ? channel.concurrency ?? 1 : 1) * (1 - shrinkage))
    var cache: [Int: (level: Double, occupancy: Double)] = [:]
    func figuresAt(_ servers: Int) -> (level: Double, occupancy: Double) {
      if let known = cache[servers] { return known }
      let outcome = figures.outcome(
        interval: 0, volume: volume, handleSeconds: handleSeconds, agents: Double(servers) * agentsPerServer)
      let value = (outcome.serviceLevel, outcome.occupancy)
      cache[servers] = value
      return value
    }
    let cap = channel.maxOccupancy?.fraction ?? 1
    func meetsFloor(_ n: Int) -> Bool {
      let f = figuresAt(n)
      return f.level >= floor - 1e-9 && (cap >= 1 || f.occupancy <= cap + 1e-9)
    }
    let atRequirement = max(1, Int((required / agentsPerServer - 1e-6).rounded(.up)))
    // The fewest servers meeting the floor: a few steps from the requirement, which meets more.
    let limit = atRequirement + 10_000
    var floorServers = atRequirement
    if meetsFloor(floorServers) {
      while floorServers > 0, meetsFloor(floorServers - 1) { floorServers -= 1 }
    } else {
      while floorServers < limit, !meetsFloor(floorServers) { floorServers += 1 }
    }
    let low = max(floorServers, atRequirement - exactServers / 2)
    let high = low + exactServers - 1
    var top = high
    while top < high + 500, figuresAt(top).level < topServiceLevel { top += 1 }
    // The floor, the window and the top (../research: six rows matched the full hull), and whole
    // counts just below the floor: an interval that misses its floor (priced, not forbidden) is
    // counted at the formula's level there, not at the first chord's extension (which overstated
    // the demo's voice week by 0.1 point).
    let below = Array(max(0, floorServers - belowFloorServers)..<floorServers)
    let servers = Set(below + [floorServers, top] + Array(low...high)).sorted()
    return ServiceCurve(
      points: servers.map { .init(agents: Double($0) * agentsPerServer, level: figuresAt($0).level) },
      floorAgents: Double(floorServers) * agentsPerServer)
  }
}
