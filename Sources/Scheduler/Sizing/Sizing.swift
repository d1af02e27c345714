import Forecast
import Foundation

/// What to size: traffic, the promise, and the channel's options.
public struct SizingRequest: Sendable, Hashable {
  public var traffic: Traffic
  public var target: ServiceTarget
  /// Mean patience: Erlang A when present, Erlang C when absent.
  public var patience: Duration?
  /// Occupancy cap: agents >= served load / cap.
  public var maxOccupancy: Percentage?
  /// Share of paid time not available for contacts.
  public var shrinkage: Percentage
  /// Chat slots per agent; `nil` for one contact at a time.
  public var chat: ChatConcurrency?

  public init(
    traffic: Traffic, target: ServiceTarget, patience: Duration? = nil, maxOccupancy: Percentage? = nil,
    shrinkage: Percentage = Percentage(fraction: 0), chat: ChatConcurrency? = nil
  ) {
    precondition(shrinkage.fraction < 1, "shrinkage must be below 100 %")
    precondition(maxOccupancy.map { $0.fraction > 0 } ?? true, "max occupancy must be above 0 %")
    self.traffic = traffic
    self.target = target
    self.patience = patience
    self.maxOccupancy = maxOccupancy
    self.shrinkage = shrinkage
    self.chat = chat
  }

  /// The model that sizes this request.
  public var model: SizingModel {
    if chat != nil { return .chat }
    return patience == nil ? .erlangC : .erlangA
  }
}

/// Staffing requirements: the fewest agents that keep a promise, and the figures of a given staff.
///
/// One entry point over the models (``ErlangC``, ``ErlangA``, ``ChatConcurrency``, ``DeferredWork``).
///
/// Fractional agents: with `n` the fewest integer agents meeting the service level, the real
/// requirement interpolates the service level linearly between `n − 1` (fails) and `n` (meets);
/// the occupancy cap gives `served load / cap` exactly. The larger of the two is kept, real, so that
/// summing channels does not inflate staff. Example: 48 Erlangs, 80/20, Erlang C: 52 agents,
/// 51.13 fractional (SL 0.790 at 51, 0.877 at 52).
public enum Sizing {
  /// The largest staff searched before a target is declared unreachable.
  public static let agentLimit = 1_000_000

  /// The fewest agents meeting the target and the occupancy cap, with their figures.
  public static func require(_ request: SizingRequest) throws(SizingError) -> StaffingRequirement {
    let k = request.chat?.concurrency ?? 1
    let traffic = request.chat?.slotTraffic(request.traffic) ?? request.traffic
    let load = traffic.load
    guard load > 0 else { return requirement(request, figures: .idle(servers: 0, withAbandonment: request.patience != nil), fractionalServers: 0) }
    let share = request.target.share.fraction
    let t = request.target.answerTime.inSeconds
    let limit = agentLimit * k

    // Erlang A's figures at the target's answer time, each server count evaluated once: the
    // service-level search, the occupancy cap (occupancy does not depend on the answer time) and
    // the final figures often ask for the same counts.
    var evaluated: [Int: QueueFigures] = [:]
    func erlangA(_ servers: Int, _ patience: Duration) -> QueueFigures {
      if let known = evaluated[servers] { return known }
      let figures = ErlangA.figures(
        servers: servers, traffic: traffic, patience: patience, answerTime: request.target.answerTime)
      evaluated[servers] = figures
      return figures
    }

    // Service level: the fewest servers, and the level one below for interpolation.
    let found: (servers: Int, below: Double, at: Double)?
    if let patience = request.patience {
      // Erlang C's answer (cheap, O(n)) is a close first guess: with abandonment a few agents fewer
      // usually suffice, so a galloping search from it needs a handful of Erlang A evaluations.
      let guess = ErlangC.fewestServers(
        load: load, handleSeconds: traffic.handleTime.inSeconds, answerSeconds: t, share: share, limit: limit)?
        .servers ?? 1
      found = fewestServers(near: guess, limit: limit, share: share) { erlangA($0, patience).serviceLevel.fraction }
    } else {
      found = ErlangC.fewestServers(
        load: load, handleSeconds: traffic.handleTime.inSeconds, answerSeconds: t, share: share, limit: limit)
    }
    guard let found else { throw .targetUnreachable(target: request.target, limit: agentLimit) }
    let step = found.at - found.below
    var servers = found.servers
    var fractional = Double(servers - 1) + (step > 0 ? min(1, (share - found.below) / step) : 1)

    // Occupancy cap: served load / servers <= cap.
    if let cap = request.maxOccupancy?.fraction {
      var occupancyServers = max(1, Int((load / cap).rounded(.up)))
      if let patience = request.patience {
        // Served load falls with fewer servers (more abandon): search the fewest meeting the cap.
        occupancyServers =
          fewestServers(near: occupancyServers, limit: occupancyServers, share: -cap) {
            -erlangA($0, patience).occupancy.fraction
          }?.servers ?? occupancyServers
        let served = erlangA(occupancyServers, patience).occupancy.fraction * Double(occupancyServers)
        fractional = max(fractional, served / cap)
      } else {
        while load / Double(occupancyServers) > cap * (1 + 1e-12) { occupancyServers += 1 }
        while occupancyServers > 1, load / Double(occupancyServers - 1) <= cap * (1 + 1e-12) { occupancyServers -= 1 }
        fractional = max(fractional, load / cap)
      }
      servers = max(servers, occupancyServers)
    }
    // Agents: whole agents holding enough slots.
    let agents = (servers + k - 1) / k
    let final = request.patience.map { erlangA(agents * k, $0) } ?? figures(request, servers: agents * k)
    return requirement(request, figures: final, fractionalServers: fractional)
  }

