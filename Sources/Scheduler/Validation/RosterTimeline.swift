import Forecast
import Foundation

/// A roster as work runs per agent, in seconds from the start of the roster week, breaks removed.
///
/// Each `work` segment of roster.csv becomes one run, minus the agent's `break` segments that
/// overlap it (a roster may write breaks inside a work segment or between two work segments: both
/// give the same runs). A run may end after the week (a shift on the week's last day that runs past
/// midnight): its time beyond the week's end is next week's and is not counted in this week, nor
/// wrapped onto the week's first day (see ``coverage(channel:boundaries:)``). The commands refuse a
/// roster whose shift dates lie outside the plan's week (``WeekCoverage``).
public struct RosterTimeline: Sendable, Hashable {
  /// One stretch of time an agent is rostered on one channel.
  public struct Run: Sendable, Hashable {
    /// Index into ``RosterTimeline/agentIDs``.
    public var agent: Int
    /// Index into the plan's channels.
    public var channel: Int
    /// Seconds from the week start.
    public var start: Double
    public var end: Double
  }

  /// The agents in order of first appearance in the roster.
  public var agentIDs: [String]
  /// Work runs, in roster order.
  public var runs: [Run]
  /// The real length of the week in seconds (604,800 except across a daylight-saving change).
  public var weekSeconds: Double

  /// Builds the runs of `segments` for a week starting at `weekStart`.
  public init(segments: [RosterSegment], channelIDs: [String], weekStart: Date, weekSeconds: Double) {
    self.weekSeconds = weekSeconds
    var agentIndex: [String: Int] = [:]
    var ids: [String] = []
    var breaks: [[(Double, Double)]] = []
    func index(_ id: String) -> Int {
      if let known = agentIndex[id] { return known }
      agentIndex[id] = ids.count
      ids.append(id)
      breaks.append([])
      return ids.count - 1
    }
    let channelIndex = Dictionary(uniqueKeysWithValues: channelIDs.enumerated().map { ($1, $0) })
    var work: [Run] = []
    for segment in segments {
      let agent = index(segment.agentID)
      let start = segment.start.timeIntervalSince(weekStart), end = segment.end.timeIntervalSince(weekStart)
      switch segment.activity {
      case .break:
        breaks[agent].append((start, end))
      case .idle:
        continue
      case .work:
        guard let channel = segment.channel.flatMap({ channelIndex[$0] }) else { continue }
        work.append(Run(agent: agent, channel: channel, start: start, end: end))
      }
    }
    var runs: [Run] = []
    for run in work {
      var pieces = [(run.start, run.end)]
      for (breakStart, breakEnd) in breaks[run.agent] where breakStart < run.end && breakEnd > run.start {
        pieces = pieces.flatMap { piece -> [(Double, Double)] in
          var left: [(Double, Double)] = []
          if piece.0 < breakStart { left.append((piece.0, min(piece.1, breakStart))) }
          if piece.1 > breakEnd { left.append((max(piece.0, breakEnd), piece.1)) }
          return piece.1 <= breakStart || piece.0 >= breakEnd ? [piece] : left
        }
      }
      for (start, end) in pieces where end > start {
        runs.append(Run(agent: run.agent, channel: run.channel, start: start, end: end))
      }
    }
    self.agentIDs = ids
    self.runs = runs
  }

  /// The channels each agent is rostered on somewhere in the week, as bit masks by agent.
  public var rosteredChannels: [UInt32] {
    var masks = [UInt32](repeating: 0, count: agentIDs.count)
    for run in runs { masks[run.agent] |= 1 << UInt32(run.channel) }
    return masks
  }

  /// Agents on `channel` per interval (those `include` accepts): the sum over runs of the share of
  /// the interval each covers.
  ///
  /// `boundaries` are the intervals' edges in seconds from the week start (count + 1 values). Only
  /// the part of a run between the first and last boundary counts: a shift from the week's last day
  /// 22:00 to 06:00 adds its two hours before the week's end and nothing to the week's first morning
  /// (that is the next week's morning; no wrapping).
  public func coverage(channel: Int, boundaries: [Double], agents include: (Int) -> Bool = { _ in true }) -> [Double] {
    let count = boundaries.count - 1
    var agents = [Double](repeating: 0, count: max(count, 0))
    guard count > 0 else { return agents }
    for run in runs where run.channel == channel && include(run.agent) {
      guard run.end > boundaries[0], run.start < boundaries[count] else { continue }
      var index = Self.interval(containing: max(run.start, boundaries[0]), boundaries: boundaries)
      while index < count, boundaries[index] < run.end {
        let overlap = min(run.end, boundaries[index + 1]) - max(run.start, boundaries[index])
        if overlap > 0 { agents[index] += overlap / (boundaries[index + 1] - boundaries[index]) }
        index += 1
      }
    }
    return agents
  }

  /// The index of the interval containing `time` (the last one whose start is at or before it).
  static func interval(containing time: Double, boundaries: [Double]) -> Int {
    var low = 0, high = boundaries.count - 1
    while high - low > 1 {
      let middle = (low + high) / 2
      if boundaries[middle] <= time { low = middle } else { high = middle }
    }
    return low
  }
}
