/// Whether the agents' skills and maximum hours can cover every channel's demand at once: a
/// maximum flow from skill groups (capacity: their members' maximum hours) to the channels they can
/// answer (capacity: each channel's demand in agent-hours).
///
/// An upper bound on what any roster can staff (it ignores shifts, breaks, availability and open
/// hours), so a shortfall here is certain: said before solving, where a planner can still add
/// skills, instead of a channel at 0 % after. Blended agents are counted once: a channel whose
/// skilled agents are all needed by another channel is short even though each agent has its skill.
///
/// ```swift
/// let short = SkillCapacity.shortfalls(demand: ["voice": 300, "chat": 100],
///                                      groups: [(["voice", "chat"], 320)])
/// // chat: demand 100, servable 20 once voice has its 300; voice: 300, servable 220 once chat has 100
/// ```
public enum SkillCapacity {
  public struct Shortfall: Sendable, Equatable {
    public var channel: String
    /// The channel's demand, agent-hours.
    public var demand: Double
    /// What a maximum flow gives it alongside every other channel, agent-hours.
    public var servable: Double
  }

  /// Channels short by more than `tolerance` agent-hours once every other channel is staffed:
  /// `servable` is the maximum flow with the channel less the maximum flow without it, what the
  /// channel gets in every allocation that serves the others as much as they can be.
  public static func shortfalls(
    demand: [String: Double], groups: [(skills: [String], hours: Double)], tolerance: Double = 1
  ) -> [Shortfall] {
    let channels = demand.keys.sorted()
    let all = maximumFlow(demand: demand, groups: groups)
    return channels.compactMap { channel in
      let wanted = demand[channel] ?? 0
      guard wanted > tolerance else { return nil }
      var others = demand
      others[channel] = 0
      let served = all - maximumFlow(demand: others, groups: groups)
      return wanted - served > tolerance ? Shortfall(channel: channel, demand: wanted, servable: served) : nil
    }
  }

  /// The most agent-hours the groups can give the channels (Edmonds-Karp on a handful of nodes).
  static func maximumFlow(demand: [String: Double], groups: [(skills: [String], hours: Double)]) -> Double {
    let channels = demand.keys.sorted()
    let index = Dictionary(uniqueKeysWithValues: channels.enumerated().map { ($1, $0) })
    // Nodes: source 0, groups 1...G, channels G+1...G+C, sink G+C+1.
    let g = groups.count, c = channels.count
    let n = g + c + 2, sink = n - 1
    var capacity = Array(repeating: Array(repeating: 0.0, count: n), count: n)
    for (k, group) in groups.enumerated() {
      capacity[0][1 + k] = group.hours
      for skill in group.skills { if let j = index[skill] { capacity[1 + k][1 + g + j] = .infinity } }
    }
    for (j, channel) in channels.enumerated() { capacity[1 + g + j][sink] = demand[channel] ?? 0 }
    var flow = Array(repeating: Array(repeating: 0.0, count: n), count: n)
    var total = 0.0
    while true {
      var parent = Array(repeating: -1, count: n)
      parent[0] = 0
      var queue = [0]
      var head = 0
      while head < queue.count, parent[sink] < 0 {
        let u = queue[head]
        head += 1
        for v in 0..<n where parent[v] < 0 && capacity[u][v] - flow[u][v] > 1e-9 {
          parent[v] = u
          queue.append(v)
        }
      }
      guard parent[sink] >= 0 else { return total }
      var push = Double.infinity
      var v = sink
      while v != 0 {
        push = min(push, capacity[parent[v]][v] - flow[parent[v]][v])
        v = parent[v]
      }
      v = sink
      while v != 0 {
        flow[parent[v]][v] += push
        flow[v][parent[v]] -= push
        v = parent[v]
      }
      total += push
    }
  }
}