  /// The figures of `agents` agents (the reverse question). `agentsFractional` is `agents`.
  public static func figures(for agents: Int, _ request: SizingRequest) -> StaffingRequirement {
    precondition(agents >= 0, "agents must be >= 0")
    let k = request.chat?.concurrency ?? 1
    return requirement(request, figures: figures(request, servers: agents * k), fractionalServers: Double(agents * k))
  }

  static func figures(_ request: SizingRequest, servers: Int) -> QueueFigures {
    let traffic = request.chat?.slotTraffic(request.traffic) ?? request.traffic
    if let patience = request.patience {
      return ErlangA.figures(
        servers: servers, traffic: traffic, patience: patience, answerTime: request.target.answerTime)
    }
    guard servers > 0 else {
      return traffic.load > 0
        ? QueueFigures(
          servers: 0, serviceLevel: Percentage(fraction: 0), asa: nil, waitProbability: Percentage(fraction: 1),
          occupancy: Percentage(fraction: 1), abandonment: nil, isOverloaded: true)
        : .idle(servers: 0, withAbandonment: false)
    }
    return ErlangC.figures(servers: servers, traffic: traffic, answerTime: request.target.answerTime)
  }

  static func requirement(
    _ request: SizingRequest, figures: QueueFigures, fractionalServers: Double
  ) -> StaffingRequirement {
    let k = Double(request.chat?.concurrency ?? 1)
    let fractional = fractionalServers / k
    return StaffingRequirement(
      model: request.model, agents: figures.servers / Int(k), agentsFractional: fractional,
      scheduledAgents: fractional / (1 - request.shrinkage.fraction), serviceLevel: figures.serviceLevel,
      asa: figures.asa, waitProbability: figures.waitProbability, occupancy: figures.occupancy,
      abandonment: figures.abandonment, isOverloaded: figures.isOverloaded)
  }

  /// Deferred work: the workload of one interval as a requirement (agents = workload rounded up).
  public static func requireDeferred(
    volume: Double, handleTime: Duration, interval: Duration, shrinkage: Percentage = Percentage(fraction: 0)
  ) -> StaffingRequirement {
    let workload = DeferredWork.workload(volume: volume, handleTime: handleTime, interval: interval)
    let agents = Int(workload.rounded(.up))
    return StaffingRequirement(
      model: .deferred, agents: agents, agentsFractional: workload,
      scheduledAgents: workload / (1 - shrinkage.fraction), serviceLevel: nil, asa: nil, waitProbability: nil,
      occupancy: .clamped(agents > 0 ? workload / Double(agents) : 0), abandonment: nil, isOverloaded: false)
  }

  /// The fewest servers in 1...limit whose `level` reaches `share`, searching from `guess`: galloping
  /// down (or up) from it, then bisection; O(log d) evaluations for an answer `d` away from the guess.
  /// The level must be non-decreasing in servers.
  static func fewestServers(
    near guess: Int, limit: Int, share: Double, level: (Int) -> Double
  ) -> (servers: Int, below: Double, at: Double)? {
    var high = min(max(1, guess), limit)
    var highLevel = level(high)
    var low = 0
    var step = 1
    if highLevel < share {
      // Up: the guess is too few.
      while highLevel < share {
        guard high < limit else { return nil }
        low = high
        high = min(limit, high + step)
        step *= 2
        highLevel = level(high)
      }
    } else {
      // Down: find a level below the share (servers 0 serve nobody).
      while high - step >= 1 {
        let candidate = high - step
        let candidateLevel = level(candidate)
        if candidateLevel >= share {
          high = candidate
          highLevel = candidateLevel
          step *= 2
        } else {
          low = candidate
          break
        }
      }
    }
    while high - low > 1 {
      let middle = (low + high) / 2
      let middleLevel = level(middle)
      if middleLevel >= share { high = middle; highLevel = middleLevel } else { low = middle }
    }
    return (high, high == 1 ? 0 : level(high - 1), highLevel)
  }
}
