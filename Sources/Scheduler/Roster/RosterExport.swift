import Forecast
import Foundation

/// Turns a schedule back into the plan's local time: roster segments and coverage rows.
public struct RosterExport: Sendable {
  public var week: WeekProblem
  public var result: ScheduleResult

  public init(week: WeekProblem, result: ScheduleResult) {
    self.week = week
    self.result = result
  }

  /// The start instant of time-line interval `t` (past the week's end: next week's, by real time).
  func instant(_ t: Int) -> Date {
    if t < week.intervals.count { return week.intervals[t].start }
    let end = week.intervals.last!.end
    return end.addingTimeInterval(Double(t - week.intervals.count) * Double(week.plan.intervalLength.seconds))
  }

  /// Every agent's segments, in agent then time order: work per channel, breaks, merged when adjacent.
  ///
  /// An interval split between channels (a blended agent, say 0.6 voice and 0.4 chat) becomes
  /// consecutive sub-interval segments in proportion, cut on whole minutes. An interval at work
  /// without a channel is `idle`: the scheduler gives every interval in which one of the agent's
  /// channels is open to such a channel, so only time when none is open is left.
  public func segments() -> [RosterSegment] {
    let channels = week.problem.channels.map(\.id)
    var segments: [RosterSegment] = []
    for agentWeek in result.roster.agents {
      for shift in agentWeek.shifts {
        let date = week.intervals[week.problem.dayStarts[shift.day]].date
        // `onBreak` is the break's index in the shift: two breaks back to back (a paid 15 minutes,
        // then an unpaid lunch) stay two rows.
        var pieces: [(start: Date, end: Date, channel: String?, onBreak: Int?)] = []
        for (offset, t) in (shift.start..<shift.end).enumerated() {
          let from = instant(t), to = instant(t + 1)
          if let k = shift.breaks.firstIndex(where: { $0.contains(t) }) {
            pieces.append((from, to, nil, k))
            continue
          }
          let shares = offset < shift.work.count ? shift.work[offset].filter { $0.share > 1e-6 } : []
          if shares.isEmpty {
            pieces.append((from, to, nil, nil))
            continue
          }
          // Cut points on whole minutes: a roster is read in minutes, and a sliver shorter than
          // one is given to its neighbour rather than written as an empty segment.
          let total = shares.reduce(0) { $0 + $1.share }
          var cursor = from
          var carried = 0.0
          for (index, share) in shares.enumerated() {
            carried += share.share / total
            let end = index == shares.count - 1
              ? to : from.addingTimeInterval((to.timeIntervalSince(from) * carried / 60).rounded() * 60)
            guard end > cursor else { continue }
            pieces.append((cursor, end, channels[share.channel], nil))
            cursor = end
          }
        }
        var previousBreak: Int?
        for piece in pieces {
          let activity: RosterSegment.Activity = piece.onBreak != nil ? .break : piece.channel == nil ? .idle : .work
          defer { previousBreak = piece.onBreak }
          if let last = segments.last, last.agentID == agentWeek.agent, last.end == piece.start,
            last.activity == activity, last.channel == piece.channel, last.shiftDate == date,
            previousBreak == piece.onBreak
          {
            segments[segments.count - 1].end = piece.end
          } else {
            segments.append(
              RosterSegment(
                agentID: agentWeek.agent, shiftDate: date, start: piece.start, end: piece.end,
                activity: activity, channel: piece.channel))
          }
        }
      }
    }
    return segments
  }

  /// One coverage row: what was required on a channel in an interval and what the roster gives.
  public struct CoverageRow: Sendable, Hashable {
    public var channel: String
    public var start: Date
    /// Agents required (after shrinkage), real; for deferred work the workload arriving.
    public var required: Double
    /// Agents the roster puts on the channel (breaks removed; a split interval counts its share).
    public var scheduled: Double
    /// Requirement left uncovered (deferred work: the interval's arriving work answered after its window, once counted).
    public var unmet: Double
  }

  /// Coverage per channel and interval: open intervals of line channels, every interval of deferred ones.
  public func coverage() -> [CoverageRow] {
    var rows: [CoverageRow] = []
    for (c, channel) in week.problem.channels.enumerated() {
      let coverage = result.roster.coverage[c]
      for t in 0..<week.intervals.count where channel.isDeferred || channel.isOpen(t) {
        rows.append(
          CoverageRow(
            channel: channel.id, start: week.intervals[t].start, required: coverage.required[t],
            scheduled: coverage.scheduled[t], unmet: coverage.unmet[t]))
      }
    }
    return rows
  }
}
