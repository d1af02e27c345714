import Forecast
import Foundation

extension RosterCheck {
  /// One agent's segments with one date, in time order, as the checker sees them.
  struct Shift {
    var agentID: String
    var agent: Agent?
    var date: LocalDate
    /// The segments, by start then end.
    var segments: [RosterSegment]
    /// The first segment's start.
    var start: Date
    /// The latest segment end.
    var end: Date
    /// Break segments merged where one ends as the next starts (adjacent breaks may be written as one).
    var breakRuns: [Range<Date>]
    /// The breaks of the policy matched to the runs; nil without a shift policy.
    var breakMatch: BreakMatch?

    init(agentID: String, agent: Agent?, date: LocalDate, segments: [RosterSegment], policy: ShiftPolicy?) {
      self.agentID = agentID
      self.agent = agent
      self.date = date
      self.segments = segments.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
      self.start = self.segments[0].start
      self.end = self.segments.map(\.end).max()!
      var runs: [Range<Date>] = []
      for segment in self.segments where segment.activity == .break {
        if let last = runs.last, last.upperBound == segment.start {
          runs[runs.count - 1] = last.lowerBound..<segment.end
        } else {
          runs.append(segment.start..<segment.end)
        }
      }
      self.breakRuns = runs
      if let policy {
        breakMatch = BreakMatch(runs: runs, shiftStart: start, due: policy.breaks(forShiftOf: .seconds(seconds)))
      }
    }

    /// The real elapsed length in whole seconds.
    var seconds: Int { RosterCheck.seconds(start, end) }

    /// Paid seconds: the length less the unpaid breaks taken (a misplaced one counts as taken).
    var paidSeconds: Int { seconds - (breakMatch?.unpaidSeconds ?? 0) }
  }

  /// Whole seconds from `from` to `to`.
  static func seconds(_ from: Date, _ to: Date) -> Int { Int(to.timeIntervalSince(from).rounded()) }

  /// Whole seconds of a duration.
  static func seconds(_ duration: Duration) -> Int { Int(duration.inSeconds.rounded()) }

  /// `1h30m` for a number of seconds (`0s` for none, `-2h` when negative).
  static func text(seconds: Int) -> String {
    seconds < 0 ? "-" + Duration.seconds(-seconds).unitText : Duration.seconds(seconds).unitText
  }

  /// The plan intervals that share time with `range`, in time order.
  func intervals(touching range: Range<Date>) -> [Interval] {
    let first = plan.calendar.localTime(for: range.lowerBound).date
    let last = plan.calendar.localTime(for: range.upperBound.addingTimeInterval(-1)).date
    guard first <= last else { return [] }
    return (first...last).flatMap { intervals(on: $0) }.filter {
      $0.start < range.upperBound && $0.end > range.lowerBound
    }
  }

  /// One local day's intervals (cached around the roster week).
  func intervals(on date: LocalDate) -> [Interval] {
    intervalsByDate[date] ?? plan.calendar.intervals(on: date)
  }

  /// The stretches of `range` covered by intervals whose `key` is not nil, clipped to `range`;
  /// neighbouring intervals with the same key make one stretch.
  func stretches<Key: Equatable>(of range: Range<Date>, key: (Interval) -> Key?) -> [(range: Range<Date>, key: Key)] {
    var result: [(range: Range<Date>, key: Key)] = []
    for interval in intervals(touching: range) {
      guard let value = key(interval) else { continue }
      let from = max(interval.start, range.lowerBound), to = min(interval.end, range.upperBound)
      if let last = result.last, last.range.upperBound == from, last.key == value {
        result[result.count - 1].range = last.range.lowerBound..<to
      } else {
        result.append((from..<to, value))
      }
    }
    return result
  }

  /// The wall-clock time `08:30` of an instant, with its UTC offset in a repeated hour, and its date
  /// when not `date`: `06:00 on 2026-11-30`.
  func clock(_ instant: Date, on date: LocalDate) -> String {
    let text = plan.calendar.text(for: instant)
    let time = String(text.dropFirst(11))
    let day = plan.calendar.localTime(for: instant).date
    return day == date ? time : "\(time) on \(day.text)"
  }

  /// `08:00-12:00` for a stretch of `date`'s shift; a stretch starting on another date names it once
  /// at the end (`01:00-03:00 on 2026-11-30`). A stretch crossing midnight reads `22:00-06:00`.
  func span(_ range: Range<Date>, on date: LocalDate) -> String {
    let startDay = plan.calendar.localTime(for: range.lowerBound).date
    let from = clock(range.lowerBound, on: startDay)
    let to = String(plan.calendar.text(for: range.upperBound).dropFirst(11))
    return startDay == date ? "\(from)-\(to)" : "\(from)-\(to) on \(startDay.text)"
  }
}
