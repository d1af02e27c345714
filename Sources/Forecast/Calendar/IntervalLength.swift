/// The length of one planning interval: 5, 10, 15, 20, 30 or 60 minutes (docs/reference.md, Units).
///
/// Each divides an hour, so every interval of a day starts on the same wall-clock grid, and
/// daylight-saving changes (whole hours in the zones planners meet) keep the grid.
public struct IntervalLength: Sendable, Hashable, Comparable {
  /// Minutes per interval.
  public let minutes: Int

  /// The lengths a plan may use, in minutes.
  public static let allowedMinutes = [5, 10, 15, 20, 30, 60]

  /// Creates a length; `minutes` must be one of ``allowedMinutes``.
  public init(minutes: Int) {
    precondition(Self.allowedMinutes.contains(minutes), "interval length \(minutes) min is not allowed")
    self.minutes = minutes
  }

  /// Parses a duration text such as `15m` or `1h`; other lengths are refused with the allowed list.
  public init(parsing text: String) throws(ValueError) {
    let duration = try Duration(parsing: text)
    let seconds = duration.inSeconds
    let minutes = Int((seconds / 60).rounded())
    guard seconds == Double(minutes * 60), Self.allowedMinutes.contains(minutes) else {
      throw ValueError(
        "\"\(text)\" is not an allowed interval length",
        remedy: "use 5m, 10m, 15m, 20m, 30m or 60m")
    }
    self.minutes = minutes
  }

  /// Seconds per interval.
  public var seconds: Int { minutes * 60 }

  /// The length as a ``Duration``.
  public var duration: Duration { .seconds(seconds) }

  /// Intervals in a 24-hour day: 96 for 15 minutes.
  public var perDay: Int { 1440 / minutes }

  /// `15m`, `1h`.
  public var text: String { minutes == 60 ? "1h" : "\(minutes)m" }

  public static func < (lhs: IntervalLength, rhs: IntervalLength) -> Bool { lhs.minutes < rhs.minutes }
}

extension IntervalLength: TextCodable {
  /// Reads the text form `15m`.
  public init(codableText text: String) throws(ValueError) { try self.init(parsing: text) }
}
