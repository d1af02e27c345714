import Foundation

/// A wall-clock range within opening hours or availability, such as `08:00-20:00`.
///
/// A range whose end is not after its start crosses midnight: `22:00-06:00` on a Friday is open from
/// 22:00 on Friday until 06:00 on Saturday. `24:00` is written as an end (`00:00-24:00` is the whole
/// day) and an end of `00:00` means the same (`20:00-00:00` is `20:00-24:00`). A range has a length:
/// `08:00-08:00` is refused.
public struct TimeRange: Sendable, Hashable {
  public let start: TimeOfDay
  /// The end; never `00:00` (normalised to `24:00`).
  public let end: TimeOfDay

  public init(start: TimeOfDay, end: TimeOfDay) {
    let end = end.minutes == 0 ? TimeOfDay.endOfDay : end
    precondition(start.minutes < 1440 && start != end, "a time range needs a length")
    self.start = start
    self.end = end
  }

  /// Parses `08:00-20:00`, `22:00-06:00`, `00:00-24:00`.
  public init(parsing text: String) throws(ValueError) {
    let ends = text.split(separator: "-", omittingEmptySubsequences: false)
    guard ends.count == 2 else {
      throw ValueError(
        "\"\(text)\" is not a time range", remedy: "write it like 08:00-20:00 or 22:00-06:00")
    }
    let start = try TimeOfDay(parsing: String(ends[0]))
    let end = try TimeOfDay(parsing: String(ends[1]), allowingEndOfDay: true)
    if start == end {
      throw ValueError(
        "\"\(text)\" starts and ends at the same time",
        remedy: "for the whole day write 00:00-24:00")
    }
    self.init(start: start, end: end)
  }

  /// True when the range runs past midnight into the next day.
  public var crossesMidnight: Bool { end <= start }

  /// The length in minutes (up to 1440).
  public var lengthInMinutes: Int {
    crossesMidnight ? 1440 - start.minutes + end.minutes : end.minutes - start.minutes
  }

  /// Minutes from the start of the range's own day: `start..<end`, the end past 1440 when the range
  /// crosses midnight.
  public var minutesFromDayStart: Range<Int> {
    start.minutes..<(start.minutes + lengthInMinutes)
  }

  /// True when both ends lie on the grid of `length` (08:10 is off a 15-minute grid).
  public func isOnGrid(_ length: IntervalLength) -> Bool {
    start.minutes % length.minutes == 0 && end.minutes % length.minutes == 0
  }

  /// Refuses ends off the interval grid, naming the offending time and the grid.
  public func checkGrid(_ length: IntervalLength) throws(ValueError) {
    for time in [start, end] where time.minutes % length.minutes != 0 {
      throw ValueError(
        "\(time.text) in \(text) is not on the \(length.text) interval grid",
        remedy: "use times that are multiples of \(length.text), or a shorter interval")
    }
  }

  /// `08:00-20:00`.
  public var text: String { "\(start.text)-\(end.text)" }
}

extension TimeRange: CustomStringConvertible {
  public var description: String { text }
}
