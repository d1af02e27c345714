import Foundation

/// One planning interval: a stretch of real elapsed time in the plan's time zone.
///
/// Intervals follow real time, not the wall clock: a 23-hour day has 92 intervals of 15 minutes and
/// a 25-hour day 100. In the repeated hour after clocks go back two intervals share a wall-clock
/// label and differ in ``utcOffset``; ``startText`` then carries the offset so files stay
/// unambiguous.
public struct Interval: Sendable, Hashable, Codable {
  /// The first instant.
  public let start: Date
  /// The instant after the last (the next interval's start).
  public let end: Date
  /// The local calendar day the interval belongs to.
  public let date: LocalDate
  /// The wall-clock start.
  public let localStart: LocalDateTime
  /// The local day's weekday.
  public let weekday: Weekday
  /// Position within its 7-day week (counted from the plan's first day of the week), from 0.
  public let indexInWeek: Int
  /// Offset from UTC at the start, in seconds east (Lisbon in summer: 3600; New York: -18000).
  public let utcOffset: Int
  /// True when ``localStart`` also names another instant (the repeated hour when clocks go back).
  public let isRepeatedLocalTime: Bool

  public init(
    start: Date, end: Date, date: LocalDate, localStart: LocalDateTime, indexInWeek: Int,
    utcOffset: Int, isRepeatedLocalTime: Bool
  ) {
    precondition(start < end, "an interval needs a length")
    self.start = start
    self.end = end
    self.date = date
    self.localStart = localStart
    self.weekday = date.weekday
    self.indexInWeek = indexInWeek
    self.utcOffset = utcOffset
    self.isRepeatedLocalTime = isRepeatedLocalTime
  }

  /// The real length: the interval length, shorter only where a day ends off the grid.
  public var duration: Duration { .seconds(end.timeIntervalSince(start)) }

  /// The start as written in files: `2026-11-30T08:00`, or with the UTC offset when the wall-clock
  /// time occurs twice that day: `2026-11-01T01:30-04:00`, `2026-11-01T01:30-05:00`.
  public var startText: String {
    isRepeatedLocalTime
      ? localStart.text + LocalDateTime.offsetText(utcOffset) : localStart.text
  }
}
