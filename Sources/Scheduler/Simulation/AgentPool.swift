/// Agents per channel in a set with O(1) insert, remove and pick, stored in flat arrays that never
/// allocate once built (``WeekSimulation``'s agents whose deferred work a call may interrupt).
struct AgentPool {
  private let agentCount: Int
  private var members: [Int32]
  private var counts: [Int]
  private var position: [Int32]
  /// The channel each agent is in the pool of, or -1.
  private(set) var channelOf: [Int32]

  init(agents: Int, channels: Int) {
    agentCount = agents
    members = Array(repeating: -1, count: agents * channels)
    counts = Array(repeating: 0, count: channels)
    position = Array(repeating: -1, count: agents)
    channelOf = position
  }

  func count(_ channel: Int) -> Int { counts[channel] }
  /// The most recently added agent of the channel (the pool must not be empty).
  func last(_ channel: Int) -> Int { Int(members[channel * agentCount + counts[channel] - 1]) }

  /// Puts the agent in the channel's pool, or none (-1), leaving the one it was in.
  mutating func set(_ agent: Int, to channel: Int32) {
    let current = channelOf[agent]
    guard current != channel else { return }
    if current >= 0 {
      let c = Int(current), at = Int(position[agent])
      counts[c] -= 1
      let moved = members[c * agentCount + counts[c]]
      members[c * agentCount + at] = moved
      position[Int(moved)] = Int32(at)
    }
    if channel >= 0 {
      let c = Int(channel)
      members[c * agentCount + counts[c]] = Int32(agent)
      position[agent] = Int32(counts[c])
      counts[c] += 1
    }
    channelOf[agent] = channel
  }

  mutating func removeAll() {
    for c in counts.indices { counts[c] = 0 }
    for a in channelOf.indices { channelOf[a] = -1 }
  }
}
