import Forecast
import Foundation

/// Everything validation needs for one roster week: the intervals, the forecast per channel on
/// them, and the roster as work runs.
///
/// Forecast rows outside the plan's roster week are ignored (the commands refuse such files first,
/// ``WeekCoverage``); intervals without a row have no contacts. Roster time outside the week is not
/// counted (``RosterTimeline``). Both the formulas (``RosterValidator``)
/// and the simulation (``RosterSimulator``) read this one value, so they see the same week.
public struct ValidationWeek: Sendable {
  public var plan: Plan
  /// The roster week's intervals in time order.
  public var intervals: [Interval]
  /// Interval edges in seconds from the week start: `intervals.count + 1` values.
  public var boundaries: [Double]
  /// Per channel (plan order) and interval: expected contacts, handle time (seconds), and the 80 %
  /// interval of the volume.
  public var volume: [[Double]]
  public var handleSeconds: [[Double]]
  public var volumeLow: [[Double]]
  public var volumeHigh: [[Double]]
  /// Per channel and interval: agents the roster puts on the channel, before shrinkage.
  public var rostered: [[Double]]
  public var roster: RosterTimeline
  /// Per roster agent (``RosterTimeline/agentIDs``): the channels they can answer, as bit masks
  /// over the plan's channels: those they are rostered on, plus their agents.csv skills when given.
  public var skills: [UInt32]

  /// `agentSkills`: agents.csv skills by agent id (agents missing from it answer the channels
  /// they are rostered on).
  public init(
    plan: Plan, forecast: ForecastTable, roster segments: [RosterSegment], agentSkills: [String: [String]] = [:]
  ) {
    self.plan = plan
    let intervals = plan.calendar.weekIntervals()
    self.intervals = intervals
    let weekStart = intervals.first?.start ?? Date(timeIntervalSince1970: 0)
    boundaries = intervals.map { $0.start.timeIntervalSince(weekStart) }
      + [intervals.last.map { $0.end.timeIntervalSince(weekStart) } ?? 0]
    let channelCount = plan.channels.count
    let empty = [[Double]](repeating: [Double](repeating: 0, count: intervals.count), count: channelCount)
    volume = empty
    handleSeconds = empty
    volumeLow = empty
    volumeHigh = empty
    let position = Dictionary(uniqueKeysWithValues: intervals.enumerated().map { ($1.start, $0) })
    let channelIndex = Dictionary(uniqueKeysWithValues: plan.channels.enumerated().map { ($1.id, $0) })
    for row in forecast.rows {
      guard let channel = channelIndex[row.channel], let index = position[row.start] else { continue }
      volume[channel][index] = row.volume
      handleSeconds[channel][index] = row.handleTime.inSeconds
      volumeLow[channel][index] = row.low
      volumeHigh[channel][index] = row.high
    }
    roster = RosterTimeline(
      segments: segments, channelIDs: plan.channels.map(\.id), weekStart: weekStart,
      weekSeconds: boundaries.last ?? 0)
    rostered = (0..<channelCount).map { [roster, boundaries] in roster.coverage(channel: $0, boundaries: boundaries) }
    skills = zip(roster.agentIDs, roster.rosteredChannels).map { id, rostered in
      (agentSkills[id] ?? []).reduce(rostered) { mask, skill in
        channelIndex[skill].map { mask | 1 << UInt32($0) } ?? mask
      }
    }
  }

  /// Seconds in interval `index`.
  public func length(of index: Int) -> Double { boundaries[index + 1] - boundaries[index] }
}
